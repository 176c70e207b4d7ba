package io.sharkfin.ioc.cadence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timing statistics on series whose answer is known by construction. */
class CadenceStatsTest {

    private static final long S = 1_000_000_000L;

    private static CadenceSeries series(double... seconds) {
        CadenceSeries s = new CadenceSeries(PairKey.connection(PairKind.TCP, "10.0.0.1", "10.0.0.2", 443));
        for (double t : seconds) {
            int i = s.event((long) (t * S));
            s.succeeded(i);
        }
        return s;
    }

    @Test
    void uniformJitterIsMeasuredAsItsPlusMinusSpread() {
        // a 10 s timer with ±20 % jitter: intervals spread evenly over 8..12 s
        double[] t = new double[41];
        double now = 0;
        for (int i = 0; i < 41; i++) {
            t[i] = now;
            now += 8 + 4.0 * ((i * 7) % 40) / 39;
        }
        CadenceStats st = CadenceStats.of(series(t));
        assertEquals(40, st.intervals().length);
        assertEquals(10, st.median(), 0.2);
        assertEquals(20, st.jitterPercent(), 1.5);
        assertEquals(1.0, st.mad(), 0.1, "MAD of a uniform ±2 s spread is 1 s");
        assertEquals(0, st.skew(), 0.1);
    }

    @Test
    void attemptsWithinASecondAreOneEvent() {
        CadenceStats st = CadenceStats.of(series(0, 0.2, 0.5, 30, 30.3, 60, 90));
        assertEquals(4, st.events());
        assertEquals(30, st.median(), 1e-9);
        assertEquals(0, st.mad(), 1e-9);
    }

    @Test
    void intervalsGoingBackInTimeAreLeftOut() {
        // two copies of a capture concatenated: time jumps back once
        CadenceStats st = CadenceStats.of(series(100, 110, 120, 130, 100, 110, 120, 130));
        assertEquals(6, st.intervals().length);
        assertEquals(10, st.median(), 1e-9);
    }

    @Test
    void backOffAfterFailuresIsFound() {
        CadenceSeries s = new CadenceSeries(PairKey.connection(PairKind.TCP, "10.0.0.1", "10.0.0.9", 8080));
        double[] times = {0, 5, 10, 15, 20, 30, 50, 90, 95, 100};
        boolean[] failed = {false, false, false, false, true, true, true, false, false, false};
        for (int i = 0; i < times.length; i++) {
            int e = s.event((long) (times[i] * S));
            if (failed[i]) {
                s.failed(e);
            } else {
                s.succeeded(e);
            }
        }
        CadenceStats st = CadenceStats.of(s);
        assertNotNull(st.backoff(), "waits of 10, 20, 40 s after failures");
        assertEquals(3, st.backoff().steps());
        assertEquals(10, st.backoff().fromSeconds(), 1e-9);
        assertEquals(40, st.backoff().toSeconds(), 1e-9);
        assertTrue(st.backoff().description().contains("back-off"));
        assertEquals(3, s.failures());
    }

    @Test
    void quickRetriesOfFailedAttemptsAreFound() {
        CadenceSeries s = new CadenceSeries(PairKey.connection(PairKind.TCP, "10.0.0.1", "10.0.0.9", 443));
        double[] times = {0, 60, 63, 120, 180, 181.5, 240};
        boolean[] failed = {false, true, false, false, true, false, false};
        for (int i = 0; i < times.length; i++) {
            int e = s.event((long) (times[i] * S));
            if (failed[i]) {
                s.failed(e);
            } else {
                s.succeeded(e);
            }
        }
        CadenceStats st = CadenceStats.of(s);
        assertNotNull(st.retry());
        assertEquals(2, st.retry().count());
        assertEquals(2.25, st.retry().medianRetrySeconds(), 1e-9);
        assertNull(st.backoff());
    }

    @Test
    void oneEventHasNoInterval() {
        CadenceStats st = CadenceStats.of(series(5));
        assertEquals(1, st.events());
        assertEquals(0, st.intervals().length);
        assertTrue(Double.isNaN(st.median()));
        assertTrue(Double.isNaN(st.jitterPercent()));
    }

    @Test
    void bowleySkewSeesALongUpperTail() {
        assertEquals(0, Stats.bowleySkew(new double[] {1, 2, 3, 4, 5}), 1e-9);
        assertTrue(Stats.bowleySkew(new double[] {10, 10.1, 10.2, 10.3, 30, 60}) > 0.5);
    }
}
