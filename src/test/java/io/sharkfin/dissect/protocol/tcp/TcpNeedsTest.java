package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TCP keeps conversation state only when the session needs it, and the header fields are the
 * same either way.
 */
class TcpNeedsTest {
    static final List<String> HEADER_FIELDS = List.of("tcp", "tcp.srcport", "tcp.dstport", "tcp.port", "tcp.len",
            "tcp.seq_raw", "tcp.ack_raw", "tcp.hdr_len", "tcp.flags", "tcp.flags.syn", "tcp.flags.ack",
            "tcp.flags.reset", "tcp.window_size_value", "tcp.checksum", "tcp.urgent_pointer", "tcp.options.mss_val",
            "tcp.options.wscale.shift", "tcp.options.timestamp.tsval", "tcp.option_kind", "tcp.connection.syn");

    static TcpNeeds needs(Session s) {
        return s.state(TcpSessionState.class, TcpSessionState::new).needs;
    }

    /** A session over {@code dissectors} for {@code fields} that has dissected all of a capture. */
    private static Session dissected(Dissectors dissectors, Path path, List<String> fields) throws IOException {
        Session s = Session.over(dissectors, fields);
        TcpRun.each(s, path, p -> { });
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja4-browsers-x509.pcapng", "lab-web-mixed.pcap", "ppp-pcapng-example.pcapng"})
    void headerFieldsNeedNoConversationAndMatchAFullDissection(String capture) throws IOException {
        Path path = TcpRun.CORPUS.resolve(capture);
        Session headerOnly = dissected(TestDissectors.APPS, path, HEADER_FIELDS);
        // the protocol's own text quotes relative sequence numbers, which take the conversation:
        // a reader that prints it records them too (Dissector.labelFields), so it is not compared
        List<String> printed = HEADER_FIELDS.stream().filter(f -> !f.equals("tcp")).toList();
        List<List<String>> cheap = TcpRun.fields(TestDissectors.APPS, path, HEADER_FIELDS, printed);
        assertFalse(needs(headerOnly).state());
        assertEquals(0, TcpDissector.streamCount(headerOnly));
        List<List<String>> full = TcpRun.fieldsOfFullSession(TestDissectors.APPS, path, printed);
        assertEquals(full, cheap);
    }

    @Test
    void statefulFieldsApplicationsAndReassemblyFieldsTurnStateOn() throws IOException {
        Path path = TcpRun.CORPUS.resolve("ja4-http1.pcapng");
        Session stream = dissected(TestDissectors.APPS, path, List.of("tcp.stream"));
        assertTrue(needs(stream).state());
        assertFalse(needs(stream).forceApps());
        assertTrue(TcpDissector.streamCount(stream) > 0);

        Session http = dissected(TestDissectors.PLAIN, path, List.of("http.request.method"));
        assertTrue(needs(http).state());
        assertFalse(needs(http).forceApps());

        Session segments = dissected(TestDissectors.APPS, path, List.of("tcp.segment"));
        assertTrue(needs(segments).forceApps());

        Session plain = dissected(TestDissectors.PLAIN, path, List.of("tcp.flags.syn"));
        assertFalse(needs(plain).state());
        assertFalse(needs(plain).options());
    }

    /**
     * A DNS filter needs conversations for DNS over TCP only: with no heuristic dissector and no
     * stateful field wanted, only conversations on a port whose dissector runs (53) are tracked,
     * and the DNS values, TCP ones included, are those of a full dissection. An HTTP filter
     * tracks the conversations HTTP may see, and its values are a full dissection's too.
     */
    @Test
    void onlyConversationsOnARunningDissectorsPortAreTracked() throws IOException {
        Path path = TcpRun.CORPUS.resolve("lab-web-mixed.pcap");
        List<String> fields = List.of("dns.qry.name", "dns.id", "dns.flags.rcode", "tcp.srcport", "tcp.len");
        Session dns = dissected(TestDissectors.PLAIN, path, fields);
        assertTrue(needs(dns).state());
        assertTrue(needs(dns).portsDecide());
        Session every = dissected(TestDissectors.PLAIN, path, List.of("tcp.stream"));
        assertFalse(needs(every).portsDecide());
        long tracked = TcpDissector.streamCount(dns);
        assertTrue(tracked > 0 && tracked < TcpDissector.streamCount(every),
                tracked + " of " + TcpDissector.streamCount(every) + " conversations tracked");
        List<List<String>> cheap = TcpRun.fields(TestDissectors.PLAIN, path, fields, fields);
        assertTrue(cheap.stream().filter(row -> !row.get(0).isEmpty()).count() > 10, "DNS queries in " + path);
        assertEquals(TcpRun.fieldsOfFullSession(TestDissectors.PLAIN, path, fields), cheap);

        // HTTP's heuristic may take a conversation on ports without a dissector, but not one on
        // TLS's port 443, whose dissector (not running) takes the payload first
        List<String> httpFields = List.of("http.request.method", "http.host", "http.user_agent", "http.response.code");
        Session http = dissected(TestDissectors.PLAIN, path, httpFields);
        assertTrue(needs(http).portsDecide() && needs(http).heuristics());
        long httpTracked = TcpDissector.streamCount(http);
        assertTrue(httpTracked > 0 && httpTracked < TcpDissector.streamCount(every),
                httpTracked + " of " + TcpDissector.streamCount(every) + " conversations tracked");
        List<List<String>> httpRows = TcpRun.fields(TestDissectors.PLAIN, path, httpFields, httpFields);
        assertTrue(httpRows.stream().filter(row -> !row.get(0).isEmpty()).count() > 5, "HTTP requests in " + path);
        assertEquals(TcpRun.fieldsOfFullSession(TestDissectors.PLAIN, path, httpFields), httpRows);

        List<String> withOption = List.of("dns.qry.name", "tcp.options.mss_val");
        Session option = dissected(TestDissectors.PLAIN, path, withOption);
        assertFalse(needs(option).portsDecide(), "options of every segment are wanted");
        assertEquals(TcpRun.fieldsOfFullSession(TestDissectors.PLAIN, path, withOption),
                TcpRun.fields(TestDissectors.PLAIN, path, withOption, withOption));
    }

    /** tcp.segment wanted alone must come out as when everything is dissected. */
    @Test
    void reassemblyFieldsAloneMatchAFullDissection() throws IOException {
        Path path = TcpRun.CORPUS.resolve("ja4-http1.pcapng");
        List<String> fields = List.of("tcp.segment", "tcp.reassembled.length", "tcp.payload", "tcp.segment_data");
        assertEquals(TcpRun.fieldsOfFullSession(TestDissectors.APPS, path, fields),
                TcpRun.fields(TestDissectors.APPS, path, fields, fields));
    }
}
