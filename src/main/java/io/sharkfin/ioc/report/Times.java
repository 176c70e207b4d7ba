package io.sharkfin.ioc.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Time formats of the reports: ISO-8601 UTC with nanoseconds, and seconds as doubles. */
public final class Times {
    private Times() {
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern(
            "uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** {@code 2024-06-11T10:00:00.123456789Z} for nanoseconds since the epoch. */
    public static String iso(long epochNanos) {
        return ISO.format(Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                Math.floorMod(epochNanos, 1_000_000_000L)));
    }

    /** The same for a time given as seconds and nanoseconds (certificate validity can lie past 2262). */
    public static String iso(long epochSeconds, int nanos) {
        return ISO.format(Instant.ofEpochSecond(epochSeconds, nanos));
    }

    /** Nanoseconds as seconds. */
    public static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Seconds rounded to milliseconds, for prose ("5.03 s"). */
    public static String human(double seconds) {
        if (Double.isNaN(seconds)) {
            return "?";
        }
        if (Math.abs(seconds) >= 100) {
            return String.format(java.util.Locale.ROOT, "%.0f s", seconds);
        }
        if (Math.abs(seconds) >= 10) {
            return String.format(java.util.Locale.ROOT, "%.1f s", seconds);
        }
        return String.format(java.util.Locale.ROOT, "%.2f s", seconds);
    }
}
