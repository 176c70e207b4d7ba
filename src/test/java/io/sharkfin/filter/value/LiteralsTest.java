package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The conversion API beyond the recorded cases: value-name lookups on their own, local time in
 * other zones (checked with the oracle under {@code TZ=America/New_York} and
 * {@code TZ=Asia/Kolkata}), and which message wins when a literal fails twice.
 */
class LiteralsTest {

    private static final TimeZone ORIGINAL = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(ORIGINAL);
    }

    private static FieldDef field(String name) {
        return FieldRegistry.standard().lookup(name);
    }

    private static String error(ThrowingConversion c) {
        return assertThrows(ValueException.class, c::run).getMessage();
    }

    private interface ThrowingConversion {
        void run() throws ValueException;
    }

    @Test
    void valueNames() throws ValueException {
        assertEquals("6 <FT_UINT32>", Literals.fromValueName(field("ip.proto"), "tcp").toString());
        assertEquals("1 <FT_UINT64>", Literals.fromValueName(field("tcp.flags.push"), "SET").toString());
        assertEquals("0 <FT_UINT64>", Literals.fromValueName(field("tcp.flags.push"), "not set").toString());
        assertEquals("\"tRuE\" cannot be found among the possible values for tcp.flags.push.",
                error(() -> Literals.fromValueName(field("tcp.flags.push"), "tRuE")));
        assertEquals("\"ieee1722.subtype\" cannot accept [range] strings as values.",
                error(() -> Literals.fromValueName(field("ieee1722.subtype"), "MMA Streams")));
        assertEquals("\"alljoyn.message.typeid\" cannot accept [custom] strings as values.",
                error(() -> Literals.fromValueName(field("alljoyn.message.typeid"), "x")));
        assertEquals("tcp.port cannot accept strings as values.",
                error(() -> Literals.fromValueName(field("tcp.port"), "http")));
        assertEquals("ip.src cannot accept strings as values.",
                error(() -> Literals.fromValueName(field("ip.src"), "x")));
    }

    @Test
    void whichMessageWins() {
        // the parser's message stays when the field has no names
        assertEquals("\"abc\" is not a valid number.",
                error(() -> Literals.literalForField(field("tcp.port"), "abc", false)));
        // the names' message replaces it when the field has names
        assertEquals("\"abc\" cannot be found among the possible values for ip.proto.",
                error(() -> Literals.literalForField(field("ip.proto"), "abc", false)));
        // booleans always report their true/false strings
        assertEquals("\"09\" cannot be found among the possible values for tcp.flags.push.",
                error(() -> Literals.literalForField(field("tcp.flags.push"), "09", false)));
        // types that never take names keep the parser's message
        assertEquals("IPv4 address cannot be converted from a string (\"TCP\").",
                error(() -> Literals.stringForField(field("ip.src"), bytes("TCP"))));
        // a name is only the string up to a NUL
        assertEquals("\"a\" cannot be found among the possible values for ip.proto.",
                error(() -> Literals.stringForField(field("ip.proto"), new byte[] {'a', 0, 'b'})));
    }

    @Test
    void partialAddressesOnlyForContains() throws ValueException {
        assertEquals("\"00:09\" contains too few bytes to be a valid Ethernet address.",
                error(() -> Literals.fromLiteral(FieldType.ETHER, "00:09", false)));
        assertEquals("00:09 <FT_ETHER>", Literals.fromLiteral(FieldType.ETHER, "00:09", true).toString());
    }

    @Test
    void localTimeFollowsTheDefaultZone() throws ValueException {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        assertEquals("\"2002-12-31 13:55:31-0500\" <FT_ABSOLUTE_TIME>",
                Literals.fromString(FieldType.ABSOLUTE_TIME, bytes("2002-12-31 13:55:31")).toString());
        assertEquals("\"2002-07-01 13:55:31.500000000-0400\" <FT_ABSOLUTE_TIME>",
                Literals.fromString(FieldType.ABSOLUTE_TIME, bytes("2002-07-01 13:55:31.5")).toString());
        assertEquals("\"2002-07-01 09:55:31-0400\" <FT_ABSOLUTE_TIME>",
                Literals.fromString(FieldType.ABSOLUTE_TIME, bytes("2002-07-01T13:55:31Z")).toString());
        FValue.Time t = (FValue.Time) Literals.fromString(FieldType.ABSOLUTE_TIME, bytes("2002-12-31 13:55:31"));
        assertEquals(1041360931L, t.seconds());
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
        assertEquals("\"2002-12-31 19:25:31+0530\" <FT_ABSOLUTE_TIME>",
                Literals.fromString(FieldType.ABSOLUTE_TIME, bytes("Dec 31, 2002 13:55:31 UTC")).toString());
    }

    @Test
    void unsupportedConversionsSayWhy() {
        assertEquals("\"1\" cannot be converted to Label.",
                error(() -> Literals.fromLiteral(FieldType.NONE, "1", false)));
        assertEquals("", error(() -> Literals.fromLiteral(FieldType.IEEE_11073_FLOAT, "x", false)));
        assertEquals("256 is too large for a byte value",
                error(() -> Literals.fromCharConst(FieldType.BYTES, 256)));
        assertEquals("Character constant 0x80 cannot be converted to IPv4 address.",
                error(() -> Literals.fromCharConst(FieldType.IPv4, 0x80)));
    }

    @Test
    void stringsKeepEveryByte() throws ValueException {
        FValue v = Literals.fromString(FieldType.STRING, new byte[] {'a', 0, '"', '\\', (byte) 0xc3, (byte) 0xa9});
        assertEquals("\"a\\0\\\"\\\\\u00e9\" <FT_STRING>", v.toString());
        assertEquals("(null) <FT_PROTOCOL>", Literals.fromString(FieldType.PROTOCOL, new byte[0]).toString());
        assertEquals("\"\" <FT_BYTES>", Literals.fromString(FieldType.BYTES, new byte[0]).toString());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
