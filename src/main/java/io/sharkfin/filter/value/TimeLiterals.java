package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Time constants as Wireshark 4.0 reads and prints them: relative times as decimal seconds with
 * at most nine significant fraction digits, absolute times as an ISO 8601 date-time
 * ({@code 2002-12-31T13:55:31.3Z}, {@code T} or blank, optional offset) or one of the legacy
 * forms ({@code Dec 31, 2002 13:55:31.3}, {@code 2002-12-31 13:55}, {@code 2002-12-31}) with an
 * optional {@code UTC}. Without a zone the text is local time: the JVM's default zone, which
 * follows {@code TZ} like the C library's {@code mktime}.
 */
final class TimeLiterals {

    private static final String EXAMPLE =
            "Example: \"Nov 12, 1999 08:55:44.123\" or \"2011-07-04 12:34:56\"";
    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private TimeLiterals() {
    }

    /** Broken-down time, C's {@code struct tm} fields that the parsers fill. */
    private static final class Tm {
        int year = -1900; // years since 1900, as tm_year
        int mon;
        int mday;
        int hour;
        int min;
        int sec;
    }

    // ---------------------------------------------------------------- relative

    /** {@code relative_val_from_literal}: {@code [-]secs[.frac]} or {@code [-].frac}. */
    static FValue.Time relative(String s) throws ValueException {
        int p = 0;
        boolean negative = false;
        if (p < s.length() && s.charAt(p) == '-') {
            negative = true;
            p++;
        }
        long secs;
        if (p >= s.length() || s.charAt(p) != '.') {
            CNumber n = CNumber.strtoul(s, p, 10);
            if (n.end() == p || (n.end() < s.length() && s.charAt(n.end()) != '.')) {
                throw notValidTime(s);
            }
            secs = n.value();
            p = n.end();
            if (p < s.length() && s.charAt(p) == '.') {
                p++;
            }
        } else {
            secs = 0;
            p++;
        }
        int nsecs = 0;
        if (p < s.length()) {
            Nanos frac = nanos(s, p);
            if (frac == null) {
                throw notValidTime(s);
            }
            nsecs = frac.value;
        }
        if (negative) {
            secs = -secs;
            nsecs = -nsecs;
        }
        return new FValue.Time(FieldType.RELATIVE_TIME, secs, nsecs);
    }

    private static ValueException notValidTime(String s) {
        return new ValueException("\"" + s + "\" is not a valid time.");
    }

    /** Nanoseconds of a fraction and where its digits end. */
    private record Nanos(int value, int end) {
    }

    /**
     * {@code get_nsecs}: the leading digits as a fraction of a second; digits finer than a
     * nanosecond must be zero. What follows the digits is not looked at.
     */
    private static Nanos nanos(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        int scale = 9 - (end - from);
        int value = 0;
        for (int p = end - 1; p >= from; p--, scale++) {
            int digit = s.charAt(p) - '0';
            if (digit != 0) {
                if (scale < 0) {
                    return null;
                }
                for (int i = 0; i < scale; i++) {
                    digit *= 10;
                }
                value += digit;
            }
        }
        return new Nanos(value, end);
    }

    /** {@code rel_time_to_secs_str}: seconds, a dot and nine digits. */
    static String formatRelative(long secs, int nsecs) {
        StringBuilder sb = new StringBuilder();
        int frac = nsecs;
        if (frac < 0) {
            frac = -frac;
            if (secs >= 0) {
                sb.append('-');
            }
        }
        sb.append(secs).append('.');
        String digits = Integer.toString(frac);
        sb.append("0".repeat(Math.max(0, 9 - digits.length()))).append(digits);
        return sb.toString();
    }

    // ---------------------------------------------------------------- absolute

    /** {@code absolute_val_from_string}; {@code s} ends at the first NUL as in C. */
    static FValue.Time absolute(String s) throws ValueException {
        if (s.isEmpty()) {
            // the ISO parser's "0 characters read" equals the empty text's length: 4.0 accepts
            // it and keeps the parser's "unset" time
            return new FValue.Time(FieldType.ABSOLUTE_TIME, 0, Integer.MAX_VALUE);
        }
        FValue.Time iso = iso8601(s);
        if (iso != null) {
            return iso;
        }
        return legacy(s);
    }

    /** {@code iso8601_to_nstime(..., ISO8601_DATETIME)} when it consumes the whole text. */
    private static FValue.Time iso8601(String s) {
        Tm tm = new Tm();
        int p = 0;
        int year = 0;
        for (; p < 4; p++) {
            if (p >= s.length() || !isDigit(s.charAt(p))) {
                return null;
            }
            year = year * 10 + (s.charAt(p) - '0');
        }
        if (p >= s.length() || s.charAt(p) != '-') {
            return null;
        }
        p++;
        tm.year = year - 1900;
        CNumber mon = CNumber.scanf(s, p, 2, true);
        if (mon == null || !at(s, mon.end(), '-')) {
            return null;
        }
        CNumber day = CNumber.scanf(s, mon.end() + 1, 2, true);
        if (day == null) {
            return null;
        }
        tm.mon = (int) mon.value() - 1;
        tm.mday = (int) day.value();
        p = day.end();
        if (at(s, p, 'T') || at(s, p, ' ')) {
            p++;
        } else {
            return null;
        }
        CNumber hour = CNumber.scanf(s, p, 2, true);
        if (hour == null || !at(s, hour.end(), ':')) {
            return null;
        }
        CNumber min = CNumber.scanf(s, hour.end() + 1, 2, true);
        if (min == null) {
            return null;
        }
        tm.hour = (int) hour.value();
        tm.min = (int) min.value();
        p = min.end();
        int frac = 0;
        if (at(s, p, ':')) {
            CNumber sec = CNumber.scanf(s, p + 1, 2, true);
            if (sec == null) {
                return null;
            }
            tm.sec = (int) sec.value();
            p = sec.end();
            if (at(s, p, '.') || at(s, p, ',')) {
                p++;
                CNumber f = CNumber.scanf(s, p, 0, true);
                if (f != null) {
                    frac = isoFraction((int) f.value(), f.end() - p);
                    p = f.end();
                }
            }
        }
        if (!tmIsValid(tm)) {
            return null;
        }
        char sign = p < s.length() ? s.charAt(p) : 0;
        boolean haveOffset = false;
        long offset = 0;
        if (sign == 'Z') {
            haveOffset = true;
            p++;
        } else if (sign == '+' || sign == '-') {
            CNumber hours = CNumber.scanf(s, p, 3, false);
            if (hours != null) {
                haveOffset = true;
                p = hours.end();
                long minutes = 0;
                boolean colon = at(s, p, ':');
                CNumber m = CNumber.scanf(s, colon ? p + 1 : p, 2, false);
                if (m != null) {
                    minutes = (int) m.value();
                    p = m.end();
                }
                int h = (int) hours.value();
                offset = sign == '+' ? -(h * 3600L + minutes * 60) : (-h) * 3600L + minutes * 60;
            }
        }
        // iso8601_to_nstime reports its length in 8 bits
        if ((p & 0xff) != s.length()) {
            return null;
        }
        Long secs = haveOffset ? utc(tm) : local(tm);
        if (secs == null) {
            return null;
        }
        return new FValue.Time(FieldType.ABSOLUTE_TIME, secs + offset, frac);
    }

    /** ISO fraction digits to nanoseconds, as 4.0 scales them (by digit count, zeros included). */
    private static int isoFraction(int frac, int chars) {
        long f = frac & 0xffffffffL;
        if (f >= 1_000_000_000L || f == 0) {
            return 0;
        }
        return chars >= 9 ? (int) f : (int) (f * POW10[9 - chars]);
    }

    private static final long[] POW10 = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    /** The legacy formats of {@code absolute_val_from_string}. */
    private static FValue.Time legacy(String s) throws ValueException {
        Tm tm = new Tm();
        tm.year = 0;
        if (s.length() < "2000-1-1".length()) {
            throw notAbsolute(s);
        }
        boolean hasSeconds = true;
        int cur = -1;
        int month = monthName(s);
        if (s.charAt(3) == ' ' && month >= 0) {
            tm.mon = month;
            cur = strptime(s, 4, "%d, %Y %H:%M:%S", tm);
        }
        if (cur < 0) {
            cur = strptime(s, 0, "%Y-%m-%d %H:%M:%S", tm);
            if (cur < 0) {
                hasSeconds = false;
                for (String f : new String[] {"%Y-%m-%d %H:%M", "%Y-%m-%d %H", "%Y-%m-%d"}) {
                    cur = strptime(s, 0, f, tm);
                    if (cur >= 0) {
                        break;
                    }
                }
                if (cur < 0) {
                    throw notAbsolute(s);
                }
            }
        }
        int nsecs = 0;
        if (at(s, cur, '.')) {
            if (!hasSeconds) {
                throw new ValueException("Subsecond precision requires a seconds field.");
            }
            cur++;
            if (cur >= s.length() || !isDigit(s.charAt(cur))) {
                throw new ValueException("Subseconds value is not a number.");
            }
            Nanos frac = nanos(s, cur);
            if (frac == null) {
                throw new ValueException("Subseconds value is invalid.");
            }
            nsecs = frac.value;
            cur = frac.end;
        }
        while (cur < s.length() && CNumber.isSpace(s.charAt(cur))) {
            cur++;
        }
        Long secs;
        if (s.substring(cur).equals("UTC")) {
            secs = utc(tm);
        } else if (cur == s.length()) {
            secs = local(tm);
        } else {
            throw new ValueException("Unexpected data after time value.");
        }
        if (secs == null || secs == -1) {
            throw new ValueException("\"" + s + "\" cannot be converted to a valid calendar time.");
        }
        return new FValue.Time(FieldType.ABSOLUTE_TIME, secs, nsecs);
    }

    private static ValueException notAbsolute(String s) {
        return new ValueException("\"" + s + "\" is not a valid absolute time. " + EXAMPLE);
    }

    private static int monthName(String s) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (s.regionMatches(true, 0, MONTHS[i], 0, 3)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * glibc {@code strptime} for the directives 4.0 uses ({@code %Y %m %d %H %M %S}): numbers
     * after optional blanks, range-checked; a blank in the format matches any run of blanks.
     * Fields are stored as they are read, also when a later directive fails. Returns the index
     * after the match, or -1.
     */
    private static int strptime(String s, int from, String format, Tm tm) {
        int rp = from;
        for (int f = 0; f < format.length(); f++) {
            char fc = format.charAt(f);
            if (CNumber.isSpace(fc)) {
                while (rp < s.length() && CNumber.isSpace(s.charAt(rp))) {
                    rp++;
                }
                continue;
            }
            if (fc != '%') {
                if (rp >= s.length() || s.charAt(rp) != fc) {
                    return -1;
                }
                rp++;
                continue;
            }
            char directive = format.charAt(++f);
            int[] range = switch (directive) {
                case 'Y' -> new int[] {0, 9999, 4};
                case 'm' -> new int[] {1, 12, 2};
                case 'd' -> new int[] {1, 31, 2};
                case 'H' -> new int[] {0, 23, 2};
                case 'M' -> new int[] {0, 59, 2};
                case 'S' -> new int[] {0, 61, 2};
                default -> throw new IllegalArgumentException(format);
            };
            while (rp < s.length() && CNumber.isSpace(s.charAt(rp))) {
                rp++;
            }
            if (rp >= s.length() || !isDigit(s.charAt(rp))) {
                return -1;
            }
            int val = 0;
            int n = range[2];
            do {
                val = val * 10 + (s.charAt(rp++) - '0');
            } while (--n > 0 && val * 10 <= range[1] && rp < s.length() && isDigit(s.charAt(rp)));
            if (val < range[0] || val > range[1]) {
                return -1;
            }
            switch (directive) {
                case 'Y' -> tm.year = val - 1900;
                case 'm' -> tm.mon = val - 1;
                case 'd' -> tm.mday = val;
                case 'H' -> tm.hour = val;
                case 'M' -> tm.min = val;
                default -> tm.sec = val;
            }
        }
        return rp;
    }

    /** {@code tm_is_valid}, including its leap-year test on years since 1900. */
    private static boolean tmIsValid(Tm tm) {
        int[] days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (tm.mon < 0 || tm.mon > 11) {
            return false;
        }
        int max = tm.mon == 1 && isLeap(tm.year) ? 29 : days[tm.mon];
        return tm.mday >= 0 && tm.mday <= max && tm.hour >= 0 && tm.hour <= 23
                && tm.min >= 0 && tm.min <= 59 && tm.sec >= 0 && tm.sec <= 60;
    }

    private static boolean isLeap(int y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** {@code timegm}: out-of-range fields carry over as in C. */
    private static Long utc(Tm tm) {
        LocalDateTime t = normalized(tm);
        return t == null ? null : t.toEpochSecond(ZoneOffset.UTC);
    }

    /** {@code mktime} in the default zone. */
    private static Long local(Tm tm) {
        LocalDateTime t = normalized(tm);
        return t == null ? null : t.atZone(ZoneId.systemDefault()).toEpochSecond();
    }

    private static LocalDateTime normalized(Tm tm) {
        try {
            return LocalDateTime.of(tm.year + 1900, 1, 1, 0, 0)
                    .plusMonths(tm.mon).plusDays(tm.mday - 1L).plusHours(tm.hour)
                    .plusMinutes(tm.min).plusSeconds(tm.sec);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * An absolute time as display filters show it: quoted local date and time with nine
     * fraction digits when there is a fraction, and the zone offset.
     */
    static String formatAbsolute(long secs, int nsecs) {
        ZonedDateTime t;
        try {
            t = Instant.ofEpochSecond(secs).atZone(ZoneId.systemDefault());
        } catch (DateTimeException e) {
            return "Not representable";
        }
        StringBuilder sb = new StringBuilder("\"");
        sb.append(t.getYear()).append('-').append(two(t.getMonthValue())).append('-')
                .append(two(t.getDayOfMonth())).append(' ').append(two(t.getHour())).append(':')
                .append(two(t.getMinute())).append(':').append(two(t.getSecond()));
        if (nsecs != 0) {
            String digits = Integer.toString(nsecs);
            sb.append('.').append("0".repeat(Math.max(0, 9 - digits.length()))).append(digits);
        }
        int offset = t.getOffset().getTotalSeconds();
        sb.append(offset < 0 ? '-' : '+');
        offset = Math.abs(offset);
        sb.append(two(offset / 3600)).append(two(offset / 60 % 60)).append('"');
        return sb.toString();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static boolean at(String s, int i, char c) {
        return i >= 0 && i < s.length() && s.charAt(i) == c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
