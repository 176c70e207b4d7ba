package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;

/**
 * The two IEEE-11073 decimal floating-point formats (16-bit SFLOAT: 4-bit exponent, 12-bit
 * mantissa; 32-bit FLOAT: 8-bit exponent, 24-bit mantissa) as Wireshark 4.0's
 * {@code ftype-ieee-11073-float.c} parses, prints and orders them, quirks included (the 32-bit
 * parser refuses numbers whose trailing zeros overflow the mantissa, the 32-bit normal form keeps
 * only 16 mantissa bits).
 */
final class Ieee11073Float {

    private static final Ieee11073Float SFLOAT = new Ieee11073Float(FieldType.IEEE_11073_SFLOAT,
            12, 0x07FF, 0x07FE, 7, -12, -8, 4);
    private static final Ieee11073Float FLOAT = new Ieee11073Float(FieldType.IEEE_11073_FLOAT,
            24, 0x007FFFFF, 0x007FFFFE, 127, -135, -128, 7);

    private final FieldType type;
    private final int mantissaBits;
    private final int mantissaMax;
    private final int infinityPlus;
    private final int maxExponent;
    private final int fractionExponentFloor;
    private final int minExponent;
    private final int orderDigits;

    private Ieee11073Float(FieldType type, int mantissaBits, int mantissaMax, int infinityPlus,
                           int maxExponent, int fractionExponentFloor, int minExponent,
                           int orderDigits) {
        this.type = type;
        this.mantissaBits = mantissaBits;
        this.mantissaMax = mantissaMax;
        this.infinityPlus = infinityPlus;
        this.maxExponent = maxExponent;
        this.fractionExponentFloor = fractionExponentFloor;
        this.minExponent = minExponent;
        this.orderDigits = orderDigits;
    }

    static Ieee11073Float of(FieldType type) {
        return type == FieldType.IEEE_11073_SFLOAT ? SFLOAT : FLOAT;
    }

    private boolean wide() {
        return mantissaBits == 24;
    }

    private int nan() {
        return infinityPlus + 1;
    }

    private int nres() {
        return infinityPlus + 2;
    }

    private int rfu() {
        return infinityPlus + 3;
    }

    private int infinityMinus() {
        return infinityPlus + 4;
    }

    private boolean special(int raw) {
        return raw >= infinityPlus && raw <= infinityMinus();
    }

    /** The literal parser; its failures carry no message, as in 4.0. */
    FValue.Ieee11073 parse(String s) throws ValueException {
        Integer raw = parseRaw(s);
        if (raw == null) {
            throw new ValueException("");
        }
        return new FValue.Ieee11073(type, raw);
    }

    private Integer parseRaw(String s) {
        if (s.isEmpty() || s.charAt(0) == '.' || s.startsWith("-.")) {
            return null;
        }
        char c0 = s.charAt(0);
        if (c0 == '-' && s.length() > 1 && (s.charAt(1) == 'I' || s.charAt(1) == 'i')) {
            return s.equalsIgnoreCase("-INFINITY") ? infinityMinus() : null;
        }
        if (c0 == 'R' || c0 == 'r') {
            return s.equalsIgnoreCase("RFU") ? rfu() : null;
        }
        if (c0 == 'N' || c0 == 'n') {
            return s.equalsIgnoreCase("NRes") ? nres() : s.equalsIgnoreCase("NaN") ? nan() : null;
        }
        if (c0 == '+') {
            return s.equalsIgnoreCase("+INFINITY") ? infinityPlus : null;
        }
        int sign = 0;
        int i = 0;
        if (c0 == '-') {
            if (s.length() == 1) {
                return null;
            }
            sign = 1;
            i = 1;
        }
        while (i < s.length() && s.charAt(i) == '0') {
            i++;
        }
        long mantissa = 0;
        int exponent = 0;
        boolean fraction = false;
        long limit = (long) mantissaMax + sign;
        // the C loop runs once even on an empty rest, reading the terminator as '\0'
        do {
            char c = i < s.length() ? s.charAt(i) : 0;
            if (c == '0') {
                if (mantissa * 10 > limit) {
                    exponent++;
                    // the 32-bit parser tests "<= 127" here, refusing every such number
                    if (wide() ? exponent <= maxExponent : exponent > maxExponent) {
                        return null;
                    }
                } else {
                    mantissa *= 10;
                }
            } else if (c >= '1' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
            } else if (c == '.') {
                if (fraction) {
                    return null;
                }
                fraction = true;
                i++;
                while (i < s.length() && s.charAt(i) == '0') {
                    i++;
                    if (mantissa * 10 <= limit) {
                        mantissa *= 10;
                        if (exponent > fractionExponentFloor) {
                            exponent--;
                        }
                    }
                }
                i--;
            } else if (c != 0) {
                return null;
            }
            if (mantissa > limit) {
                return null;
            }
            if (c != '.' && fraction) {
                exponent--;
            }
            i++;
        } while (i < s.length());
        int mask = (1 << mantissaBits) - 1;
        int m = (int) mantissa;
        if (sign == 1) {
            m = ~(m - 1) & mask;
        }
        if (m == 0) {
            exponent = 0;
        }
        while (m > 0 && m % 10 == 0 && exponent < maxExponent) {
            m /= 10;
            exponent++;
        }
        if (exponent < minExponent) {
            return null;
        }
        int expMask = wide() ? 0xFF : 0x0F;
        return ((exponent & expMask) << mantissaBits) | m;
    }

    /** The signed exponent field. */
    private int exponentOf(int raw) {
        if (wide()) {
            return (byte) (raw >>> 24);
        }
        int e = (raw >> 12) & 0xF;
        return e >= 8 ? e - 16 : e;
    }

    /** {@code *_val_to_repr}: the special names, else the decimal number written out. */
    String format(int raw) {
        if (special(raw)) {
            int k = raw - infinityPlus;
            return new String[] {"+INFINITY", "NaN", "NRes", "RFU", "-INFINITY"}[k];
        }
        int exponent = exponentOf(raw);
        int signBit = 1 << (mantissaBits - 1);
        long magnitude = raw & (signBit - 1);
        boolean negative = (raw & signBit) != 0;
        if (negative) {
            // 4.0 sign-extends the 32-bit format from bit 24, not 23, and prints that
            magnitude = wide() ? (-((int) magnitude | 0xFF000000)) & 0xffffffffL
                    : (-(short) ((int) magnitude | 0xF800)) & 0xffff;
        }
        if (magnitude == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        String digits = Long.toString(magnitude);
        int n = digits.length();
        if (exponent >= 0) {
            sb.append(digits).append("0".repeat(exponent));
        } else if (-exponent < n) {
            sb.append(digits, 0, n + exponent).append('.').append(digits, n + exponent, n);
        } else {
            sb.append("0.").append("0".repeat(-exponent - n)).append(digits);
        }
        return sb.toString();
    }

    /** {@code *_to_normal_form}: trailing decimal zeros moved into the exponent. */
    private int normalForm(int raw) {
        if (special(raw)) {
            return raw;
        }
        int signBit = 1 << (mantissaBits - 1);
        int mantissa;
        int sign;
        if (wide()) {
            // 4.0 keeps this in 16 bits
            mantissa = raw & 0x907FFFFF & 0xFFFF;
            if ((raw & 0x00800000) != 0) {
                mantissa = (-(mantissa | 0xFF000000)) & 0xFFFF;
                sign = 1;
            } else {
                sign = 0;
            }
        } else {
            mantissa = raw & 0x07FF;
            if ((raw & signBit) != 0) {
                mantissa = (-(short) (mantissa | 0xF800)) & 0xFFFF;
                sign = 1;
            } else {
                sign = 0;
            }
        }
        int exponent = exponentOf(raw);
        while (mantissa % 10 == 0 && mantissa != 0) {
            mantissa /= 10;
            if (exponent == maxExponent) {
                break;
            }
            exponent++;
        }
        if (wide()) {
            return (exponent << 24) | (sign << 23) | mantissa;
        }
        int e = ((exponent & 0x80) != 0 ? 0x8 : 0) | (exponent & 0x7);
        return ((e << 12) | (sign << 11) | mantissa) & 0xFFFF;
    }

    /** {@code *_cmp_order}: -1, 0 or 1 as 4.0 orders two values of this type. */
    int compare(int a, int b) {
        if (lessThan(a, b)) {
            return -1;
        }
        return normalForm(a) == normalForm(b) ? 0 : 1;
    }

    private boolean lessThan(int a, int b) {
        int an = normalForm(a);
        int bn = normalForm(b);
        if (an == bn) {
            return false;
        }
        if (an == nan() || an == nres() || an == rfu() || an == infinityPlus) {
            return false;
        }
        if (an == infinityMinus()) {
            return !(bn == nan() || bn == nres() || bn == rfu() || bn == infinityMinus());
        }
        int am = signedMantissa(an);
        int bm = signedMantissa(bn);
        int ae = exponentOf(an);
        int be = exponentOf(bn);
        if (am == bm && ae < be) {
            return true;
        }
        if (ae == be && am < bm) {
            return true;
        }
        if (ae < be) {
            int diff = (be - ae) & 0xff;
            if (diff >= orderDigits) {
                return true;
            }
            while (diff-- > 0) {
                bm = narrow(bm * 10);
            }
        } else {
            int diff = (ae - be) & 0xff;
            if (diff >= orderDigits) {
                return false;
            }
            while (diff-- > 0) {
                am = narrow(am * 10);
            }
        }
        return am < bm;
    }

    private int signedMantissa(int norm) {
        int mask = (1 << mantissaBits) - 1;
        int m = norm & mask;
        if ((norm & (1 << (mantissaBits - 1))) != 0) {
            m |= ~mask;
        }
        return narrow(m);
    }

    /** The C code keeps the 16-bit format's mantissa in a {@code gint16}. */
    private int narrow(int v) {
        return wide() ? v : (short) v;
    }

    boolean isZero(int raw) {
        return raw == 0;
    }
}
