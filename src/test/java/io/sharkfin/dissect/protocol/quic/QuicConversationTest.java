package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A UDP conversation QUIC's heuristic took is QUIC's: its later datagrams go to QUIC before the
 * other heuristics, whatever they look like. Truth from tshark 4.0.17 on the same two frames (a
 * long header cut short by the capture, then a datagram whose 9 captured bytes DNS's heuristic
 * would take): both {@code eth:ethertype:ip:udp:quic}, the second with
 * "[Packet size limited during capture: QUIC truncated]".
 */
class QuicConversationTest {

    private static final byte[] FIRST = {-128, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] SECOND = {-128, 0, 0, 0, 1, 2, 0, 0, 2, 0, 0, 0, 0};

    @Test
    void laterDatagramsOfAClaimedConversationAreQuic() {
        for (Session s : List.of(Session.full(), Session.needing(List.of("frame.protocols", "_ws.short")))) {
            assertEquals(List.of("eth:ethertype:ip:udp:quic", "eth:ethertype:ip:udp:quic"),
                    each(s, p -> cell(p, "frame.protocols")));
        }
        assertEquals(List.of("", "[Packet size limited during capture: QUIC truncated]"),
                each(Session.needing(List.of("_ws.short")), p -> cell(p, "_ws.short")));
    }

    @Test
    void aSessionWantingQuicAloneSeesBothDatagrams() {
        assertEquals(List.of(true, true),
                each(Session.needing(List.of("quic")), p -> p.has(p.registry().lookup("quic").id())));
    }

    /** What {@code view} sees of each of the two frames (4 bytes of each are not captured). */
    private static <T> List<T> each(Session s, Function<Packet, T> view) {
        List<T> out = new ArrayList<>();
        long n = 0;
        for (byte[] d : List.of(FIRST, SECOND)) {
            out.add(view.apply(TestCaptures.dissect(s, QuicTestFrames.cut(QuicTestFrames.fromClient(++n, d), 4))));
        }
        return out;
    }

    private static String cell(Packet p, String field) {
        return FieldFormat.cell(p, p.registry().lookup(field).id());
    }
}
