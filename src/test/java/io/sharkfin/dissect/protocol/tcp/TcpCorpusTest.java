package io.sharkfin.dissect.protocol.tcp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every TCP field of every corpus capture against tshark 4.0.17: the corpus truth columns, and the
 * per-frame values recorded with {@code src/test/resources/tcp/record-expected.sh}.
 */
class TcpCorpusTest {
    static final Path EXPECTED = Path.of("src/test/resources/tcp/expected");

    /** Columns that depend on application dissectors (HTTP, TLS) which are not part of this test. */
    static final Set<String> APPLICATION_DEPENDENT = Set.of("tcp.reassembled_in", "tcp.segment",
            "tcp.segment.count", "tcp.reassembled.length", "tcp.pdu.size", "_ws.expert.message");

    static Stream<String> captures() {
        return Stream.of("cs-http_google.pcapng", "cs-http_post.pcapng", "cs-tcp_retransmissions.pcapng",
                "ja3-ssl-chrome.pcap", "ja4-browsers-x509.pcapng", "ja4-http-empty-useragent.pcap",
                "ja4-http1.pcapng", "ja4-tls-sni.pcapng", "ja4-tls3.pcapng", "lab-c2-a.pcap",
                "lab-web-mixed.pcap", "lab-web-mixed.pcapng", "ppp-four_ipv6_http_streams.pcap",
                "ppp-pcapng-example.pcapng", "ppp-sll.pcap", "ppp-tls.pcap");
    }

    @ParameterizedTest
    @MethodSource("captures")
    void truthColumnsMatchTshark(String capture) throws IOException {
        Tsv truth = Tsv.read(TestCaptures.CORPUS.resolve("truth/" + capture + ".fields.tsv"));
        List<String> cols = List.of("tcp.srcport", "tcp.dstport", "tcp.stream", "tcp.flags", "tcp.len");
        compare(capture, truth, cols, TcpRun.fields(TestCaptures.CORPUS.resolve(capture), cols));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void recordedFieldsMatchTshark(String capture) throws IOException {
        Tsv expected = Tsv.read(EXPECTED.resolve(capture + ".tsv"));
        List<String> cols = new ArrayList<>(expected.header().subList(1, expected.header().size()));
        cols.removeAll(APPLICATION_DEPENDENT);
        compare(capture, expected, cols, TcpRun.fields(TestCaptures.CORPUS.resolve(capture), cols));
    }

    static void compare(String capture, Tsv expected, List<String> cols, List<List<String>> actual) {
        assertEquals(expected.rows().size(), actual.size(), capture + ": frame count");
        List<String> diffs = new ArrayList<>();
        int checked = 0;
        for (int f = 0; f < actual.size(); f++) {
            for (int c = 0; c < cols.size(); c++) {
                String want = expected.get(f, cols.get(c));
                String got = actual.get(f).get(c);
                checked++;
                if (!want.equals(got) && diffs.size() < 40) {
                    diffs.add("frame " + (f + 1) + " " + cols.get(c) + ": tshark [" + want + "] sharkfin [" + got + "]");
                }
            }
        }
        assertTrue(diffs.isEmpty(), capture + ": " + diffs.size() + "+ differences of " + checked + " values:\n"
                + String.join("\n", diffs));
    }
}
