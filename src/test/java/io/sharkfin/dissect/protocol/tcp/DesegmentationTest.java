package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desegmentation service against tshark: fake application dissectors that ask for more bytes
 * exactly as Wireshark's do must see each PDU on the same frame, and TCP must attribute segments
 * ({@code tcp.segment}, {@code tcp.reassembled_in}, {@code tcp.pdu.size}, segment data) the same way.
 */
class DesegmentationTest {
    static final Path EXPECTED = Path.of("src/test/resources/tcp/expected-deseg");

    static final List<String> TCP_COLUMNS = List.of("tcp.len", "tcp.pdu.size", "tcp.reassembled_in",
            "tcp.segment", "tcp.segment.count", "tcp.reassembled.length", "tcp.segment_data", "tcp.payload",
            "tcp.fin_retransmission");

    /** DNS over TCP (the real dissector, a 2-byte length before each message) on port 53. */
    @Test
    void dnsOverTcpPdusLandOnTsharksFrames() throws IOException {
        Tsv expected = Tsv.read(EXPECTED.resolve("dns-over-tcp.pcap.tsv"));
        List<String> print = new ArrayList<>(TCP_COLUMNS);
        print.add("dns.id");
        List<List<String>> actual = TcpRun.fields(TestDissectors.PLAIN,
                TcpCorpusTest.SYNTHETIC.resolve("dns-over-tcp.pcap"), print, print);
        compare(expected, print, actual);
    }

    /**
     * HTTP over TCP: in every TCP stream where tshark found HTTP, each frame has the same HTTP
     * messages (by request method and response code) and the same segment attribution.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja4-http1.pcapng", "cs-http_post.pcapng", "cs-http_google.pcapng",
        "lab-web-mixed.pcap", "ppp-four_ipv6_http_streams.pcap", "ja4-http-empty-useragent.pcap",
        "lab-c2-a.pcap", "ppp-sll.pcap", "http-until-fin.pcap"})
    void httpMessagesLandOnTsharksFrames(String capture) throws IOException {
        Tsv expected = Tsv.read(EXPECTED.resolve(capture + ".tsv"));
        List<String> print = new ArrayList<>(TCP_COLUMNS);
        print.add("tcp.stream");
        print.add("x-tcptest-http.line");
        List<List<String>> actual = TcpRun.fields(TestDissectors.APPS, TcpCorpusTest.path(capture), print, print);
        Set<String> httpStreams = new HashSet<>();
        for (int f = 0; f < expected.rows().size(); f++) {
            if (!expected.get(f, "http.request.method").isEmpty() || !expected.get(f, "http.response.code").isEmpty()) {
                httpStreams.add(expected.get(f, "tcp.stream"));
            }
        }
        List<String> diffs = new ArrayList<>();
        int compared = 0;
        for (int f = 0; f < actual.size(); f++) {
            if (!httpStreams.contains(expected.get(f, "tcp.stream"))) {
                continue;
            }
            compared++;
            List<String> row = actual.get(f);
            for (int c = 0; c < TCP_COLUMNS.size(); c++) {
                String want = expected.get(f, TCP_COLUMNS.get(c));
                if (!want.equals(row.get(c))) {
                    diffs.add("frame " + (f + 1) + " " + TCP_COLUMNS.get(c) + ": tshark [" + want + "] sharkfin ["
                            + row.get(c) + "]");
                }
            }
            String want = messages(expected.get(f, "http.request.method"), expected.get(f, "http.response.code"));
            String got = messages(row.get(row.size() - 1));
            if (!want.equals(got)) {
                diffs.add("frame " + (f + 1) + " http: tshark [" + want + "] sharkfin [" + got + "]");
            }
        }
        assertTrue(compared > 0, "no HTTP frame compared");
        assertEquals(List.of(), diffs.subList(0, Math.min(diffs.size(), 40)), capture);
    }

    /**
     * TLS over TCP (port 443): every frame has the same TLS records (by length) and
     * the same segment attribution; ja3-ssl-chrome.pcap's out-of-order segment completes a PDU that
     * is not handed over (tcp.reassemble_out_of_order is off).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja3-ssl-chrome.pcap", "ja4-tls3.pcapng", "ja4-tls-sni.pcapng",
        "ja4-browsers-x509.pcapng", "ppp-tls.pcap", "lab-c2-a.pcap", "lab-web-mixed.pcap"})
    void tlsRecordsLandOnTsharksFrames(String capture) throws IOException {
        Dissectors ds = TestDissectors.APPS;
        Tsv expected = Tsv.read(EXPECTED.resolve(capture + ".tsv"));
        Tsv ports = Tsv.read(TcpCorpusTest.EXPECTED.resolve(capture + ".tsv"));
        // TLS 1.3 shows encrypted records' type as tls.record.opaque_type: compare lengths only
        List<String> print = new ArrayList<>(TCP_COLUMNS);
        print.add("x-tcptest-tls.length");
        List<List<String>> actual = TcpRun.fields(ds, TcpCorpusTest.path(capture), print, print);
        List<String> cols = new ArrayList<>(TCP_COLUMNS);
        cols.add("tls.record.length");
        List<String> diffs = new ArrayList<>();
        int compared = 0;
        for (int f = 0; f < actual.size(); f++) {
            if (!ports.get(f, "tcp.srcport").equals("443") && !ports.get(f, "tcp.dstport").equals("443")) {
                continue;
            }
            compared++;
            for (int c = 0; c < cols.size(); c++) {
                String want = expected.get(f, cols.get(c));
                String got = actual.get(f).get(c);
                if (!want.equals(got)) {
                    diffs.add("frame " + (f + 1) + " " + cols.get(c) + ": tshark [" + want + "] sharkfin [" + got + "]");
                }
            }
        }
        assertTrue(compared > 0, "no TLS frame compared");
        assertEquals(List.of(), diffs.subList(0, Math.min(diffs.size(), 40)), capture);
    }

    /** tshark's methods and codes of a frame as one sorted list. */
    private static String messages(String methods, String codes) {
        List<String> all = new ArrayList<>();
        for (String s : (methods + "," + codes).split(",")) {
            if (!s.isEmpty()) {
                all.add(s);
            }
        }
        all.sort(null);
        return String.join(",", all);
    }

    /** The fake's first lines as methods and codes. */
    private static String messages(String lines) {
        List<String> all = new ArrayList<>();
        // a first line may itself contain a comma: split only where a new line starts
        for (String line : lines.split(",(?=[A-Z-]+ |HTTP/)")) {
            if (line.startsWith("HTTP/")) {
                all.add(line.split(" ")[1]);
            } else if (!line.isEmpty() && line.contains(" ")) {
                all.add(line.substring(0, line.indexOf(' ')));
            }
        }
        all.sort(null);
        return String.join(",", all);
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
        assertEquals(List.of(), diffs.subList(0, Math.min(diffs.size(), 40)));
    }
}
