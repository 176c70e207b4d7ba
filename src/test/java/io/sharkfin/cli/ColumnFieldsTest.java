package io.sharkfin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary columns as {@code -e} fields ({@code _ws.col.Info}, ...): the text of the summary
 * line, as tshark 4.0.17 prints them ({@code src/test/resources/cli/README.md} has the commands),
 * whichever frames the filter leaves out; and {@code -e} without an output that prints fields is
 * refused, as tshark refuses it.
 */
class ColumnFieldsTest {
    private static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");
    private static final Path TSHARK = Path.of("src/test/resources/cli");
    private static final String[] COLUMNS = {"-e", "frame.number", "-e", "_ws.col.No.", "-e", "_ws.col.Time",
        "-e", "_ws.col.Source", "-e", "_ws.col.Destination", "-e", "_ws.col.Protocol", "-e", "_ws.col.Length",
        "-e", "_ws.col.Info"};

    private static String tshark(String file) throws Exception {
        return Files.readString(TSHARK.resolve(file), StandardCharsets.UTF_8);
    }

    private static CliRun run(String capture, String filter, String format, String... fields) {
        List<String> args = new ArrayList<>(List.of("-r", CAPTURES.resolve(capture).toString(), "-T", format));
        if (filter != null) {
            args.addAll(List.of("-Y", filter));
        }
        args.addAll(List.of(fields));
        return CliRun.of(args.toArray(String[]::new));
    }

    // a filter leaves frames out that the columns of later ones depend on (TLS's version, HTTP's
    // request a response answers): the columns follow them as the summary line does
    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "cs-dns_lab.pcapng; -; columns-cs-dns_lab.tsv",
        "cs-icmp_traceroute.pcapng; -; columns-cs-icmp_traceroute.tsv",
        "lab-c2-a.pcap; http || tls; columns-lab-c2-a-http-tls.tsv",
        "ja4-tls3.pcapng; tls; columns-ja4-tls3-tls.tsv"})
    void fieldsPrintTheColumnsAsTshark(String capture, String filter, String expected) throws Exception {
        CliRun r = run(capture, filter, "fields", COLUMNS);
        assertEquals(0, r.code(), r.err());
        assertEquals(tshark(expected), r.out());
    }

    @Test
    void jsonAndEkPrintTheColumnsAsTshark() throws Exception {
        String[] fields = {"-c", "2", "-e", "frame.number", "-e", "_ws.col.Info", "-e", "_ws.col.No."};
        CliRun json = run("cs-dns_lab.pcapng", null, "json", fields);
        assertEquals(0, json.code(), json.err());
        assertEquals(tshark("columns-cs-dns_lab.json"), json.out());
        CliRun ek = run("cs-dns_lab.pcapng", null, "ek", fields);
        assertEquals(0, ek.code(), ek.err());
        assertEquals(tshark("columns-cs-dns_lab.ek"), ek.out());
    }

    @Test
    void aColumnIsQuotedAndHeadedAsAField() {
        CliRun r = run("cs-dns_lab.pcapng", "frame.number == 1", "fields", "-E", "header=y", "-E", "quote=d",
                "-e", "_ws.col.Protocol", "-e", "_ws.col.Info");
        assertEquals(0, r.code(), r.err());
        assertEquals("_ws.col.Protocol\t_ws.col.Info\n\"DNS\"\t\"Standard query 0x1a16 A microsoft.com\"\n", r.out());
    }

    @Test
    void onlyTheDefaultColumnsAreKnown() {
        // tshark takes any _ws.col. name and prints nothing for one its preferences lack
        CliRun r = run("cs-dns_lab.pcapng", null, "fields", "-e", "_ws.col.info");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("sharkfin: Some fields aren't valid:\n\t_ws.col.info\n"), r.err());
        assertTrue(r.err().contains("_ws.col.Info"), r.err());
    }

    @Test
    void aColumnCannotBeFilteredOn() {
        CliRun r = run("cs-dns_lab.pcapng", "_ws.col.Info contains \"A\"", "fields", "-e", "frame.number");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Left side of contains expression must be a field or function, not _ws.col.Info."),
                r.err());
    }

    @Test
    void fieldsWithoutAnOutputForThemAreRefused() {
        String capture = CAPTURES.resolve("cs-dns_lab.pcapng").toString();
        String words = "sharkfin: Output fields were specified with \"-e\", but \"-Tek, -Tfields or -Tjson\""
                + " was not specified.\n";
        for (String[] args : List.of(new String[]{"-r", capture, "-e", "frame.number"},
                new String[]{"-r", capture, "-T", "text", "-e", "frame.number"},
                new String[]{"-r", capture, "-q", "-e", "frame.number"})) {
            CliRun r = CliRun.of(args);
            assertEquals(1, r.code(), String.join(" ", args));
            assertEquals("", r.out());
            assertEquals(words, r.err());
        }
    }
}
