package io.sharkfin.filter.optimize;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.check.Typed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rewrites a checked filter into an equivalent cheaper one (a pure function):
 * <ul>
 * <li>tests on fields sharkfin never produces are false, and so are relations on them;</li>
 * <li>logic with constants folds ({@code x && false} is false: tests have no side effects);</li>
 * <li>within a chain of {@code and} (or {@code or}), cheap tests run first: header comparisons
 * before substring searches, those before regular expressions and general evaluation. Order
 * never changes the result, since a test only reads the packet.</li>
 * </ul>
 */
public final class Optimizer {
    private Optimizer() {
    }

    public static Typed.Test optimize(Typed.Test t) {
        return switch (t) {
            case Typed.And a -> chain(a, true);
            case Typed.Or o -> chain(o, false);
            case Typed.Not n -> {
                Typed.Test inner = optimize(n.operand());
                yield inner instanceof Typed.Fixed f ? new Typed.Fixed(!f.value()) : new Typed.Not(inner);
            }
            case Typed.Exists e -> e.field().def().dissected() ? e : new Typed.Fixed(false);
            case Typed.Compare c -> neverPresent(c.left()) || neverPresent(c.right()) ? new Typed.Fixed(false) : c;
            case Typed.Contains c -> neverPresent(c.left()) || neverPresent(c.right()) ? new Typed.Fixed(false) : c;
            case Typed.Matches m -> neverPresent(m.left()) ? new Typed.Fixed(false) : m;
            case Typed.In in -> neverPresent(in.left()) ? new Typed.Fixed(false) : in;
            case Typed.NotZero z -> neverPresent(z.value()) ? new Typed.Fixed(false) : z;
            case Typed.Fixed f -> f;
        };
    }

    /** A value read straight from a field sharkfin does not dissect: the relation cannot hold. */
    private static boolean neverPresent(Typed.Value v) {
        return switch (v) {
            case Typed.Field f -> !f.def().dissected();
            case Typed.Slice s -> neverPresent(s.base());
            case Typed.Arith a -> neverPresent(a.left()) || (a.right() != null && neverPresent(a.right()));
            default -> false;
        };
    }

    private static Typed.Test chain(Typed.Test root, boolean and) {
        List<Typed.Test> terms = new ArrayList<>();
        flatten(root, and, terms);
        List<Typed.Test> kept = new ArrayList<>(terms.size());
        for (Typed.Test term : terms) {
            Typed.Test o = optimize(term);
            if (o instanceof Typed.Fixed f) {
                if (f.value() != and) {
                    return f; // false in a conjunction, true in a disjunction decides
                }
                continue; // neutral element
            }
            kept.add(o);
        }
        if (kept.isEmpty()) {
            return new Typed.Fixed(and);
        }
        kept.sort(Comparator.comparingInt(Optimizer::cost)); // stable: ties keep filter order
        Typed.Test out = kept.getFirst();
        for (int i = 1; i < kept.size(); i++) {
            out = and ? new Typed.And(out, kept.get(i)) : new Typed.Or(out, kept.get(i));
        }
        return out;
    }

    private static void flatten(Typed.Test t, boolean and, List<Typed.Test> out) {
        // iterative over the left spine: chains are left-deep
        List<Typed.Test> rights = new ArrayList<>();
        Typed.Test cur = t;
        while (true) {
            if (and && cur instanceof Typed.And a) {
                rights.add(a.right());
                cur = a.left();
            } else if (!and && cur instanceof Typed.Or o) {
                rights.add(o.right());
                cur = o.left();
            } else {
                break;
            }
        }
        out.add(cur);
        for (int i = rights.size() - 1; i >= 0; i--) {
            Typed.Test r = rights.get(i);
            if ((and && r instanceof Typed.And) || (!and && r instanceof Typed.Or)) {
                flatten(r, and, out);
            } else {
                out.add(r);
            }
        }
    }

    /** Relative cost classes: what a test reads and how it compares. */
    static int cost(Typed.Test t) {
        return switch (t) {
            case Typed.Fixed f -> 0;
            case Typed.Exists e -> e.field().layers().isEmpty() ? 1 : 3;
            case Typed.Compare c -> plain(c.left()) && c.right() instanceof Typed.Constant ? 1 : 5;
            case Typed.In in -> plain(in.left()) ? 2 : 5;
            case Typed.Contains c -> plain(c.left()) && c.right() instanceof Typed.Constant
                    ? (c.left().type() == FieldType.PROTOCOL ? 4 : 3) : 5;
            case Typed.Matches m -> 4;
            case Typed.NotZero z -> 5;
            case Typed.Not n -> cost(n.operand());
            case Typed.And a -> Math.max(cost(a.left()), cost(a.right()));
            case Typed.Or o -> Math.max(cost(o.left()), cost(o.right()));
        };
    }

    private static boolean plain(Typed.Value v) {
        return v instanceof Typed.Field f && f.layers().isEmpty() && !f.raw();
    }
}
