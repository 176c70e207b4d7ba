package io.sharkfin.filter.syntax;

/**
 * Relational operators. The default quantifier is part of the operator, as in Wireshark:
 * {@code ==} is "any pair equal", {@code !=} is "all pairs differ".
 */
public enum RelOp {
    /** {@code ==}, {@code eq}, {@code any_eq}. */
    ANY_EQ("=="),
    /** {@code !=}, {@code ne}, {@code all_ne}. */
    ALL_NE("!="),
    /** {@code ===}, {@code all_eq}. */
    ALL_EQ("==="),
    /** {@code !==}, {@code any_ne}, deprecated {@code ~=}. */
    ANY_NE("!=="),
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<="),
    CONTAINS("contains"),
    MATCHES("matches");

    private final String symbol;

    RelOp(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical spelling, used in messages and explain output. */
    public String symbol() {
        return symbol;
    }

    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE;
    }

    public boolean isEquality() {
        return this == ANY_EQ || this == ALL_NE || this == ALL_EQ || this == ANY_NE;
    }
}
