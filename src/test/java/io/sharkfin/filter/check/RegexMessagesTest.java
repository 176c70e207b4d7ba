package io.sharkfin.filter.check;

import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A pattern is refused in PCRE2's words when PCRE2 refuses it too, and with the reason when only
 * sharkfin does (PCRE2 runs it; RE2 cannot in linear time): tshark would have run such a filter.
 */
class RegexMessagesTest {

    private static String error(String pattern) {
        return assertThrows(FilterException.class,
                () -> Filter.compile("dns.qry.name matches \"" + pattern + "\"")).getMessage();
    }

    private static final String WHY = " (sharkfin runs regular expressions in linear time: look-around,"
            + " back-references, possessive quantifiers and atomic groups are not supported).";

    @Test
    void patternsPcre2RunsSayWhySharkfinRefusesThem() {
        assertEquals("Regex compilation error: look-behind `(?<=a)b`" + WHY, error("(?<=a)b"));
        assertEquals("Regex compilation error: look-behind `(?<!ab)`" + WHY, error("x(?<!ab)"));
        assertEquals("Regex compilation error: possessive quantifier `++`" + WHY, error("a++"));
        assertEquals("Regex compilation error: possessive quantifier `*+`" + WHY, error("a*+"));
        assertEquals("Regex compilation error: possessive quantifier `?+`" + WHY, error("a?+"));
        assertEquals("Regex compilation error: possessive quantifier `{2}+`" + WHY, error("a{2}+"));
        assertEquals("Regex compilation error: invalid or unsupported Perl syntax `(?=`" + WHY, error("(?=a)"));
        assertEquals("Regex compilation error: invalid or unsupported Perl syntax `(?>`" + WHY, error("(?>a)"));
    }

    @Test
    void patternsPcre2RefusesTooKeepItsWords() {
        assertEquals("Regex compilation error: quantifier does not follow a repeatable item.", error("a**"));
        assertEquals("Regex compilation error: quantifier does not follow a repeatable item.", error("a+*"));
        assertEquals("Regex compilation error: syntax error in subpattern name (missing terminator?).", error("(?<na"));
        assertEquals("Regex compilation error: missing closing parenthesis.", error("(a"));
    }
}
