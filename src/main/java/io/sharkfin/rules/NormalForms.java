package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;

import java.util.ArrayList;
import java.util.List;

/**
 * Negation normal form (negations pushed down to the leaves) and disjunctive normal form (an OR
 * of ANDs of literals) of a checked filter. Targets without a general OR (a Suricata rule is a
 * conjunction) get one rule per conjunction.
 */
final class NormalForms {
    /** More conjunctions than this are not worth turning into separate rules. */
    static final int MAX_CONJUNCTIONS = 32;

    private NormalForms() {
    }

    /** The test with every negation on a leaf. */
    static Typed.Test nnf(Typed.Test t) {
        return nnf(t, false);
    }

    private static Typed.Test nnf(Typed.Test t, boolean negate) {
        return switch (t) {
            case Typed.Not n -> nnf(n.operand(), !negate);
            case Typed.And a -> negate ? new Typed.Or(nnf(a.left(), true), nnf(a.right(), true))
                    : new Typed.And(nnf(a.left(), false), nnf(a.right(), false));
            case Typed.Or o -> negate ? new Typed.And(nnf(o.left(), true), nnf(o.right(), true))
                    : new Typed.Or(nnf(o.left(), false), nnf(o.right(), false));
            case Typed.Fixed f -> new Typed.Fixed(f.value() != negate);
            default -> negate ? new Typed.Not(t) : t;
        };
    }

    /** The conjunctions of the filter's DNF, or null when there would be too many. */
    static List<List<Literal>> dnf(Typed.Test t) {
        return dnfOf(nnf(t));
    }

    private static List<List<Literal>> dnfOf(Typed.Test t) {
        switch (t) {
            case Typed.Or o -> {
                List<List<Literal>> l = dnfOf(o.left());
                List<List<Literal>> r = dnfOf(o.right());
                if (l == null || r == null || l.size() + r.size() > MAX_CONJUNCTIONS) {
                    return null;
                }
                List<List<Literal>> out = new ArrayList<>(l);
                out.addAll(r);
                return out;
            }
            case Typed.And a -> {
                List<List<Literal>> l = dnfOf(a.left());
                List<List<Literal>> r = dnfOf(a.right());
                if (l == null || r == null || (long) l.size() * r.size() > MAX_CONJUNCTIONS) {
                    return null;
                }
                List<List<Literal>> out = new ArrayList<>();
                for (List<Literal> x : l) {
                    for (List<Literal> y : r) {
                        List<Literal> c = new ArrayList<>(x);
                        c.addAll(y);
                        out.add(c);
                    }
                }
                return out;
            }
            case Typed.Not n -> {
                return List.of(List.of(new Literal(n.operand(), true)));
            }
            default -> {
                return List.of(List.of(new Literal(t, false)));
            }
        }
    }
}
