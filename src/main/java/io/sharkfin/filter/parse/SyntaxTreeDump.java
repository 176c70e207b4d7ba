package io.sharkfin.filter.parse;

import io.sharkfin.filter.syntax.Expr;
import io.sharkfin.filter.syntax.LayerRange;
import io.sharkfin.filter.syntax.Operand;
import io.sharkfin.filter.syntax.RelOp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a syntax tree the way Wireshark's {@code dftest} prints one: a line per node, indented
 * by depth and numbered with it, node kinds in Wireshark's names ({@code TEST_ANY_EQ},
 * {@code OP_ADD}, {@code SLICE(FIELD(frame)[0:2])}, {@code SET(#2):}). Literals appear as parsed
 * ({@code LITERAL(80)}, {@code STRING("abc")}, {@code CHARCONST('a')}), not yet converted.
 *
 * <p>Iterative, so a very deep tree (a long {@code and} chain) prints without recursion.
 */
public final class SyntaxTreeDump {

    private SyntaxTreeDump() {
    }

    private record Pending(Object item, int depth) {
    }

    /** The dump of a tree, one line per node; empty for an empty filter. */
    public static String dump(Expr root) {
        StringBuilder out = new StringBuilder();
        if (root == null) {
            return "";
        }
        Deque<Pending> todo = new ArrayDeque<>();
        todo.push(new Pending(root, 0));
        while (!todo.isEmpty()) {
            Pending p = todo.pop();
            out.append(" ".repeat(p.depth() * 2 + 1)).append(p.depth()).append(' ')
                    .append(label(p.item())).append('\n');
            List<?> children = children(p.item());
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(new Pending(children.get(i), p.depth() + 1));
            }
        }
        return out.toString();
    }

    /** A node of the tree, or one of the lines of a set. */
    private static String label(Object item) {
        return switch (item) {
            case Expr.And a -> "TEST_AND:";
            case Expr.Or o -> "TEST_OR:";
            case Expr.Not n -> "TEST_NOT:";
            case Expr.Relation r -> quantifier(r.quantifier()) + "TEST_" + opName(r.op()) + ":";
            case Expr.In in -> quantifier(in.quantifier()) + "TEST_IN:";
            case Expr.Test t -> label(t.operand());
            case Operand.Arith a -> "OP_" + a.op().name() + ":";
            case Operand.Call c -> "FUNCTION(" + c.name() + "#" + c.args().size() + "):";
            case Operand o -> inline(o);
            case SetNode s -> "SET(#" + s.in().elements().size() + "):";
            case Expr.SetElement e -> inline(e.low()) + (e.high() == null ? "" : " .. " + inline(e.high()));
            default -> throw new IllegalArgumentException(String.valueOf(item));
        };
    }

    private static List<?> children(Object item) {
        return switch (item) {
            case Expr.And a -> List.of(a.left(), a.right());
            case Expr.Or o -> List.of(o.left(), o.right());
            case Expr.Not n -> List.of(n.operand());
            case Expr.Relation r -> List.of(r.left(), r.right());
            case Expr.In in -> List.of(in.left(), new SetNode(in));
            case Expr.Test t -> children(t.operand());
            case Operand.Arith a -> a.right() == null ? List.of(a.left()) : List.of(a.left(), a.right());
            case Operand.Call c -> c.args();
            case SetNode s -> s.in().elements();
            default -> List.of();
        };
    }

    /** A node on one line, as Wireshark shows slices and set elements. */
    private static String inline(Operand o) {
        return switch (o) {
            case Operand.Field f -> "FIELD(" + (f.raw() ? "@" : "") + f.name() + layers(f.layers()) + ")";
            case Operand.Reference r -> "REFERENCE(" + (r.raw() ? "@" : "") + r.name() + layers(r.layers()) + ")";
            case Operand.Literal l -> "LITERAL(" + l.text() + ")";
            case Operand.Str s -> "STRING(" + s.token() + ")";
            case Operand.CharConst c -> "CHARCONST(" + c.token() + ")";
            case Operand.Slice s -> "SLICE(" + inline(s.entity()) + ranges(s.ranges()) + ")";
            case Operand.Call c -> "FUNCTION(" + c.name() + "#" + c.args().size() + ")";
            case Operand.Arith a -> "OP_" + a.op().name() + "(" + inline(a.left())
                    + (a.right() == null ? "" : ", " + inline(a.right())) + ")";
        };
    }

    private static String layers(List<LayerRange> layers) {
        return layers.isEmpty() ? "" : "#" + ranges(layers);
    }

    /** Wireshark's drange notation: {@code [0:2,3-4,5:,6:1]}. */
    static String ranges(List<LayerRange> ranges) {
        return ranges.stream().map(r -> switch (r.kind()) {
            case LENGTH, SINGLE -> r.start() + ":" + r.lengthOrEnd();
            case OFFSET -> r.start() + "-" + r.lengthOrEnd();
            case TO_THE_END -> r.start() + ":";
        }).collect(Collectors.joining(",", "[", "]"));
    }

    private static String quantifier(Expr.Quantifier q) {
        return q == Expr.Quantifier.DEFAULT ? "" : q.name() + " ";
    }

    private static String opName(RelOp op) {
        return op.name();
    }

    /** The set of an {@code in} test, shown as its own line. */
    private record SetNode(Expr.In in) {
    }
}
