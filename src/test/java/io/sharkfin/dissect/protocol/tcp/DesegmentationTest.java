package io.sharkfin.dissect.protocol.tcp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The desegmentation service against tshark: the real application dissectors (DNS over TCP, HTTP,
 * TLS), which ask TCP for more bytes as Wireshark's do, must see each PDU on the same frame, and
 * TCP must attribute segments ({@code tcp.segment}, {@code tcp.reassembled_in}, {@code tcp.pdu.size},
 * segment data) the same way, whether the session wants only these fields or every field.
 */
class DesegmentationTest {
    static final Path EXPECTED = Path.of("src/test/resources/tcp/expected-deseg");

    /**
     * Every column of {@code record-expected.sh}'s desegmentation truth, on every frame: TCP's
     * segment attribution, and the PDUs found in it (DNS ids, HTTP request methods and response
     * codes, TLS record types and lengths). ja3-ssl-chrome.pcap's out-of-order segment completes a
     * PDU that is not handed over (tcp.reassemble_out_of_order is off); http-until-fin.pcap's
     * response has no length and ends at the FIN.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dns-over-tcp.pcap", "http-until-fin.pcap", "ja4-http1.pcapng", "cs-http_post.pcapng",
        "cs-http_google.pcapng", "lab-web-mixed.pcap", "ppp-four_ipv6_http_streams.pcap",
        "ja4-http-empty-useragent.pcap", "lab-c2-a.pcap", "ppp-sll.pcap", "ja3-ssl-chrome.pcap", "ja4-tls3.pcapng",
        "ja4-tls-sni.pcapng", "ja4-browsers-x509.pcapng", "ppp-tls.pcap"})
    void pdusLandOnTsharksFrames(String capture) throws IOException {
        Tsv expected = Tsv.read(EXPECTED.resolve(capture + ".tsv"));
        List<String> cols = expected.header().subList(1, expected.header().size());
        Path path = TcpCorpusTest.path(capture);
        compare(expected, cols, TcpRun.fields(TestDissectors.PLAIN, path, cols, cols));
        compare(expected, cols, TcpRun.fieldsOfFullSession(TestDissectors.PLAIN, path, cols));
    }

    static void compare(Tsv expected, List<String> cols, List<List<String>> actual) {
        assertEquals(expected.rows().size(), actual.size(), "frames");
        List<String> diffs = new ArrayList<>();
        for (int f = 0; f < actual.size(); f++) {
            for (int c = 0; c < cols.size(); c++) {
                String want = expected.get(f, cols.get(c));
                String got = actual.get(f).get(c);
                if (!want.equals(got)) {
                    diffs.add("frame " + (f + 1) + " " + cols.get(c) + ": tshark [" + want + "] sharkfin [" + got + "]");
                }
            }
        }
        assertEquals(List.of(), diffs.subList(0, Math.min(diffs.size(), 40)), diffs.size() + " differences");
    }
}
