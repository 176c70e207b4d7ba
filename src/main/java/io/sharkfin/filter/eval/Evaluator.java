package io.sharkfin.filter.eval;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.check.Typed.Quant;
import io.sharkfin.filter.runtime.EntryValues;
import io.sharkfin.filter.runtime.LayerSelection;
import io.sharkfin.filter.syntax.Operand.ArithOp;
import io.sharkfin.filter.syntax.RelOp;
import io.sharkfin.filter.value.FValue;
import io.sharkfin.filter.value.ValueOps;
import io.sharkfin.filter.value.ValueOps.Truth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates checked tests over a packet the way Wireshark 4.0's filter VM does ({@code dfvm.c}),
 * value by value: the reference semantics of sharkfin. Generated code calls it for relations the
 * {@link io.sharkfin.filter.runtime.Kernels} cannot express; tests compare kernels against it.
 *
 * <p>The rules it keeps:
 * <ul>
 * <li>a field read by a relation (directly, in arithmetic or in a slice) must occur, or the whole
 * relation is false — whatever the operator ({@code tcp.port != 80} is false without TCP);</li>
 * <li>inside a function's arguments an absent field is just an empty argument; a function that
 * yields nothing makes the relation false;</li>
 * <li>relations range over every (left, right) pair: ANY is true at the first true pair, ALL is
 * false at the first false pair; pairs that cannot be compared are skipped;</li>
 * <li>arithmetic yields the Cartesian product of its operands, dropping failed steps.</li>
 * </ul>
 */
public final class Evaluator {

    private final References references;

    public Evaluator(References references) {
        this.references = references;
    }

    /** Values of an operand; {@link #ABSENT} when a field the relation depends on is missing. */
    private static final List<FValue> ABSENT = null;

    public boolean test(Typed.Test t, Packet p) {
        return switch (t) {
            case Typed.And a -> test(a.left(), p) && test(a.right(), p);
            case Typed.Or o -> test(o.left(), p) || test(o.right(), p);
            case Typed.Not n -> !test(n.operand(), p);
            case Typed.Fixed f -> f.value();
            case Typed.Exists e -> exists(e.field(), p);
            case Typed.Compare c -> compare(c, p);
            case Typed.Contains c -> contains(c, p);
            case Typed.Matches m -> matches(m, p);
            case Typed.In in -> in(in, p);
            case Typed.NotZero z -> notZero(z, p);
        };
    }

    private static boolean exists(Typed.Field f, Packet p) {
        int id = f.def().id();
        if (!f.def().dissected()) {
            return false;
        }
        if (f.layers().isEmpty()) {
            return p.first(id) >= 0;
        }
        return new LayerSelection(f.layers()).exists(p, id);
    }

    private boolean compare(Typed.Compare c, Packet p) {
        List<FValue> left = values(c.left(), p, true);
        if (left == ABSENT) {
            return false;
        }
        List<FValue> right = values(c.right(), p, true);
        if (right == ABSENT) {
            return false;
        }
        RelOp op = switch (c.op()) {
            case EQ -> RelOp.ANY_EQ;
            case NE -> RelOp.ALL_NE;
            case GT -> RelOp.GT;
            case GE -> RelOp.GE;
            case LT -> RelOp.LT;
            case LE -> RelOp.LE;
        };
        return pairs(c.quant(), left, right, (a, b) -> ValueOps.test(op, a, b));
    }

    private boolean contains(Typed.Contains c, Packet p) {
        List<FValue> left = values(c.left(), p, true);
        if (left == ABSENT) {
            return false;
        }
        List<FValue> right = values(c.right(), p, true);
        if (right == ABSENT) {
            return false;
        }
        return pairs(c.quant(), left, right, ValueOps::contains);
    }

    private boolean matches(Typed.Matches m, Packet p) {
        List<FValue> left = values(m.left(), p, true);
        if (left == ABSENT) {
            return false;
        }
        for (FValue v : left) {
            boolean hit = m.regex().find(matchBytes(v));
            if (m.quant() == Quant.ANY && hit) {
                return true;
            }
            if (m.quant() == Quant.ALL && !hit) {
                return false;
            }
        }
        return m.quant() == Quant.ALL;
    }

    /** What {@code matches} sees of a value: its bytes or text. */
    private static byte[] matchBytes(FValue v) {
        return switch (v) {
            case FValue.Text t -> t.utf8();
            case FValue.Bytes b -> b.bytes();
            default -> v.repr().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    /** 4.0's {@code in}: one quantified test per element, OR-ed; absent element fields are skipped. */
    private boolean in(Typed.In in, Packet p) {
        List<FValue> left = values(in.left(), p, true);
        if (left == ABSENT) {
            return false;
        }
        for (Typed.Element el : in.elements()) {
            List<FValue> low = values(el.low(), p, true);
            if (low == ABSENT) {
                continue;
            }
            if (el.high() == null) {
                if (pairs(in.quant(), left, low, (a, b) -> ValueOps.test(RelOp.ANY_EQ, a, b))) {
                    return true;
                }
                continue;
            }
            List<FValue> high = values(el.high(), p, true);
            if (high == ABSENT || low.isEmpty() || high.isEmpty()) {
                continue;
            }
            FValue lo = low.getFirst();
            FValue hi = high.getFirst();
            boolean all = in.quant() == Quant.ALL;
            boolean result = all;
            for (FValue v : left) {
                boolean inside = ValueOps.test(RelOp.GE, v, lo) == Truth.TRUE
                        && ValueOps.test(RelOp.LE, v, hi) == Truth.TRUE;
                boolean outside = ValueOps.test(RelOp.GE, v, lo) == Truth.FALSE
                        || ValueOps.test(RelOp.LE, v, hi) == Truth.FALSE;
                if (!all && inside) {
                    result = true;
                    break;
                }
                if (all && outside) {
                    result = false;
                    break;
                }
            }
            if (result) {
                return true;
            }
        }
        return false;
    }

    private boolean notZero(Typed.NotZero z, Packet p) {
        List<FValue> vals = values(z.value(), p, true);
        if (vals == ABSENT) {
            return false;
        }
        boolean slice = z.value() instanceof Typed.Slice;
        for (FValue v : vals) {
            boolean zero = slice ? ValueOps.length(v) == 0 : ValueOps.isZero(v);
            if (!zero) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface PairTest {
        Truth test(FValue a, FValue b);
    }

    /** {@code cmp_test}: ANY stops at the first true pair, ALL at the first false one. */
    private static boolean pairs(Quant q, List<FValue> left, List<FValue> right, PairTest t) {
        for (FValue a : left) {
            for (FValue b : right) {
                Truth r = t.test(a, b);
                if (q == Quant.ALL && r == Truth.FALSE) {
                    return false;
                }
                if (q == Quant.ANY && r == Truth.TRUE) {
                    return true;
                }
            }
        }
        return q == Quant.ALL;
    }

    // ------------------------------------------------------------------ operand values

    /**
     * The values of an operand. With {@code guarded}, an absent field returns {@link #ABSENT}
     * (the relation is false); without (inside function arguments) it contributes nothing.
     */
    List<FValue> values(Typed.Value v, Packet p, boolean guarded) {
        return switch (v) {
            case Typed.Constant c -> List.of(c.value());
            case Typed.Field f -> {
                List<FValue> vals = fieldValues(f, p);
                yield vals.isEmpty() && guarded ? ABSENT : vals;
            }
            case Typed.Reference r -> {
                List<FValue> vals = references.values(r);
                yield vals.isEmpty() && guarded ? ABSENT : vals;
            }
            case Typed.Slice s -> {
                List<FValue> base = values(s.base(), p, guarded);
                if (base == ABSENT) {
                    yield ABSENT;
                }
                List<FValue> out = new ArrayList<>(base.size());
                for (FValue b : base) {
                    out.add(new FValue.Bytes(FieldType.BYTES, Slices.take(ValueOps.sliceBytes(b), s.ranges())));
                }
                yield out;
            }
            case Typed.Arith a -> arithmetic(a, p, guarded);
            case Typed.Call c -> call(c, p, guarded);
        };
    }

    /** How many times the field occurs in the packet (in the layers selected). */
    private static int occurrences(Typed.Field f, Packet p) {
        if (!f.def().dissected()) {
            return 0;
        }
        int id = f.def().id();
        LayerSelection sel = f.layers().isEmpty() ? null : new LayerSelection(f.layers());
        int max = sel == null ? 0 : LayerSelection.maxLayer(p, id);
        int n = 0;
        for (int e = p.first(id); e >= 0; e = p.next(e)) {
            if (sel == null || sel.contains(p.layer(e), max)) {
                n++;
            }
        }
        return n;
    }

    static List<FValue> fieldValues(Typed.Field f, Packet p) {
        if (!f.def().dissected()) {
            return List.of();
        }
        int id = f.def().id();
        List<FValue> out = new ArrayList<>(2);
        LayerSelection sel = f.layers().isEmpty() ? null : new LayerSelection(f.layers());
        int max = sel == null ? 0 : LayerSelection.maxLayer(p, id);
        for (int e = p.first(id); e >= 0; e = p.next(e)) {
            if (sel != null && !sel.contains(p.layer(e), max)) {
                continue;
            }
            FValue val = f.raw() ? EntryValues.raw(p, e) : EntryValues.of(p, e, f.def().type());
            if (val != null) {
                out.add(val);
            }
        }
        return out;
    }

    private List<FValue> arithmetic(Typed.Arith a, Packet p, boolean guarded) {
        List<FValue> left = values(a.left(), p, guarded);
        if (left == ABSENT) {
            return ABSENT;
        }
        if (a.op() == ArithOp.UNARY_MINUS) {
            List<FValue> out = new ArrayList<>(left.size());
            for (FValue x : left) {
                ValueOps.evaluate(ArithOp.UNARY_MINUS, x, null).ifPresent(out::add);
            }
            return out;
        }
        List<FValue> right = values(a.right(), p, guarded);
        if (right == ABSENT) {
            return ABSENT;
        }
        List<FValue> out = new ArrayList<>(left.size() * right.size());
        for (FValue x : left) {
            for (FValue y : right) {
                ValueOps.evaluate(a.op(), x, y).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Function calls: {@code len} reads its field like a relation; the others take arguments. */
    private List<FValue> call(Typed.Call c, Packet p, boolean guarded) {
        if (c.function() == Typed.Function.LEN) {
            List<FValue> arg = values(c.args().getFirst(), p, guarded);
            if (arg == ABSENT) {
                return ABSENT;
            }
            List<FValue> out = new ArrayList<>(arg.size());
            for (FValue v : arg) {
                out.add(new FValue.Unsigned(FieldType.UINT32, ValueOps.length(v)));
            }
            return out;
        }
        if (c.function() == Typed.Function.COUNT && c.args().getFirst() instanceof Typed.Field f) {
            // dfunctions.c counts the field's occurrences, those without a value (FT_NONE) too
            int n = occurrences(f, p);
            return n > 0 ? List.of(new FValue.Unsigned(FieldType.UINT32, n)) : guarded ? ABSENT : List.of();
        }
        List<List<FValue>> args = new ArrayList<>(c.args().size());
        for (Typed.Value a : c.args()) {
            List<FValue> vals = values(a, p, false);
            args.add(vals == ABSENT ? List.of() : vals);
        }
        Optional<List<FValue>> result = Functions.apply(c.function(), args);
        return result.orElse(guarded ? ABSENT : List.of());
    }

    /** Field references (${field}): values of the selected frame. */
    public interface References {
        List<FValue> values(Typed.Reference r);

        /** No selected frame: every reference is empty, so relations using one are false. */
        References NONE = r -> List.of();
    }
}
