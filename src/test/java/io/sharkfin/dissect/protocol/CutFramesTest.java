package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Frames with less than their headers: a record without bytes, Ethernet headers with nothing
 * behind them, and frames a snapshot length cut anywhere in Ethernet, IPv4, UDP, TCP or DNS
 * ({@code src/test/resources/dissect/cut}, made and recorded with tshark 4.0.17 by
 * {@code make-cut.sh}). Wireshark calls the next dissector with what is left, however little: its
 * layer stays (an exception leaves it), its item and fields exist only once the bytes they are read
 * from were there, and its columns are written only as far as it got. sharkfin's summary lines,
 * fields and filter selections must be tshark's.
 */
class CutFramesTest {

    private static final Path DIR = Path.of("src/test/resources/dissect/cut");

    @ParameterizedTest
    @ValueSource(strings = {"zero-length.pcap", "zero-length.pcapng", "header-only.pcap", "snaplen-cuts.pcap"})
    void summaryLinesAreTsharks(String capture) throws IOException {
        assertEquals(recorded(capture + ".summary.txt"), run("-r", path(capture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zero-length.pcap", "zero-length.pcapng", "header-only.pcap", "snaplen-cuts.pcap"})
    void fieldsAreTsharks(String capture) throws IOException {
        List<String> args = new ArrayList<>(List.of("-r", path(capture), "-T", "fields", "-E", "occurrence=a",
                "-E", "aggregator=,"));
        for (String field : recorded("fields.txt")) {
            args.add("-e");
            args.add(field);
        }
        assertEquals(recorded(capture + ".fields.tsv"), run(args.toArray(String[]::new)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zero-length.pcap", "zero-length.pcapng", "header-only.pcap", "snaplen-cuts.pcap"})
    void filtersSelectTsharksFrames(String capture) throws IOException {
        for (String line : recorded(capture + ".filters.tsv")) {
            String[] cells = line.split("\t", -1);
            List<String> numbers = run("-r", path(capture), "-Y", cells[0], "-T", "fields", "-e", "frame.number");
            assertEquals(cells[1], String.join(",", numbers), capture + ": -Y " + cells[0]);
        }
    }

    /** IPv4 headers packet-ip.c gives up on say why in Info, below the link layer's addresses. */
    @Test
    void bogusIpv4HeadersAreSummarisedAsTsharkDoes() throws IOException {
        String filter = recorded("bogus-ip.filter").getFirst();
        assertEquals(recorded("synthetic.pcapng.bogus-ip.txt"),
                run("-r", DIR.resolve("../synthetic.pcapng").toString(), "-Y", filter));
    }

    @Test
    void aRecordWithoutBytesIsShownAsJsonAsTsharkShowsIt() throws IOException {
        assertEquals(recorded("zero-length.pcap.json"), run("-r", path("zero-length.pcap"), "-T", "json"));
    }

    @Test
    void aRecordWithoutBytesIsWritten(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("short.pcap");
        run("-r", path("zero-length.pcap"), "-Y", "frame.len < 10", "-w", out.toString());
        List<Integer> lengths = new ArrayList<>();
        try (CaptureReader r = CaptureFiles.open(out)) {
            Frame f = new Frame();
            while (r.next(f)) {
                lengths.add(f.capturedLength());
            }
        }
        assertEquals(List.of(0), lengths);
    }

    private static String path(String capture) {
        return DIR.resolve(capture).toString();
    }

    private static List<String> recorded(String name) throws IOException {
        return Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<String> run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return out.toString().lines().toList();
    }
}
