package io.sharkfin.repl.edit;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.value.TypeRules;

import java.util.ArrayList;
import java.util.List;

/** The operators a field of some type can take ({@link TypeRules}), with what each does. */
final class Operators {

    /** An operator: what to insert, what it means, and whether a value follows (adds a space). */
    record Operator(String text, String description) {
    }

    private static final List<Operator> EQUALITY = List.of(
            new Operator("==", "equal: some occurrence equals"),
            new Operator("!=", "not equal: no occurrence equals"),
            new Operator("===", "all occurrences equal"),
            new Operator("!==", "some occurrence differs"),
            new Operator("in", "member of a set: in {a, b, lo..hi}"));
    private static final List<Operator> ORDER = List.of(
            new Operator(">", "greater than"), new Operator(">=", "greater or equal"),
            new Operator("<", "less than"), new Operator("<=", "less or equal"));
    static final List<Operator> LOGICAL = List.of(
            new Operator("&&", "and: both tests"), new Operator("||", "or: either test"),
            new Operator("and", "and: both tests"), new Operator("or", "or: either test"));

    private Operators() {
    }

    /** The operators valid after a field of type {@code t}, then the logical ones. */
    static List<Operator> forType(FieldType t) {
        List<Operator> out = new ArrayList<>();
        if (TypeRules.canEq(t)) {
            out.addAll(EQUALITY);
        }
        if (TypeRules.canCmp(t)) {
            out.addAll(ORDER);
        }
        if (TypeRules.canContains(t)) {
            out.add(new Operator("contains", "has this substring or bytes"));
        }
        if (TypeRules.canMatches(t)) {
            out.add(new Operator("matches", "matches a regular expression (PCRE, case-sensitive)"));
        }
        if (TypeRules.canBitwiseAnd(t)) {
            out.add(new Operator("&", "bitwise and: field & mask"));
        }
        if (TypeRules.canSlice(t)) {
            out.add(new Operator("[", "slice of the bytes: [offset:length]"));
        }
        out.addAll(LOGICAL);
        return out;
    }
}
