package io.sharkfin.dissect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The per-frame truth files the protocol tests compare against (written by
 * {@code src/tools/tshark_truth.py} from tshark 4.0.17's {@code -T fields -E occurrence=a}), and
 * sharkfin's values in the same form: one line per frame and field, {@code frame TAB field TAB
 * values}, a field's occurrences joined by {@link #SEP}, a protocol item as its number of
 * occurrences.
 */
public final class TsharkTruth {
    /** Joins the occurrences of one field in one frame (tshark's {@code -E aggregator}). */
    public static final String SEP = "\u001f";

    /** How many differences a failing comparison shows. */
    private static final int SHOWN = 40;
    /** How much of a long value (certificates, hex dumps) a difference shows. */
    private static final int SHOWN_CHARS = 200;

    private TsharkTruth() {
    }

    /** Appends the text of one occurrence of a field. */
    @FunctionalInterface
    public interface Occurrence {
        void append(Packet p, int e, StringBuilder out);
    }

    /** A truth file ({@code .gz} or plain) as frame → field → values. */
    public static Map<Long, Map<String, String>> read(Path file) throws IOException {
        Map<Long, Map<String, String>> truth = new TreeMap<>();
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split("\t", 3);
                truth.computeIfAbsent(Long.parseLong(p[0]), k -> new TreeMap<>()).put(p[1], p[2]);
            }
        }
        return truth;
    }

    /**
     * The capture a truth file was recorded from: its name less {@code suffix}, in the shared
     * corpus if it is there, else in {@code ownCaptures} (a test's synthetic captures).
     */
    public static Path captureOf(Path truthFile, String suffix, Path ownCaptures) {
        String name = truthFile.getFileName().toString();
        if (name.endsWith(suffix)) {
            name = name.substring(0, name.length() - suffix.length());
        }
        Path corpus = TestCaptures.CORPUS.resolve(name);
        return Files.exists(corpus) ? corpus : ownCaptures.resolve(name);
    }

    /** A field's values in a packet as the truth writes them, each occurrence as tshark prints it. */
    public static String values(Packet p, FieldDef d) {
        return values(p, d, FieldFormat::append);
    }

    /**
     * A field's values in a packet as the truth writes them, each occurrence by {@code text}
     * (for the tests that print some values their own way until FieldFormat does).
     */
    public static String values(Packet p, FieldDef d, Occurrence text) {
        if (d.isProtocol()) {
            // a protocol item's text is tshark's summary line, so the truth holds its count
            return Integer.toString(p.count(d.id()));
        }
        StringBuilder sb = new StringBuilder();
        int first = p.first(d.id());
        for (int e = first; e >= 0; e = p.next(e)) {
            if (e != first) {
                sb.append(SEP);
            }
            text.append(p, e, sb);
        }
        return sb.toString();
    }

    /**
     * Dissects a capture with a session primed for {@code names} and returns, per frame, the
     * values of those of them sharkfin dissects, as the truth writes them.
     *
     * @param onlyWith a field a frame must have to be returned (primed as well); null for every frame
     */
    public static Map<Long, Map<String, String>> dissect(Path capture, List<String> names, String onlyWith)
            throws Exception {
        FieldRegistry reg = FieldRegistry.standard();
        BitSet ids = new BitSet();
        List<FieldDef> defs = new ArrayList<>();
        for (String n : names) {
            FieldDef d = reg.lookup(n);
            if (d != null && d.dissected()) {
                ids.set(d.id());
                defs.add(d);
            }
        }
        int required = onlyWith == null ? -1 : reg.lookup(onlyWith).id();
        if (required >= 0) {
            ids.set(required);
        }
        Map<Long, Map<String, String>> out = new TreeMap<>();
        try (PacketStream packets = PacketStream.open(capture, ids)) {
            for (Packet p : packets) {
                if (required >= 0 && !p.has(required)) {
                    continue;
                }
                Map<String, String> values = new TreeMap<>();
                for (FieldDef d : defs) {
                    if (p.has(d.id())) {
                        values.put(d.name(), values(p, d));
                    }
                }
                out.put(p.number(), values);
            }
        }
        return out;
    }

    /**
     * Adds one line to {@code problems} for each of {@code fields} whose values in {@code frame}
     * differ (a field missing on one side counts as empty).
     */
    public static void compare(long frame, Collection<String> fields, Map<String, String> tshark,
                               Map<String, String> ours, List<String> problems) {
        for (String f : fields) {
            String w = tshark.getOrDefault(f, "");
            String h = ours.getOrDefault(f, "");
            if (!w.equals(h)) {
                problems.add("frame " + frame + " " + f + ": tshark [" + show(w) + "] ours [" + show(h) + "]");
            }
        }
    }

    /** Fails with the first differences (and how many there are) unless there are none. */
    public static void assertNone(List<String> problems, Object where) {
        assertEquals(List.of(), problems.subList(0, Math.min(SHOWN, problems.size())),
                problems.size() + " differences in " + where);
    }

    /** A value for a failure message: occurrences separated by '|', long values cut. */
    private static String show(String s) {
        String t = s.replace(SEP, "|");
        return t.length() > SHOWN_CHARS ? t.substring(0, SHOWN_CHARS) + "…" : t;
    }
}
