package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.TsharkTruth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The DNS columns of the corpus ground truth (truth/&lt;capture&gt;.fields.tsv, tshark 4.0.17),
 * frame by frame, for every capture of the corpus.
 */
class DnsCorpusColumnsTest {
    private static final List<String> COLUMNS = List.of("dns.qry.name", "dns.flags.rcode", "dns.a",
            "dns.qry.type", "dns.flags.response", "dns.aaaa");

    static Stream<Path> captures() throws IOException {
        return Files.list(DnsRun.CAPTURES)
                .filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng"))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void dnsColumnsAsTshark(Path capture) throws IOException {
        List<String> lines = Files.readAllLines(
                DnsRun.CAPTURES.resolve("truth").resolve(capture.getFileName() + ".fields.tsv"),
                StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        List<DnsRun.FrameView> frames = DnsRun.run(capture, COLUMNS);
        assertEquals(lines.size() - 1, frames.size(), "frames");
        List<String> problems = new ArrayList<>();
        for (DnsRun.FrameView f : frames) {
            String[] row = lines.get((int) f.number()).split("\t", -1);
            for (String column : COLUMNS) {
                String want = row[header.indexOf(column)];
                String got = f.get(column).replace(TsharkTruth.SEP, ",");
                if (!want.equals(got)) {
                    problems.add("frame " + f.number() + " " + column + ": tshark [" + want + "] ours [" + got + "]");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
