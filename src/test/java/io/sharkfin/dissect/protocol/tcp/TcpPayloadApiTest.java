package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of the desegmentation API the capture-based tests do not reach. */
class TcpPayloadApiTest {

    private static Frame segment(long number, int seq, int flags, byte[] payload, int port) {
        TcpRobustnessTest.Seg g = new TcpRobustnessTest.Seg(0, false, 0, 0, flags, 1000, -1, new byte[0], payload,
                0, 0, 0);
        return TcpRobustnessTest.frame(number, 1_700_000_000_000_000_000L + number * 1000, g, seq, 1, 40000, port);
    }

    @Test
    void calledOutsideTcpThePayloadIsInert() {
        Session s = Session.over(TestDissectors.APPS, List.of("tcp.stream"));
        Packet p = TestCaptures.dissect(s, segment(1, 1, 0x018, new byte[] {1, 2, 3}, 5555));
        TcpPayload inert = TcpPayload.take(p, Packet.FRAME_BUFFER, 54);
        assertFalse(inert.canDesegment());
        assertEquals(-1, inert.stream());
        inert.needMore(54, 10);
        inert.needUntilFin(54);
        assertFalse(inert.requested);
        assertNotSame(inert.conversationState(int[].class, () -> new int[1]),
                inert.conversationState(int[].class, () -> new int[1]));
        assertThrows(IllegalArgumentException.class, () -> inert.needMore(54, 0));
    }

    @Test
    void aPduLengthShorterThanItsHeaderMakesTheFrameMalformed() {
        Session s = Session.over(TestDissectors.APPS, List.of("x-tcptest-short.pdu", "tcp.pdu.size"));
        byte[] two = ByteBuffer.allocate(12).putInt(6).putShort((short) 0).putInt(2).putShort((short) 0).array();
        Packet p = TestCaptures.dissect(s, segment(1, 1, 0x018, two, TestDissectors.SHORT_PORT));
        assertTrue(p.malformed());
        int pdu = s.registry().lookup("x-tcptest-short.pdu").id();
        assertEquals(1, p.count(pdu), "the first PDU is dissected, the bad one stops the loop");
    }

    @Test
    void aPduCutByTheCaptureIsDissectedAsFarAsItGoes() {
        Session s = Session.over(TestDissectors.APPS, List.of("x-tcptest-short.pdu", "tcp.segment_data"));
        byte[] pdu = ByteBuffer.allocate(40).putInt(40).array();
        TcpRobustnessTest.Seg g = new TcpRobustnessTest.Seg(0, false, 0, 0, 0x018, 1000, -1, new byte[0], pdu, 0, 20, 0);
        Packet p = TestCaptures.dissect(s,
                TcpRobustnessTest.frame(1, 1_700_000_000_000_000_000L, g, 1, 1, 40000, TestDissectors.SHORT_PORT));
        // not all bytes were captured: no desegmentation, the PDU goes to its dissector as it is
        assertEquals(1, p.count(s.registry().lookup("x-tcptest-short.pdu").id()));
        assertFalse(p.has(s.registry().lookup("tcp.segment_data").id()));
    }
}
