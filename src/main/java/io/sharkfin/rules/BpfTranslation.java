package io.sharkfin.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * A display-filter test as capture filters: {@code superset} accepts every frame the test
 * matches, {@code subset} only frames it matches — each for the frames that none of its escapes
 * accepts (see {@link BpfEscape}). A translation is exact on such frames when both are equal.
 *
 * @param supersetEscapes the frames on which {@code superset} may miss a match
 * @param subsetEscapes   the frames on which {@code subset} may accept a non-match
 */
record BpfTranslation(BpfExpr superset, BpfExpr subset, Set<BpfEscape> supersetEscapes, Set<BpfEscape> subsetEscapes) {
    /** What a capture filter cannot test: everything may match, nothing certainly does. */
    static final BpfTranslation UNKNOWN = new BpfTranslation(BpfExpr.TRUE, BpfExpr.FALSE, Set.of(), Set.of());

    BpfTranslation {
        // "everything" and "nothing" hold on every frame: they need no escape
        supersetEscapes = superset.equals(BpfExpr.TRUE) ? Set.of() : Set.copyOf(supersetEscapes);
        subsetEscapes = subset.equals(BpfExpr.FALSE) ? Set.of() : Set.copyOf(subsetEscapes);
    }

    static BpfTranslation exact(BpfExpr e, Set<BpfEscape> supersetEscapes, Set<BpfEscape> subsetEscapes) {
        return new BpfTranslation(e, e, supersetEscapes, subsetEscapes);
    }

    /** Only a superset: the protocol a test needs, say. */
    static BpfTranslation superset(BpfExpr e, Set<BpfEscape> escapes) {
        return new BpfTranslation(e, BpfExpr.FALSE, escapes, Set.of());
    }

    BpfTranslation and(BpfTranslation o) {
        return new BpfTranslation(BpfExpr.and(superset, o.superset), BpfExpr.and(subset, o.subset),
                union(supersetEscapes, o.supersetEscapes), union(subsetEscapes, o.subsetEscapes));
    }

    BpfTranslation or(BpfTranslation o) {
        return new BpfTranslation(BpfExpr.or(superset, o.superset), BpfExpr.or(subset, o.subset),
                union(supersetEscapes, o.supersetEscapes), union(subsetEscapes, o.subsetEscapes));
    }

    /** The complement of a subset is a superset of the complement, and the reverse. */
    BpfTranslation not() {
        return new BpfTranslation(BpfExpr.not(subset), BpfExpr.not(superset), subsetEscapes, supersetEscapes);
    }

    private static Set<BpfEscape> union(Set<BpfEscape> a, Set<BpfEscape> b) {
        Set<BpfEscape> out = EnumSet.noneOf(BpfEscape.class);
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
