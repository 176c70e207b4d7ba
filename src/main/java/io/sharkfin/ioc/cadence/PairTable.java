package io.sharkfin.ioc.cadence;

import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Limits;

import java.util.Collection;
import java.util.Map;

/** Every pair whose cadence is followed, at most {@link Limits#PAIRS}. */
public final class PairTable {

    private final BoundedTable<PairKey, CadenceSeries> pairs = new BoundedTable<>("cadence pairs", Limits.PAIRS);

    /** The series of a pair, created on first use; null when the table is full. */
    public CadenceSeries series(PairKey key) {
        return pairs.get(key, CadenceSeries::new);
    }

    /** The series of a pair if it exists. */
    public CadenceSeries peek(PairKey key) {
        return pairs.peek(key);
    }

    public Collection<CadenceSeries> all() {
        return pairs.values();
    }

    public void reportDrops(Map<String, Long> out) {
        pairs.reportDrops(out);
    }
}
