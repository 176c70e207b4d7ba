package io.sharkfin.ioc;

import io.sharkfin.ioc.cadence.CadenceSeries;
import io.sharkfin.ioc.cadence.PairKey;
import io.sharkfin.ioc.cadence.PairKind;
import io.sharkfin.ioc.cadence.PairTable;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * What makes the report's memory follow the distinct indicators and not the frames (README,
 * "IOC and beacon report"): an indicator keeps at most {@link Limits#FRAMES_KEPT} frame numbers
 * and a pair at most {@link Limits#EVENTS_PER_PAIR} events however many frames add to them, and
 * a table takes no new key past its bound, while counts stay exact and drops are reported.
 */
class MemoryBoundsTest {

    @Test
    void evidenceKeepsTheFirstFramesAndCountsAll() {
        Evidence e = new Evidence();
        for (long f = 1; f <= 10_000; f++) {
            e.add(f, f * 1_000);
            e.add(f, f * 1_000); // a frame counts once
        }
        assertEquals(10_000, e.count());
        assertEquals(Limits.FRAMES_KEPT, e.frames().length);
        assertEquals(Limits.FRAMES_KEPT, e.frames()[Limits.FRAMES_KEPT - 1]);
        assertFalse(e.complete());
        assertEquals(1, e.firstFrame());
        assertEquals(10_000, e.lastFrame());
        assertEquals(10_000_000, e.lastTime());
    }

    @Test
    void aPairKeepsItsFirstEventsAndCountsAll() {
        CadenceSeries s = new CadenceSeries(PairKey.connection(PairKind.TCP, "10.0.0.1", "10.0.0.2", 443));
        int n = Limits.EVENTS_PER_PAIR * 3;
        for (int i = 0; i < n; i++) {
            int index = s.event(i * 5_000_000_000L);
            assertEquals(i < Limits.EVENTS_PER_PAIR ? i : -1, index, "event " + i);
            s.failed(index); // past the bound: ignored, not counted
        }
        assertEquals(n, s.attempts());
        assertEquals(Limits.EVENTS_PER_PAIR, s.kept());
        assertEquals(Limits.EVENTS_PER_PAIR, s.failures());
        assertEquals((Limits.EVENTS_PER_PAIR - 1) * 5_000_000_000L, s.time(s.lastIndex()));
    }

    @Test
    void aFullTableUpdatesItsKeysAndCountsTheNewOnesItRefuses() {
        BoundedTable<String, long[]> t = new BoundedTable<>("names", 100);
        for (int i = 0; i < 300; i++) {
            long[] v = t.get("name" + (i % 150), k -> new long[1]);
            if (i % 150 < 100) {
                assertNotNull(v, "a key within the bound");
                v[0]++;
            } else {
                assertNull(v, "a key past the bound");
            }
        }
        assertEquals(100, t.size());
        assertEquals(50 + 50, t.dropped(), "keys 100..149 refused once each round");
        assertEquals(2, t.peek("name0")[0]);
        assertEquals(2, t.peek("name99")[0]);
        Map<String, Long> drops = new TreeMap<>();
        t.reportDrops(drops);
        assertEquals(Map.of("names", 100L), drops);
    }

    @Test
    void thePairTableStopsAtItsBound() {
        PairTable pairs = new PairTable();
        CadenceSeries first = pairs.series(PairKey.named(PairKind.DNS, "10.0.0.1", "a.example"));
        for (int i = 0; i < Limits.PAIRS + 10; i++) {
            pairs.series(PairKey.named(PairKind.DNS, "10.0.0.1", "n" + i + ".example"));
        }
        assertEquals(Limits.PAIRS, pairs.all().size());
        assertSame(first, pairs.series(PairKey.named(PairKind.DNS, "10.0.0.1", "a.example")));
        assertNull(pairs.series(PairKey.named(PairKind.DNS, "10.0.0.9", "late.example")));
        Map<String, Long> drops = new TreeMap<>();
        pairs.reportDrops(drops);
        assertEquals(Map.of("cadence pairs", 12L), drops);
    }
}
