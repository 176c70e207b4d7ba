package io.sharkfin.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -x} against {@code tshark -n -x} over every corpus capture (recorded under
 * {@code src/test/resources/hexdump}): the same data sources for each frame (the frame's bytes,
 * then what dissection reassembled, decrypted or decompressed, by Wireshark's names) and the same
 * text, byte for byte. Then how {@code -x} goes with {@code -V}, {@code -P}, {@code -q} and
 * {@code -T}, as tshark combines them.
 */
class HexOutputTest {

    private static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");
    private static final Path EXPECTED = Path.of("src/test/resources/hexdump");
    private static final String ICMP = CAPTURES.resolve("cs-icmp_traceroute.pcapng").toString();

    @Test
    void everyCapturePrintsAsTsharkDoes() throws IOException {
        List<String> digests = Files.readAllLines(EXPECTED.resolve("digests.tsv"), StandardCharsets.UTF_8);
        List<String> sources = Files.readAllLines(EXPECTED.resolve("sources.tsv"), StandardCharsets.UTF_8);
        assertEquals(24, digests.size(), "one line per corpus capture");
        List<String> failures = new ArrayList<>();
        for (String row : digests) {
            String[] f = row.split("\t");
            CliRun r = CliRun.of("-r", CAPTURES.resolve(f[0]).toString(), "-x");
            assertEquals(0, r.code(), f[0] + ": " + r.err());
            // the headings first: a difference there says which frame and source
            List<String> want = sources.stream().filter(s -> s.startsWith(f[0] + "\t")).toList();
            assertEquals(want, headings(f[0], r.out()), f[0]);
            long lines = r.out().lines().count();
            if (lines != Long.parseLong(f[1]) || !sha256(r.out()).equals(f[2])) {
                failures.add(f[0] + ": " + lines + " lines, tshark " + f[1]);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(sources.size() > 200, "frames with several data sources are covered");
    }

    @Test
    void aReassemblyTheApplicationRejectsIsNoDataSource() {
        // HTTP asked TCP for more after frame 43's reassembly (a chunked body): tshark lists no
        // "Reassembled TCP" for it, only for frame 510 that completes the body
        CliRun r = CliRun.of("-r", CAPTURES.resolve("ppp-sll.pcap").toString(), "-x", "-P",
                "-Y", "frame.number == 43 || frame.number == 510");
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("Frame (1136 bytes):", "Reassembled TCP (414692 bytes):",
                        "De-chunked entity body (414195 bytes):"),
                lines.stream().filter(l -> l.endsWith("bytes):")).toList());
        assertTrue(lines.getFirst().startsWith("   43 "), lines.getFirst());
    }

    @Test
    void detailsShowUndissectedDataInHexUnlessTheWholeFrameFollows() {
        // tshark -n -r cs-icmp_traceroute.pcapng -V -c 1: the ICMP echo's 64 bytes of data
        List<String> v = CliRun.of("-r", ICMP, "-c", "1", "-V").out().lines().toList();
        int data = v.indexOf("    Data (64 bytes)");
        assertTrue(data > 0, String.join("\n", v));
        assertEquals(List.of("",
                        "0000  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ................",
                        "0010  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ................",
                        "0020  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ................",
                        "0030  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ................",
                        "        Data: " + "00".repeat(36) + "\u2026",
                        "        [Length: 64]"),
                v.subList(data + 1, data + 8));

        // with -x the frame's bytes follow the tree, and the data is not dumped twice
        List<String> vx = CliRun.of("-r", ICMP, "-c", "1", "-V", "-x").out().lines().toList();
        int at = vx.indexOf("    Data (64 bytes)");
        assertTrue(vx.get(at + 1).startsWith("        Data: "), vx.get(at + 1));
        int hex = vx.indexOf("0000  00 12 80 4b c0 7f 00 16 d4 b8 59 b1 08 00 45 00   ...K......Y...E.");
        assertTrue(hex > at, String.join("\n", vx));
        assertEquals("", vx.get(hex - 1), "a blank line between the tree and the bytes");
        assertEquals("", vx.getLast(), "and one after the bytes");
    }

    @Test
    void optionsCombineAsInTshark() {
        String frame1 = "0000  00 12 80 4b c0 7f 00 16 d4 b8 59 b1 08 00 45 00   ...K......Y...E.";
        // -x alone: no summary line; -P puts it back, a blank line before the bytes
        List<String> x = CliRun.of("-r", ICMP, "-c", "1", "-x").out().lines().toList();
        assertEquals(frame1, x.getFirst());
        List<String> px = CliRun.of("-r", ICMP, "-c", "1", "-x", "-P").out().lines().toList();
        assertTrue(px.getFirst().startsWith("    1 "), px.getFirst());
        assertEquals(List.of("", frame1), px.subList(1, 3));
        // -q keeps quiet about the summary only: -x and -V still print, with no count
        CliRun qx = CliRun.of("-r", ICMP, "-c", "1", "-q", "-x");
        assertEquals(x, qx.out().lines().toList());
        assertEquals("", qx.err());
        CliRun q = CliRun.of("-r", ICMP, "-c", "3", "-q");
        assertEquals("", q.out());
        assertEquals("3 of 3 frames selected\n", q.err());
        // -P before -V: the summary line, then the tree
        List<String> pv = CliRun.of("-r", ICMP, "-c", "1", "-V", "-P").out().lines().toList();
        assertTrue(pv.get(0).startsWith("    1 ") && pv.get(1).startsWith("Frame 1: "), pv.get(1));
        // -x prints text: tshark refuses it with -T fields
        CliRun fields = CliRun.of("-r", ICMP, "-x", "-T", "fields", "-e", "frame.number");
        assertNotEquals(0, fields.code());
        assertTrue(fields.err().contains("-x"), fields.err());
    }

    @Test
    void writingACaptureStillPrintsWhatWasAskedFor(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path out = dir.resolve("out.pcapng");
        CliRun w = CliRun.of("-r", ICMP, "-c", "2", "-w", out.toString(), "-x");
        assertEquals(0, w.code(), w.err());
        assertTrue(Files.isRegularFile(out));
        assertEquals(2, w.out().lines().filter(l -> l.startsWith("0000  ")).count(), w.out());
        CliRun toStdout = CliRun.of("-r", ICMP, "-c", "2", "-w", "-", "-x");
        assertNotEquals(0, toStdout.code());
        assertTrue(toStdout.err().contains("standard output"), toStdout.err());
    }

    /** {@code capture TAB frame TAB heading} for each data-source heading, as sources.tsv has them. */
    private static List<String> headings(String capture, String out) {
        List<String> rows = new ArrayList<>();
        int frame = 1;
        for (String line : out.lines().toList()) {
            if (line.isEmpty()) {
                frame++;
            } else if (line.endsWith(" bytes):")) {
                rows.add(capture + "\t" + frame + "\t" + line);
            }
        }
        return rows;
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
