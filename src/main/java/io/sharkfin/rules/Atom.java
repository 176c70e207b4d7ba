package io.sharkfin.rules;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.value.FValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A leaf test seen the way generators need it: which field (optionally through {@code len()}
 * or {@code count()}), which operation, which constant values. Anything more involved (slices,
 * arithmetic, layers, field-to-field comparisons, set ranges) is {@link Kind#OTHER}, which a
 * generator reports as not expressible.
 *
 * @param function null, or the function applied to the field
 * @param values   the constants: one for a comparison or contains, several for {@code in}
 * @param regex    the pattern of {@code matches}
 */
record Atom(Kind kind, FieldDef field, Typed.Function function, Typed.Op op, List<FValue> values, String regex,
            String text) {

    /** The shape of the test. */
    enum Kind {
        EXISTS, COMPARE, CONTAINS, MATCHES, IN, FIXED, OTHER
    }

    static Atom of(Typed.Test t) {
        String text = describe(t);
        return switch (t) {
            case Typed.Exists e -> plain(e.field()) ? new Atom(Kind.EXISTS, e.field().def(), null, null, List.of(), null, text)
                    : other(text);
            case Typed.Compare c -> compare(c, text);
            case Typed.Contains c -> (plain(c.left()) && c.right() instanceof Typed.Constant k)
                    ? new Atom(Kind.CONTAINS, ((Typed.Field) c.left()).def(), null, null, List.of(k.value()), null, text)
                    : other(text);
            case Typed.Matches m -> plain(m.left())
                    ? new Atom(Kind.MATCHES, ((Typed.Field) m.left()).def(), null, null, List.of(), m.regex().source(), text)
                    : other(text);
            case Typed.In in -> in(in, text);
            case Typed.Fixed f -> new Atom(Kind.FIXED, null, null, null, List.of(), null, text);
            default -> other(text);
        };
    }

    private static Atom compare(Typed.Compare c, String text) {
        if (!(c.right() instanceof Typed.Constant k)) {
            return other(text);
        }
        if (plain(c.left())) {
            return new Atom(Kind.COMPARE, ((Typed.Field) c.left()).def(), null, c.op(), List.of(k.value()), null, text);
        }
        if (c.left() instanceof Typed.Call call && call.args().size() == 1 && plain(call.args().getFirst())
                && (call.function() == Typed.Function.LEN || call.function() == Typed.Function.COUNT)) {
            return new Atom(Kind.COMPARE, ((Typed.Field) call.args().getFirst()).def(), call.function(), c.op(),
                    List.of(k.value()), null, text);
        }
        return other(text);
    }

    private static Atom in(Typed.In in, String text) {
        if (!plain(in.left())) {
            return other(text);
        }
        List<FValue> values = new ArrayList<>();
        for (Typed.Element e : in.elements()) {
            if (e.high() != null || !(e.low() instanceof Typed.Constant k)) {
                return other(text);
            }
            values.add(k.value());
        }
        return new Atom(Kind.IN, ((Typed.Field) in.left()).def(), null, Typed.Op.EQ, values, null, text);
    }

    private static boolean plain(Typed.Value v) {
        return v instanceof Typed.Field f && f.layers().isEmpty() && !f.raw();
    }

    private static Atom other(String text) {
        return new Atom(Kind.OTHER, null, null, null, List.of(), null, text);
    }

    /** The field's name, or null. */
    String name() {
        return field == null ? null : field.name();
    }

    /** A constant as text: strings as they are, numbers in decimal, addresses with their prefix. */
    static String text(FValue v) {
        return switch (v) {
            case FValue.Text t -> new String(t.utf8(), java.nio.charset.StandardCharsets.UTF_8);
            case FValue.Unsigned u -> Long.toUnsignedString(u.value());
            case FValue.Signed s -> Long.toString(s.value());
            case FValue.Ipv4 a -> a.repr() + (a.prefix() == 32 ? "" : "/" + a.prefix());
            case FValue.Ipv6 a -> a.repr() + (a.prefix() == 128 ? "" : "/" + a.prefix());
            default -> v.repr();
        };
    }

    /** Whether a constant is a number. */
    static boolean numeric(FValue v) {
        return v instanceof FValue.Unsigned || v instanceof FValue.Signed;
    }

    static long number(FValue v) {
        return v instanceof FValue.Unsigned u ? u.value() : ((FValue.Signed) v).value();
    }

    /** A short display-filter-like text of a leaf, for loss reports. */
    static String describe(Typed.Test t) {
        return switch (t) {
            case Typed.Exists e -> e.field().display();
            case Typed.Compare c -> value(c.left()) + " " + symbol(c.op()) + " " + value(c.right());
            case Typed.Contains c -> value(c.left()) + " contains " + value(c.right());
            case Typed.Matches m -> value(m.left()) + " matches \"" + m.regex().source() + "\"";
            case Typed.In in -> value(in.left()) + " in {...}";
            case Typed.NotZero n -> value(n.value());
            case Typed.Fixed f -> Boolean.toString(f.value());
            case Typed.Not n -> "!(" + describe(n.operand()) + ")";
            default -> t.toString();
        };
    }

    private static String value(Typed.Value v) {
        return switch (v) {
            case Typed.Field f -> f.display();
            case Typed.Constant c -> c.value() instanceof FValue.Text ? "\"" + text(c.value()) + "\"" : text(c.value());
            case Typed.Call c -> c.function().filterName() + "(" + String.join(", ", c.args().stream().map(Atom::value).toList()) + ")";
            default -> v.getClass().getSimpleName().toLowerCase();
        };
    }

    static String symbol(Typed.Op op) {
        return switch (op) {
            case EQ -> "==";
            case NE -> "!=";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
        };
    }
}
