package io.sharkfin.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/** The number formats of tshark's tables, as its C code prints them. */
final class TableText {
    private TableText() {
    }

    /** The rule above and below every table. */
    static final String RULE = "=".repeat(80);

    /**
     * A byte count as Wireshark's {@code format_size(n, FORMAT_SIZE_UNIT_BYTES, 0)} writes it:
     * below 10,000 "{@code n bytes}", else the count in whole kB, MB, GB or TB (powers of 1,000,
     * cut, not rounded) once it is at least 10 of them. Digits are not grouped (tshark's C locale).
     */
    static String size(long n) {
        String[] prefixes = {" T", " G", " M", " k"};
        long[] powers = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < powers.length; i++) {
            if (n / powers[i] >= 10) {
                return n / powers[i] + prefixes[i] + "B";
            }
        }
        return n + " bytes";
    }

    /**
     * A time as {@code nstime_to_sec} makes it (a double) printed with {@code %W.Pf}: C rounds
     * the double's exact binary value to nearest, ties to even, where Java's {@code %f} rounds
     * its shortest decimal form half up (0.15 is 0.1 in C, 0.2 in Java).
     */
    static String fixed(double value, int width, int places) {
        String s = new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        if (Math.copySign(1.0, value) < 0 && !Double.isNaN(value) && !s.startsWith("-")) {
            s = "-" + s; // C keeps the sign of a negative value that rounds to zero, and of -0.0
        }
        return pad(s, width);
    }

    /** Seconds and nanoseconds (same sign) as {@code nstime_to_sec} adds them. */
    static double seconds(long seconds, int nanos) {
        return (double) seconds + (double) nanos / 1_000_000_000.0;
    }

    /** {@code %Ns}: right-aligned in {@code width}, never cut. */
    static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** {@code %-Ns}: left-aligned in {@code width}, never cut. */
    static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /**
     * The rows in the order tshark's tables print them: most frames first, rows of equal
     * frames in the order they were made (tap-iousers.c and tap-endpoints.c print each frame
     * count in turn, scanning the rows in order); rows without frames are not printed.
     */
    static <T> List<T> busiestFirst(List<T> rows, ToLongFunction<T> frames) {
        List<T> sorted = new ArrayList<>();
        for (T row : rows) {
            if (frames.applyAsLong(row) > 0) {
                sorted.add(row);
            }
        }
        sorted.sort(Comparator.comparingLong(frames).reversed()); // List.sort is stable
        return sorted;
    }
}
