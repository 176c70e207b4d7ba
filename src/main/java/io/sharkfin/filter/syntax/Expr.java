package io.sharkfin.filter.syntax;

import io.sharkfin.filter.Span;

import java.util.List;

/** A test: something that is true or false for a packet. */
public sealed interface Expr extends Node {

    /** {@code a and b}, {@code a && b}. */
    record And(Expr left, Expr right, Span span) implements Expr {
    }

    /** {@code a or b}, {@code a || b}. */
    record Or(Expr left, Expr right, Span span) implements Expr {
    }

    /** {@code not a}, {@code !a}; also the outside of {@code f not in {...}}. */
    record Not(Expr operand, Span span) implements Expr {
    }

    /**
     * A comparison, {@code contains} or {@code matches}. The quantifier is {@link Quantifier#DEFAULT}
     * unless the relation is prefixed by {@code any} / {@code all}. {@code span} is the operator's
     * (Wireshark reports type errors of a relation there, and its text is the operator's token).
     */
    record Relation(Operand left, RelOp op, Operand right, Quantifier quantifier, Span span)
            implements Expr {
    }

    /** {@code f in {a, b, lo..hi}}; {@code span} is the {@code in} token's. */
    record In(Operand left, List<SetElement> elements, Quantifier quantifier, Span span)
            implements Expr {
        public In {
            elements = List.copyOf(elements);
        }
    }

    /**
     * An operand used as a test: a field or protocol alone is an existence test; an arithmetic
     * expression, slice or function is true when it yields a non-zero / non-empty value.
     */
    record Test(Operand operand, Span span) implements Expr {
    }

    /** One element of a set: a value, or an inclusive range when {@code high} is not null. */
    record SetElement(Operand low, Operand high) {
    }

    /** {@code any} / {@code all} before a relation. */
    enum Quantifier {
        DEFAULT, ANY, ALL
    }
}
