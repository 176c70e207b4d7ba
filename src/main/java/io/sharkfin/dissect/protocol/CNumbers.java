package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Strings;

/**
 * Numbers in text as the C library calls Wireshark's dissectors use read them: {@code sscanf}'s
 * {@code %d} and {@code %u}, {@code strtoul}, GLib's {@code g_ascii_strtoull} and Wireshark's
 * {@code ws_strtou16}/{@code ws_strtou32} on top of it, with their blanks, signs and overflows.
 * The text is a C string's bytes: reading stops at a NUL as at any other non-digit.
 */
public final class CNumbers {
    /** {@link #strtou}'s answer for text without a number (or with a sign first). */
    public static final long NO_NUMBER = -1;
    /** {@link #strtou}'s answer for a number past 64 bits. */
    public static final long TOO_LARGE = -2;

    private CNumbers() {
    }

    /** A number as C's conversions read it: its sign, its digits' value (unsigned 64 bits) and its end. */
    public record Digits(boolean negative, long magnitude, boolean overflow, int end) {
    }

    /**
     * {@code ws_strtou32}/{@code ws_strtou16} without an end pointer: the whole text a number up
     * to {@code max}, else -1.
     */
    public static long wsStrtou(byte[] s, long max) {
        long[] end = new long[1];
        long v = strtou(s, 0, end);
        return v >= 0 && v <= max && end[0] == s.length ? v : -1;
    }

    /**
     * {@code ws_basestrtou64} at {@code from} with an end pointer: a text starting with a sign
     * fails at once; {@code g_ascii_strtoull} skips blanks, takes a sign (a '-' negates, which
     * makes any number too large for 16 or 32 bits) and decimal digits. Returns the value (an
     * unsigned value past {@code Long.MAX_VALUE} as {@link #TOO_LARGE}), {@link #NO_NUMBER}
     * without digits, and the end in {@code end[0]}: the start when nothing was read.
     */
    public static long strtou(byte[] s, int from, long[] end) {
        end[0] = from;
        if (from < s.length && (s[from] == '+' || s[from] == '-')) {
            return NO_NUMBER;
        }
        Digits d = digits(s, from);
        if (d == null) {
            return NO_NUMBER;
        }
        end[0] = d.end;
        // a '-' negates: any number but 0 becomes one past 16 or 32 bits
        return d.overflow || d.magnitude < 0 || (d.negative && d.magnitude != 0) ? TOO_LARGE : d.magnitude;
    }

    /**
     * {@code sscanf}'s {@code %u} (and {@code strtoul}) cut to 32 bits: {@code (guint32)} of an
     * unsigned long that is ULONG_MAX on overflow, negated for a '-'. Null without a digit.
     */
    public static Long unsigned32(byte[] s, int from) {
        Digits d = digits(s, from);
        if (d == null) {
            return null;
        }
        if (d.overflow) {
            return 0xffffffffL;
        }
        return (d.negative ? -d.magnitude : d.magnitude) & 0xffffffffL;
    }

    /**
     * Blanks, an optional sign and decimal digits from {@code i}, as {@code strtol},
     * {@code g_ascii_strtoull} and {@code sscanf}'s {@code %d} read them; null without a digit.
     * {@code overflow} when the digits pass 64 bits.
     */
    public static Digits digits(byte[] s, int i) {
        while (i < s.length && Strings.isCSpace(s[i])) {
            i++;
        }
        boolean negative = false;
        if (i < s.length && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        if (i >= s.length || !isDigit(s[i])) {
            return null;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < s.length && isDigit(s[i]); i++) {
            int d = s[i] - '0';
            overflow |= Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, 10)) > 0;
            value = value * 10 + d;
        }
        return new Digits(negative, value, overflow, i);
    }

    public static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
