package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A UDP conversation QUIC's heuristic took is QUIC's: its later datagrams go to QUIC before the
 * other heuristics, whatever they look like. Truth from tshark 4.0.17 on the same two frames (a
 * long header cut short by the capture, then a datagram whose first 9 captured bytes DNS's
 * heuristic would take): both {@code eth:ethertype:ip:udp:quic}, the second with
 * "[Packet size limited during capture: QUIC truncated]".
 */
class QuicConversationTest {

    private static final byte[] FIRST = {-128, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] SECOND = {-128, 0, 0, 0, 1, 2, 0, 0, 2, 0, 0, 0, 0};

    @Test
    void laterDatagramsOfAClaimedConversationAreQuic() {
        List<String> fields = List.of("frame.protocols", "_ws.short");
        for (Session s : List.of(Session.full(), Session.needing(fields), Session.needing(List.of("dns", "frame.protocols")))) {
            List<String> seen = new ArrayList<>();
            long n = 0;
            for (byte[] d : List.of(FIRST, SECOND)) {
                Packet p = TestCaptures.dissect(s, QuicTestFrames.cut(QuicTestFrames.fromClient(++n, d), 4));
                seen.add(FieldFormat.cell(p, p.registry().lookup("frame.protocols").id()));
            }
            assertEquals(List.of("eth:ethertype:ip:udp:quic", "eth:ethertype:ip:udp:quic"), seen);
        }
        Packet second = null;
        Session s = Session.needing(fields);
        for (byte[] d : List.of(FIRST, SECOND)) {
            second = TestCaptures.dissect(s, QuicTestFrames.cut(QuicTestFrames.fromClient(second == null ? 1 : 2, d), 4));
        }
        assertEquals("[Packet size limited during capture: QUIC truncated]",
                FieldFormat.cell(second, second.registry().lookup("_ws.short").id()));
    }
}
