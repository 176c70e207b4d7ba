package io.sharkfin.capture;

/**
 * One pcapng Interface Description Block as the reader needs it: link type, snapshot length,
 * clock ({@code if_tsresol}, {@code if_tsoffset}). Its name is the reader's, by the quirk of
 * several sections ({@code namesAcrossSections}).
 *
 * @param unitsPerSecond time-stamp ticks per second, an unsigned 64-bit value
 * @param offsetSeconds  {@code if_tsoffset}: seconds added to every time stamp
 * @param timePrecision  the decimals of the clock ({@link #precision}), given to every frame
 */
record PcapngInterface(int linkType, int snapshotLength, long unitsPerSecond, long offsetSeconds,
                       int timePrecision) {
    static final long MICROSECONDS = 1_000_000L;
    static final long NANOSECONDS = 1_000_000_000L;
    /** wiretap's answer to a resolution too fine to count in 64 bits (G_MAXUINT64). */
    private static final long TOO_FINE = -1L;

    /** An interface whose clock ticks {@code unitsPerSecond} times a second. */
    static PcapngInterface of(int linkType, int snapshotLength, long unitsPerSecond, long offsetSeconds) {
        return new PcapngInterface(linkType, snapshotLength, unitsPerSecond, offsetSeconds, precision(unitsPerSecond));
    }

    /**
     * wiretap's precision for a clock: the decimals of the finest of seconds, deciseconds, ...
     * nanoseconds that its ticks are at least as fine as.
     */
    private static int precision(long unitsPerSecond) {
        if (unitsPerSecond == TOO_FINE || Long.compareUnsigned(unitsPerSecond, NANOSECONDS) >= 0) {
            return 9;
        }
        if (unitsPerSecond >= MICROSECONDS) {
            return 6;
        }
        if (unitsPerSecond >= 1_000) {
            return 3;
        }
        if (unitsPerSecond >= 100) {
            return 2;
        }
        return unitsPerSecond >= 10 ? 1 : 0;
    }

    /**
     * Ticks per second for an {@code if_tsresol} value: 10^-n, or 2^-n when the high bit is set.
     */
    static long unitsPerSecond(int tsresol) {
        int exponent = tsresol & 0x7f;
        boolean binary = (tsresol & 0x80) != 0;
        if (binary ? exponent >= 64 : exponent >= 20) {
            return TOO_FINE;
        }
        if (binary) {
            return 1L << exponent;
        }
        long units = 1;
        for (int i = 0; i < exponent; i++) {
            units *= 10; // 10^19 still fits in 64 unsigned bits
        }
        return units;
    }

    /** The largest captured length this interface's link type allows. */
    int maxCaptured() {
        return LinkType.maxCapturedLength(linkType);
    }

    /**
     * Sets {@code frame}'s time stamp from {@code ticks}, computed as wiretap does (unsigned
     * 64-bit arithmetic, fraction truncated, {@code if_tsoffset} added to the seconds), so times
     * match tshark to the last digit.
     */
    void stamp(Frame frame, long ticks) {
        long seconds;
        long fraction;
        if (unitsPerSecond == MICROSECONDS && ticks >= 0) {
            seconds = ticks / MICROSECONDS;
            fraction = ticks % MICROSECONDS * 1000;
        } else if (unitsPerSecond == NANOSECONDS && ticks >= 0) {
            seconds = ticks / NANOSECONDS;
            fraction = ticks % NANOSECONDS;
        } else {
            seconds = Long.divideUnsigned(ticks, unitsPerSecond);
            long rest = Long.remainderUnsigned(ticks, unitsPerSecond);
            // wiretap multiplies in 64 bits and lets it wrap for resolutions finer than ~2^-34
            fraction = Long.divideUnsigned(rest * NANOSECONDS, unitsPerSecond);
        }
        frame.timestamp(seconds + offsetSeconds, (int) fraction).timePrecision(timePrecision());
    }
}
