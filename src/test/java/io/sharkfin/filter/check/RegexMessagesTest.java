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

    /** The filter matching {@code pattern}, the regex as is (its backslashes escaped in the filter's string). */
    private static String filter(String pattern) {
        return "dns.qry.name matches \"" + pattern.replace("\\", "\\\\") + "\"";
    }

    private static String error(String pattern) {
        return assertThrows(FilterException.class, () -> Filter.compile(filter(pattern))).getMessage();
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

    private static final String RE2 = " (not supported by RE2, the linear-time engine sharkfin runs regular expressions"
            + " on).";

    @Test
    void otherSyntaxOnlyPcre2KnowsSaysSoWithoutBlamingLookAround() {
        assertEquals("Regex compilation error: invalid or unsupported Perl syntax `(?x`" + RE2, error("(?x)a b"));
        assertEquals("Regex compilation error: invalid escape sequence `\\e`" + RE2, error("\\e"));
        assertEquals("Regex compilation error: invalid escape sequence `\\1`" + WHY, error("(a)\\1"));
    }

    @Test
    void repeatCountsInPcre2sWordsWhereItRefusesThemToo() {
        // tshark 4.0.17: a{70000} "number too big in {} quantifier", a{5,2} "numbers out of order";
        // it runs a{1001}, which RE2 cannot
        assertEquals("Regex compilation error: number too big in {} quantifier.", error("a{70000}"));
        assertEquals("Regex compilation error: numbers out of order in {} quantifier.", error("a{5,2}"));
        assertEquals("Regex compilation error: repeat count above 1000 `{1001}`" + RE2, error("a{1001}"));
    }

    @Test
    void aRangeWithAClassForAnEndIsRefusedAsTsharkRefusesIt() throws Exception {
        // tshark 4.0.17 refuses each of these with PCRE2's "invalid range in character class";
        // RE2 alone would run the first three, reading the '-' as a literal
        for (String p : new String[]{"[\\d-z]", "[\\w-z]", "[[:alpha:]-z]", "[a-\\d]", "x[^\\s-\\w]"}) {
            assertEquals("Regex compilation error: invalid range in character class.", error(p), p);
        }
        // a '-' first, last, after a range or escaped stays a literal in both
        for (String p : new String[]{"[\\d-]", "[-\\d]", "[]-a]", "[a-c-e]", "[\\d\\-z]", "\\Q[\\d-z]\\E", "[\\]-a]"}) {
            Filter.compile(filter(p));
        }
    }
}
