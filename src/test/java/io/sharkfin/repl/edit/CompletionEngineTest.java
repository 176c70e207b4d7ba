package io.sharkfin.repl.edit;

import io.sharkfin.repl.Workspace;
import io.sharkfin.repl.edit.CompletionEngine.Completion;
import io.sharkfin.repl.edit.CompletionEngine.Suggestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Tab offers, at each kind of place in a line, over a real capture. */
class CompletionEngineTest {

    private static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");
    private static Workspace ws;
    private static CompletionEngine engine;

    @BeforeAll
    static void open() throws Exception {
        ws = new Workspace();
        ws.open(CAPTURES.resolve("lab-web-mixed.pcap"));
        engine = new CompletionEngine(ws);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static Completion at(String line) {
        return engine.complete(line, line.length());
    }

    private static Optional<Suggestion> find(Completion c, String value) {
        return c.suggestions().stream().filter(s -> s.value().equals(value)).findFirst();
    }

    private static Suggestion get(Completion c, String value) {
        return find(c, value).orElseThrow(() -> new AssertionError(value + " not offered: "
                + c.suggestions().stream().map(Suggestion::value).toList()));
    }

    @Test
    void fieldsLevelByLevelWithTypeAndTitle() {
        Completion c = at("ip.fl");
        assertEquals(0, c.wordStart());
        Suggestion flags = get(c, "ip.flags");
        assertEquals("Unsigned integer (1 byte) · Flags · 4 below", flags.description());
        assertFalse(flags.complete(), "more names lie below ip.flags: no space after it");
        assertTrue(find(c, "ip.flags.df").isEmpty(), "one level at a time");
        Completion below = at("ip.flags.");
        Suggestion df = get(below, "ip.flags.df");
        assertEquals("Boolean · Don't fragment", df.description());
        assertTrue(df.complete());
        assertEquals("Boolean · Security flag (not dissected)", get(below, "ip.flags.sf").description());
    }

    @Test
    void namesOnlyWiresharkKnowsAreOfferedToo() {
        Suggestion host = get(at("http.ho"), "http.host");
        assertTrue(host.description().startsWith("Character string · Host"), host.description());
        boolean dissected = io.sharkfin.dissect.FieldRegistry.standard().lookup("http.host").dissected();
        assertEquals(!dissected, host.description().endsWith("(not dissected)"), host.description());
    }

    @Test
    void aNamespaceThatIsNoFieldEndsWithADot() {
        // "dns.qry" is no field, only a prefix of dns.qry.name, dns.qry.type, ...
        Suggestion qry = get(at("dns.qr"), "dns.qry.");
        assertFalse(qry.complete());
        assertTrue(qry.description().matches("\\d+ below"), qry.description());
    }

    @Test
    void fieldsAfterLogicalOperatorsAndParentheses() {
        Completion c = at("tcp && (ud");
        assertEquals(8, c.wordStart());
        get(c, "udp");
        get(at("not dn"), "dns");
        get(at("!tc"), "tcp");
    }

    @Test
    void functionsAtTheStartOfATest() {
        Suggestion len = get(at("le"), "len(");
        assertFalse(len.complete());
        assertEquals("functions", len.group());
    }

    @Test
    void operatorsValidForTheFieldsType() {
        Completion port = at("tcp.port ");
        assertEquals(9, port.wordStart());
        for (String op : List.of("==", "!=", "===", "!==", "in", ">", ">=", "<", "<=", "&", "&&", "||")) {
            get(port, op);
        }
        assertTrue(find(port, "contains").isEmpty(), "integers cannot contain");
        assertTrue(find(port, "matches").isEmpty());
        Completion name = at("dns.qry.name ");
        get(name, "contains");
        get(name, "matches");
        get(name, "[");
        assertTrue(find(name, "&").isEmpty(), "strings have no bitwise and");
        Completion partial = at("dns.qry.name =");
        assertEquals(13, partial.wordStart(), "the operator typed so far is replaced");
        get(partial, "==");
    }

    @Test
    void valuesSeenInTheCaptureAfterAnOperator() {
        // tshark -Y dns -T fields -e dns.qry.name: www.example.test occurs 8 times, the most
        Completion c = at("dns.qry.name == ");
        Suggestion first = c.suggestions().get(0);
        assertEquals("\"www.example.test\"", first.value());
        assertEquals("8 times", first.description());
        assertTrue(first.group().startsWith("values of dns.qry.name in lab-web-mixed.pcap"), first.group());
        Completion contains = at("dns.qry.name contains \"exa");
        assertEquals(22, contains.wordStart(), "a quoted value is one word, from its quote");
        get(contains, "\"example.test\"");
        Completion port = at("udp.dstport == 5");
        Suggestion dns = get(port, "53");
        assertTrue(dns.description().endsWith("times"), dns.description());
        Completion type = at("dns.qry.type == ");
        Suggestion a = get(type, "1");
        assertEquals("A (Host Address) · 16 times", a.description());
    }

    @Test
    void valuesInsideASet() {
        get(at("tcp.dstport in {80, "), "443");
        get(at("tcp.dstport in {"), "80");
    }

    @Test
    void logicalOperatorsAfterACompleteTest() {
        Completion c = at("tcp.port == 80 ");
        get(c, "&&");
        get(c, "||");
        get(c, "and");
        get(at("tcp.port == 80 an"), "and");
    }

    @Test
    void commandsWithTheirUse() {
        Completion c = at(":st");
        Suggestion stats = get(c, ":stats");
        assertTrue(stats.description().startsWith(":stats conv|endpoints|protocols|dns|http|tls|expert|dests|credentials — top-N"),
                stats.description());
        get(at(":stats "), "protocols");
        get(at(":use "), "1");
        get(at(":help "), "why");
    }

    @Test
    void filesForOpenAndWrite() {
        Completion c = at(":open " + CAPTURES + "/lab-web-m");
        assertEquals(6, c.wordStart());
        Suggestion pcap = get(c, CAPTURES + "/lab-web-mixed.pcap");
        assertTrue(pcap.complete());
        assertEquals("67 kB", pcap.description());
        Suggestion dir = get(at(":write src/test/resources/corpus/"), "src/test/resources/corpus/captures/");
        assertFalse(dir.complete(), "a directory takes more typing");
    }

    @Test
    void streamNumbersForFollow() {
        get(at(":follow "), "tcp");
        Completion tcp = at(":follow tcp ");
        get(tcp, "0");
        get(tcp, "12");
    }

    @Test
    void filterArgumentsOfCommandsCompleteLikeFilters() {
        Completion c = at(":why tcp.po");
        assertEquals(5, c.wordStart());
        get(c, "tcp.port");
    }

    @Test
    void wordBoundsAreThoseOfTheCompletion() {
        String line = "ip.src==10.0.0.1 && tcp.po";
        int[] b = engine.wordBounds(line, line.length());
        assertEquals(20, b[0]);
        assertEquals(line.length(), b[1]);
        // the cursor inside a word: the whole word is replaced
        int[] mid = engine.wordBounds("tcp.port == 80", 2);
        assertEquals(0, mid[0]);
        assertEquals(8, mid[1]);
    }
}
