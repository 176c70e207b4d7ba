package io.sharkfin.dissect;

/**
 * Wireshark's {@code nstime_t} arithmetic on times held as whole seconds and nanoseconds, without
 * allocating. Such times are exact over any range (a nanosecond count in a {@code long} ends in
 * 2262), and their comparison has {@code nstime_cmp}'s quirk, which filters must share.
 */
public final class NsTime {
    private static final int NANOS_PER_SECOND = 1_000_000_000;

    private NsTime() {
    }

    /**
     * The seconds of {@code b - a} as {@code nstime_delta} computes it: seconds and nanoseconds of
     * the difference have the same sign.
     */
    public static long deltaSeconds(long bSeconds, int bNanos, long aSeconds, int aNanos) {
        long secs = bSeconds - aSeconds;
        int nanos = bNanos - aNanos;
        if (bSeconds < aSeconds && nanos > 0) {
            secs++;
        } else if (bSeconds > aSeconds && nanos < 0) {
            secs--;
        }
        return secs;
    }

    /** The nanoseconds of {@code b - a} (see {@link #deltaSeconds}). */
    public static int deltaNanos(long bSeconds, int bNanos, long aSeconds, int aNanos) {
        int nanos = bNanos - aNanos;
        if (bSeconds < aSeconds && nanos > 0) {
            nanos -= NANOS_PER_SECOND;
        } else if (bSeconds > aSeconds && nanos < 0) {
            nanos += NANOS_PER_SECOND;
        }
        return nanos;
    }

    /**
     * {@code nstime_cmp}: negative, zero or positive as {@code a} is before, at or after
     * {@code b} — except that Wireshark truncates the difference of the seconds to 32 bits, so
     * times about 136 years apart or more may compare the wrong way round (or equal). tshark
     * filters compare times this way, so sharkfin's do too.
     */
    public static int compare(long aSeconds, int aNanos, long bSeconds, int bNanos) {
        if (aSeconds == bSeconds) {
            return Integer.compare(aNanos, bNanos);
        }
        return Integer.signum((int) (aSeconds - bSeconds));
    }
}
