package io.sharkfin.filter.codegen;

import io.sharkfin.filter.check.Typed;

/**
 * Renders a checked filter: as an indented tree in the style of Wireshark's {@code dftest}
 * ({@link #tree}) and as one line for plan descriptions ({@link #inline}).
 */
public final class TypedPrinter {
    private TypedPrinter() {
    }

    public static String tree(Typed.Test t) {
        StringBuilder sb = new StringBuilder();
        test(t, 0, sb);
        return sb.toString();
    }

    private static void line(StringBuilder sb, int depth, String text) {
        sb.append(" ".repeat(1 + 2 * depth)).append(depth).append(' ').append(text).append('\n');
    }

    private static void test(Typed.Test t, int d, StringBuilder sb) {
        switch (t) {
            case Typed.And a -> {
                line(sb, d, "TEST_AND:");
                test(a.left(), d + 1, sb);
                test(a.right(), d + 1, sb);
            }
            case Typed.Or o -> {
                line(sb, d, "TEST_OR:");
                test(o.left(), d + 1, sb);
                test(o.right(), d + 1, sb);
            }
            case Typed.Not n -> {
                line(sb, d, "TEST_NOT:");
                test(n.operand(), d + 1, sb);
            }
            case Typed.Fixed f -> line(sb, d, "CONSTANT(" + f.value() + ")");
            case Typed.Exists e -> line(sb, d, "EXISTS(" + field(e.field()) + ")");
            case Typed.Compare c -> {
                line(sb, d, "TEST_" + c.quant() + "_" + c.op() + ":");
                value(c.left(), d + 1, sb);
                value(c.right(), d + 1, sb);
            }
            case Typed.Contains c -> {
                line(sb, d, "TEST_" + c.quant() + "_CONTAINS:");
                value(c.left(), d + 1, sb);
                value(c.right(), d + 1, sb);
            }
            case Typed.Matches m -> {
                line(sb, d, "TEST_" + m.quant() + "_MATCHES:");
                value(m.left(), d + 1, sb);
                line(sb, d + 1, "REGEX(\"" + m.regex().source() + "\")");
            }
            case Typed.In in -> {
                line(sb, d, "TEST_" + in.quant() + "_IN:");
                value(in.left(), d + 1, sb);
                line(sb, d + 1, "SET(#" + in.elements().size() + "):");
                for (Typed.Element el : in.elements()) {
                    if (el.high() == null) {
                        value(el.low(), d + 2, sb);
                    } else {
                        line(sb, d + 2, "RANGE:");
                        value(el.low(), d + 3, sb);
                        value(el.high(), d + 3, sb);
                    }
                }
            }
            case Typed.NotZero z -> {
                line(sb, d, "TEST_NOT_ALL_ZERO:");
                value(z.value(), d + 1, sb);
            }
        }
    }

    private static void value(Typed.Value v, int d, StringBuilder sb) {
        switch (v) {
            case Typed.Field f -> line(sb, d, "FIELD(" + field(f) + ")");
            case Typed.Reference r -> line(sb, d, "REFERENCE(${" + r.def().name() + "} <"
                    + r.type().wiresharkName() + ">)");
            case Typed.Constant c -> line(sb, d, "FVALUE(" + c.value() + ")");
            case Typed.Slice s -> {
                line(sb, d, "SLICE" + s.ranges() + ":");
                value(s.base(), d + 1, sb);
            }
            case Typed.Call c -> {
                line(sb, d, "FUNCTION(" + c.function().filterName() + " <" + c.type().wiresharkName() + ">):");
                for (Typed.Value a : c.args()) {
                    value(a, d + 1, sb);
                }
            }
            case Typed.Arith a -> {
                line(sb, d, "ARITHMETIC(" + a.op() + " <" + a.type().wiresharkName() + ">):");
                value(a.left(), d + 1, sb);
                if (a.right() != null) {
                    value(a.right(), d + 1, sb);
                }
            }
        }
    }

    private static String field(Typed.Field f) {
        return f.display() + " <" + f.type().wiresharkName() + ">"
                + (f.def().dissected() ? "" : " never dissected");
    }

    /** One line: for descriptions of general tests in plans. */
    public static String inline(Typed.Test t) {
        return switch (t) {
            case Typed.And a -> "(" + inline(a.left()) + " && " + inline(a.right()) + ")";
            case Typed.Or o -> "(" + inline(o.left()) + " || " + inline(o.right()) + ")";
            case Typed.Not n -> "!" + inline(n.operand());
            case Typed.Fixed f -> Boolean.toString(f.value());
            case Typed.Exists e -> e.field().display();
            case Typed.Compare c -> quant(c.quant()) + inline(c.left()) + " " + op(c.op()) + " " + inline(c.right());
            case Typed.Contains c -> quant(c.quant()) + inline(c.left()) + " contains " + inline(c.right());
            case Typed.Matches m -> quant(m.quant()) + inline(m.left()) + " matches \"" + m.regex().source() + "\"";
            case Typed.In in -> quant(in.quant()) + inline(in.left()) + " in {" + in.elements().size() + " elements}";
            case Typed.NotZero z -> inline(z.value());
        };
    }

    private static String quant(Typed.Quant q) {
        return q == Typed.Quant.ALL ? "all " : "";
    }

    private static String op(Typed.Op op) {
        return switch (op) {
            case EQ -> "==";
            case NE -> "!=";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
        };
    }

    public static String inline(Typed.Value v) {
        return switch (v) {
            case Typed.Field f -> f.display();
            case Typed.Reference r -> "${" + r.def().name() + "}";
            case Typed.Constant c -> c.value().repr();
            case Typed.Slice s -> inline(s.base()) + s.ranges();
            case Typed.Call c -> c.function().filterName() + "(" + String.join(", ",
                    c.args().stream().map(TypedPrinter::inline).toList()) + ")";
            case Typed.Arith a -> a.right() == null ? "-" + inline(a.left())
                    : "{" + inline(a.left()) + " " + a.op().symbol() + " " + inline(a.right()) + "}";
        };
    }
}
