package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.foreign.MemorySegment;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link FieldFormat} on values whose tshark text is known (from tshark 4.0.17 itself, or from
 * the C library functions it calls: {@code inet_ntop}, {@code printf("%g")}).
 */
class FieldFormatTest {

    private static final FieldSpec U8_HEX = FieldSpec.of("t.u8hex", "u8", FieldType.UINT8).base("BASE_HEX");
    private static final FieldSpec U16_HEX = FieldSpec.of("t.u16hex", "u16", FieldType.UINT16).base("BASE_HEX");
    private static final FieldSpec U24_HEX = FieldSpec.of("t.u24hex", "u24", FieldType.UINT24).base("BASE_HEX");
    private static final FieldSpec U32_HEX = FieldSpec.of("t.u32hex", "u32", FieldType.UINT32).base("BASE_HEX");
    private static final FieldSpec U16_HEX_DEC =
            FieldSpec.of("t.u16hexdec", "u16", FieldType.UINT16).base("BASE_HEX_DEC");
    private static final FieldSpec U16_DEC_HEX =
            FieldSpec.of("t.u16dechex", "u16", FieldType.UINT16).base("BASE_DEC_HEX");
    private static final FieldSpec U32_DEC = FieldSpec.of("t.u32dec", "u32", FieldType.UINT32).base("BASE_DEC");
    private static final FieldSpec U64_HEX = FieldSpec.of("t.u64hex", "u64", FieldType.UINT64).base("BASE_HEX");
    private static final FieldSpec I32 = FieldSpec.of("t.i32", "i32", FieldType.INT32).base("BASE_HEX");
    private static final FieldSpec BOOL = FieldSpec.of("t.bool", "bool", FieldType.BOOLEAN).base("8").mask(0x40);
    private static final FieldSpec CHAR = FieldSpec.of("t.char", "char", FieldType.CHAR).base("BASE_HEX");
    private static final FieldSpec ABS = FieldSpec.of("t.abs", "abs", FieldType.ABSOLUTE_TIME);
    private static final FieldSpec REL = FieldSpec.of("t.rel", "rel", FieldType.RELATIVE_TIME);
    private static final FieldSpec DBL = FieldSpec.of("t.dbl", "dbl", FieldType.DOUBLE);
    private static final FieldSpec V4 = FieldSpec.of("t.v4", "v4", FieldType.IPv4);
    private static final FieldSpec V6 = FieldSpec.of("t.v6", "v6", FieldType.IPv6);
    private static final FieldSpec MAC = FieldSpec.of("t.mac", "mac", FieldType.ETHER);
    private static final FieldSpec BYTES = FieldSpec.of("t.bytes", "bytes", FieldType.BYTES);
    private static final FieldSpec BYTES_COLON = FieldSpec.of("t.bytesc", "bytes", FieldType.BYTES).base("SEP_COLON");
    private static final FieldSpec STR = FieldSpec.of("t.str", "str", FieldType.STRING);
    private static final FieldSpec NONE = FieldSpec.of("t.none", "none", FieldType.NONE);
    private static final FieldSpec PROTO = FieldSpec.protocol("t", "Test");

    private static final FieldRegistry REGISTRY = FieldRegistry.builder(null).add(U8_HEX, U16_HEX,
            U24_HEX, U32_HEX, U16_HEX_DEC, U16_DEC_HEX, U32_DEC, U64_HEX, I32, BOOL, CHAR, ABS, REL,
            DBL, V4, V6, MAC, BYTES, BYTES_COLON, STR, NONE, PROTO).build();

    private static final byte[] DATA = {
        0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,   // 2001:db8::1
        0x00, 0x1b, (byte) 0xd4, 0x1b, (byte) 0xa4, (byte) 0xd8,             // a MAC address
        'a', 0, 'b'                                                         // a string with NUL
    };

    private static Packet packet() {
        Packet p = new Packet(REGISTRY, null);
        p.wantAll(true);
        p.reset(Frame.of(1, 0, 1, DATA));
        return p;
    }

    private static String fmt(FieldSpec f, long v) {
        Packet p = packet();
        return FieldFormat.format(p, p.addUInt(f, 0, 0, 0, v));
    }

    @Test
    void integersInHexArePaddedToTheirWidth() {
        assertEquals("0x18", fmt(U8_HEX, 0x18));
        assertEquals("0x0018", fmt(U16_HEX, 0x18));
        assertEquals("0x001bd4", fmt(U24_HEX, 0x1bd4));
        assertEquals("0x00000000", fmt(U32_HEX, 0));
        assertEquals("0x000f", fmt(U16_HEX_DEC, 15));
        assertEquals("15", fmt(U16_DEC_HEX, 15));
        assertEquals("4294967295", fmt(U32_DEC, 0xffffffffL));
        assertEquals("0x00000000000000ff", fmt(U64_HEX, 255));
    }

    @Test
    void signedIntegersAreDecimalWhateverTheBase() {
        Packet p = packet();
        assertEquals("-5", FieldFormat.format(p, p.addInt(I32, 0, 0, 0, -5)));
    }

    @Test
    void booleansAreOneOrZero() {
        Packet p = packet();
        assertEquals("1", FieldFormat.format(p, p.addBoolean(BOOL, 0, 0, 1, true)));
        assertEquals("0", FieldFormat.format(p, p.addBoolean(BOOL, 0, 0, 1, false)));
    }

    @Test
    void charactersAreQuotedAndEscaped() {
        assertEquals("'A'", fmt(CHAR, 'A'));
        assertEquals("'\\''", fmt(CHAR, '\''));
        assertEquals("'\\n'", fmt(CHAR, '\n'));
        assertEquals("'\\x7f'", fmt(CHAR, 0x7f));
    }

    @Test
    void absoluteTimesAsTsharkShowsThem() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Packet p = packet();
            int e = p.addTime(ABS, 0, 0, 0, 1277840495_135052000L);
            assertEquals("Jun 29, 2010 19:41:35.135052000 UTC", FieldFormat.format(p, e));
            e = p.addTime(ABS, 0, 0, 0, 1_000_000_000_000_000_000L + 5);
            assertEquals("Sep  9, 2001 01:46:40.000000005 UTC", FieldFormat.format(p, e));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void relativeTimesHaveNineDecimals() {
        Packet p = packet();
        assertEquals("0.000858000", FieldFormat.format(p, p.addTime(REL, 0, 0, 0, 858_000)));
        assertEquals("12.000000001", FieldFormat.format(p, p.addTime(REL, 0, 0, 0, 12_000_000_001L)));
        assertEquals("-0.500000000", FieldFormat.format(p, p.addTime(REL, 0, 0, 0, -500_000_000)));
        assertEquals("-2.250000000", FieldFormat.format(p, p.addTime(REL, 0, 0, 0, -2_250_000_000L)));
    }

    @ParameterizedTest
    @CsvSource({"0.858, 0.858", "1e-05, 1e-05", "1.2345678901234568e17, 1.23456789012346e+17",
        "0.3333333333333333, 0.333333333333333", "100.0, 100", "1e15, 1e+15", "-2.5e-7, -2.5e-07",
        "0.000123, 0.000123"})
    void doublesAsPrintfG(double v, String text) {
        Packet p = packet();
        assertEquals(text, FieldFormat.format(p, p.addDouble(DBL, 0, 0, 0, v)));
    }

    @Test
    void addresses() {
        Packet p = packet();
        assertEquals("10.118.10.1", FieldFormat.format(p, p.addUInt(V4, 0, 0, 4, 0x0a760a01L)));
        assertEquals("2001:db8::1", FieldFormat.format(p, p.addBytes(V6, 0, 0, 16)));
        assertEquals("00:1b:d4:1b:a4:d8", FieldFormat.format(p, p.addBytes(MAC, 0, 16, 6)));
    }

    @ParameterizedTest
    @CsvSource({"0000000000000000000000000000000, ::", "0000000000000000000000000000001, ::1",
        "00000000000000000000ffff01020304, ::ffff:1.2.3.4", "00000000000000000000000001020304, ::1.2.3.4",
        "00010000000000020000000000000003, 1:0:0:2::3", "00010000000000000002000000000003, 1::2:0:0:3",
        "fe800000000000000001000000000000, fe80::1:0:0:0", "00000000000000010000000000000000, 0:0:0:1::",
        "00010000000200000003000000040000, 1:0:2:0:3:0:4:0", "0000000000000000ffff000001020304, ::ffff:0:102:304",
        "00000000000000000000000000000001, ::1"})
    void ipv6AsInetNtop(String hex, String text) {
        String h = hex.length() < 32 ? "0" + hex : hex;
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        StringBuilder sb = new StringBuilder();
        FieldFormat.appendIPv6(MemorySegment.ofArray(b), 0, sb);
        assertEquals(text, sb.toString());
    }

    @Test
    void bytesAsHexWithTheirSeparator() {
        Packet p = packet();
        assertEquals("001bd41ba4d8", FieldFormat.format(p, p.addBytes(BYTES, 0, 16, 6)));
        assertEquals("00:1b:d4", FieldFormat.format(p, p.addBytes(BYTES_COLON, 0, 16, 3)));
        assertEquals("<MISSING>", FieldFormat.format(p, p.addBytes(BYTES, 0, 16, 0)));
    }

    @Test
    void stringsShowNulEscaped() {
        Packet p = packet();
        assertEquals("a\\0b", FieldFormat.format(p, p.addString(STR, 0, 22, 3, true)));
    }

    @Test
    void labelsOnlyAndProtocolsWithoutText() {
        Packet p = packet();
        assertEquals("1", FieldFormat.format(p, p.addNone(NONE, 0, 0, 0)));
        assertEquals("t", FieldFormat.format(p, p.addNone(PROTO, 0, 0, 0)));
        int e = p.addNone(PROTO, 0, 0, 0);
        p.setLabel(e, "Test, with text");
        assertEquals("Test, with text", FieldFormat.format(p, e));
    }

    @Test
    void cellJoinsOccurrencesWithCommas() {
        Packet p = packet();
        p.addUInt(U32_DEC, 0, 0, 0, 118);
        p.addUInt(U32_DEC, 0, 0, 0, 10);
        assertEquals("118,10", FieldFormat.cell(p, U32_DEC.id()));
        assertEquals("", FieldFormat.cell(p, U16_HEX.id()));
    }
}
