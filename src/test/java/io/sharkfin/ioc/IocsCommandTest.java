package io.sharkfin.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharkfin.capture.RecordingObserver;
import io.sharkfin.cli.CliRun;
import io.sharkfin.ioc.report.IocReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code iocs} subcommand: formats, output file, scope, and errors as the rest of the CLI reports them. */
class IocsCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String LAB = IocTestSupport.LAB_C2.toString();

    @Test
    void textAndMarkdownTellTheStory() {
        CliRun text = run("iocs", "-r", LAB);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("FINDINGS"));
        assertTrue(text.out().contains("likely command-and-control beacon"));
        assertTrue(text.out().contains("filter:     ip.src == 127.0.0.2 && ip.dst == 127.0.0.66"));
        CliRun md = run("iocs", "-r", LAB, "--format", "md");
        assertEquals(0, md.code());
        assertTrue(md.out().startsWith("# sharkfin iocs"));
        assertTrue(md.out().contains("| pair | events |"));
    }

    @Test
    void anObserverIsToldOfEveryFrameOnceTheCaptureIsOpen() throws Exception {
        // what the progress line of a long analysis counts: the reader, each frame, the end
        RecordingObserver observer = new RecordingObserver();
        IocReport r = IocAnalysis.run(Path.of(LAB), null, observer);
        assertEquals(939, r.capture().frames());
        // the reader is past the pcap file header when the analysis hands it over
        assertEquals(List.of("opened 24", "finished after 939"), observer.events());
    }

    @Test
    void aReadingEndedByCtrlCIsReportedAsFarAsItWent() throws Exception {
        // the first Ctrl-C asks the reading to stop: the report covers the frames before it
        IocReport r = IocAnalysis.run(Path.of(LAB), null, new RecordingObserver(100));
        assertEquals(99, r.capture().frames());
        assertEquals("interrupted (Ctrl-C) after 99 frames", r.capture().error());
        assertTrue(r.findings().stream().anyMatch(f -> f.title().startsWith("NXDOMAIN burst")), r.findings().toString());
    }

    @Test
    void htmlGoesToTheOutputFile() throws Exception {
        Path out = Files.createTempFile("iocs", ".html");
        CliRun r = run("iocs", "-r", LAB, "--format", "html", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg id=\"timeline\""));
    }

    @Test
    void scopeRestrictsTheFramesAndEveryFilter() throws Exception {
        CliRun r = run("iocs", "-r", LAB, "-Y", "dns", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = IocTestSupport.MAPPER.readTree(r.out());
        assertEquals("dns", j.get("capture").get("scope").asText());
        assertEquals(74, j.get("capture").get("framesInScope").asInt(), "tshark -Y dns: 74 frames");
        assertEquals(939, j.get("capture").get("frames").asInt());
        for (JsonNode f : j.get("findings")) {
            assertTrue(f.get("evidence").get("filter").asText().startsWith("(dns) && ("));
        }
        assertEquals(0, j.get("cadence").findValues("kind").stream().filter(k -> k.asText().equals("tcp")).count(),
                "no TCP in scope");
        assertTrue(j.get("capture").get("notes").isEmpty(), j.get("capture").get("notes").toString());
    }

    @Test
    void aScopeOnAFieldNeverDissectedIsNoted() throws Exception {
        CliRun r = run("iocs", "-r", LAB, "-Y", "smb", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = IocTestSupport.MAPPER.readTree(r.out());
        assertEquals(0, j.get("capture").get("framesInScope").asInt());
        assertEquals("scope: smb is not dissected by sharkfin: it never occurs",
                j.get("capture").get("notes").get(0).asText());
    }

    @Test
    void scopeCountsDisplayedDeltaFromItsOwnFrames() throws Exception {
        // frame.time_delta_displayed counts from the last frame the scope kept, as with -Y
        CliRun r = run("iocs", "-r", LAB, "-Y", "dns && (frame.time_delta_displayed == 0 || frame.time_delta_displayed > 1)",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = IocTestSupport.MAPPER.readTree(r.out());
        assertEquals(14, j.get("capture").get("framesInScope").asInt(), "tshark -Y of the same filter: 14 frames");
    }

    @Test
    void aBadScopeIsShownWithItsCaret() {
        CliRun r = run("iocs", "-r", LAB, "-Y", "dns && tcp.prot == 80");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("""
                sharkfin: Left side of "==" expression must be a field or function, not tcp.prot.
                    dns && tcp.prot == 80
                           ^~~~~~~~
                Did you mean tcp.port?
                """, r.err());
    }

    @Test
    void helpTeachesWhatEachPartAndFormatHolds() {
        CliRun help = run("iocs", "--help");
        assertEquals(0, help.code());
        for (String s : new String[] {"What the report holds:", "DNS ", "HTTP ", "TLS ", "cadence ", "findings ",
            "Formats: text", "json", "md (Markdown)", "html (one offline file", "Examples:", "--emit-pack",
            "sharkfin pack lint", "-Y 'http.request.uri == \"/favicon.ico\"'"}) {
            assertTrue(help.out().contains(s), s + " in:\n" + help.out());
        }
        for (String line : help.out().split("\n")) {
            assertTrue(line.length() <= 100, "fits the help width (100, or the terminal's): " + line);
        }
    }

    @Test
    void aDamagedCaptureIsReportedAsFarAsItGoesAndEndsWithStatusTwo() throws Exception {
        // as -r and pack run: the report covers the frames before the damage, the status says so
        byte[] whole = Files.readAllBytes(Path.of(LAB));
        Path cut = Files.createTempFile("iocs-cut", ".pcap");
        Files.write(cut, java.util.Arrays.copyOf(whole, 5000));
        CliRun r = run("iocs", "-r", cut.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.out().contains("capture read in part: The file \"" + cut + "\" appears to have been cut short"),
                r.out());
        assertTrue(r.out().contains("FINDINGS"), r.out());
        assertTrue(r.err().contains("analysed up to the damage"), r.err());
        Files.delete(cut);
    }

    @Test
    void aCaptureWithoutFramesSaysSoInsteadOfItsTimes() throws Exception {
        Path empty = Files.createTempFile("iocs-empty", ".pcap");
        Files.write(empty, java.util.Arrays.copyOf(Files.readAllBytes(Path.of(LAB)), 24)); // the file header alone
        for (String format : List.of("text", "md", "html")) {
            CliRun r = run("iocs", "-r", empty.toString(), "--format", format);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("0 frames (0 in scope), 0.0 s, no frames"), format + ": " + r.out());
            assertTrue(!r.out().contains("null"), format + ": " + r.out());
        }
        Files.delete(empty);
    }

    @Test
    void errorsAreReportedNotThrown() {
        CliRun bad = run("iocs", "-r", LAB, "-Y", "dns.qry.name ==");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("sharkfin: "), bad.err());
        CliRun missing = run("iocs", "-r", "no/such/file.pcap");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no/such/file.pcap"), missing.err());
        CliRun usage = run("iocs");
        assertEquals(1, usage.code());
        CliRun format = run("iocs", "-r", LAB, "--format", "pdf");
        assertEquals(1, format.code());
    }
}
