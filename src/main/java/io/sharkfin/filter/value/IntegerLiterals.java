package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;

/**
 * Integer literals of Wireshark 4.0 ({@code ftype-integer.c}): decimal, octal after a leading
 * zero, hex after {@code 0x}, binary after {@code 0b}; range-checked against the type's width
 * with its messages. Conversions go through the C library's rules (see {@link CNumber}), so
 * {@code 0b} alone is 0 and a negative text wraps around before the range check.
 */
final class IntegerLiterals {

    private IntegerLiterals() {
    }

    static FValue.Unsigned unsigned(FieldType type, String s) throws ValueException {
        long max = TypeRules.maxUnsigned(type);
        CNumber n = parse(s, true);
        if (n.end() == 0 || n.end() != s.length()) {
            throw notValid(s);
        }
        if (n.range()) {
            // strtoul saturates on overflow, so this is always the "overflow" case
            throw new ValueException("\"" + s + "\" causes an integer overflow.");
        }
        if (Long.compareUnsigned(n.value(), max) > 0) {
            throw new ValueException("\"" + s + "\" too big for this field, maximum "
                    + Long.toUnsignedString(max) + ".");
        }
        return new FValue.Unsigned(type, n.value());
    }

    static FValue.Signed signed(FieldType type, String s) throws ValueException {
        long max = TypeRules.maxSigned(type);
        long min = -max - 1;
        CNumber n = parse(s, false);
        if (n.end() == 0 || n.end() != s.length()) {
            throw notValid(s);
        }
        if (n.range()) {
            throw new ValueException("\"" + s + "\" causes an integer "
                    + (n.value() == Long.MAX_VALUE ? "overflow." : "underflow."));
        }
        if (n.value() > max) {
            throw new ValueException("\"" + s + "\" too big for this field, maximum " + max + ".");
        }
        if (n.value() < min) {
            // 4.0's 40..64-bit check prints the maximum here (sic)
            String bound = TypeRules.isWide(type) ? "maximum " + max : "minimum " + min;
            throw new ValueException("\"" + s + "\" too small for this field, " + bound + ".");
        }
        return new FValue.Signed(type, n.value());
    }

    /** {@code boolean_from_literal}: the four spellings of true and false, else a number. */
    static FValue.Unsigned bool(String s) throws ValueException {
        if (s.equals("True") || s.equals("TRUE")) {
            return new FValue.Unsigned(FieldType.BOOLEAN, 1);
        }
        if (s.equals("False") || s.equals("FALSE")) {
            return new FValue.Unsigned(FieldType.BOOLEAN, 0);
        }
        return unsigned(FieldType.BOOLEAN, s);
    }

    static FValue.Unsigned ipxnet(String s) throws ValueException {
        try {
            return unsigned(FieldType.IPXNET, s);
        } catch (ValueException e) {
            throw new ValueException("\"" + s + "\" is not a valid IPX network address.");
        }
    }

    /** A 64-bit number, or eight bytes written with separators. */
    static FValue.Unsigned eui64(String s) throws ValueException {
        try {
            return unsigned(FieldType.EUI64, s);
        } catch (ValueException e) {
            byte[] b = ByteStrings.hexToBytes(s, true);
            if (b == null || b.length != 8) {
                throw new ValueException("\"" + s + "\" is not a valid EUI-64 address.");
            }
            long v = 0;
            for (byte x : b) {
                v = (v << 8) | (x & 0xff);
            }
            return new FValue.Unsigned(FieldType.EUI64, v);
        }
    }

    /** The C conversion behind the literal: {@code 0b} prefix by hand, else base 0. */
    private static CNumber parse(String s, boolean unsigned) {
        boolean binary = s.length() >= 2 && s.charAt(0) == '0'
                && (s.charAt(1) == 'b' || s.charAt(1) == 'B');
        int from = binary ? 2 : 0;
        int base = binary ? 2 : 0;
        CNumber n = unsigned ? CNumber.strtoul(s, from, base) : CNumber.strtol(s, from, base);
        if (binary && n.end() == from) {
            // nothing after "0b": C leaves the end at the digits' start, which is not the text's
            return new CNumber(0, from, false);
        }
        return n;
    }

    private static ValueException notValid(String s) {
        return new ValueException("\"" + s + "\" is not a valid number.");
    }
}
