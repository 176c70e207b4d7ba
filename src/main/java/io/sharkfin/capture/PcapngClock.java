package io.sharkfin.capture;

/**
 * The time-stamp clocks {@link PcapngWriter} gives its interfaces. Nanoseconds since 1970 cover
 * 1970 to 2554 in 64 bits; earlier times use the same resolution from an offset
 * ({@code if_tsoffset}), and later ones microseconds, which a broken capture's far-future time
 * (read from microsecond ticks in the first place) always fits.
 */
enum PcapngClock {
    NANOSECONDS(9, 0),
    NANOSECONDS_BEFORE_1970(9, -9_000_000_000L),
    MICROSECONDS(6, 0);

    private static final long NANOS = 1_000_000_000L;
    private static final long MICROS = 1_000_000L;

    private final int tsresol;
    private final long offsetSeconds;

    PcapngClock(int tsresol, long offsetSeconds) {
        this.tsresol = tsresol;
        this.offsetSeconds = offsetSeconds;
    }

    /** The {@code if_tsresol} value. */
    int tsresol() {
        return tsresol;
    }

    /** The {@code if_tsoffset} value, 0 for none. */
    long offsetSeconds() {
        return offsetSeconds;
    }

    /** The clock that holds this time exactly, or null when none does. */
    static PcapngClock forTime(long seconds, int nanos) {
        if (fits(seconds, NANOS)) {
            return NANOSECONDS;
        }
        if (seconds < 0 && fits(seconds - NANOSECONDS_BEFORE_1970.offsetSeconds, NANOS)) {
            return NANOSECONDS_BEFORE_1970;
        }
        if (nanos % 1000 == 0 && fits(seconds, MICROS)) {
            return MICROSECONDS;
        }
        return null;
    }

    /** Whether {@code seconds} whole units plus a fraction fit in 64 unsigned bits. */
    private static boolean fits(long seconds, long unitsPerSecond) {
        return seconds >= 0 && Long.compareUnsigned(seconds, Long.divideUnsigned(-1L, unitsPerSecond) - 1) < 0;
    }

    /** The ticks to store for this time. */
    long ticks(long seconds, int nanos) {
        long s = seconds - offsetSeconds;
        return this == MICROSECONDS ? s * MICROS + nanos / 1000 : s * NANOS + nanos;
    }
}
