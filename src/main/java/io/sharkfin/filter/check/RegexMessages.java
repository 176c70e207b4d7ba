package io.sharkfin.filter.check;

import com.google.re2j.PatternSyntaxException;

import java.util.Map;

/**
 * Regex errors in the words tshark uses (PCRE2's), for the errors RE2 and PCRE2 share. Patterns
 * PCRE2 accepts but RE2 cannot run in linear time (look-around, back-references) keep RE2's
 * explanation, so the user learns why: sharkfin refuses them on purpose.
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
            "invalid repeat count", "numbers out of order in {} quantifier",
            "invalid character class range", "range out of order in character class",
            "invalid named capture", "syntax error in subpattern name (missing terminator?)");

    static String pcreStyle(IllegalArgumentException e) {
        if (e.getCause() instanceof PatternSyntaxException pse) {
            String mapped = PCRE2.get(pse.getDescription());
            if (mapped != null) {
                return mapped;
            }
            String what = pse.getPattern();
            return pse.getDescription() + (what == null || what.isEmpty() ? "" : " `" + what + "`")
                    + " (sharkfin runs regular expressions in linear time: look-around and"
                    + " back-references are not supported)";
        }
        return e.getMessage();
    }
}
