package io.sharkfin.filter.runtime;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End anchors behave as in PCRE2, which Wireshark uses: {@code $} and {@code \Z} also match
 * before a newline that ends the value. (The corpus cases in sharkfin-cases.tsv check the same
 * on captures against tshark's verdicts.)
 */
class PcreAnchorsTest {

    private static boolean finds(String pattern, String value) {
        return ByteRegex.compile(pattern.getBytes(StandardCharsets.ISO_8859_1))
                .find(value.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void dollarMatchesBeforeAFinalNewline() {
        assertTrue(finds("test\r$", "Host: www.example.test\r\n"));
        assertTrue(finds("test$", "www.example.test"));
        assertTrue(finds("test$", "www.example.test\n"));
        assertFalse(finds("test$", "www.example.test\r\n"));
        assertFalse(finds("test$", "www.example.test\n\n"));
        assertTrue(finds("test\\Z", "www.example.test\n"));
        assertTrue(finds("\\z", "x"));
        assertFalse(finds("test\\z", "www.example.test\n"));
    }

    @Test
    void onlyAnchorsEndingAnAlternativeAreRewritten() {
        assertEquals("a(?:\\n?\\z)|b(?:\\n?\\z)", PcreAnchors.translate("a$|b$"));
        assertEquals("(a(?:\\n?\\z))", PcreAnchors.translate("(a$)"));
        assertEquals("a$b", PcreAnchors.translate("a$b"));
        assertEquals("[$]", PcreAnchors.translate("[$]"));
        assertEquals("[]$]", PcreAnchors.translate("[]$]"));
        assertEquals("[^]$]x", PcreAnchors.translate("[^]$]x"));
        assertEquals("[[:alpha:]$]", PcreAnchors.translate("[[:alpha:]$]"));
        assertEquals("\\$", PcreAnchors.translate("\\$"));
        assertEquals("\\Qa$\\E", PcreAnchors.translate("\\Qa$\\E"));
        assertEquals("(?m)a$", PcreAnchors.translate("(?m)a$"));
        assertEquals("abc", PcreAnchors.translate("abc"));
    }

    @Test
    void multiLineModeKeepsEndOfLine() {
        assertTrue(finds("(?m)^b$", "a\nb\nc"));
        assertFalse(finds("^b$", "a\nb\nc"));
    }

    @Test
    void errorsAreReportedOnThePatternAsWritten() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ByteRegex.compile("(a$".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().endsWith("(a$"), e.getMessage());
    }
}
