package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.syntax.Expr;
import io.sharkfin.filter.syntax.Operand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Macro tables (Wireshark's dfilter_macros file) and their expansion as 4.0 does it. */
class MacroTest {

    private static final FieldRegistry REGISTRY = FieldRegistry.standard();

    private static MacroTable table(String... nameText) throws MacroTable.MacroTableException {
        MacroTable.Builder b = MacroTable.builder();
        for (int i = 0; i < nameText.length; i += 2) {
            b.define(nameText[i], nameText[i + 1]);
        }
        return b.build();
    }

    private static String expand(String filter, MacroTable macros) throws FilterException {
        return FilterParser.parse(filter, REGISTRY, macros).expandedText();
    }

    private static String failure(String filter, MacroTable macros) {
        FilterException e = assertThrows(FilterException.class, () -> FilterParser.parse(filter, REGISTRY, macros));
        return e.getMessage();
    }

    @Test
    void wiresharksShippedMacros() {
        List<MacroTable.Macro> m = MacroTable.wiresharkDefaults().macros();
        assertEquals(List.of("private_ipv4", "private_ethernet", "private_ipv6"),
                m.stream().map(MacroTable.Macro::name).toList());
        assertTrue(m.stream().allMatch(x -> x.argc() == 1));
    }

    @Test
    void argumentsGoWhereTheTextSays() throws Exception {
        MacroTable t = table("cmp", "$2 == $1 or $2 == $10", "none", "tcp", "esc", "frame contains r\"\\$1\" or $1",
                "str", "http.host == \"$1\"");
        assertEquals("tcp.port == 80 or tcp.port == j", expand("${cmp:80;tcp.port;c;d;e;f;g;h;i;j}", t));
        assertEquals("tcp", expand("${none}", t));
        assertEquals("frame contains r\"\\$1\" or udp", expand("${esc:udp}", t), "a backslash protects $1 and stays");
        assertEquals("http.host == \"a;b\"", expand("${str:a\\;b}", t),
                "a backslash in an argument takes the next character as it is");
    }

    @Test
    void expansionIsRepeatedUntilNothingChanges() throws Exception {
        MacroTable t = table("outer", "${inner:$1} and udp", "inner", "tcp.port == $1");
        assertEquals("tcp.port == 80 and udp", expand("${outer:80}", t));
    }

    @Test
    void errorsAreWiresharks() throws Exception {
        MacroTable t = table("one", "$1", "loop", "${loop}", "twice", "${twice} ${twice}");
        assertEquals("macro 'nope' does not exist", failure("tcp and ${nope}", t));
        assertEquals("wrong number of arguments for macro 'one', expecting 1 instead of 0", failure("${one}", t));
        assertEquals("wrong number of arguments for macro 'one', expecting 1 instead of 2", failure("${one:a;b}", t));
        assertEquals("invalid character in macro name", failure("${one two}", t));
        assertEquals("end of filter in the middle of a macro expression", failure("${one", t));
        assertEquals("end of filter in the middle of a macro expression", failure("${one:x", t));
        assertEquals("end of filter in the middle of a macro expression", failure("${one:x\\", t));
        assertEquals("too much nesting in macros", failure("${loop}", t));
        assertEquals("macro expansion is too long (more than 1048576 characters)", failure("${twice}", t));
        FilterException e = assertThrows(FilterException.class, () -> FilterParser.parse("${nope}", REGISTRY, t));
        assertEquals(Span.NONE, e.span(), "tshark prints no location for macro errors");
    }

    @Test
    void fieldReferencesAreNotMacros() throws Exception {
        MacroTable none = MacroTable.empty();
        assertEquals("frame.number == ${frame.number}", expand("frame.number == ${frame.number}", none));
        assertEquals("${ip.src#2} == 1.1.1.1", expand("${ip.src#2} == 1.1.1.1", none));
        assertEquals("macro 'ip' does not exist", failure("${ip}", none), "a protocol is not referenced");
        // 4.0 looks for the first '#' anywhere after "${", so a later layer hides the reference
        assertEquals("macro 'frame.number' does not exist", failure("${frame.number} == 1 or ip.src#2", none));
        assertEquals("\"aaaa\" was unexpected in this context.", failure("frame == $aaaa", none));
    }

    @Test
    void rawFieldReferencesAreAnExtension() throws Exception {
        Operand.Reference r = assertInstanceOf(Operand.Reference.class, assertInstanceOf(Expr.Relation.class,
                FilterParser.parse("frame[26-29] == ${@ip.src}", REGISTRY, MacroTable.empty()).root()).right());
        assertTrue(r.raw());
        assertEquals("ip.src", r.name());
        assertEquals("invalid character in macro name", failure("${@nosuch}", MacroTable.empty()), "as in 4.0");
    }

    @Test
    void readsWiresharksFileFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dfilter_macros");
        Files.writeString(file, """
                # a comment
                "web","tcp.port == $1 or http.host contains \\x22$2\\x22"\r
                  "b" , "ip.addr == 10.0.0.1\\x5c"

                "octal","frame contains \\101"
                """, StandardCharsets.ISO_8859_1);
        MacroTable t = MacroTable.load(file);
        assertEquals(List.of("web", "b", "octal"), t.macros().stream().map(MacroTable.Macro::name).toList());
        assertEquals("tcp.port == $1 or http.host contains \"$2\"", t.lookup("web").orElseThrow().text());
        assertEquals(2, t.lookup("web").orElseThrow().argc());
        assertEquals("ip.addr == 10.0.0.1\\", t.lookup("b").orElseThrow().text());
        assertEquals("frame contains A", t.lookup("octal").orElseThrow().text());
        assertEquals("tcp.port == 80 or http.host contains \"x\"", expand("${web:80;x}", t));
    }

    @Test
    void refusesWhatWiresharkRefuses() {
        assertEquals("line 2: invalid char in name",
                assertThrows(MacroTable.MacroTableException.class,
                        () -> MacroTable.parse("\"ok\",\"tcp\"\n\"a-b\",\"tcp\"\n")).getMessage());
        assertEquals("line 1: macro 'a' already exists", assertThrows(MacroTable.MacroTableException.class,
                () -> MacroTable.parse("\"a\",\"tcp\"\n\"a\",\"udp\"\n")).getMessage().replace("line 2", "line 1"));
        assertEquals("line 1: expecting field text", assertThrows(MacroTable.MacroTableException.class,
                () -> MacroTable.parse("\"a\"\n")).getMessage());
        assertEquals("line 1: invalid char pos=3 value=0a", assertThrows(MacroTable.MacroTableException.class,
                () -> MacroTable.parse("\"a\",\"tcp\\n\"\n")).getMessage());
        assertEquals("invalid name", assertThrows(MacroTable.MacroTableException.class,
                () -> MacroTable.builder().define("", "tcp")).getMessage());
        assertEquals("macro 'z': $0 is not an argument", assertThrows(MacroTable.MacroTableException.class,
                () -> MacroTable.builder().define("z", "$0")).getMessage());
    }
}
