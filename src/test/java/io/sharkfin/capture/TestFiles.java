package io.sharkfin.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the test captures live, and small helpers to read their truth files. */
public final class TestFiles {
    public static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    static final Path SYNTHETIC = Path.of("src/test/resources/io/sharkfin/capture/synthetic");
    static final Path TRUNCATION = Path.of("src/test/resources/io/sharkfin/capture/truncation");

    private TestFiles() {
    }

    /**
     * How many bytes of a little-endian pcap file hold its header and its first {@code records}
     * records: what a writer has written into a pipe by then.
     */
    public static int pcapPrefix(byte[] pcap, int records) {
        int end = 24;
        for (int i = 0; i < records; i++) {
            int at = end + 8;
            int captured = (pcap[at] & 0xff) | (pcap[at + 1] & 0xff) << 8 | (pcap[at + 2] & 0xff) << 16
                    | (pcap[at + 3] & 0xff) << 24;
            end += 16 + captured;
        }
        return end;
    }

    /** The 24 corpus captures. */
    public static List<Path> corpusCaptures() {
        return list(CORPUS, "glob:*.{pcap,pcapng}");
    }

    static List<Path> list(Path dir, String glob) {
        var matcher = dir.getFileSystem().getPathMatcher(glob);
        try (var s = Files.list(dir)) {
            return s.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tab-separated file as rows of cells; {@code header} says whether to drop the first line. */
    static List<String[]> tsv(Path file, boolean header) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String[]> rows = new ArrayList<>();
            for (int i = header ? 1 : 0; i < lines.size(); i++) {
                if (!lines.get(i).isEmpty()) {
                    rows.add(lines.get(i).split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A frame's time stamp as tshark prints frame.time_epoch: seconds with nine decimals. */
    static String epoch(Frame f) {
        return f.epochSeconds() + "." + String.format("%09d", f.nanoOfSecond());
    }

    /** Every frame of a capture, copied so they outlive the reader. */
    static List<Frame> readAll(Path file) throws CaptureException {
        List<Frame> frames = new ArrayList<>();
        try (CaptureReader r = CaptureFiles.open(file)) {
            Frame f = new Frame();
            while (r.next(f)) {
                frames.add(f.copy());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frames;
    }
}
