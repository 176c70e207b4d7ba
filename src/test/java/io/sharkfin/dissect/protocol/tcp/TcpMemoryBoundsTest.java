package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile traffic meets the memory and work bounds of {@link TcpLimits}. */
class TcpMemoryBoundsTest {

    /**
     * 100,000 tiny segments whose application never finds the end of its PDU (HTTP headers
     * without a line end: one more segment, again and again): memory and work stay bounded.
     */
    @Test
    void endlessPduOfTinySegmentsStaysBounded() {
        Session s = Session.over(TestDissectors.APPS, List.of("http.request.method", "tcp.segment"));
        long start = System.nanoTime();
        byte[] junk = "abcdefghij".getBytes();
        int seq = 1;
        long peak = 0;
        for (int i = 1; i <= 100_000; i++) {
            TcpRobustnessTest.Seg g = new TcpRobustnessTest.Seg(1, false, 0, 0, 0x018, 1000, -1, new byte[0], junk, 0, 0, 0);
            TestCaptures.dissect(s, TcpRobustnessTest.frame(i, 1_700_000_000_000_000_000L + i * 1000L, g, seq, 1, 40001, 80));
            seq += junk.length;
            peak = Math.max(peak, s.state(TcpSessionState.class, TcpSessionState::new).budget().used());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        TcpSessionState st = s.state(TcpSessionState.class, TcpSessionState::new);
        assertTrue(peak <= TcpLimits.DEFAULT.maxBufferedBytes(), "peak " + peak);
        assertTrue(st.budget().abandoned() >= 1, "the endless PDU is abandoned");
        assertTrue(millis < 60_000, "took " + millis + " ms");
        System.out.printf("100,000 tiny segments of an endless PDU: %d ms, peak %d bytes buffered%n", millis, peak);
    }

    /** A flood of distinct connections is bounded by the conversation limit. */
    @Test
    void connectionFloodStaysBounded() {
        Session s = Session.over(TestDissectors.APPS, List.of("tcp.stream"));
        TcpDissector.useLimits(s, new TcpLimits(1000, 1 << 20, 4 << 20, 16, 1 << 20));
        for (int i = 1; i <= 50_000; i++) {
            TcpRobustnessTest.Seg g = new TcpRobustnessTest.Seg(0, false, 0, 0, 0x002, 1000, -1, new byte[0], new byte[0], 0, 0, 0);
            TestCaptures.dissect(s, TcpRobustnessTest.frame(i, 1_700_000_000_000_000_000L + i * 1000L, g, i * 7, 0, 1024 + i, 5555));
        }
        TcpSessionState st = s.state(TcpSessionState.class, TcpSessionState::new);
        assertTrue(st.conversations().size() <= 1000);
        assertTrue(st.conversations().streamCount() == 50_000);
        assertTrue(st.conversations().evicted() == 49_000);
    }

}
