package io.sharkfin.repl;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batch mode as a script sees it: filters print the table and the count line, errors go to
 * standard error with tshark's message, and the exit status is the worst line's.
 */
class BatchReplTest {

    private static final java.nio.file.Path WEB = ReplRun.capture("lab-web-mixed.pcap");

    @Test
    void filterPrintsTheMatchingFramesThenTheCount() {
        ReplRun r = ReplRun.of("dns.flags.rcode == 3\n", WEB);
        List<String> lines = r.lines();
        assertEquals(0, r.status(), r.err());
        assertTrue(lines.get(0).matches(" *No\\. +Time +Source +Destination +Protocol +Length +Info"), lines.get(0));
        // tshark -r lab-web-mixed.pcap -Y 'dns.flags.rcode == 3': frames 18, 20, 34
        assertEquals(List.of(18L, 20L, 34L), lines.subList(1, lines.size() - 1).stream()
                .map(l -> Long.parseLong(l.trim().split(" +")[0])).toList());
        assertTrue(lines.get(1).contains("127.0.0.53") && lines.get(1).contains("DNS")
                && lines.get(1).contains("No such name"), lines.get(1));
        assertTrue(Pattern.matches("3 of 329 frames match \\(0\\.91%\\) in \\d+\\.\\d{3} s", lines.get(lines.size() - 1)),
                lines.get(lines.size() - 1));
    }

    @Test
    void rowsCarryTheColumnsOfTsharkText() throws Exception {
        // tshark's columns (as -T text, shared code): compare every field but the padding
        ReplRun r = ReplRun.of("frame\n", WEB);
        List<String> rows = r.lines().subList(1, 330);
        List<String> text = java.nio.file.Files.readAllLines(ReplRun.TSHARK.resolve("lab-web-mixed.pcap.txt"));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(words(text.get(i)).replaceFirst(" → ", " "), words(rows.get(i)), "frame " + (i + 1));
        }
    }

    private static String words(String s) {
        return s.trim().replaceAll(" +", " ");
    }

    @Test
    void anInvalidFilterIsReportedWithCaretAndStatusTwo() {
        ReplRun r = ReplRun.of("ip.src == 1.2.3.\n:count\n", WEB);
        assertEquals(2, r.status());
        assertEquals("""
                sharkfin: "." was unexpected in this context.
                    ip.src == 1.2.3.
                                   ^
                """, r.err());
        // the session goes on: :count ran over every frame
        assertTrue(r.out().startsWith("329 of 329 frames match (100.00%)"), r.out());
    }

    @Test
    void deprecatedTokensAreWarnedButRun() {
        ReplRun r = ReplRun.of("bootp\n", WEB);
        assertEquals(0, r.status());
        assertTrue(r.err().contains("warning: Deprecated token \"bootp\""), r.err());
        assertTrue(r.out().contains("0 of 329 frames match"), r.out());
    }

    @Test
    void unknownCommandsAreUsageErrors() {
        ReplRun r = ReplRun.of(":bogus\n", WEB);
        assertEquals(1, r.status());
        assertEquals("sharkfin: unknown command :bogus (:help lists them)\n", r.err());
    }

    @Test
    void statusIsTheWorstLinesAndCommentsAndBlankLinesAreSkipped() {
        assertEquals(0, ReplRun.of("# a comment\n\n   \n:info\n", WEB).status());
        assertEquals(2, ReplRun.of(":bogus\nnot a filter ((\n:info\n", WEB).status());
    }

    @Test
    void filtersNeedACapture() {
        ReplRun r = ReplRun.of("dns\n");
        assertEquals(1, r.status());
        assertEquals("sharkfin: no capture is open: :open FILE\n", r.err());
    }

    @Test
    void quitStopsReadingLines() {
        ReplRun r = ReplRun.of(":quit\n:bogus\n", WEB);
        assertEquals(0, r.status());
        assertEquals("", r.err());
    }

    @Test
    void unreadableCapturesOnTheCommandLineFailButTheSessionRuns() {
        ReplRun r = ReplRun.of(":use\n", java.nio.file.Path.of("no-such-file.pcap"), WEB);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("The file \"no-such-file.pcap\" doesn't exist."), r.err());
        assertTrue(r.out().startsWith("* 1: lab-web-mixed.pcap, 329 frames"), r.out());
    }

    @Test
    void aDamagedCaptureShowsItsFramesThenTheProblem() throws Exception {
        java.nio.file.Path cut = java.nio.file.Files.createTempFile("cut", ".pcap");
        try {
            byte[] all = java.nio.file.Files.readAllBytes(WEB);
            java.nio.file.Files.write(cut, java.util.Arrays.copyOf(all, 1000));
            ReplRun r = ReplRun.of("frame\n:info\n", cut);
            assertEquals(0, r.status());
            assertTrue(r.err().contains("cut short in the middle of a packet"), r.err());
            assertTrue(r.out().contains("7 of 7 frames match"), r.out());
            assertTrue(r.out().contains("Damaged:"), r.out());
        } finally {
            java.nio.file.Files.deleteIfExists(cut);
        }
    }

    @Test
    void noFrameMatchesAnEmptyLine() {
        ReplRun r = ReplRun.of("udp && tcp\n", WEB);
        assertEquals(List.of(), r.lines().stream().filter(l -> l.contains("No.")).toList());
        assertFalse(r.out().contains("Info"));
        assertTrue(r.out().startsWith("0 of 329 frames match (0.00%)"), r.out());
    }

    /** :export saves what --export-objects saves: the mail of the SMTP capture, as tshark names it. */
    @Test
    void exportSavesTheCapturesObjects() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("export");
        java.nio.file.Path smtp = java.nio.file.Path.of("src/test/resources/dissect/smtp.pcapng");
        ReplRun r = ReplRun.of("imf.subject contains \"invoice\"\n:export imf " + dir + "\n:export gopher " + dir + "\n", smtp);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("saved 9 imf objects in " + dir), r.out());
        assertTrue(r.err().contains("not \"gopher\""), r.err());
        List<String> names;
        try (var files = java.nio.file.Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        // every message, whatever the filter before selected; the recorded truth names them
        List<String> truth = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                "src/test/resources/conformance/export-objects.tsv")).stream()
                .filter(l -> l.startsWith(smtp + "\timf\t")).map(l -> l.split("\t")[2]).sorted().toList();
        assertEquals(truth, names);
    }

    @Test
    void aTildeIsTheHomeDirectoryTheShellWouldExpandItTo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws Exception {
        // the JVM's user.home is the account's; ~ (in :open, :write, completion and the history
        // file) must follow $HOME as the shell does
        java.nio.file.Files.copy(WEB, home.resolve("web.pcap"));
        ProcessBuilder pb = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                io.sharkfin.cli.Main.class.getName(), "repl");
        pb.environment().put("HOME", home.toString());
        Process p = pb.redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(":open ~/web.pcap\n:count dns.flags.rcode == 3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.startsWith("1: web.pcap, 329 frames\n"), out);
        assertTrue(out.contains("3 of 329 frames match"), out);
    }
}
