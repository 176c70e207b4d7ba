package io.sharkfin.rules;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sigma values: a plain value is a pattern whose {@code *} and {@code ?} are wildcards and whose
 * backslash escapes (Sigma rules specification, "Escaping"). The generated values are read here
 * as that specification reads them and must match the filter's text as it is, and not other text.
 */
class SigmaValuesTest {
    private static Map<?, ?> detection(String filter) throws Exception {
        GeneratedRule g = SigmaGenerator.generate(RuleSource.of(filter));
        assertEquals(List.of(), SigmaValidator.validate(g.text()), g.text());
        Object first = new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(g.text()).iterator().next();
        return (Map<?, ?>) ((Map<?, ?>) first).get("detection");
    }

    private static Object value(String filter, String field) throws Exception {
        Map<?, ?> selection = (Map<?, ?>) detection(filter).get("selection_1");
        return selection.get(field);
    }

    @Test
    void wildcardsAndBackslashesOfPlainValuesAreEscaped() throws Exception {
        GeneratedRule star = SigmaGenerator.generate(RuleSource.of("http.user_agent == \"*\""));
        assertEquals("exact", star.verdict(), star.losses().toString());
        String v = (String) value("http.user_agent == \"*\"", "user_agent");
        assertEquals("\\*", v);
        assertTrue(sigmaMatches(v, "*", false));
        assertFalse(sigmaMatches(v, "Mozilla/5.0", false), "a lone * would match every User-Agent");

        String odd = (String) value("http.user_agent contains \"a?b\\\\c*\"", "user_agent|contains");
        assertEquals("a\\?b\\\\c\\*", odd);
        assertTrue(sigmaMatches(odd, "xx a?b\\c* yy", true));
        assertFalse(sigmaMatches(odd, "xx aXb\\cQQ yy", true));
        assertFalse(sigmaMatches(odd, "xx aXbc yy", true));

        Object list = value("http.request.uri in {\"/a*\", \"/b?c\"}", "uri");
        assertEquals(List.of("/a\\*", "/b\\?c"), list);
        assertFalse(sigmaMatches("/a\\*", "/admin", false));
    }

    @Test
    void regularExpressionsAreLeftAsTheyAre() throws Exception {
        assertEquals("^Mozilla/[45]\\.0 .*", value("http.user_agent matches \"^Mozilla/[45]\\\\.0 .*\"", "user_agent|re"));
    }

    /**
     * A Sigma plain value matched against text as the specification says: {@code *} any run,
     * {@code ?} one character, a backslash before a wildcard or a backslash makes it plain, any
     * other backslash is itself; case-insensitive; {@code contains} puts {@code *} around it.
     */
    private static boolean sigmaMatches(String value, String text, boolean contains) {
        StringBuilder re = new StringBuilder(contains ? ".*" : "");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                re.append(java.util.regex.Pattern.quote(String.valueOf(value.charAt(++i))));
            } else if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        re.append(contains ? ".*" : "");
        return java.util.regex.Pattern.compile(re.toString(),
                java.util.regex.Pattern.DOTALL | java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text).matches();
    }
}
