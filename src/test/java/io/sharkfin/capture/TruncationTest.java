package io.sharkfin.capture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A capture cut at every byte position: the frames before the cut come back intact, then exactly
 * one {@link CaptureException} (or a clean end at a record boundary), and never any other
 * exception. The frame count and message are compared with what tshark 4.0.17 says about the same
 * prefix (truncation/*.tsv), except where tshark's open falls back to guessing another format.
 */
class TruncationTest {
    @TempDir
    Path tmp;

    /**
     * Cuts where tshark does not read the prefix as the same format, so its answer is not about
     * truncation: prefixes shorter than a magic number or a section header are guessed to be MP4
     * or MIME files, and a pcap whose first records are cut is guessed to be one of the old
     * RedHat 6.1 / Nokia pcap variants, whose longer record headers happen to fit. sharkfin reads
     * only standard pcap and reports these as unknown or truncated.
     */
    private static final Map<String, List<Integer>> TSHARK_GUESSES_ANOTHER_FORMAT = Map.of(
            "tcpdump-802.1ad_QinQ.pcap", List.of(1, 2, 3, 108, 112),
            "cs-dns_query_nonexistent.pcapng", range(1, 7, 12, 23),
            "tcpdump-802.1ad_QinQ.pcap.gz", List.of(1),
            "cs-dns_query_nonexistent.pcapng.gz", List.of(1));

    private static List<Integer> range(int... bounds) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            for (int n = bounds[i]; n <= bounds[i + 1]; n++) {
                all.add(n);
            }
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyCutPosition() {
        return TSHARK_GUESSES_ANOTHER_FORMAT.keySet().stream().sorted()
                .map(name -> DynamicTest.dynamicTest(name, () -> checkAllCuts(name)));
    }

    private void checkAllCuts(String name) throws Exception {
        Path original = name.endsWith(".gz") ? TestFiles.TRUNCATION.resolve(name) : TestFiles.CORPUS.resolve(name);
        byte[] bytes = Files.readAllBytes(original);
        List<Frame> full = TestFiles.readAll(original);
        List<String[]> truth = TestFiles.tsv(TestFiles.TRUNCATION.resolve(name + ".tsv"), true);
        assertEquals(bytes.length + 1, truth.size(), "one truth row per cut position");
        int compared = 0;
        List<String> disagreements = new ArrayList<>();
        for (String[] row : truth) {
            int cut = Integer.parseInt(row[0]);
            Path file = tmp.resolve("cut" + name.substring(name.indexOf('.')));
            Files.write(file, java.util.Arrays.copyOf(bytes, cut));
            Outcome out = read(file);
            String where = name + " cut at " + cut;
            checkPrefix(full, out.frames, where);
            if (!TSHARK_GUESSES_ANOTHER_FORMAT.get(name).contains(cut)) {
                String expected = row[2].replace("\\n", "\n").replace("\\\\", "\\")
                        .replace("{file}", file.toString());
                String got = out.message == null ? "" : out.message;
                if (Integer.parseInt(row[1]) != out.frames.size() || !expected.equals(got)) {
                    disagreements.add(cut + ": tshark " + row[1] + " frames, " + expected.replace('\n', ' ')
                            + " | sharkfin " + out.frames.size() + " frames, " + got.replace('\n', ' '));
                }
                compared++;
            }
        }
        assertEquals(List.of(), disagreements, name + ": cuts where sharkfin and tshark disagree");
        assertTrue(compared > bytes.length / 2, "most cuts compared with tshark");
    }

    /** The frames read from a prefix are the first frames of the whole capture, byte for byte. */
    static void checkPrefix(List<Frame> full, List<Frame> got, String where) {
        assertTrue(got.size() <= full.size(), where + ": more frames than the whole file");
        for (int i = 0; i < got.size(); i++) {
            Frame a = full.get(i);
            Frame b = got.get(i);
            assertEquals(a.number(), b.number(), where);
            assertEquals(a.timestampNanos(), b.timestampNanos(), where);
            assertEquals(a.originalLength(), b.originalLength(), where);
            assertArrayEquals(a.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE),
                    b.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE), where);
        }
    }

    record Outcome(List<Frame> frames, String message) {
    }

    /** Reads until the end or the first CaptureException; any other exception fails the test. */
    static Outcome read(Path file) {
        return read(() -> CaptureFiles.open(file));
    }

    /** Opens a reader, for {@link #read(Opening)}. */
    interface Opening {
        CaptureReader open() throws CaptureException, IOException;
    }

    /** {@link #read(Path)} of the reader {@code opening} opens. */
    static Outcome read(Opening opening) {
        List<Frame> frames = new ArrayList<>();
        try (CaptureReader r = opening.open()) {
            Frame f = new Frame();
            try {
                while (r.next(f)) {
                    frames.add(f.copy());
                }
            } catch (CaptureException e) {
                assertEquals(frames.size(), e.framesRead(), "framesRead of the exception");
                return new Outcome(frames, e.getMessage());
            }
            return new Outcome(frames, null);
        } catch (CaptureException e) {
            assertEquals(0, frames.size());
            return new Outcome(frames, e.getMessage());
        } catch (IOException e) {
            return fail("closing failed", e);
        }
    }
}
