package io.sharkfin.filter.runtime;

/**
 * Comparison operators and quantifiers as small int constants, so that generated code passes them
 * as literal arguments and the JIT folds the switch in a kernel after inlining.
 */
public final class Cmp {
    private Cmp() {
    }

    public static final int EQ = 0;
    public static final int NE = 1;
    public static final int GT = 2;
    public static final int GE = 3;
    public static final int LT = 4;
    public static final int LE = 5;

    /** Quantifier: some value satisfies the test (Wireshark's ANY_*). */
    public static final int ANY = 0;
    /** Quantifier: every value satisfies the test (Wireshark's ALL_*). */
    public static final int ALL = 1;

    /** Whether a three-way comparison result satisfies {@code op}. */
    public static boolean holds(int op, int c) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            default -> throw new IllegalArgumentException("op " + op);
        };
    }

    public static String symbol(int op) {
        return switch (op) {
            case EQ -> "==";
            case NE -> "!=";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            default -> "?";
        };
    }

    public static String quantifier(int q) {
        return q == ALL ? "all" : "any";
    }
}
