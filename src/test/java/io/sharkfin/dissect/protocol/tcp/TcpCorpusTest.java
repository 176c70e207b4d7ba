package io.sharkfin.dissect.protocol.tcp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every TCP field of every corpus capture against tshark 4.0.17: the corpus truth columns, and the
 * per-frame values recorded with {@code src/test/resources/tcp/record-expected.sh}.
 */
class TcpCorpusTest {
    static final Path EXPECTED = Path.of("src/test/resources/tcp/expected");

    /** The column that also holds other layers' messages ({@link #expertMessagesMatchTshark} compares TCP's). */
    static final Set<String> APPLICATION_DEPENDENT = Set.of("_ws.expert.message");

    static Stream<String> captures() {
        return Stream.of("cs-http_google.pcapng", "cs-http_post.pcapng", "cs-tcp_retransmissions.pcapng",
                "ja3-ssl-chrome.pcap", "ja4-browsers-x509.pcapng", "ja4-http-empty-useragent.pcap",
                "ja4-http1.pcapng", "ja4-tls-sni.pcapng", "ja4-tls3.pcapng", "lab-c2-a.pcap",
                "lab-web-mixed.pcap", "lab-web-mixed.pcapng", "ppp-four_ipv6_http_streams.pcap",
                "ppp-pcapng-example.pcapng", "ppp-sll.pcap", "ppp-tls.pcap");
    }

    /** The corpus captures and the synthetic ones of {@code synthetic/make-synthetic.py}. */
    static Stream<String> allCaptures() {
        return Stream.concat(captures(), Stream.of("analysis-flags.pcap", "options-and-errors.pcap",
                "short-segment.pcap", "dns-over-tcp.pcap", "http-until-fin.pcap", "icmp-errors.pcap"));
    }

    static Path path(String capture) {
        Path corpus = TcpRun.CORPUS.resolve(capture);
        return java.nio.file.Files.exists(corpus) ? corpus : SYNTHETIC.resolve(capture);
    }

    static final Path SYNTHETIC = Path.of("src/test/resources/tcp/synthetic");

    @ParameterizedTest
    @MethodSource("captures")
    void truthColumnsMatchTshark(String capture) throws IOException {
        Tsv truth = Tsv.read(TcpRun.CORPUS.resolve("truth/" + capture + ".fields.tsv"));
        List<String> cols = List.of("tcp.srcport", "tcp.dstport", "tcp.stream", "tcp.flags", "tcp.len");
        compare(capture, truth, cols, TcpRun.fields(TcpRun.CORPUS.resolve(capture), cols));
    }

    @ParameterizedTest
    @MethodSource("allCaptures")
    void recordedFieldsMatchTshark(String capture) throws IOException {
        Tsv expected = Tsv.read(EXPECTED.resolve(capture + ".tsv"));
        List<String> cols = new ArrayList<>(expected.header().subList(1, expected.header().size()));
        cols.removeAll(APPLICATION_DEPENDENT);
        compare(capture, expected, cols, TcpRun.fields(path(capture), cols));
    }

    /**
     * A full dissection with the test applications too (every field recorded, reassembly going
     * on) gives the same TCP fields.
     */
    @ParameterizedTest
    @MethodSource("allCaptures")
    void fullDissectionWithApplicationsKeepsTcpFields(String capture) throws IOException {
        Tsv expected = Tsv.read(EXPECTED.resolve(capture + ".tsv"));
        List<String> cols = new ArrayList<>(expected.header().subList(1, expected.header().size()));
        cols.removeAll(APPLICATION_DEPENDENT);
        compare(capture, expected, cols, TcpRun.fieldsOfFullSession(TestDissectors.APPS, path(capture), cols));
    }

    /**
     * TCP's expert messages (tshark's column also holds those of HTTP, TLS, ...). In these
     * captures only TCP itself throws, so the exception's message is TCP's too.
     */
    static final Pattern TCP_MESSAGE = Pattern.compile(
            "Malformed Packet \\(Exception occurred\\)|Connection establish (request \\(SYN\\)|acknowledge \\(SYN\\+ACK\\)): server port \\d+"
            + "|Duplicate ACK \\(#\\d+\\)|Bogus TCP header length.*|option length.*|.*past end of options\\)"
            + "|.*\\(with too-short option length = \\d+ bytes?\\)|Short segment\\..*|Non-zero header padding");

    static boolean isTcpMessage(String m) {
        return TCP_MESSAGE.matcher(m).matches()
                || TcpExperts.all().anyMatch(i -> i.message().equals(m));
    }

    @ParameterizedTest
    @MethodSource("allCaptures")
    void expertMessagesMatchTshark(String capture) throws IOException {
        Tsv expected = Tsv.read(EXPECTED.resolve(capture + ".tsv"));
        List<List<String>> actual = TcpRun.fields(path(capture),
                List.of("_ws.expert.message"));
        List<String> diffs = new ArrayList<>();
        for (int f = 0; f < actual.size(); f++) {
            String want = messages(expected.get(f, "_ws.expert.message")).stream()
                    .filter(TcpCorpusTest::isTcpMessage).collect(Collectors.joining(","));
            // the other layers' messages (frame comments, trailers) are not compared here
            String got = messages(actual.get(f).get(0)).stream()
                    .filter(TcpCorpusTest::isTcpMessage).collect(Collectors.joining(","));
            if (!want.equals(got)) {
                diffs.add("frame " + (f + 1) + ": tshark [" + want + "] sharkfin [" + got + "]");
            }
        }
        assertTrue(diffs.isEmpty(), capture + ":\n" + String.join("\n", diffs.subList(0, Math.min(30, diffs.size()))));
    }

    static final String PADDING_BAD = "Didn't find padding of zeros, and an undecoded trailer exists."
            + " There may be padding of non-zeros.";

    /**
     * The Ethernet trailer's finding (eth.padding_bad) is among a frame's {@code _ws.expert}
     * messages where tshark has it, when those messages are all the session records (the
     * trailer is then examined for its finding alone; it once was only for the eth.* fields).
     */
    @ParameterizedTest
    @MethodSource("allCaptures")
    void trailerFindingsMatchTshark(String capture) throws IOException {
        Tsv expected = Tsv.read(EXPECTED.resolve(capture + ".tsv"));
        List<List<String>> actual = TcpRun.fields(path(capture), List.of("_ws.expert.message"));
        List<Integer> want = new ArrayList<>();
        List<Integer> got = new ArrayList<>();
        for (int f = 0; f < actual.size(); f++) {
            if (messages(expected.get(f, "_ws.expert.message")).contains(PADDING_BAD)) {
                want.add(f + 1);
            }
            if (messages(actual.get(f).get(0)).contains(PADDING_BAD)) {
                got.add(f + 1);
            }
        }
        assertEquals(want, got, capture + ": frames with the trailer's finding");
    }

    /**
     * The messages of a tshark column: the aggregator's commas also split messages that contain
     * a comma, whose second part then starts with a space.
     */
    static List<String> messages(String column) {
        List<String> out = new ArrayList<>();
        for (String piece : column.split(",", -1)) {
            if (piece.startsWith(" ") && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "," + piece);
            } else if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        return out;
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
