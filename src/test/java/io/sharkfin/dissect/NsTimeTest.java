package io.sharkfin.dissect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wireshark's {@code nstime_t} arithmetic: exact deltas with one sign for seconds and
 * nanoseconds, and {@code nstime_cmp}'s 32-bit truncation of the seconds difference (the values
 * are those of ppp-pcapng-example.pcapng, frames 1 and 60, as tshark shows them).
 */
class NsTimeTest {
    private static final long FIRST_SECONDS = 1_422_527_998L;
    private static final int FIRST_NANOS = 578_402_281;
    private static final long FAR_SECONDS = 18_446_744_073_204L;
    private static final int FAR_NANOS = 126_329_000;

    @Test
    void deltasAreExactHoweverFarApart() {
        // tshark: frame.time_relative of frame 60 is 18445321545205.547926719
        assertEquals(18_445_321_545_205L, NsTime.deltaSeconds(FAR_SECONDS, FAR_NANOS, FIRST_SECONDS, FIRST_NANOS));
        assertEquals(547_926_719, NsTime.deltaNanos(FAR_SECONDS, FAR_NANOS, FIRST_SECONDS, FIRST_NANOS));
    }

    @Test
    void negativeDeltasKeepOneSign() {
        // 1.2 s - 1.7 s = -0.5 s: 0 s and -500,000,000 ns
        assertEquals(0, NsTime.deltaSeconds(1, 200_000_000, 1, 700_000_000));
        assertEquals(-500_000_000, NsTime.deltaNanos(1, 200_000_000, 1, 700_000_000));
        // 1.7 s - 3.2 s = -1.5 s
        assertEquals(-1, NsTime.deltaSeconds(1, 700_000_000, 3, 200_000_000));
        assertEquals(-500_000_000, NsTime.deltaNanos(1, 700_000_000, 3, 200_000_000));
        // 3.2 s - 1.7 s = 1.5 s
        assertEquals(1, NsTime.deltaSeconds(3, 200_000_000, 1, 700_000_000));
        assertEquals(500_000_000, NsTime.deltaNanos(3, 200_000_000, 1, 700_000_000));
    }

    @Test
    void comparisonTruncatesTheSecondsDifferenceTo32Bits() {
        assertTrue(NsTime.compare(1, 5, 1, 7) < 0);
        assertTrue(NsTime.compare(2, 0, 1, 999_999_999) > 0);
        // tshark matches frame.time_relative <= 10.0 on frame 60: the difference
        // 18445321545195 s is negative in 32 bits
        assertTrue(NsTime.compare(18_445_321_545_205L, 547_926_719, 10, 0) < 0);
        // 2^32 s apart compare equal on the seconds, then by nanoseconds
        assertEquals(0, NsTime.compare(1L << 32, 0, 0, 0));
    }
}
