package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.syntax.Expr;
import io.sharkfin.filter.syntax.LayerRange;
import io.sharkfin.filter.syntax.Operand;
import io.sharkfin.filter.syntax.RelOp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the nodes carry beyond their shape: decoded values, names, ranges, quantifiers and the
 * locations Wireshark gives each node (tokens: their own text; strings and character constants:
 * from the opening to the closing quote; relations: the operator; slices: none).
 */
class ParsedTreeTest {

    private static final FieldRegistry REGISTRY = FieldRegistry.standard();

    private static ParsedFilter parse(String text) throws FilterException {
        return FilterParser.parse(text, REGISTRY, MacroTable.wiresharkDefaults());
    }

    private static Expr root(String text) throws FilterException {
        return parse(text).root();
    }

    private static Operand right(String text) throws FilterException {
        return assertInstanceOf(Expr.Relation.class, root(text)).right();
    }

    @Test
    void emptyAndBlankFiltersHaveNoTree() throws FilterException {
        assertNull(root(""));
        assertTrue(parse(" \t\n ").isEmpty());
    }

    @Test
    void relationsCarryOperatorQuantifierAndLocation() throws FilterException {
        Expr.Relation r = assertInstanceOf(Expr.Relation.class, root("any ip.addr ge 10.0.0.1"));
        assertEquals(RelOp.GE, r.op());
        assertEquals(Expr.Quantifier.ANY, r.quantifier());
        assertEquals(Span.of(12, 2), r.span());
        Operand.Field f = assertInstanceOf(Operand.Field.class, r.left());
        assertEquals("ip.addr", f.name());
        assertEquals(Span.of(4, 7), f.span());
        assertEquals(new Operand.Literal("10.0.0.1", false, Span.of(15, 8)), r.right());
    }

    @Test
    void everyComparisonSpelling() throws FilterException {
        String[][] spellings = {{"==", "ANY_EQ"}, {"eq", "ANY_EQ"}, {"any_eq", "ANY_EQ"}, {"!=", "ALL_NE"},
            {"ne", "ALL_NE"}, {"all_ne", "ALL_NE"}, {"===", "ALL_EQ"}, {"all_eq", "ALL_EQ"}, {"!==", "ANY_NE"},
            {"any_ne", "ANY_NE"}, {"~=", "ANY_NE"}, {">", "GT"}, {"gt", "GT"}, {">=", "GE"}, {"ge", "GE"},
            {"<", "LT"}, {"lt", "LT"}, {"<=", "LE"}, {"le", "LE"}, {"contains", "CONTAINS"},
            {"matches", "MATCHES"}, {"~", "MATCHES"}};
        for (String[] s : spellings) {
            Expr.Relation r = assertInstanceOf(Expr.Relation.class, root("tcp.port " + s[0] + " 1"));
            assertEquals(RelOp.valueOf(s[1]), r.op(), s[0]);
        }
    }

    @Test
    void tildeEqualsIsDeprecated() throws FilterException {
        assertEquals(List.of("The operator \"~=\" is deprecated, use \"!==\" instead.", "bootp"),
                parse("bootp ~= 1").deprecatedTokens());
        assertEquals(List.of("bootp", "The operator \"~=\" is deprecated, use \"!==\" instead."),
                parse(".bootp ~= 1").deprecatedTokens());
    }

    @Test
    void aliasesResolveToTheNewNameAndKeepTheToken() throws FilterException {
        Operand.Field f = assertInstanceOf(Operand.Field.class,
                assertInstanceOf(Expr.Test.class, root("ssl.record")).operand());
        assertEquals("tls.record", f.name());
        assertEquals("ssl.record", f.token());
        assertTrue(f.deprecatedAlias());
        assertEquals(List.of("ssl.record"), parse("ssl.record or ssl.record").deprecatedTokens());
    }

    @Test
    void logicalOperatorsAreLocatedAtTheirToken() throws FilterException {
        Expr.Or or = assertInstanceOf(Expr.Or.class, root("tcp or !udp && dns"));
        assertEquals(Span.of(4, 2), or.span());
        Expr.And and = assertInstanceOf(Expr.And.class, or.right());
        assertEquals(Span.of(12, 2), and.span());
        assertEquals(Span.of(7, 1), assertInstanceOf(Expr.Not.class, and.left()).span());
    }

    @Test
    void chainsDuplicateTheMiddleOperandAndDropAnyAll() throws FilterException {
        Expr.And chain = assertInstanceOf(Expr.And.class, root("all tcp.srcport < tcp.dstport <= udp.port"));
        assertFalse(chain.span().isKnown());
        Expr.Relation first = assertInstanceOf(Expr.Relation.class, chain.left());
        Expr.Relation second = assertInstanceOf(Expr.Relation.class, chain.right());
        assertSame(first.right(), second.left());
        assertEquals(Expr.Quantifier.DEFAULT, first.quantifier());
        assertEquals(Expr.Quantifier.DEFAULT, second.quantifier());
    }

    @Test
    void notInIsNotOfIn() throws FilterException {
        Expr.Not not = assertInstanceOf(Expr.Not.class, root("any tcp.port not in {80, 1 .. 5, -3, +4}"));
        assertEquals(Span.of(13, 3), not.span());
        Expr.In in = assertInstanceOf(Expr.In.class, not.operand());
        assertEquals(Span.of(17, 2), in.span());
        assertEquals(Expr.Quantifier.DEFAULT, in.quantifier(), "4.0 puts any/all on the not");
        assertEquals(4, in.elements().size());
        assertNull(in.elements().get(0).high());
        assertEquals("5", ((Operand.Literal) in.elements().get(1).high()).text());
        Operand.Arith minus = assertInstanceOf(Operand.Arith.class, in.elements().get(2).low());
        assertEquals(Operand.ArithOp.UNARY_MINUS, minus.op());
        assertEquals(Span.of(33, 1), minus.span());
        assertEquals("4", ((Operand.Literal) in.elements().get(3).low()).text(), "unary plus vanishes");
        assertEquals(Expr.Quantifier.ALL, assertInstanceOf(Expr.In.class, root("all tcp.port in {1}")).quantifier());
    }

    @Test
    void arithmeticIsLocatedAtItsOperator() throws FilterException {
        Operand.Arith and = assertInstanceOf(Operand.Arith.class,
                assertInstanceOf(Expr.Test.class, root("tcp.flags bitwise_and {1 + -2} * 3")).operand());
        assertEquals(Operand.ArithOp.BITWISE_AND, and.op());
        assertEquals(Span.of(10, 11), and.span());
        Operand.Arith times = assertInstanceOf(Operand.Arith.class, and.right());
        assertEquals(Operand.ArithOp.MULTIPLY, times.op());
        Operand.Arith plus = assertInstanceOf(Operand.Arith.class, times.left());
        assertEquals(Operand.ArithOp.UNARY_MINUS, assertInstanceOf(Operand.Arith.class, plus.right()).op());
        assertNull(((Operand.Arith) plus.right()).right());
    }

    @Test
    void slicesKeepTheirRangesAndHaveNoLocation() throws FilterException {
        Operand.Slice outer = assertInstanceOf(Operand.Slice.class, right("ip.src == frame[1:2, 3-4, 5:,:6, 7][-1]"));
        assertFalse(outer.span().isKnown());
        assertEquals(List.of(LayerRange.single(-1)), outer.ranges());
        Operand.Slice inner = assertInstanceOf(Operand.Slice.class, outer.entity());
        assertEquals(List.of(new LayerRange(LayerRange.Kind.LENGTH, 1, 2), new LayerRange(LayerRange.Kind.OFFSET, 3, 4),
                new LayerRange(LayerRange.Kind.TO_THE_END, 5, 0), new LayerRange(LayerRange.Kind.LENGTH, 0, 6),
                LayerRange.single(7)), inner.ranges());
        assertEquals(List.of(new LayerRange(LayerRange.Kind.LENGTH, 16, 2)),
                ((Operand.Slice) right("ip.src == frame[ 0x10 : 02 ]")).ranges(), "strtol numbers: hex, octal");
    }

    @Test
    void layersOfFieldsAndReferences() throws FilterException {
        Expr.Relation r = assertInstanceOf(Expr.Relation.class, root("ip.src#2 == ${ip.dst#[1,-1]}"));
        Operand.Field f = assertInstanceOf(Operand.Field.class, r.left());
        assertEquals(List.of(LayerRange.single(2)), f.layers());
        assertEquals(Span.of(0, 6), f.span(), "the name, not its layer");
        Operand.Reference ref = assertInstanceOf(Operand.Reference.class, r.right());
        assertEquals("ip.dst", ref.name());
        assertEquals(List.of(LayerRange.single(1), LayerRange.single(-1)), ref.layers());
        assertEquals(Span.of(14, 6), ref.span());
    }

    @Test
    void wordsAreFieldsWhenRegisteredAndLiteralsOtherwise() throws FilterException {
        assertInstanceOf(Operand.Field.class, right("frame contains fc"), "Fibre Channel");
        Operand.Field dotted = assertInstanceOf(Operand.Field.class, right("frame contains .fc"));
        assertEquals(Span.of(15, 3), dotted.span());
        assertEquals(new Operand.Literal(":fc", true, Span.of(15, 3)), right("frame contains :fc"));
        assertEquals(new Operand.Literal("68-1", false, Span.of(15, 4)), right("udp.dstport == 68-1"));
        assertEquals(new Operand.Literal("ab:cd:ef", false, Span.of(15, 8)), right("frame contains ab:cd:ef"));
    }

    @Test
    void stringsAreDecodedToBytes() throws FilterException {
        Operand.Str s = assertInstanceOf(Operand.Str.class,
                right("http.host == \"\\x48\\105\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\u00e9\\U0001F600é\""));
        byte[] expected = ("HE\u0007\b\f\n\r\t\u000b\\'\"\u00e9\uD83D\uDE00\u00e9").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, s.value());
        assertFalse(s.raw());
        assertEquals(Span.of(13, 47), s.span());
        assertEquals("\"HE\\a\\b\\f\\n\\r\\t\\v\\\\'\\\"\u00e9\uD83D\uDE00\u00e9\"", s.token(), "Wireshark's token text");
        Operand.Str raw = assertInstanceOf(Operand.Str.class, right("http.host matches r\"a\\.\\\"b\""));
        assertArrayEquals("a\\.\\\"b".getBytes(StandardCharsets.UTF_8), raw.value());
        assertTrue(raw.raw());
        assertEquals(Span.of(18, 9), raw.span(), "the r belongs to the string");
        Operand.Str withNul = assertInstanceOf(Operand.Str.class, right("frame contains \"a\\0b\\xff\""));
        assertArrayEquals(new byte[] {'a', 0, 'b', (byte) 0xff}, withNul.value());
    }

    @Test
    void characterConstantsHaveTheirValue() throws FilterException {
        String[][] cases = {{"'A'", "65"}, {"'\\x41'", "65"}, {"'\\x4'", "4"}, {"'\\101'", "65"}, {"'\\0'", "0"},
            {"'\\t'", "9"}, {"'\\''", "39"}, {"'\\\\'", "92"}, {"'\\\"'", "34"}, {"'\\u00e9'", "233"},
            {"'\\u00e9ab'", "59819"}, {"' '", "32"}};
        for (String[] c : cases) {
            Operand.CharConst k = assertInstanceOf(Operand.CharConst.class, right("ip.proto == " + c[0]));
            assertEquals(Long.parseLong(c[1]), k.value(), c[0]);
            assertEquals(c[0], k.token());
            assertEquals(Span.of(12, c[0].length()), k.span());
        }
    }

    @Test
    void functionCallsKeepTheirArguments() throws FilterException {
        Operand.Call max = assertInstanceOf(Operand.Call.class, assertInstanceOf(Expr.Relation.class,
                root("max(tcp.srcport, {udp.srcport + 1}, 3) == 3267")).left());
        assertEquals("max", max.name());
        assertEquals(3, max.args().size());
        assertEquals(Span.of(0, 3), max.span());
        assertEquals(List.of(), assertInstanceOf(Operand.Call.class,
                assertInstanceOf(Expr.Relation.class, root("len() == 1")).left()).args());
    }

    @Test
    void locationsCountCharactersOfTheExpandedText() throws FilterException {
        FilterException e = assertThrows(FilterException.class, () -> parse("http.host == \"é\" foo"));
        assertEquals(Span.of(17, 3), e.span(), "é is one character (two bytes for Wireshark)");
        ParsedFilter p = parse("${private_ethernet:eth.src}");
        assertEquals("eth.src[0] & 0x0F == 2", p.expandedText());
        FilterException late = assertThrows(FilterException.class, () -> parse("${private_ethernet:eth.src} )"));
        assertEquals("eth.src[0] & 0x0F == 2 )", late.text());
        assertEquals(Span.of(23, 1), late.span());
    }

    @Test
    void aBackslashFlexEchoesShiftsLaterLocations() throws FilterException {
        // flex drops a backslash before a line feed inside quotes and does not count it
        Operand.Str s = assertInstanceOf(Operand.Str.class, right("http.host == \"a\\\nb\""));
        assertArrayEquals("a\nb".getBytes(StandardCharsets.UTF_8), s.value());
        assertEquals(Span.of(13, 5), s.span());
        FilterException e = assertThrows(FilterException.class, () -> parse("http.host == \"a\\\nb\" foo"));
        assertEquals(Span.of(19, 3), e.span());
    }
}
