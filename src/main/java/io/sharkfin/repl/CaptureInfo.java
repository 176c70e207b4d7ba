package io.sharkfin.repl;

import io.sharkfin.capture.LinkType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code capinfos} says about a capture, gathered while it is indexed: format, link types,
 * frame count, sizes, first and last time, duration and rates. Sizes and rates are printed as
 * exact numbers, as {@code capinfos -M} does.
 *
 * @param fileName       the name the capture was opened under
 * @param format         {@code pcap} or {@code pcapng}
 * @param fileSize       bytes on disk
 * @param frames         frames read
 * @param dataBytes      the sum of the frames' lengths on the wire (capinfos' "Data size")
 * @param firstNanos     the earliest time stamp (ns since the epoch)
 * @param lastNanos      the latest time stamp
 * @param strictOrder    whether every frame's time is at or after the previous one's
 * @param microseconds   whether every time stamp is a whole number of microseconds
 * @param linkTypes      frames per link type, in order of first appearance
 * @param damage         the problem that ended reading early, or null
 */
public record CaptureInfo(String fileName, String format, long fileSize, long frames, long dataBytes,
                          long firstNanos, long lastNanos, boolean strictOrder, boolean microseconds,
                          Map<Integer, Long> linkTypes, String damage) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Seconds from the first to the last frame. */
    public double durationSeconds() {
        return frames == 0 ? 0 : (lastNanos - firstNanos) / 1e9;
    }

    /** The lines of {@code :info}, labelled as capinfos labels them. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(row("File name:", fileName));
        out.add(row("File type:", format));
        out.add(row("File encapsulation:", encapsulation()));
        if (linkTypes.size() > 1) {
            out.add("Encapsulation in use by packets (# of pkts):");
            linkTypes.forEach((lt, n) -> out.add(" ".repeat(21) + LinkType.name(lt) + " (" + n + ")"));
        }
        out.add(row("Number of packets:", Long.toString(frames)));
        out.add(row("File size:", fileSize + " bytes"));
        out.add(row("Data size:", dataBytes + " bytes"));
        if (frames > 0) {
            int digits = microseconds ? 6 : 9;
            out.add(row("Capture duration:", String.format(Locale.ROOT, "%." + digits + "f seconds", durationSeconds())));
            out.add(row("First packet time:", time(firstNanos, digits)));
            out.add(row("Last packet time:", time(lastNanos, digits)));
            double d = durationSeconds();
            if (d > 0) {
                out.add(row("Data byte rate:", String.format(Locale.ROOT, "%.2f bytes/sec", dataBytes / d)));
                out.add(row("Data bit rate:", String.format(Locale.ROOT, "%.2f bits/sec", dataBytes * 8 / d)));
            }
            out.add(row("Average packet size:", String.format(Locale.ROOT, "%.2f bytes", (double) dataBytes / frames)));
            if (d > 0) {
                out.add(row("Average packet rate:", String.format(Locale.ROOT, "%.2f packets/sec", frames / d)));
            }
            out.add(row("Strict time order:", strictOrder ? "True" : "False"));
        }
        if (damage != null) {
            out.add(row("Damaged:", damage));
        }
        return out;
    }

    private String encapsulation() {
        if (linkTypes.isEmpty()) {
            return "(none)";
        }
        return linkTypes.size() == 1 ? LinkType.name(linkTypes.keySet().iterator().next()) : "Per packet";
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "%-21s%s", label, value);
    }

    private static String time(long nanos, int digits) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        String fraction = String.format(Locale.ROOT, "%09d", t.getNano()).substring(0, digits);
        return TIME.format(t) + "." + fraction;
    }
}
