package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the text, the parser answers with a tree or a {@link FilterException} whose location
 * lies inside the text, never with another exception, and quickly.
 */
class ParserPropertiesTest {

    private static final FieldRegistry REGISTRY = FieldRegistry.standard();
    private static final MacroTable MACROS = macros();

    /** Filters of every kind the grammar has, to mutate. */
    private static final List<String> SEEDS = List.of(
            "tcp.port == 80 and not udp", "ip.src == 10.0.0.0/8 || ip.dst in {1.2.3.4, 5.6.7.8..9.9.9.9}",
            "frame[0:2,4-5][1] contains 00:e0", "any ip.addr > 5.0.0.0", "all tcp.port not in {80, -1 .. 100}",
            "http.host matches r\"a\\.b\" && http.request.method == \"\\x48EAD\"", "ip.proto == '\\x06'",
            "tcp.dstport == {40 + 40} * 2 - -tcp.srcport % 3 & 0xff", "len(http.host) < count(ip.addr) <= 4",
            "ip.src#[1,-1] == ${ip.dst#2}", "${private_ipv4:ip.src} and ${loop}", "${twice}", ".fc or :00e0 or @tcp.port",
            "eth.src == 00:09:6b:88:f5:c9 and ipv6.addr == fe80::1/64", "frame.time >= \"2002-12-31 13:55:31\"",
            "bootp ~= 1", "(((tcp)))", "string(ip.src)[1:2] == \"0.\"");

    private static MacroTable macros() {
        try {
            MacroTable.Builder b = MacroTable.builder();
            for (MacroTable.Macro m : MacroTable.wiresharkDefaults().macros()) {
                b.define(m.name(), m.text());
            }
            return b.define("loop", "${loop}").define("twice", "${twice} or ${twice}").build();
        } catch (MacroTable.MacroTableException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 1500)
    void anyTextParsesOrFailsCleanly(@ForAll @StringLength(max = 120) String text) {
        parsesOrFailsCleanly(text);
    }

    @Property(tries = 1500)
    void filterLikeTextParsesOrFailsCleanly(@ForAll("filterLike") String text) {
        parsesOrFailsCleanly(text);
    }

    @Property(tries = 1500)
    void mutatedFiltersParseOrFailCleanly(@ForAll("mutated") String text) {
        parsesOrFailsCleanly(text);
    }

    @Provide
    Arbitrary<String> filterLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(" ", "  ", "\t", "\n", "\r", "(", ")", "{", "}", "[", "]", ",", "..", "$", "${", "#",
                        "@", "\"", "'", "\\", "r\"", ":", ".", "-", "+", "*", "/", "%", "&", "|", "!", "~", "=",
                        "==", "!=", "===", "~=", "<", ">=", "and", "or", "not", "in", "any", "all", "contains",
                        "matches", "\\x", "\\u00", "\\777", "é", "\u0000", "\uD83D\uDE00"),
                Arbitraries.of("tcp", "ip.src", "frame", "foo", "len", "max", "80", "0x50", "1.2.3.4", "::1",
                        "00:e0", "1-0", "0:0", "a", "private_ipv4", "loop", "twice", "99999999999"),
                Arbitraries.strings().ofMaxLength(4));
        return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 200);
        Arbitrary<String> insert = Arbitraries.strings().withChars("()[]{}\"'\\#$@,.:-!=<>&| \tab01").ofMaxLength(3);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 5);
        return Combinators.combine(seed, position, insert, cut).as((s, at, ins, del) -> {
            int i = Math.min(at, s.length());
            int j = Math.min(s.length(), i + del);
            return s.substring(0, i) + ins + s.substring(j);
        });
    }

    private static void parsesOrFailsCleanly(String text) {
        long start = System.nanoTime();
        try {
            ParsedFilter p = FilterParser.parse(text, REGISTRY, MACROS);
            assertNotNull(p.expandedText());
        } catch (FilterException e) {
            assertNotNull(e.getMessage());
            Span span = e.span();
            if (span.isKnown()) {
                assertTrue(span.end() <= e.text().length(), () -> span + " outside " + e.text().length());
            }
            assertNotNull(e.render());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1_000, () -> "took " + ms + " ms: " + text);
    }
}
