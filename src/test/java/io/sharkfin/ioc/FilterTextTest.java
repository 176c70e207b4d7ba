package io.sharkfin.ioc;

import io.sharkfin.filter.Filter;
import io.sharkfin.ioc.report.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filters built from packet text compile whatever the text holds; JSON stays valid whatever the text holds. */
class FilterTextTest {

    static final List<String> NASTY = List.of("plain", "quo\"te", "back\\slash", "tab\there", "nul\0byte",
            "caf\u00e9", "\u2028line", "emoji \ud83d\ude00", "brace} and {", "\\x41", "");

    @Test
    void quotedValuesCompile() throws Exception {
        for (String s : NASTY) {
            String f = FilterText.eq("http.user_agent", s);
            Filter.compile(f);
            Filter.compile(FilterText.in("dns.qry.name", List.of(s, s + "x")));
        }
        assertEquals("\"a\\\"b\\\\c\\x09\\xc3\\xa9\"", FilterText.quote("a\"b\\c\t\u00e9"));
    }

    @Test
    void addressesPickTheirFamilyAndScopesWrap() throws Exception {
        assertEquals("ip.src == 10.0.0.1", FilterText.src("10.0.0.1"));
        assertEquals("ipv6.dst == fe80::1", FilterText.dst("fe80::1"));
        assertEquals("(tcp || udp) && (dns)", FilterText.scoped("tcp || udp", "dns"));
        assertEquals("a && (b || c)", FilterText.and("a", "b || c"));
        assertEquals("a && x == \"p || q\"", FilterText.and("a", "x == \"p || q\""));
        Filter.compile(FilterText.and(FilterText.src("::1"), FilterText.dst("127.0.0.1"), "tcp.dstport == 80"));
    }

    @Test
    void jsonEscapesEverything() throws Exception {
        for (String s : NASTY) {
            String json = Json.write(List.of(s, Double.NaN, 1.5, 3.0));
            var node = IocTestSupport.MAPPER.readTree(json);
            assertEquals(s, node.get(0).asText());
            assertTrue(node.get(1).isNull());
            assertEquals(1.5, node.get(2).asDouble());
        }
        var lone = IocTestSupport.MAPPER.readTree(Json.write(List.of("x\ud800y")));
        assertEquals(3, lone.get(0).asText().length());
        // escaped exactly where JSON or JavaScript needs it, and only there
        StringBuilder sb = new StringBuilder();
        Json.string("a\u2028b\u2029c\u0001\ud800\"\\\n\u00e9\ud83d\ude00\udc00z", sb);
        assertEquals("\"a\\u2028b\\u2029c\\u0001\\ud800\\\"\\\\\\n\u00e9\ud83d\ude00\\udc00z\"", sb.toString());
    }
}
