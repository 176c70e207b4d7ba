package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.parse.FilterParser;
import io.sharkfin.filter.parse.MacroTable;
import io.sharkfin.filter.parse.ParsedFilter;
import io.sharkfin.repl.view.SubExpressions.Kind;
import io.sharkfin.repl.view.SubExpressions.Part;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parts {@code :why} counts: their text, taken from the parser's spans, compiles alone. */
class SubExpressionsTest {

    private static Part parts(String filter) throws Exception {
        ParsedFilter p = FilterParser.parse(filter, FieldRegistry.standard(), MacroTable.empty());
        return SubExpressions.of(p.root(), p.expandedText());
    }

    private static List<String> texts(Part p) {
        List<String> out = new ArrayList<>();
        collect(p, out);
        return out;
    }

    private static void collect(Part p, List<String> out) {
        out.add(p.text());
        for (Part c : p.children()) {
            collect(c, out);
        }
    }

    @Test
    void logicalTreesSplitAtTheirOperators() throws Exception {
        Part p = parts("tcp.port == 80 && (dns || !udp)");
        assertEquals(Kind.AND, p.kind());
        assertEquals(List.of("tcp.port == 80 && (dns || !udp)", "tcp.port == 80", "dns || !udp", "dns", "!udp", "udp"),
                texts(p));
    }

    @Test
    void slicesCallsSetsAndLayersKeepTheirBrackets() throws Exception {
        assertEquals(List.of("eth.src[0:3] == 00:1b:21 or len(dns.qry.name) > 3",
                        "eth.src[0:3] == 00:1b:21", "len(dns.qry.name) > 3"),
                texts(parts("eth.src[0:3] == 00:1b:21 or len(dns.qry.name) > 3")));
        assertEquals(List.of("tcp.port in {80, 443} and ip.src#2 == 10.0.0.1", "tcp.port in {80, 443}",
                        "ip.src#2 == 10.0.0.1"),
                texts(parts("tcp.port in {80, 443} and ip.src#2 == 10.0.0.1")));
        assertEquals(List.of("tcp.payload[0:2] && udp", "tcp.payload[0:2]", "udp"),
                texts(parts("tcp.payload[0:2] && udp")));
        assertEquals(List.of("tcp.port not in {80, 443} || dns", "tcp.port not in {80, 443}", "dns"),
                texts(parts("tcp.port not in {80, 443} || dns")));
    }

    @Test
    void chainedComparisonsBecomeTheirLinks() throws Exception {
        assertEquals(List.of("1 < tcp.port < 100", "1 < tcp.port", "tcp.port < 100"),
                texts(parts("1 < tcp.port < 100")));
    }

    @Test
    void stringsWithBracketsDoNotConfuseTheExtents() throws Exception {
        assertEquals(List.of("dns.qry.name == \"a(b\" && (udp)", "dns.qry.name == \"a(b\"", "udp"),
                texts(parts("dns.qry.name == \"a(b\" && (udp)")));
    }

    @Test
    void everyPartCompilesAlone() throws Exception {
        for (String f : List.of("tcp.port == 80 && (dns || !udp)", "eth.src[0:3] == 00:1b:21 or len(dns.qry.name) > 3",
                "tcp.port not in {80, 443} || dns", "!(ip.ttl > 3 and ip.ttl < 10) && count(ip.src) == 2",
                "upper(dns.qry.name) contains \"EXAMPLE\" or dns.flags.rcode in {2..5}",
                "tcp.flags & 0x02 && frame.len * 2 > 100")) {
            for (String t : texts(parts(f))) {
                assertDoesNotThrow(() -> Filter.compile(t), f + " → " + t);
            }
        }
    }
}
