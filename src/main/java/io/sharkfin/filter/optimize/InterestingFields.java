package io.sharkfin.filter.optimize;

import io.sharkfin.filter.check.Typed;

import java.util.BitSet;

/**
 * The fields a filter reads (Wireshark's "interesting fields"): a session records only these,
 * and runs only the dissectors that can produce them.
 */
public final class InterestingFields {
    private InterestingFields() {
    }

    public static BitSet of(Typed.Test t) {
        BitSet out = new BitSet();
        test(t, out);
        return out;
    }

    private static void test(Typed.Test root, BitSet out) {
        // iterative over the logic: chains are as deep as they are long
        java.util.ArrayDeque<Typed.Test> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            leaf(todo.pop(), out, todo);
        }
    }

    private static void leaf(Typed.Test t, BitSet out, java.util.ArrayDeque<Typed.Test> todo) {
        switch (t) {
            case Typed.And a -> {
                todo.push(a.right());
                todo.push(a.left());
            }
            case Typed.Or o -> {
                todo.push(o.right());
                todo.push(o.left());
            }
            case Typed.Not n -> todo.push(n.operand());
            case Typed.Exists e -> field(e.field(), out);
            case Typed.Compare c -> {
                value(c.left(), out);
                value(c.right(), out);
            }
            case Typed.Contains c -> {
                value(c.left(), out);
                value(c.right(), out);
            }
            case Typed.Matches m -> value(m.left(), out);
            case Typed.In in -> {
                value(in.left(), out);
                for (Typed.Element el : in.elements()) {
                    value(el.low(), out);
                    if (el.high() != null) {
                        value(el.high(), out);
                    }
                }
            }
            case Typed.NotZero z -> value(z.value(), out);
            case Typed.Fixed f -> { }
        }
    }

    private static void value(Typed.Value v, BitSet out) {
        switch (v) {
            case Typed.Field f -> field(f, out);
            case Typed.Reference r -> { }
            case Typed.Constant c -> { }
            case Typed.Slice s -> value(s.base(), out);
            case Typed.Call c -> c.args().forEach(a -> value(a, out));
            case Typed.Arith a -> {
                value(a.left(), out);
                if (a.right() != null) {
                    value(a.right(), out);
                }
            }
        }
    }

    private static void field(Typed.Field f, BitSet out) {
        if (f.def().dissected()) {
            out.set(f.def().id());
        }
    }
}
