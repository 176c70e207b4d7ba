package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of the semantic checker to judge one relation {@code lhs op rhs} (or
 * {@code lhs in {...}}) whose operands are a field or slice and single tokens: it applies the
 * capability checks, field-against-field compatibility and the literal conversions the way 4.0's
 * {@code check_relation_LHS_FIELD} / {@code _SLICE} do, using this package. Filters of any other
 * shape are not judged ({@link #judge} returns null).
 */
final class RelationHarness {

    private static final Pattern RELATION = Pattern.compile(
            "^(\\.?[A-Za-z0-9_][A-Za-z0-9_.-]*)(\\[[^\\]]*\\])?\\s*"
                    + "(===|!==|==|!=|>=|<=|>|<|contains|matches|in)\\s*(.+?)\\s*$");
    /** A word the 4.0 scanner reads as one token (scanner.l's word patterns). */
    private static final Pattern WORD = Pattern.compile(wordPattern());
    private static final Map<String, String> ORDERING = Map.of(">", ">", ">=", ">=", "<", "<",
            "<=", "<=");

    private final FieldRegistry registry;

    private static String wordPattern() {
        String hex2 = "\\p{XDigit}{2}";
        String mac = hex2 + "(?::" + hex2 + "){5}|" + hex2 + "(?:-" + hex2 + "){5}|" + hex2
                + "(?:\\." + hex2 + "){5}|\\p{XDigit}{4}\\.\\p{XDigit}{4}\\.\\p{XDigit}{4}";
        String octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
        String ipv4 = octet + "(?:\\." + octet + "){3}";
        String h16 = "\\p{XDigit}{1,4}";
        String ls32 = "(?:" + h16 + ":" + h16 + "|" + ipv4 + ")";
        String ipv6 = "(?:(?:" + h16 + ":){6}" + ls32
                + "|::(?:" + h16 + ":){5}" + ls32
                + "|(?:" + h16 + ")?::(?:" + h16 + ":){4}" + ls32
                + "|(?:(?:" + h16 + ":){0,1}" + h16 + ")?::(?:" + h16 + ":){3}" + ls32
                + "|(?:(?:" + h16 + ":){0,2}" + h16 + ")?::(?:" + h16 + ":){2}" + ls32
                + "|(?:(?:" + h16 + ":){0,3}" + h16 + ")?::" + h16 + ":" + ls32
                + "|(?:(?:" + h16 + ":){0,4}" + h16 + ")?::" + ls32
                + "|(?:(?:" + h16 + ":){0,5}" + h16 + ")?::" + h16
                + "|(?:(?:" + h16 + ":){0,6}" + h16 + ")?::)";
        String bytes = ":?(?:" + hex2 + "(?::" + hex2 + ")+|" + hex2 + "(?:\\." + hex2 + ")+|"
                + hex2 + "(?:-" + hex2 + ")+)";
        String identifier = "[A-Za-z0-9_][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*";
        return "(?:" + mac + ")|" + ipv4 + "(?:/[0-9]{1,2})?|" + ipv6 + "(?:/[0-9]{1,3})?|"
                + bytes + "|:\\p{XDigit}+|" + identifier;
    }

    RelationHarness(FieldRegistry registry) {
        this.registry = registry;
    }

    /** "accepted", "error: message", or null when the filter's shape is not handled. */
    String judge(String filter) {
        Matcher m = RELATION.matcher(filter);
        if (!m.matches() || filter.contains("..") && !m.group(3).equals("in")) {
            return null;
        }
        String lhsName = m.group(1);
        boolean slice = m.group(2) != null;
        String op = m.group(3);
        String rhs = m.group(4);
        FieldDef lhs = registry.lookup(lhsName.startsWith(".") ? lhsName.substring(1) : lhsName);
        if (lhs == null || lhs.name().startsWith("_ws.col")) {
            return null;
        }
        if (slice && !TypeRules.canSlice(lhs.type())) {
            return "error: \"" + lhs.name() + "\" is a " + TypeRules.prettyName(lhs.type())
                    + " and cannot be sliced into a sequence of bytes.";
        }
        try {
            if (op.equals("in")) {
                return set(lhs, slice, rhs);
            }
            if (op.equals("matches")) {
                return matches(lhs, slice, rhs);
            }
            return relation(lhs, slice, op, rhs);
        } catch (Unjudged e) {
            return null;
        }
    }

    private String set(FieldDef lhs, boolean slice, String rhs) throws Unjudged {
        if (slice || !rhs.startsWith("{") || !rhs.endsWith("}")) {
            throw new Unjudged();
        }
        for (String element : rhs.substring(1, rhs.length() - 1).split(",")) {
            String e = element.strip();
            int dots = e.indexOf("..");
            String verdict;
            if (dots >= 0) {
                verdict = relation(lhs, false, ">=", e.substring(0, dots).strip());
                if (verdict.equals("accepted")) {
                    verdict = relation(lhs, false, "<=", e.substring(dots + 2).strip());
                }
            } else {
                verdict = relation(lhs, false, "==", e);
            }
            if (!verdict.equals("accepted")) {
                return verdict;
            }
        }
        return "accepted";
    }

    /** The pattern must be a quoted string; then the left side must support matches. */
    private String matches(FieldDef lhs, boolean slice, String rhs) throws Unjudged {
        if (!rhs.startsWith("\"") && !rhs.startsWith("r\"")) {
            return "error: Matches requires a double quoted string on the right side.";
        }
        byte[] pattern = FilterTokens.string(rhs);
        if (pattern == null) {
            throw new Unjudged();
        }
        try {
            Pattern.compile(new String(pattern, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new Unjudged(); // PCRE2's own message is not modelled here
        }
        if (slice || TypeRules.canMatches(lhs.type())) {
            return "accepted";
        }
        return "error: " + lhs.name() + " (type=" + TypeRules.prettyName(lhs.type())
                + ") cannot participate in matches comparison.";
    }

    private String relation(FieldDef lhs, boolean slice, String op, String rhs) throws Unjudged {
        boolean contains = op.equals("contains");
        FieldType type = slice ? FieldType.BYTES : lhs.type();
        if (!slice) {
            boolean can = contains ? TypeRules.canContains(type)
                    : ORDERING.containsKey(op) ? TypeRules.canCmp(type) : TypeRules.canEq(type);
            if (!can) {
                return "error: " + lhs.name() + " (type=" + TypeRules.prettyName(type)
                        + ") cannot participate in " + op + " comparison.";
            }
        }
        try {
            if (rhs.startsWith("\"") || rhs.startsWith("r\"")) {
                byte[] s = FilterTokens.string(rhs);
                if (s == null) {
                    throw new Unjudged();
                }
                if (slice) {
                    Literals.fromString(FieldType.BYTES, s);
                } else {
                    Literals.stringForField(lhs, s);
                }
                return "accepted";
            }
            if (rhs.startsWith("'")) {
                Long c = FilterTokens.charConst(rhs);
                if (c == null) {
                    throw new Unjudged();
                }
                Literals.fromCharConst(type, c);
                return "accepted";
            }
            if (rhs.startsWith("-")) {
                return negated(lhs, slice, rhs.substring(1));
            }
            if (!WORD.matcher(rhs).matches() || rhs.startsWith(".") || rhs.endsWith(":")) {
                throw new Unjudged();
            }
            FieldDef other = rhs.startsWith(":") ? null : registry.lookup(rhs);
            if (other != null) {
                return fieldAgainstField(lhs, slice, other);
            }
            if (slice) {
                Literals.fromLiteral(FieldType.BYTES, rhs, contains);
            } else {
                Literals.literalForField(lhs, rhs, contains);
            }
            return "accepted";
        } catch (ValueException e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * {@code -word}: semcheck converts the word with the left side's type (no value names), then
     * negates the constant.
     */
    private String negated(FieldDef lhs, boolean slice, String word)
            throws Unjudged, ValueException {
        if (!WORD.matcher(word).matches() || word.startsWith(":") || registry.lookup(word) != null) {
            throw new Unjudged();
        }
        FValue v = Literals.fromLiteral(slice ? FieldType.BYTES : lhs.type(), word, false);
        if (!TypeRules.canUnaryMinus(v.type())) {
            return "error: " + TypeRules.ftypeName(v.type()) + " cannot -.";
        }
        try {
            ValueOps.unaryMinus(v);
        } catch (ValueException e) {
            return "error: " + word + ": " + e.getMessage();
        }
        return "accepted";
    }

    private String fieldAgainstField(FieldDef lhs, boolean slice, FieldDef rhs) {
        if (slice) {
            if (TypeRules.isBytesType(rhs.type()) || TypeRules.canSlice(rhs.type())) {
                return "accepted";
            }
            return "error: \"" + rhs.name() + "\" is a " + TypeRules.prettyName(rhs.type())
                    + " and cannot be converted into a sequence of bytes.";
        }
        if (!TypeRules.compatible(lhs.type(), rhs.type())) {
            return "error: " + lhs.name() + " and " + rhs.name() + " are not of compatible types.";
        }
        return "accepted";
    }

    /** A filter (part) this harness does not model. */
    private static final class Unjudged extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Filters of a list that the harness judged, with the expected verdict. */
    record Judged(String filter, String expected, String actual) {
    }

    static List<Judged> judgeAll(RelationHarness h, List<String[]> filterAndExpected) {
        List<Judged> out = new ArrayList<>();
        for (String[] fe : filterAndExpected) {
            String actual = h.judge(fe[0]);
            if (actual != null) {
                out.add(new Judged(fe[0], fe[1], actual));
            }
        }
        return out;
    }
}
