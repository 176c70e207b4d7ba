package io.sharkfin.filter.check;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.check.Typed.Element;
import io.sharkfin.filter.check.Typed.Function;
import io.sharkfin.filter.check.Typed.Op;
import io.sharkfin.filter.check.Typed.Quant;
import io.sharkfin.filter.check.Typed.Test;
import io.sharkfin.filter.check.Typed.Value;
import io.sharkfin.filter.runtime.ByteRegex;
import io.sharkfin.filter.syntax.Expr;
import io.sharkfin.filter.syntax.LayerRange;
import io.sharkfin.filter.syntax.Node;
import io.sharkfin.filter.syntax.Operand;
import io.sharkfin.filter.syntax.Operand.ArithOp;
import io.sharkfin.filter.value.FValue;
import io.sharkfin.filter.value.TypeRules;
import io.sharkfin.filter.value.ValueException;
import io.sharkfin.filter.value.ValueOps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The semantic check of a parsed filter (Wireshark 4.0's {@code semcheck.c}): resolves operand
 * types, converts literals with the type of the other side, refuses operators a type does not
 * support, and folds constant arithmetic. Errors use tshark's words and point at the offending
 * text; the first error ends the check, as in Wireshark.
 *
 * <p>The dispatch mirrors Wireshark's: a relation is checked by the kind of its left side
 * (field, slice, function, arithmetic), and each left-side check converts or validates the
 * right side. Keeping that shape keeps the error precedence of tshark.
 */
public final class Checker {

    private final String text;
    private final List<String> warnings = new ArrayList<>();

    private Checker(String text) {
        this.text = text;
    }

    /** The result: the typed tree and warnings (deprecated tokens, fields never dissected). */
    public record Checked(Test root, List<String> warnings) {
    }

    /**
     * Checks a parsed filter.
     *
     * @param root the syntax tree (not null)
     * @param text the expanded filter text the spans refer to
     */
    public static Checked check(Expr root, String text) throws FilterException {
        Checker c = new Checker(text);
        try {
            Test t = c.test(root);
            return new Checked(t, List.copyOf(c.warnings));
        } catch (Fail f) {
            FilterException e = new FilterException(f.getMessage(), text, f.span);
            String unknown = f.unknownName;
            throw unknown == null ? e : e.withHint(() -> NameSuggestions.hint(unknown));
        }
    }

    /** A check failure: unwinds the recursion like Wireshark's THROW(TypeError). */
    private static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Span span;
        // a word that stands where a field belongs: the known names near it make the error's hint
        String unknownName;

        Fail(String message, Span span) {
            super(message, null, false, false);
            this.span = span;
        }
    }

    private Fail fail(Node at, String format, Object... args) {
        return new Fail(String.format(format, args), at == null ? Span.NONE : at.span());
    }

    /** {@link #fail} at an operand that is not a field; a bare word there may be a misspelled one. */
    private Fail notAField(Node at, String format, Object... args) {
        Fail f = fail(at, format, args);
        if (at instanceof Operand.Literal l && !l.forcedBytes()) {
            f.unknownName = l.text();
        }
        return f;
    }

    // ------------------------------------------------------------------ tests

    private Test test(Expr e) {
        return switch (e) {
            case Expr.And a -> chain(a, true);
            case Expr.Or o -> chain(o, false);
            case Expr.Not n -> new Typed.Not(test(n.operand()));
            case Expr.Relation r -> relation(r);
            case Expr.In in -> in(in);
            case Expr.Test t -> truthTest(t.operand());
        };
    }

    /**
     * A chain of one connective, checked left to right without recursing down its left spine:
     * {@code a || b || c ...} parses as a tree as deep as the chain is long.
     */
    private Test chain(Expr root, boolean and) {
        java.util.ArrayDeque<Expr> rights = new java.util.ArrayDeque<>();
        Expr cur = root;
        while (and ? cur instanceof Expr.And : cur instanceof Expr.Or) {
            if (cur instanceof Expr.And a) {
                rights.push(a.right());
                cur = a.left();
            } else {
                Expr.Or o = (Expr.Or) cur;
                rights.push(o.right());
                cur = o.left();
            }
        }
        Test out = test(cur);
        while (!rights.isEmpty()) {
            Test next = test(rights.pop());
            out = and ? new Typed.And(out, next) : new Typed.Or(out, next);
        }
        return out;
    }

    /** An operand alone: existence of a field, or "some value non-zero" of a computation. */
    private Test truthTest(Operand o) {
        return switch (o) {
            case Operand.Arith a -> new Typed.NotZero(arithmetic(a, null));
            case Operand.Slice s -> new Typed.NotZero(sliceSanity(s, null));
            case Operand.Field f -> new Typed.Exists(field(f));
            case Operand.Call c -> throw fail(c, "You cannot test whether a function is present.");
            default -> throw notAField(o, "%s is neither a field nor a protocol name.", display(o));
        };
    }

    private Test relation(Expr.Relation r) {
        Op op;
        Quant defaultQuant;
        switch (r.op()) {
            case ANY_EQ -> { op = Op.EQ; defaultQuant = Quant.ANY; }
            case ALL_NE -> { op = Op.NE; defaultQuant = Quant.ALL; }
            case ALL_EQ -> { op = Op.EQ; defaultQuant = Quant.ALL; }
            case ANY_NE -> { op = Op.NE; defaultQuant = Quant.ANY; }
            case GT -> { op = Op.GT; defaultQuant = Quant.ANY; }
            case GE -> { op = Op.GE; defaultQuant = Quant.ANY; }
            case LT -> { op = Op.LT; defaultQuant = Quant.ANY; }
            case LE -> { op = Op.LE; defaultQuant = Quant.ANY; }
            case CONTAINS -> { return contains(r, quant(r.quantifier(), Quant.ANY)); }
            case MATCHES -> { return matches(r, quant(r.quantifier(), Quant.ANY)); }
            default -> throw new IllegalStateException(r.op().toString());
        }
        Quant q = quant(r.quantifier(), defaultQuant);
        Predicate<FieldType> can = op == Op.EQ || op == Op.NE ? TypeRules::canEq : TypeRules::canCmp;
        Pair p = switch (r.left()) {
            case Operand.Field f -> lhsField(r, can, false, field(f), f, r.right());
            case Operand.Reference ref -> lhsField(r, can, false, reference(ref), ref, r.right());
            case Operand.Slice s -> lhsSlice(r, can, false, s, r.right());
            case Operand.Call c -> lhsFunction(r, can, false, c, r.right());
            case Operand.Arith a -> lhsArithmetic(r, can, false, a, r.right());
            default -> throw notAField(r.left(), "Left side of \"%s\" expression must be a field or function, not %s.",
                    display(r), display(r.left()));
        };
        return new Typed.Compare(p.left, op, q, p.right);
    }

    private static Quant quant(Expr.Quantifier written, Quant dflt) {
        return switch (written) {
            case DEFAULT -> dflt;
            case ANY -> Quant.ANY;
            case ALL -> Quant.ALL;
        };
    }

    private Test contains(Expr.Relation r, Quant q) {
        Pair p = switch (r.left()) {
            case Operand.Field f -> lhsField(r, TypeRules::canContains, true, field(f), f, r.right());
            case Operand.Reference ref -> lhsField(r, TypeRules::canContains, true, reference(ref), ref, r.right());
            case Operand.Call c -> lhsFunction(r, TypeRules::canContains, true, c, r.right());
            case Operand.Slice s -> lhsSlice(r, TypeRules::canContains, true, s, r.right());
            default -> throw notAField(r.left(), "Left side of %s expression must be a field or function, not %s.",
                    display(r), display(r.left()));
        };
        return new Typed.Contains(p.left, q, p.right);
    }

    private Test matches(Expr.Relation r, Quant q) {
        if (!(r.right() instanceof Operand.Str pattern)) {
            throw fail(r.right(), "Matches requires a double quoted string on the right side.");
        }
        if (ClassRanges.hasRangeOfAClass(new String(pattern.value(), java.nio.charset.StandardCharsets.ISO_8859_1))) {
            throw new Fail("Regex compilation error: invalid range in character class.", Span.NONE);
        }
        ByteRegex regex;
        try {
            regex = ByteRegex.compile(pattern.value());
        } catch (IllegalArgumentException e) {
            throw new Fail("Regex compilation error: " + RegexMessages.pcreStyle(e) + ".", Span.NONE);
        }
        Pair p = switch (r.left()) {
            case Operand.Field f -> lhsField(r, TypeRules::canMatches, true, field(f), f, null);
            case Operand.Reference ref -> lhsField(r, TypeRules::canMatches, true, reference(ref), ref, null);
            case Operand.Call c -> lhsFunction(r, TypeRules::canMatches, true, c, null);
            case Operand.Slice s -> lhsSlice(r, TypeRules::canMatches, true, s, null);
            default -> throw notAField(r.left(), "Left side of %s expression must be a field or function, not %s.",
                    display(r), display(r.left()));
        };
        return new Typed.Matches(p.left, q, regex);
    }

    private Test in(Expr.In in) {
        if (!(in.left() instanceof Operand.Field f)) {
            throw fail(in.left(), "Only a field may be tested for membership in a set.");
        }
        Typed.Field lhs = field(f);
        List<Element> elements = new ArrayList<>();
        for (Expr.SetElement el : in.elements()) {
            if (el.low() instanceof Operand.Slice s) {
                throw fail(s, "A slice may not appear inside a set.");
            }
            if (el.high() != null) {
                Value lo = lhsField(in, TypeRules::canCmp, false, lhs, f, el.low()).right;
                Value hi = lhsField(in, TypeRules::canCmp, false, lhs, f, el.high()).right;
                elements.add(new Element(lo, hi));
            } else {
                elements.add(new Element(lhsField(in, TypeRules::canEq, false, lhs, f, el.low()).right, null));
            }
        }
        return new Typed.In(lhs, quant(in.quantifier(), Quant.ANY), elements);
    }

    /** The two checked sides of a relation. */
    private record Pair(Value left, Value right) {
    }

    // ------------------------------------------------------------------ left side: a field

    /**
     * {@code check_relation_LHS_FIELD}: {@code rhs} null means a regex (already compiled). Returns
     * the left side (a field, or the field converted to bytes when compared with a slice) and
     * the checked right side.
     */
    private Pair lhsField(Node relation, Predicate<FieldType> can, boolean partial, Value lhs,
                          Operand lhsNode, Operand rhs) {
        FieldDef def = lhs instanceof Typed.Field f ? f.def() : ((Typed.Reference) lhs).def();
        FieldType type1 = lhs.type();
        if (!can.test(type1)) {
            throw fail(lhsNode, "%s (type=%s) cannot participate in %s comparison.",
                    def.name(), type1.prettyName(), display(relation));
        }
        if (rhs == null) {
            return new Pair(lhs, null);
        }
        return switch (rhs) {
            case Operand.Field f -> new Pair(lhs, rhsField(def.name(), type1, can, field(f), f));
            case Operand.Reference r -> new Pair(lhs, rhsField(def.name(), type1, can, reference(r), r));
            case Operand.Str s -> new Pair(lhs, constant(rhs, () -> Conversions.fromString(type1, s.value(), def)));
            case Operand.Literal l -> new Pair(lhs, constant(rhs, () -> Conversions.fromLiteral(type1, l.text(), partial, def)));
            case Operand.CharConst c -> new Pair(lhs, constant(rhs, () -> Conversions.fromCharConst(type1, c.value())));
            case Operand.Slice s -> {
                Value slice = sliceSanity(s, type1);
                yield new Pair(asBytes(lhs, lhsNode, quoted(def.name())), slice);
            }
            case Operand.Call c -> {
                Typed.Call call = function(c, type1);
                if (!TypeRules.compatible(type1, call.type())) {
                    throw fail(rhs, "%s (type=%s) and return value of %s() (type=%s) are not of compatible types.",
                            def.name(), type1.prettyName(), c.name(), call.type().prettyName());
                }
                if (!can.test(call.type())) {
                    throw fail(rhs, "return value of %s() (type=%s) cannot participate in specified comparison.",
                            c.name(), call.type().prettyName());
                }
                yield new Pair(lhs, call);
            }
            case Operand.Arith a -> new Pair(lhs, rhsArithmetic(lhsNode, type1, can, a));
        };
    }

    /**
     * A field or reference on the right of a field or function ({@code lhsName}: the field's name,
     * or "Function f"): compatible with the left side, then able to take part in the relation.
     */
    private Value rhsField(String lhsName, FieldType type1, Predicate<FieldType> can, Value rhs,
                           Operand rhsNode) {
        FieldType type2 = rhs.type();
        if (!TypeRules.compatible(type1, type2)) {
            throw fail(rhsNode, "%s and %s are not of compatible types.", lhsName, display(rhsNode));
        }
        if (!can.test(type2)) {
            throw fail(rhsNode, "%s (type=%s) cannot participate in specified comparison.",
                    display(rhsNode), type2.prettyName());
        }
        return rhs;
    }

    /**
     * Arithmetic on the right: tshark checks it alike whatever the left side (evaluated with the
     * left side's type, then compatible with it, then able to take part in the relation).
     */
    private Value rhsArithmetic(Operand lhsNode, FieldType type1, Predicate<FieldType> can, Operand.Arith rhs) {
        Value v = arithmetic(rhs, type1);
        if (!TypeRules.compatible(type1, v.type())) {
            throw fail(rhs, "%s and %s are not of compatible types.", display(lhsNode), display(rhs));
        }
        if (!can.test(v.type())) {
            throw fail(rhs, "%s (type=%s) cannot participate in specified comparison.",
                    display(rhs), v.type().prettyName());
        }
        return v;
    }

    // ------------------------------------------------------------------ left side: a slice

    private Pair lhsSlice(Node relation, Predicate<FieldType> can, boolean partial, Operand.Slice lhsNode,
                          Operand rhs) {
        Value lhs = sliceSanity(lhsNode, null);
        if (rhs == null) {
            return new Pair(lhs, null);
        }
        FieldType bytes = FieldType.BYTES;
        return switch (rhs) {
            case Operand.Field f -> new Pair(lhs, asBytes(field(f), f, quoted(display(f))));
            case Operand.Reference r -> new Pair(lhs, asBytes(reference(r), r, quoted(display(r))));
            case Operand.Str s -> new Pair(lhs, constant(rhs, () -> Conversions.fromString(bytes, s.value(), null)));
            case Operand.Literal l -> new Pair(lhs, constant(rhs, () -> Conversions.fromLiteral(bytes, l.text(), partial, null)));
            case Operand.CharConst c -> new Pair(lhs, constant(rhs, () -> Conversions.fromCharConst(bytes, c.value())));
            case Operand.Slice s -> new Pair(lhs, sliceSanity(s, bytes));
            case Operand.Call c -> new Pair(lhs, asBytes(function(c, bytes), rhs, "Return value of function " + quoted(c.name())));
            case Operand.Arith a -> new Pair(lhs, rhsArithmetic(lhsNode, bytes, can, a));
        };
    }

    /**
     * A value compared with a slice is compared through its bytes ({@code convert_to_bytes});
     * {@code subject} names it in the error as tshark words it for that kind of operand.
     */
    private Value asBytes(Value v, Operand node, String subject) {
        if (TypeRules.isBytesType(v.type())) {
            return v;
        }
        if (!TypeRules.canSlice(v.type())) {
            throw fail(node, "%s is a %s and cannot be converted into a sequence of bytes.",
                    subject, v.type().prettyName());
        }
        return toBytes(v);
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    private static Value toBytes(Value v) {
        return new Typed.Slice(v, List.of(new LayerRange(LayerRange.Kind.TO_THE_END, 0, 0)));
    }

    // ------------------------------------------------------------------ left side: a function

    private Pair lhsFunction(Node relation, Predicate<FieldType> can, boolean partial, Operand.Call lhsNode,
                             Operand rhs) {
        Typed.Call lhs = function(lhsNode, null);
        FieldType type1 = lhs.type();
        if (!can.test(type1)) {
            throw fail(lhsNode, "Function %s (type=%s) cannot participate in %s comparison.",
                    lhsNode.name(), type1.prettyName(), display(relation));
        }
        if (rhs == null) {
            return new Pair(lhs, null);
        }
        return switch (rhs) {
            case Operand.Field f -> new Pair(lhs, rhsField("Function " + lhsNode.name(), type1, can, field(f), f));
            case Operand.Reference r -> new Pair(lhs, rhsField("Function " + lhsNode.name(), type1, can, reference(r), r));
            case Operand.Str s -> new Pair(lhs, constant(rhs, () -> Conversions.fromString(type1, s.value(), null)));
            case Operand.Literal l -> new Pair(lhs, constant(rhs, () -> Conversions.fromLiteral(type1, l.text(), partial, null)));
            case Operand.CharConst c -> new Pair(lhs, constant(rhs, () -> Conversions.fromCharConst(type1, c.value())));
            case Operand.Slice s -> {
                Value slice = sliceSanity(s, type1);
                yield new Pair(asBytes(lhs, lhsNode, "Function " + quoted(lhsNode.name())), slice);
            }
            case Operand.Call c -> {
                Typed.Call call = function(c, type1);
                if (!TypeRules.compatible(type1, call.type())) {
                    throw fail(rhs, "Return values of function %s (type=%s) and function %s (type=%s) are not of compatible types.",
                            lhsNode.name(), type1.prettyName(), lhsNode.name(), call.type().prettyName());
                }
                if (!can.test(call.type())) {
                    throw fail(rhs, "Return value of %s (type=%s) cannot participate in specified comparison.",
                            c.name(), call.type().prettyName());
                }
                yield new Pair(lhs, call);
            }
            case Operand.Arith a -> new Pair(lhs, rhsArithmetic(lhsNode, type1, can, a));
        };
    }

    // ------------------------------------------------------------------ left side: arithmetic

    /**
     * {@code check_relation_LHS_ARITHMETIC}: the arithmetic is checked, then the relation is
     * checked as if its first operand were the left side — which is why in 4.0 the right side
     * of {@code ip.ttl + 200 == 264} is range-checked against ip.ttl.
     */
    private Pair lhsArithmetic(Node relation, Predicate<FieldType> can, boolean partial, Operand.Arith lhsNode,
                               Operand rhs) {
        Value lhs = arithmetic(lhsNode, null);
        Operand entity = lhsNode.left();
        Pair p = switch (entity) {
            case Operand.Field f -> lhsField(relation, can, partial, field(f), f, rhs);
            case Operand.Reference r -> lhsField(relation, can, partial, reference(r), r, rhs);
            case Operand.Call c -> lhsFunction(relation, can, partial, c, rhs);
            case Operand.Slice s -> lhsSlice(relation, can, partial, s, rhs);
            case Operand.Arith a -> lhsArithmetic(relation, can, partial, a, rhs);
            default -> throw fail(entity, "Constant arithmetic expression on the LHS is invalid.");
        };
        return new Pair(lhs, p.right);
    }

    /** {@code check_arithmetic_expr}: the type of an arithmetic operand, converting literals. */
    private Value arithmetic(Operand node, FieldType lhsType) {
        if (!(node instanceof Operand.Arith a)) {
            return arithmeticEntity(node, lhsType);
        }
        if (lhsType == null && isConstant(a.left())) {
            throw fail(a.left(), "Constant arithmetic expression on the LHS is invalid.");
        }
        if (a.op() == ArithOp.UNARY_MINUS) {
            Value v = arithmeticEntity(a.left(), lhsType);
            if (!TypeRules.canUnaryMinus(v.type())) {
                throw fail(a.left(), "%s cannot %s.", v.type().wiresharkName(), display(a));
            }
            if (v instanceof Typed.Constant c) {
                try {
                    return new Typed.Constant(ValueOps.unaryMinus(c.value()));
                } catch (ValueException e) {
                    throw fail(a.left(), "%s: %s", display(a.left()), e.getMessage());
                }
            }
            return new Typed.Arith(ArithOp.UNARY_MINUS, v, null, v.type());
        }
        Predicate<FieldType> can = switch (a.op()) {
            case ADD -> TypeRules::canAdd;
            case SUBTRACT -> TypeRules::canSubtract;
            case MULTIPLY -> TypeRules::canMultiply;
            case DIVIDE -> TypeRules::canDivide;
            case MODULO -> TypeRules::canModulo;
            case BITWISE_AND -> TypeRules::canBitwiseAnd;
            case UNARY_MINUS -> throw new IllegalStateException();
        };
        Value left = arithmetic(a.left(), lhsType);
        if (!can.test(left.type())) {
            throw fail(a.left(), "%s cannot %s.", left.type().wiresharkName(), display(a));
        }
        Value right = arithmetic(a.right(), left.type());
        if (!can.test(right.type())) {
            throw fail(a.right(), "%s cannot %s.", right.type().wiresharkName(), display(a));
        }
        if (!TypeRules.compatible(left.type(), right.type())) {
            throw fail(a.right(), "%s and %s are not type compatible.", display(a.left()), display(a.right()));
        }
        return new Typed.Arith(a.op(), left, right, left.type());
    }

    private static boolean isConstant(Operand o) {
        return o instanceof Operand.Literal || o instanceof Operand.Str || o instanceof Operand.CharConst;
    }

    private Value arithmeticEntity(Operand node, FieldType lhsType) {
        return switch (node) {
            case Operand.Literal l -> {
                if (lhsType == null) {
                    throw fail(node, "Constant arithmetic expression on the LHS is invalid.");
                }
                yield constant(node, () -> Conversions.fromLiteral(lhsType, l.text(), false, null));
            }
            case Operand.Field f -> field(f);
            case Operand.Reference r -> reference(r);
            case Operand.Call c -> function(c, lhsType);
            case Operand.Slice s -> sliceSanity(s, lhsType);
            case Operand.Arith a -> arithmetic(a, lhsType);
            default -> throw fail(node, "%s is not a valid arithmetic operand.", display(node));
        };
    }

    // ------------------------------------------------------------------ slices and functions

    /** {@code check_slice_sanity}: the sliced entity must have bytes. */
    private Value sliceSanity(Operand.Slice s, FieldType lhsType) {
        Operand entity = s.entity();
        Value base = switch (entity) {
            case Operand.Field f -> {
                Typed.Field v = field(f);
                if (!TypeRules.canSlice(v.type())) {
                    throw fail(entity, "\"%s\" is a %s and cannot be sliced into a sequence of bytes.",
                            v.def().name(), v.type().prettyName());
                }
                yield v;
            }
            case Operand.Call c -> {
                Typed.Call call = function(c, lhsType);
                if (!TypeRules.canSlice(call.type())) {
                    throw fail(entity, "Return value of function \"%s\" is a %s and cannot be converted into a sequence of bytes.",
                            c.name(), call.type().prettyName());
                }
                yield call;
            }
            case Operand.Slice inner -> sliceSanity(inner, lhsType);
            default -> throw fail(entity, "Range is not supported for entity %s", display(entity));
        };
        return new Typed.Slice(base, s.ranges());
    }

    /** {@code check_function}: arity, then the function's own argument rules. */
    private Typed.Call function(Operand.Call c, FieldType lhsType) {
        Function fn = Function.valueOf(c.name().toUpperCase());
        int n = c.args().size();
        int min = 1;
        int max = switch (fn) {
            case MAX, MIN -> 0;
            default -> 1;
        };
        if (n < min) {
            throw fail(c, "Function %s needs at least %d arguments.", c.name(), min);
        }
        if (max > 0 && n > max) {
            throw fail(c, "Function %s can only accept %d arguments.", c.name(), max);
        }
        return switch (fn) {
            case LEN, COUNT -> {
                if (!(c.args().getFirst() instanceof Operand.Field f)) {
                    throw fail(c.args().getFirst(), "Only fields can be used as parameter for %s()", c.name());
                }
                yield new Typed.Call(fn, List.of(field(f)), FieldType.UINT32);
            }
            case UPPER, LOWER -> {
                Operand arg = c.args().getFirst();
                if (arg instanceof Operand.Field f) {
                    Typed.Field v = field(f);
                    if (v.type().isString()) {
                        yield new Typed.Call(fn, List.of(v), FieldType.STRING);
                    }
                }
                throw fail(arg, "Only string type fields can be used as parameter for %s()", c.name());
            }
            case STRING -> {
                Operand arg = c.args().getFirst();
                if (arg instanceof Operand.Field f) {
                    Typed.Field v = field(f);
                    if (TypeRules.canString(v.type())) {
                        yield new Typed.Call(fn, List.of(v), FieldType.STRING);
                    }
                    throw fail(arg, "String conversion for field \"%s\" is not supported", v.def().name());
                }
                throw fail(arg, "Only fields can be used as parameter for %s()", c.name());
            }
            case MAX, MIN -> compareFunction(fn, c, lhsType);
            case ABS -> absFunction(c, lhsType);
        };
    }

    /** {@code ul_semcheck_compare}: all arguments of one orderable type. */
    private Typed.Call compareFunction(Function fn, Operand.Call c, FieldType lhsType) {
        List<Value> args = new ArrayList<>();
        FieldType type = null;
        for (int i = 0; i < c.args().size(); i++) {
            Operand arg = c.args().get(i);
            FieldType context = i == 0 ? lhsType : type;
            Value v = switch (arg) {
                case Operand.Arith a -> arithmetic(a, context);
                case Operand.Literal l when context != null ->
                        constant(arg, () -> Conversions.fromLiteral(context, l.text(), false, null));
                case Operand.Call inner -> function(inner, context);
                case Operand.Field f -> field(f);
                case Operand.Reference r -> reference(r);
                default -> throw fail(arg, "Argument '%s' is not valid for %s()", display(arg), c.name());
            };
            if (i == 0) {
                type = v.type();
            } else {
                if (v.type() != type) {
                    throw fail(arg, "Arguments to '%s' must have the same type (expected %s, got %s)",
                            c.name(), type.wiresharkName(), v.type().wiresharkName());
                }
                if (!TypeRules.canCmp(v.type())) {
                    throw fail(arg, "Argument '%s' to '%s' cannot be ordered", display(arg), c.name());
                }
            }
            args.add(v);
        }
        return new Typed.Call(fn, args, type);
    }

    /** {@code ul_semcheck_absolute_value}. */
    private Typed.Call absFunction(Operand.Call c, FieldType lhsType) {
        Operand arg = c.args().getFirst();
        Value v = switch (arg) {
            case Operand.Arith a -> arithmetic(a, lhsType);
            case Operand.Literal l -> {
                if (lhsType == null) {
                    throw fail(arg, "Need a field or field-like value on the LHS.");
                }
                yield constant(arg, () -> Conversions.fromLiteral(lhsType, l.text(), false, null));
            }
            case Operand.Call inner -> function(inner, lhsType);
            case Operand.Field f -> field(f);
            default -> throw fail(arg, "Type %s is not valid for %s", kindName(arg), c.name());
        };
        if (!canBeNegative(v.type())) {
            throw fail(arg, "'%s' is not a valid argument to '%s'()", display(arg), c.name());
        }
        return new Typed.Call(Function.ABS, List.of(v), v.type());
    }

    // ------------------------------------------------------------------ leaves

    private Typed.Field field(Operand.Field f) {
        FieldDef def = io.sharkfin.dissect.FieldRegistry.standard().lookup(f.name());
        if (def == null) {
            throw fail(f, "\"%s\" is not a valid protocol or protocol field.", f.name());
        }
        if (f.deprecatedAlias() && !warnings.contains("Deprecated token \"" + f.token() + "\"")) {
            warnings.add("Deprecated token \"" + f.token() + "\"");
        }
        if (!def.dissected()) {
            String w = def.name() + " is not dissected by sharkfin: it never occurs";
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }
        return new Typed.Field(def, f.layers(), f.raw());
    }

    private Typed.Reference reference(Operand.Reference r) {
        FieldDef def = io.sharkfin.dissect.FieldRegistry.standard().lookup(r.name());
        if (def == null) {
            throw fail(r, "\"%s\" is not a valid protocol or protocol field.", r.name());
        }
        return new Typed.Reference(def, r.layers(), r.raw());
    }

    /** A conversion that may fail with a message in tshark's words, reported at {@code at}. */
    @FunctionalInterface
    private interface Conversion {
        FValue convert() throws ValueException;
    }

    private Typed.Constant constant(Node at, Conversion c) {
        try {
            return new Typed.Constant(c.convert());
        } catch (ValueException e) {
            throw fail(at, "%s", e.getMessage());
        }
    }

    // ------------------------------------------------------------------ display

    /**
     * How Wireshark names a node in messages ({@code stnode_todisplay}): the token as written
     * when there is one, otherwise a rendering of the node.
     */
    private String display(Node n) {
        return switch (n) {
            case Operand.Field f -> f.token() != null ? f.token()
                    : f.name() + (f.layers().isEmpty() ? "" : "#" + f.layers());
            case Operand.Literal l -> l.text();
            case Operand.Str s -> s.token();
            case Operand.CharConst c -> c.token();
            case Operand.Call c -> c.name();
            case Operand.Slice s -> display(s.entity()) + ranges(s.ranges());
            case Operand.Reference r -> "${" + r.name() + "}";
            default -> n.span().isKnown() && n.span().end() <= text.length()
                    ? text.substring(n.span().start(), n.span().end()) : n.toString();
        };
    }

    private static String ranges(List<LayerRange> ranges) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(ranges.get(i));
        }
        return sb.append(']').toString();
    }

    private static String kindName(Operand o) {
        return switch (o) {
            case Operand.Str s -> "STRING";
            case Operand.CharConst c -> "CHARCONST";
            case Operand.Slice s -> "SLICE";
            case Operand.Reference r -> "REFERENCE";
            default -> "LITERAL";
        };
    }

    /** Types with Wireshark's {@code is_negative} (what {@code abs()} accepts). */
    private static boolean canBeNegative(FieldType t) {
        return t.isInteger() || t == FieldType.FLOAT || t == FieldType.DOUBLE;
    }
}
