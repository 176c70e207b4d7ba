package io.sharkfin.ioc.cadence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regular timing alone is periodic, not a beacon; a cause makes it one; NTP is periodic by design. */
class BeaconScorerTest {

    private static final long S = 1_000_000_000L;
    private static final Cause SELF_SIGNED = new Cause("self-signed-certificate", 15, "self-signed");

    private static CadenceStats regular(PairKey key, int n, double every, double jitter) {
        CadenceSeries s = new CadenceSeries(key);
        double t = 0;
        for (int i = 0; i < n; i++) {
            s.succeeded(s.event((long) (t * S)));
            s.bytes(s.lastIndex(), 3000);
            t += every * (1 + jitter * (((i * 13) % 21) - 10) / 10.0);
        }
        return CadenceStats.of(s);
    }

    @Test
    void regularWithoutCauseIsPeriodicButNoBeacon() {
        PairKey k = PairKey.connection(PairKind.TCP, "10.0.0.1", "10.0.0.2", 443);
        BeaconScorer.Verdict v = new BeaconScorer().judge(k, regular(k, 30, 5, 0.2), List.of());
        assertTrue(v.periodic());
        assertFalse(v.beacon());
        assertTrue(v.reasons().stream().anyMatch(r -> r.contains("not called a beacon")));
    }

    @Test
    void regularWithACauseIsABeacon() {
        PairKey k = PairKey.connection(PairKind.TCP, "10.0.0.1", "10.0.0.2", 443);
        BeaconScorer.Verdict v = new BeaconScorer().judge(k, regular(k, 30, 5, 0.2), List.of(SELF_SIGNED));
        assertTrue(v.beacon());
        assertTrue(v.score() >= BeaconScorer.BEACON_SCORE);
        assertTrue(v.reasons().contains("self-signed"));
    }

    @Test
    void irregularWithACauseIsNoBeacon() {
        PairKey k = PairKey.connection(PairKind.TCP, "10.0.0.1", "10.0.0.2", 443);
        BeaconScorer.Verdict v = new BeaconScorer().judge(k, regular(k, 30, 5, 0.95), List.of(SELF_SIGNED));
        assertFalse(v.periodic());
        assertFalse(v.beacon());
    }

    @Test
    void ntpIsPeriodicByDesign() {
        PairKey k = PairKey.connection(PairKind.UDP, "10.0.0.1", "10.0.0.123", 123);
        BeaconScorer.Verdict v = new BeaconScorer().judge(k, regular(k, 30, 64, 0.01), List.of());
        assertTrue(v.periodic());
        assertTrue(v.knownService());
        assertFalse(v.beacon());
        assertTrue(v.reasons().stream().anyMatch(r -> r.startsWith("NTP")));
    }

    @Test
    void tooFewIntervalsAreNotPeriodic() {
        PairKey k = PairKey.connection(PairKind.TCP, "10.0.0.1", "10.0.0.2", 443);
        BeaconScorer.Verdict v = new BeaconScorer().judge(k, regular(k, 3, 5, 0), List.of(SELF_SIGNED));
        assertFalse(v.periodic());
        assertFalse(v.beacon());
    }
}
