package io.sharkfin.filter.value;

/**
 * The C library's text-to-integer conversions ({@code strtoul}, {@code strtol}, their 64-bit
 * {@code g_ascii_} twins, and {@code scanf}'s {@code %u}/{@code %d}) as glibc performs them on a
 * 64-bit Linux. Wireshark 4.0 parses most literals with them, so which texts count as numbers
 * (leading blanks, a sign, {@code 0x}, octal for a leading zero, wrap-around of {@code -1} to the
 * maximum) is theirs, not Java's.
 *
 * @param value the result as the C function returns it (an unsigned result in a {@code long}'s
 *              bits)
 * @param end   index just after the last character used; the start index when nothing was
 *              converted
 * @param range whether the function would have set {@code errno} to {@code ERANGE}
 */
record CNumber(long value, int end, boolean range) {

    private static final long UNSIGNED_MAX = -1L;

    /**
     * {@code strtoul} / {@code strtoull} on LP64: base 0 (prefix decides), 2, 8, 10 or 16. A
     * negative number is negated in unsigned arithmetic; overflow saturates at all-ones.
     */
    static CNumber strtoul(String s, int from, int base) {
        Digits d = Digits.scan(s, from, base);
        if (d.count == 0) {
            return new CNumber(0, d.noConversionEnd, false);
        }
        if (d.overflow) {
            return new CNumber(UNSIGNED_MAX, d.end, true);
        }
        return new CNumber(d.negative ? -d.magnitude : d.magnitude, d.end, false);
    }

    /** {@code strtol} / {@code strtoll} on LP64: saturates at {@code Long.MIN/MAX_VALUE}. */
    static CNumber strtol(String s, int from, int base) {
        Digits d = Digits.scan(s, from, base);
        if (d.count == 0) {
            return new CNumber(0, d.noConversionEnd, false);
        }
        boolean tooBig = d.overflow || (d.negative
                ? Long.compareUnsigned(d.magnitude, Long.MIN_VALUE) > 0
                : Long.compareUnsigned(d.magnitude, Long.MAX_VALUE) > 0);
        if (tooBig) {
            return new CNumber(d.negative ? Long.MIN_VALUE : Long.MAX_VALUE, d.end, true);
        }
        return new CNumber(d.negative ? -d.magnitude : d.magnitude, d.end, false);
    }

    /**
     * One {@code scanf} integer conversion ({@code %Nu} or {@code %Nd}, {@code width} 0 for
     * none): blanks are skipped without counting toward the width, then an optional sign and
     * digits within the width. Returns null on a matching failure. The value is {@code strtoul}'s
     * for {@code %u} ({@code unsigned}) and {@code strtol}'s for {@code %d}.
     */
    static CNumber scanf(String s, int from, int width, boolean unsigned) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        int limit = width > 0 ? Math.min(s.length(), i + width) : s.length();
        int start = i;
        if (i < limit && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < limit && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return null;
        }
        String text = s.substring(start, i);
        CNumber n = unsigned ? strtoul(text, 0, 10) : strtol(text, 0, 10);
        return new CNumber(n.value, i, n.range);
    }

    /** C's {@code isspace} in the "C" locale. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }

    /** The digits of a number after blanks, sign and base prefix, with glibc's end rules. */
    private static final class Digits {
        boolean negative;
        long magnitude;
        boolean overflow;
        int count;
        int end;
        int noConversionEnd;

        static Digits scan(String s, int from, int base) {
            Digits d = new Digits();
            d.noConversionEnd = from;
            int i = from;
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                d.negative = s.charAt(i) == '-';
                i++;
            }
            if (i < s.length() && s.charAt(i) == '0') {
                boolean x = i + 1 < s.length()
                        && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X');
                if ((base == 0 || base == 16) && x) {
                    // "0x" with no hex digit after it converts the "0" and stops at the "x"
                    d.noConversionEnd = i + 1;
                    i += 2;
                    base = 16;
                } else if (base == 0) {
                    base = 8;
                }
            } else if (base == 0) {
                base = 10;
            }
            long cutoff = Long.divideUnsigned(UNSIGNED_MAX, base);
            long cutlim = Long.remainderUnsigned(UNSIGNED_MAX, base);
            while (i < s.length()) {
                int v = digitValue(s.charAt(i));
                if (v >= base) {
                    break;
                }
                if (Long.compareUnsigned(d.magnitude, cutoff) > 0
                        || (d.magnitude == cutoff && v > cutlim)) {
                    d.overflow = true;
                } else {
                    d.magnitude = d.magnitude * base + v;
                }
                d.count++;
                i++;
            }
            d.end = i;
            return d;
        }
    }
}
