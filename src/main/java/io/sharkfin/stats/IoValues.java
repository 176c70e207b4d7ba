package io.sharkfin.stats;

import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

/**
 * The arithmetic of tap-iostat.c on a field's values, by the field's type: integers and times
 * (nanoseconds) in an unsigned 64-bit counter, floats in a C float, doubles in a double. Kept
 * apart from {@link IoColumn} because each calculation treats each type its own way.
 */
final class IoValues {
    private IoValues() {
    }

    private static final long NANOS = 1_000_000_000L;

    /** Whether values of {@code t} are held as a float or double rather than in the counter. */
    static boolean floating(FieldType t) {
        return t == FieldType.FLOAT || t == FieldType.DOUBLE;
    }

    /** An integer or time value as iostat_packet reads it into a guint64. */
    private static long integral(FieldType t, Packet p, int e) {
        if (t == FieldType.RELATIVE_TIME) {
            return p.timeSeconds(e) * NANOS + p.timeNanos(e);
        }
        return p.num(e);
    }

    /** Adds value {@code e} to {@code it}; {@code first}: the interval's first frame's first value. */
    static void add(IoCalc calc, FieldType t, IoColumn.Cell it, Packet p, int e, boolean first) {
        if (calc == IoCalc.AVG) {
            it.num++;
        }
        if (t == FieldType.FLOAT) {
            float v = (float) p.dbl(e);
            switch (calc) {
                case SUM, AVG -> it.floatCounter += v;
                case MIN -> it.floatCounter = first || v < it.floatCounter ? v : it.floatCounter;
                case MAX -> it.floatCounter = v > it.floatCounter ? v : it.floatCounter;
                default -> throw new IllegalStateException(calc.name());
            }
            return;
        }
        if (t == FieldType.DOUBLE) {
            double v = p.dbl(e);
            switch (calc) {
                case SUM, AVG -> it.doubleCounter += v;
                case MIN -> it.doubleCounter = first || v < it.doubleCounter ? v : it.doubleCounter;
                case MAX -> it.doubleCounter = v > it.doubleCounter ? v : it.doubleCounter;
                default -> throw new IllegalStateException(calc.name());
            }
            return;
        }
        long v = integral(t, p, e);
        switch (calc) {
            case SUM, AVG -> it.counter += v;
            case MIN -> it.counter = first || less(t, v, it.counter) ? v : it.counter;
            case MAX -> it.counter = less(t, it.counter, v) ? v : it.counter;
            default -> throw new IllegalStateException(calc.name());
        }
    }

    /** The comparison iostat_packet makes: signed (32 or 64 bits) for signed types, else unsigned. */
    private static boolean less(FieldType t, long a, long b) {
        return switch (t) {
            case INT8, INT16, INT24, INT32 -> (int) a < (int) b;
            case INT64 -> a < b;
            default -> Long.compareUnsigned(a, b) < 0;
        };
    }

    /** Keeps the largest value and frame count of the column's cells, as iostat_packet does after each frame. */
    static void widen(IoColumn c, IoColumn.Cell it) {
        switch (c.calc) {
            case FRAMES, FRAMES_BYTES -> {
                c.maxFrames = Integer.compareUnsigned(c.maxFrames, it.frames) >= 0 ? c.maxFrames : it.frames;
                if (c.calc == IoCalc.FRAMES_BYTES) {
                    c.maxValue = umax(c.maxValue, it.counter);
                }
            }
            case BYTES, COUNT, LOAD -> c.maxValue = umax(c.maxValue, it.counter);
            case SUM, MIN, MAX -> c.maxValue = umax(c.maxValue, switch (c.field.type()) {
                case FLOAT -> (long) ((double) it.floatCounter + 0.5);
                case DOUBLE -> (long) (it.doubleCounter + 0.5);
                default -> it.counter;
            });
            case AVG -> {
                if (it.num != 0) {
                    long num = Integer.toUnsignedLong(it.num);
                    c.maxValue = umax(c.maxValue, switch (c.field.type()) {
                        case FLOAT -> Long.divideUnsigned((long) it.floatCounter, num);
                        case DOUBLE -> Long.divideUnsigned((long) it.doubleCounter, num);
                        case RELATIVE_TIME -> Long.divideUnsigned(Long.divideUnsigned(it.counter, num) + NANOS / 2, NANOS);
                        default -> Long.divideUnsigned(it.counter, num);
                    });
                }
            }
        }
    }

    private static long umax(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }
}
