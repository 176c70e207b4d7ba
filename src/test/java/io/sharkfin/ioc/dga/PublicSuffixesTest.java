package io.sharkfin.ioc.dga;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public suffixes: rules in Unicode are converted only once a name could match one, which
 * holds only because each of their ASCII forms has an {@code xn--} label.
 */
class PublicSuffixesTest {

    @Test
    void everyUnicodeRuleOfTheShippedListHasAnAceLabel() {
        List<String> unicode = PublicSuffixes.shipped().unicodeRules();
        assertTrue(unicode.size() > 400, "the ICANN section has some 450 rules in Unicode: " + unicode.size());
        for (String line : unicode) {
            String rule = line.startsWith("!") ? line.substring(1) : line.startsWith("*.") ? line.substring(2) : line;
            String ace = PublicSuffixes.ascii(rule);
            assertTrue(ace.startsWith("xn--") || ace.contains(".xn--"), line + " -> " + ace);
        }
    }

    @Test
    void anAsciiRuleIsWhatIdnMakesOfIt() {
        for (String rule : List.of("co.uk", "COM", "kawasaki.jp", "a-b.example", "x".repeat(64) + ".test", "a..b")) {
            String expected;
            try {
                expected = IDN.toASCII(rule, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                expected = rule.toLowerCase(Locale.ROOT);
            }
            assertEquals(expected, PublicSuffixes.ascii(rule), rule);
        }
    }

    @Test
    void namesInAceFindTheRulesWrittenInUnicode() throws IOException {
        PublicSuffixes s = read("com\ncn\n公司.cn\n*.公司.hk\n!www.公司.hk\nhk\n");
        assertEquals(1, s.suffixLabels("example.com"));
        assertEquals(1, s.suffixLabels("example.cn"));
        assertEquals(2, s.suffixLabels("example.xn--55qx5d.cn"));
        assertEquals(3, s.suffixLabels("a.example.xn--55qx5d.hk"));
        assertEquals(2, s.suffixLabels("www.xn--55qx5d.hk"));
    }

    @Test
    void theShippedListKnowsItsUnicodeSuffixes() {
        PublicSuffixes s = PublicSuffixes.shipped();
        assertEquals(2, s.suffixLabels("a.example.co.uk"));
        assertEquals(2, s.suffixLabels("example.xn--55qx5d.cn"));
        assertEquals(1, s.suffixLabels("example.xn--fiqs8s"), "中国, a top-level domain in Unicode");
        assertFalse(s.unicodeRules().isEmpty());
    }

    private static PublicSuffixes read(String list) throws IOException {
        return PublicSuffixes.read(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));
    }
}
