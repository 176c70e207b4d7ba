package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.syntax.Operand.ArithOp;
import io.sharkfin.filter.syntax.RelOp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Value operations whose outcome 4.0 only shows in its sources (messages, edge cases). */
class ValueOpsTest {

    private static FValue u(FieldType t, long v) {
        return new FValue.Unsigned(t, v);
    }

    private static FValue s(FieldType t, long v) {
        return new FValue.Signed(t, v);
    }

    private static String error(ThrowingOp op) {
        return assertThrows(ValueException.class, op::run).getMessage();
    }

    private interface ThrowingOp {
        void run() throws ValueException;
    }

    @Test
    void unsignedArithmeticChecksThirtyTwoBits() throws ValueException {
        assertEquals(u(FieldType.UINT8, 256), ValueOps.add(u(FieldType.UINT8, 255), u(FieldType.UINT8, 1)));
        assertEquals("uint_add: overflow",
                error(() -> ValueOps.add(u(FieldType.UINT32, 0xffffffffL), u(FieldType.UINT32, 1))));
        assertEquals("uint_multiply: overflow",
                error(() -> ValueOps.multiply(u(FieldType.UINT32, 65536), u(FieldType.UINT32, 65536))));
        assertEquals("uint_divide: division by zero",
                error(() -> ValueOps.divide(u(FieldType.UINT16, 1), u(FieldType.UINT16, 0))));
        assertEquals("uint_modulo: division by zero",
                error(() -> ValueOps.modulo(u(FieldType.FRAMENUM, 1), u(FieldType.FRAMENUM, 0))));
        assertEquals(u(FieldType.UINT32, 2), ValueOps.divide(u(FieldType.UINT32, 5), u(FieldType.UINT32, 2)));
    }

    @Test
    void unsignedSubtractionBelowZeroIsSigned() throws ValueException {
        assertEquals(s(FieldType.INT32, -2), ValueOps.subtract(u(FieldType.UINT16, 3), u(FieldType.UINT16, 5)));
        assertEquals("uint_subtract: signed overflow",
                error(() -> ValueOps.subtract(u(FieldType.UINT32, 1), u(FieldType.UINT32, 0x80000000L))));
        assertEquals(s(FieldType.INT64, -1), ValueOps.subtract(u(FieldType.UINT64, 1), u(FieldType.UINT64, 2)));
        assertEquals("uint64_subtract: signed overflow",
                error(() -> ValueOps.subtract(u(FieldType.UINT64, 1), u(FieldType.UINT64, -1L))));
        assertEquals(u(FieldType.UINT64, 1), ValueOps.subtract(u(FieldType.UINT64, 3), u(FieldType.UINT64, 2)));
    }

    @Test
    void signedArithmeticOverflows() throws ValueException {
        assertEquals("sint_add: overflow",
                error(() -> ValueOps.add(s(FieldType.INT32, Integer.MAX_VALUE), s(FieldType.INT32, 1))));
        assertEquals("sint_divide: overflow",
                error(() -> ValueOps.divide(s(FieldType.INT32, Integer.MIN_VALUE), s(FieldType.INT32, -1))));
        assertEquals("sint_modulo: overflow",
                error(() -> ValueOps.modulo(s(FieldType.INT16, Integer.MIN_VALUE), s(FieldType.INT16, -1))));
        assertEquals("sint64_multiply: overflow",
                error(() -> ValueOps.multiply(s(FieldType.INT64, Long.MAX_VALUE), s(FieldType.INT64, 2))));
        assertEquals("sint64_subtract: overflow",
                error(() -> ValueOps.subtract(s(FieldType.INT64, Long.MIN_VALUE), s(FieldType.INT64, 1))));
        // C's % keeps the dividend's sign
        assertEquals(s(FieldType.INT32, -1), ValueOps.modulo(s(FieldType.INT32, -7), s(FieldType.INT32, 3)));
        // an 8-bit field holds its value in 32 bits: no wrap at 127
        assertEquals(s(FieldType.INT8, 128), ValueOps.add(s(FieldType.INT8, 127), s(FieldType.INT8, 1)));
    }

    @Test
    void thirtyTwoBitOperationsReadTheLowBitsOfWideOperands() throws ValueException {
        FValue wide = u(FieldType.UINT64, 0x1_0000_0005L);
        assertEquals(u(FieldType.UINT16, 7), ValueOps.add(u(FieldType.UINT16, 2), wide));
        assertEquals(u(FieldType.UINT16, 5), ValueOps.bitwiseAnd(u(FieldType.UINT16, 0xff), wide));
        // a negative 32-bit value is its bit pattern for a 64-bit operation
        assertEquals(u(FieldType.UINT64, 0xffffffffL), ValueOps.bitwiseAnd(u(FieldType.UINT64, -1L),
                s(FieldType.INT32, -1)));
    }

    @Test
    void unaryMinusPromotesUnsigned() throws ValueException {
        assertEquals(s(FieldType.INT32, -80), ValueOps.unaryMinus(u(FieldType.UINT16, 80)));
        assertEquals(s(FieldType.INT64, -5), ValueOps.unaryMinus(u(FieldType.EUI64, 5)));
        assertEquals("2147483648 overflows gint32",
                error(() -> ValueOps.unaryMinus(u(FieldType.UINT32, 0x80000000L))));
        assertEquals(s(FieldType.INT32, Integer.MIN_VALUE),
                ValueOps.unaryMinus(s(FieldType.INT32, Integer.MIN_VALUE)));
        assertEquals(new FValue.Time(FieldType.RELATIVE_TIME, -1, -500_000_000),
                ValueOps.unaryMinus(new FValue.Time(FieldType.RELATIVE_TIME, 1, 500_000_000)));
        assertThrows(IllegalArgumentException.class, () -> ValueOps.unaryMinus(u(FieldType.BOOLEAN, 1)));
    }

    @Test
    void evaluateGivesNoValueOnFailure() {
        assertEquals(Optional.empty(),
                ValueOps.evaluate(ArithOp.DIVIDE, u(FieldType.UINT32, 1), u(FieldType.UINT32, 0)));
        assertEquals(Optional.of(u(FieldType.UINT32, 3)),
                ValueOps.evaluate(ArithOp.ADD, u(FieldType.UINT32, 1), u(FieldType.UINT32, 2)));
        assertEquals(Optional.of(s(FieldType.INT32, -1)),
                ValueOps.evaluate(ArithOp.UNARY_MINUS, u(FieldType.UINT8, 1), null));
    }

    @Test
    void floatsFollowIeee() throws ValueException {
        FValue inf = ValueOps.divide(new FValue.Floating(FieldType.DOUBLE, 1), new FValue.Floating(FieldType.DOUBLE, 0));
        assertEquals("inf <FT_DOUBLE>", inf.toString());
        FValue nan = new FValue.Floating(FieldType.DOUBLE, Double.NaN);
        // 4.0 orders with < and >, so NaN compares equal to everything
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.ANY_EQ, nan, new FValue.Floating(FieldType.DOUBLE, 1)));
        assertEquals(ValueOps.Truth.FALSE, ValueOps.test(RelOp.GT, nan, new FValue.Floating(FieldType.DOUBLE, 1)));
    }

    @Test
    void timesNormaliseSigns() throws ValueException {
        FValue.Time a = new FValue.Time(FieldType.RELATIVE_TIME, 1, 200_000_000);
        FValue.Time b = new FValue.Time(FieldType.RELATIVE_TIME, 2, 700_000_000);
        assertEquals(new FValue.Time(FieldType.RELATIVE_TIME, -1, -500_000_000), ValueOps.subtract(a, b));
        assertEquals(new FValue.Time(FieldType.RELATIVE_TIME, 3, 900_000_000), ValueOps.add(a, b));
        assertEquals(new FValue.Time(FieldType.RELATIVE_TIME, 5, 400_000_000), ValueOps.add(b, b));
        assertEquals(-1_500_000_000L, new FValue.Time(FieldType.RELATIVE_TIME, -1, -500_000_000).totalNanos());
    }

    @Test
    void addressesCompareUnderTheShorterMask() throws ValueException {
        FValue host = Literals.fromLiteral(FieldType.IPv4, "10.1.2.3", false);
        FValue net = Literals.fromLiteral(FieldType.IPv4, "10.0.0.0/8", false);
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.ANY_EQ, host, net));
        assertEquals(new FValue.Ipv4(0x0a000000, 32),
                ValueOps.bitwiseAnd(host, Literals.fromLiteral(FieldType.IPv4, "255.0.0.0", false)));
        FValue v6 = Literals.fromLiteral(FieldType.IPv6, "fe80::1", false);
        FValue p6 = Literals.fromLiteral(FieldType.IPv6, "fe80::/10", false);
        FValue other = Literals.fromLiteral(FieldType.IPv6, "fec0::/10", false);
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.ANY_EQ, v6, p6));
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.LT, v6, other));
        assertArrayEquals(new byte[] {10, 1, 2, 3}, ValueOps.sliceBytes(host));
    }

    @Test
    void bytesOrderByLengthFirstStringsLexically() throws ValueException {
        FValue shortHigh = Literals.fromLiteral(FieldType.BYTES, "ff", false);
        FValue longLow = Literals.fromLiteral(FieldType.BYTES, "00:00", false);
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.LT, shortHigh, longLow));
        FValue ab = text("ab");
        FValue b = text("b");
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.LT, ab, b));
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.LT, text("a"), text("\u00e9")));
    }

    @Test
    void guidsOrderAsTheirLittleEndianMemory() throws ValueException {
        FValue a = Literals.fromLiteral(FieldType.GUID, "00000001-0000-0000-0000-000000000000", false);
        FValue b = Literals.fromLiteral(FieldType.GUID, "00000100-0000-0000-0000-000000000000", false);
        // data1 is stored little-endian: 01 00 00 00 sorts after 00 01 00 00
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.GT, a, b));
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.ANY_EQ, a, a));
    }

    @Test
    void containsPerType() throws ValueException {
        FValue empty = Literals.fromString(FieldType.BYTES, new byte[0]);
        assertEquals(ValueOps.Truth.TRUE, ValueOps.contains(Literals.fromLiteral(FieldType.BYTES, "00:01", false), empty));
        assertEquals(ValueOps.Truth.FALSE, ValueOps.contains(text("abc"), text("")));
        assertEquals(ValueOps.Truth.TRUE, ValueOps.contains(text("abc"), text("bc")));
        FValue proto = Literals.fromLiteral(FieldType.PROTOCOL, "45:00:00", false);
        assertEquals(ValueOps.Truth.FALSE, ValueOps.contains(proto, Literals.fromString(FieldType.PROTOCOL, new byte[0])));
        assertEquals(ValueOps.Truth.TRUE, ValueOps.contains(proto, Literals.fromLiteral(FieldType.PROTOCOL, "00:00", false)));
        assertThrows(IllegalArgumentException.class, () -> ValueOps.contains(u(FieldType.UINT8, 1), u(FieldType.UINT8, 1)));
    }

    @Test
    void zeroLengthAndStringForm() throws ValueException {
        assertTrue(ValueOps.isZero(u(FieldType.BOOLEAN, 0)));
        assertFalse(ValueOps.isZero(Literals.fromLiteral(FieldType.BYTES, "00:01", false)));
        assertTrue(ValueOps.isZero(Literals.fromLiteral(FieldType.BYTES, "00:00", false)));
        assertTrue(ValueOps.isZero(text("")));
        assertThrows(IllegalArgumentException.class, () -> ValueOps.isZero(
                Literals.fromLiteral(FieldType.GUID, "00000001-0000-0000-0000-000000000000", false)));
        assertEquals(2, ValueOps.length(u(FieldType.UINT16, 80)));
        assertEquals(0, ValueOps.length(u(FieldType.BOOLEAN, 1)));
        assertEquals(2, ValueOps.length(text("\u00e9")));
        assertEquals(16, ValueOps.length(Literals.fromLiteral(FieldType.GUID, "00000001-0000-0000-0000-000000000000", false)));
        assertEquals(Optional.of("0x0000abcd"), ValueOps.stringValue(u(FieldType.IPXNET, 0xabcd)));
        assertEquals(Optional.of("4660"), ValueOps.stringValue(u(FieldType.UINT16, 0x1234)));
        assertEquals(Optional.empty(), ValueOps.stringValue(u(FieldType.BOOLEAN, 1)));
        assertEquals(Optional.empty(), ValueOps.stringValue(s(FieldType.INT24, 1)));
    }

    @Test
    void unsignedAgainstNegativeIsNeitherTrueNorFalse() {
        assertEquals(ValueOps.Truth.ERROR, ValueOps.test(RelOp.ANY_EQ, u(FieldType.UINT16, 80), s(FieldType.INT32, -1)));
        assertEquals(ValueOps.Truth.ERROR, ValueOps.test(RelOp.LT, s(FieldType.INT64, 1), u(FieldType.UINT64, -1L)));
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.GT, s(FieldType.INT32, 1), s(FieldType.INT32, -1)));
        // a boolean compares truth values
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.ANY_EQ, u(FieldType.BOOLEAN, 1), u(FieldType.UINT64, 7)));
    }

    @Test
    void ieee11073OrdersDecimalValues() throws ValueException {
        FValue a = Literals.fromLiteral(FieldType.IEEE_11073_SFLOAT, "1.5", false);
        FValue b = Literals.fromLiteral(FieldType.IEEE_11073_SFLOAT, "15", false);
        FValue c = Literals.fromLiteral(FieldType.IEEE_11073_SFLOAT, "1.50", false);
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.LT, a, b));
        assertEquals(ValueOps.Truth.TRUE, ValueOps.test(RelOp.ANY_EQ, a, c));
        assertEquals("1.5 <FT_IEEE_11073_SFLOAT>", c.toString());
    }

    @Test
    void valuesAreImmutableAndComparable() {
        byte[] raw = HexFormat.of().parseHex("0102");
        FValue.Bytes b = new FValue.Bytes(FieldType.BYTES, raw);
        raw[0] = 9;
        b.bytes()[1] = 9;
        assertEquals("01:02 <FT_BYTES>", b.toString());
        assertEquals(b, new FValue.Bytes(FieldType.BYTES, new byte[] {1, 2}));
        assertEquals(b.hashCode(), new FValue.Bytes(FieldType.BYTES, new byte[] {1, 2}).hashCode());
        assertThrows(IllegalArgumentException.class, () -> new FValue.Unsigned(FieldType.UINT16, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> new FValue.Signed(FieldType.UINT16, 1));
        assertThrows(IllegalArgumentException.class, () -> new FValue.Bytes(FieldType.IPv4, raw));
    }

    private static FValue text(String s) {
        return new FValue.Text(FieldType.STRING, s.getBytes(StandardCharsets.UTF_8));
    }
}
