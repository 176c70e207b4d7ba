package io.sharkfin.filter.check;

import com.google.re2j.PatternSyntaxException;

import java.util.Map;

/**
 * Regex errors in the words tshark uses (PCRE2's), for the errors RE2 and PCRE2 share. Patterns
 * PCRE2 accepts but RE2 cannot run in linear time (look-around, back-references, possessive
 * quantifiers, atomic groups) are named as such, so the user learns why: sharkfin refuses them on
 * purpose.
 */
final class RegexMessages {
    private RegexMessages() {
    }

    private static final Map<String, String> PCRE2 = Map.of(
            "missing closing ]", "missing terminating ] for character class",
            "missing closing )", "missing closing parenthesis",
            "unexpected )", "unmatched closing parenthesis",
            "regexp/syntax: internal error", "unmatched closing parenthesis",
            "invalid nested repetition operator", "quantifier does not follow a repeatable item",
            "missing argument to repetition operator", "quantifier does not follow a repeatable item",
            "trailing backslash at end of expression", "\\ at end of pattern",
            "invalid character class range", "range out of order in character class",
            "invalid named capture", "syntax error in subpattern name (missing terminator?)");

    /** Why a pattern PCRE2 would run is refused: the README's list, "Differences from Wireshark". */
    private static final String LINEAR = " (sharkfin runs regular expressions in linear time: look-around,"
            + " back-references, possessive quantifiers and atomic groups are not supported)";
    /** Why other syntax PCRE2 knows is refused (extended mode, comments, some escapes, large counts). */
    private static final String RE2 = " (not supported by RE2, the linear-time engine sharkfin runs regular"
            + " expressions on)";

    static String pcreStyle(IllegalArgumentException e) {
        if (e.getCause() instanceof PatternSyntaxException pse) {
            String what = pse.getPattern();
            String refused = acceptedByPcre2(pse.getDescription(), what);
            if (refused != null) {
                return refused + LINEAR;
            }
            if (pse.getDescription().equals("invalid repeat count")) {
                return repeatCount(what);
            }
            String mapped = PCRE2.get(pse.getDescription());
            if (mapped != null) {
                return mapped;
            }
            String quoted = what == null || what.isEmpty() ? "" : " `" + what + "`";
            boolean linear = what != null && (what.startsWith("(?=") || what.startsWith("(?!") || what.startsWith("(?>")
                    || what.matches("\\\\[1-9].*"));
            return pse.getDescription() + quoted + (linear ? LINEAR : RE2);
        }
        return e.getMessage();
    }

    /**
     * RE2's one word for a bad {@code {n,m}}, in PCRE2's words where PCRE2 refuses it too (a
     * number above 65,535, numbers out of order); RE2 alone refuses counts above 1,000.
     */
    private static String repeatCount(String what) {
        // {n}, {n,} or {n,m}: the numbers as written (an absent one is -1)
        String[] parts = (what == null ? "" : what.replaceAll("[^0-9,]", "")).split(",", -1);
        long min = number(parts[0]);
        long max = parts.length > 1 ? number(parts[1]) : -1;
        if (min > 65_535 || max > 65_535) {
            return "number too big in {} quantifier";
        }
        if (max >= 0 && min > max) {
            return "numbers out of order in {} quantifier";
        }
        return "repeat count above 1000 `" + what + "`" + RE2;
    }

    private static long number(String digits) {
        return digits.isEmpty() ? -1 : digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /**
     * The PCRE2 feature behind an error RE2 words as another one, or null: a quantifier followed by
     * {@code +} is possessive in PCRE2, not a repeated repetition ({@code a**} is refused by both);
     * {@code (?<=} and {@code (?<!} are look-behind, not a named group missing its end.
     */
    private static String acceptedByPcre2(String description, String what) {
        if (what == null || what.length() < 2) {
            return null;
        }
        if (description.equals("invalid nested repetition operator") && what.endsWith("+")
                && "*+?}".indexOf(what.charAt(what.length() - 2)) >= 0) {
            return "possessive quantifier `" + what + "`";
        }
        if (description.equals("invalid named capture") && (what.startsWith("(?<=") || what.startsWith("(?<!"))) {
            return "look-behind `" + what + "`";
        }
        return null;
    }
}
