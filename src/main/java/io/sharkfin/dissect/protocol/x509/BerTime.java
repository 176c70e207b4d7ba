package io.sharkfin.dissect.protocol.x509;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * GeneralizedTime values as Wireshark 4.0's {@code dissect_ber_GeneralizedTime} reads them: 12
 * to 29 characters in ISO 8601's basic format ({@code YYYYMMDDhhmm[ss[.f...]][Z|±hh[mm]]}),
 * parsed the way {@code iso8601_to_nstime} does, with its leniencies (each two-digit unit is read
 * as {@code sscanf("%2u")} reads it, anything after the last unit is ignored, a time without a
 * zone is local time) and its quirk of testing February 29th against the year minus 1900.
 */
public final class BerTime {
    /** Returned for a value Wireshark refuses (an error item, no field). */
    public static final long INVALID = Long.MIN_VALUE;

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final byte[] s;
    private int pos;

    private BerTime(byte[] s) {
        this.s = s;
    }

    /**
     * The time in nanoseconds since the epoch of a GeneralizedTime's contents, or
     * {@link #INVALID} when the length is outside 12..29 or the text is not a time.
     */
    public static long generalizedTime(byte[] contents) {
        if (contents.length < 12 || contents.length > 29) {
            return INVALID;
        }
        return new BerTime(contents).parse();
    }

    /**
     * The text as Wireshark quotes it in its error: read as ASCII (other bytes become U+FFFD),
     * up to the first NUL.
     */
    public static String quoted(byte[] contents) {
        StringBuilder sb = new StringBuilder(contents.length);
        for (byte b : contents) {
            if (b == 0) {
                break;
            }
            sb.append(b < 0 ? '\uFFFD' : (char) b);
        }
        return sb.toString();
    }

    /** The character at the cursor: 0 past the end or at a NUL (the C string ends there). */
    private int peek() {
        if (pos >= s.length) {
            return 0;
        }
        return s[pos] & 0xff;
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean space(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * {@code sscanf("%Nd")}: blanks, a sign and up to {@code width} characters (sign included)
     * of digits. Returns the value, or null when no digit follows (the cursor is then left
     * where it was).
     */
    private Long scanInt(int width) {
        int start = pos;
        while (space(peek())) {
            pos++;
        }
        boolean negative = false;
        int used = 0;
        if (peek() == '+' || peek() == '-') {
            negative = peek() == '-';
            pos++;
            used++;
        }
        long v = 0;
        int digits = 0;
        while ((width < 0 || used < width) && digit(peek())) {
            if (v < 1L << 60) {
                v = v * 10 + (peek() - '0');
            } else {
                v = -1; // saturated: strtoul's overflow
            }
            pos++;
            used++;
            digits++;
        }
        if (digits == 0) {
            pos = start;
            return null;
        }
        if (v < 0) {
            return -1L; // far outside any valid unit or fraction, whatever the sign
        }
        return negative ? -v : v;
    }

    private long parse() {
        int year = 0;
        for (int i = 0; i < 4; i++) {
            if (!digit(peek())) {
                return INVALID;
            }
            year = year * 10 + peek() - '0';
            pos++;
        }
        if (!digit(peek())) {
            return INVALID; // the basic format has no '-' and needs the month right away
        }
        Long mon = scanInt(2);
        Long mday = mon == null ? null : scanInt(2);
        if (mday == null) {
            return INVALID;
        }
        if (peek() == 'T' || peek() == ' ') {
            pos++;
        }
        Long hour = scanInt(2);
        Long min = hour == null ? null : scanInt(2);
        if (min == null) {
            return INVALID;
        }
        long sec = 0;
        long frac = 0;
        if (digit(peek())) {
            sec = scanInt(2);
            if (peek() == '.' || peek() == ',') {
                pos++;
                frac = fraction();
            }
        }
        if (!valid(year - 1900, mon - 1, mday, hour, min, sec)) {
            return INVALID;
        }
        long secs = zoned(year, mon - 1, mday, hour, min, sec);
        return secs * 1_000_000_000L + frac;
    }

    /** {@code sscanf("%u%n")} after the decimal point, normalised to nanoseconds. */
    private long fraction() {
        int start = pos;
        Long v = scanInt(-1);
        if (v == null) {
            return 0;
        }
        int chars = pos - start;
        long asUnsigned = v & 0xffffffffL; // stored in a 32-bit unsigned int
        if (asUnsigned >= 1_000_000_000L || asUnsigned == 0) {
            return 0;
        }
        long scale = chars >= 9 ? 1 : (long) Math.pow(10, 9 - chars);
        return asUnsigned * scale;
    }

    /** Wireshark's {@code tm_is_valid} (February 29th tested on the year since 1900). */
    private static boolean valid(long tmYear, long mon, long mday, long hour, long min, long sec) {
        if (mon < 0 || mon > 11) {
            return false;
        }
        boolean leap = tmYear % 4 == 0 && (tmYear % 100 != 0 || tmYear % 400 == 0);
        int max = mon == 1 && leap ? 29 : DAYS_IN_MONTH[(int) mon];
        return mday >= 0 && mday <= max && hour >= 0 && hour <= 23 && min >= 0 && min <= 59
                && sec >= 0 && sec <= 60;
    }

    /** Seconds since the epoch: with a zone as {@code timegm} minus the offset, else local time. */
    private long zoned(int year, long mon, long mday, long hour, long min, long sec) {
        long days = LocalDate.of(year, (int) mon + 1, 1).toEpochDay() + mday - 1;
        long clock = hour * 3600 + min * 60 + sec;
        int c = peek();
        if (c == 'Z') {
            return days * 86400 + clock;
        }
        if (c == '+' || c == '-') {
            Long offHours = scanInt(3);
            if (offHours != null) {
                if (peek() == ':') {
                    pos++;
                }
                Long offMin = scanInt(2);
                long m = offMin == null ? 0 : offMin;
                long utc = days * 86400 + clock;
                return c == '+' ? utc - (offHours * 3600 + m * 60) : utc + (-offHours * 3600 + m * 60);
            }
        }
        LocalDateTime local = LocalDate.ofEpochDay(days).atStartOfDay().plusSeconds(clock);
        return local.atZone(ZoneId.systemDefault()).toEpochSecond();
    }
}
