package io.sharkfin.cli.output;

import io.sharkfin.cli.Main;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default text output ({@code sharkfin -r FILE}, the rows the REPL lists) against tshark's
 * one-line summaries of every corpus capture and of the dissector tests' NBNS capture, recorded
 * with {@code tshark -n -r CAPTURE} (4.0.17) under {@code src/test/resources/summary}. Rows are
 * compared column by column (the padding between columns aside; Info exactly). The lab captures
 * and the NBNS one, made of what sharkfin dissects fully, must agree on every row; for the others
 * the agreement measured when the columns were written is a floor.
 */
class SummaryColumnsTest {

    private static final Path EXPECTED = Path.of("src/test/resources/summary");

    /**
     * Identical rows per capture when this test was written; what is left is dissectors that only
     * name their layer (MySQL, X11 write no Info text of their own; ja4-tls3.pcapng's one NBSS
     * frame agrees since NBSS writes its own).
     */
    private static final Map<String, Integer> FLOOR = Map.ofEntries(
            Map.entry("ppp-pcapng-example.pcapng", 108),
            // two frames whose first line came in an earlier segment (HttpSegments does not
            // follow it there) and one that waits for a body after a chunk
            Map.entry("http-messages.pcap", 98),
            // UDP's Echo port (2 frames) and LLC's own Info (1) are not written
            Map.entry("synthetic.pcapng", 106));

    @Test
    void rowsAgreeWithTshark() throws IOException {
        Map<String, int[]> agreement = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Path expected : expectedFiles()) {
            String capture = expected.getFileName().toString().replaceFirst("\\.txt$", "");
            List<TsharkRows.Row> want = TsharkRows.parse(Files.readAllLines(expected, StandardCharsets.UTF_8)).rows();
            List<TsharkRows.Row> got = TsharkRows.parse(text(capture(capture))).rows();
            assertEquals(want.size(), got.size(), capture + ": row count");
            int same = 0;
            for (int i = 0; i < want.size(); i++) {
                if (want.get(i).equals(got.get(i))) {
                    same++;
                } else if (failures.size() < 20) {
                    failures.add(capture + "\n  tshark:   " + want.get(i) + "\n  sharkfin: " + got.get(i));
                }
            }
            agreement.put(capture, new int[] {same, want.size()});
        }
        StringBuilder table = new StringBuilder("identical rows per capture (sharkfin -r vs tshark -n -r):\n");
        agreement.forEach((c, a) -> table.append(String.format(Locale.ROOT, "  %-36s %5d/%5d %6.1f%%%n",
                c, a[0], a[1], 100.0 * a[0] / a[1])));
        System.out.print(table);
        for (Map.Entry<String, int[]> e : agreement.entrySet()) {
            int[] a = e.getValue();
            int floor = e.getKey().startsWith("lab-") ? a[1] : FLOOR.getOrDefault(e.getKey(), a[1]);
            assertTrue(a[0] >= floor, () -> e.getKey() + ": " + a[0] + " of " + a[1] + " rows agree, expected "
                    + floor + "\n" + table + String.join("\n", failures));
        }
    }

    @Test
    void linesAreTsharksToTheCharacter() throws IOException {
        for (String capture : List.of("lab-web-mixed.pcap", "lab-c2-a.pcap", "ppp-DnsPackets.pcap",
                "ppp-pcapng-example.pcapng", "ppp-VlanPackets.pcap", "nbns.pcapng", "xml.pcapng", "json.pcapng",
                "cdp.pcapng", "images.pcapng", "ssh.pcapng", "ssh-tools.pcapng", "ftp.pcapng", "ftp-vsftpd.pcap",
                "dns-tunnel.pcapng", "smtp.pcapng", "smtp-python.pcap", "multipart.pcapng", "smb.pcapng",
                "http-ntlm.pcapng", "kerberos.pcapng", "kerberos-cut.pcap", "pop.pcapng", "imap.pcapng",
                "http-auth.pcapng", "http-messages.pcap", "synthetic.pcapng", "lldp.pcapng", "stp.pcapng")) {
            List<String> want = Files.readAllLines(EXPECTED.resolve(capture + ".txt"), StandardCharsets.UTF_8);
            List<String> got = text(capture(capture));
            for (int i = 0; i < want.size(); i++) {
                TsharkRows.Row w = TsharkRows.row(want.get(i));
                // the rows this build agrees on must also be laid out as tshark does
                if (w.equals(TsharkRows.row(got.get(i)))) {
                    assertEquals(want.get(i), got.get(i), capture + " frame " + (i + 1));
                }
            }
        }
    }

    @Test
    void timeKeepsEveryDigitOfFarApartStamps() {
        assertEquals("18445321545205.547935", SummaryColumns.seconds(18445321545205L, 547935000, 6));
        assertEquals("0.052470608", SummaryColumns.seconds(0, 52470608, 9));
        assertEquals("-0.000500", SummaryColumns.seconds(0, -500000, 6));
        assertEquals("12", SummaryColumns.seconds(12, 999999999, 0));
    }

    /** A recorded capture: the corpus's, or one of the tests' own. */
    private static Path capture(String name) {
        return TestCaptures.named(name);
    }

    private static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> s = Files.list(EXPECTED)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static List<String> text(Path capture) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new String[] {"-r", capture.toString()}, new PrintWriter(out), new PrintWriter(err));
        return out.toString().lines().toList();
    }
}
