package io.sharkfin.stats;

import io.sharkfin.dissect.FieldType;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The table of {@code -z io,stat}, as tap-iostat.c's iostat_draw lays it out (relative times,
 * tshark's default {@code -t r}): widths from the capture's duration and the largest value of
 * each column, the duration rounded to the interval's decimals, the last row ending at the
 * duration ("Dur" for whole seconds). Its quirks are kept: labels too narrow for their column
 * are left out, a long filter wraps at its last space.
 */
final class IoStatText {
    private static final long MICROS = 1_000_000L;

    private final IoStat stat;
    private final List<IoColumn> columns;
    private final StringBuilder out = new StringBuilder();

    /** Per column: the widths of its frame count and of its value (io_stat's column_width). */
    private final int[] frameWidth;
    private final int[] valueWidth;

    IoStatText(IoStat stat) {
        this.stat = stat;
        this.columns = stat.columns;
        frameWidth = new int[columns.size()];
        valueWidth = new int[columns.size()];
    }

    /** How many decimal digits of {@code val} (unsigned) there are, at most {@code max}. */
    static int magnitude(long val, int max) {
        int mag = 0;
        for (int i = 0; i < max; i++) {
            mag++;
            val = Long.divideUnsigned(val, 10);
            if (val == 0) {
                break;
            }
        }
        return mag;
    }

    /** {@code &spaces[k]} of a {@code width}-wide line of spaces: {@code width - k} of them. */
    private static String spaces(int width, int k) {
        return " ".repeat(Math.max(0, width - k));
    }

    /** C's {@code %Nu} of a guint32. */
    private static String u32(long v, int width) {
        return TableText.pad(Integer.toUnsignedString((int) v), width);
    }

    /** C's {@code %0Nu} of a guint32. */
    private static String u32zero(long v, int width) {
        String s = Integer.toUnsignedString((int) v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** The most rows sharkfin prints; tshark, keeping every row in memory, runs out of it far sooner. */
    static final long MAX_ROWS = 10_000_000L;

    /**
     * Writes the table.
     *
     * @throws IllegalStateException when the table would have more than {@link #MAX_ROWS} rows
     */
    void print(PrintWriter writer) {
        long duration = stat.elapsedSeconds * MICROS + (stat.elapsedNanos + 500) / 1000;
        long iotInterval = stat.interval;
        long interval;
        if (Long.compareUnsigned(iotInterval, duration) > 0 || iotInterval == IoStat.WHOLE) {
            interval = duration;
            iotInterval = IoStat.WHOLE;
        } else {
            interval = iotInterval;
        }
        int durSecs = (int) Long.divideUnsigned(duration, MICROS);
        int durSecsOrig = durSecs;
        int durNsecsOrig = (int) Long.remainderUnsigned(duration, MICROS);
        int durNsecs;
        int durMag = magnitude(Integer.toUnsignedLong(durSecs), 5);
        int numberWidth = durMag; // dur_mag_s: fixed before rounding may widen dur_mag
        int invlMag = magnitude(Long.divideUnsigned(interval, MICROS), 5);
        int prec;
        int borderlen;
        if (interval == duration) {
            prec = durMag >= 2 ? 1 : durMag == 1 ? 3 : 6;
            borderlen = 30 + durMag + (prec == 0 ? 0 : prec + 1);
        } else {
            prec = stat.precision;
            borderlen = 25 + Math.max(invlMag, durMag) + (prec == 0 ? 0 : prec + 1);
        }
        long dv = MICROS;
        for (int i = 0; i < prec; i++) {
            dv /= 10;
        }
        if (Long.remainderUnsigned(duration, dv) > 5 * (dv / 10)) {
            duration += 5 * (dv / 10);
            duration = Long.divideUnsigned(duration, dv) * dv;
            durSecs = (int) Long.divideUnsigned(duration, MICROS);
            durMag = magnitude(Integer.toUnsignedLong(durSecs), 5);
        }
        durNsecs = (int) Long.remainderUnsigned(duration, MICROS);
        if (iotInterval == IoStat.WHOLE) {
            interval = duration;
        }
        long numRows = rowCount(duration, interval);
        if (numRows > MAX_ROWS) {
            throw new IllegalStateException("-z io,stat: " + numRows + " intervals of " + seconds(interval)
                    + " s in the capture's " + seconds(duration) + " s; sharkfin prints at most " + MAX_ROWS
                    + " (give a longer interval, or 0 for the whole capture)");
        }
        int invlColW = prec == 0 ? 2 * durMag + 8 : 2 * durMag + 2 * prec + 10;
        invlColW = Math.max(invlColW, 12);
        borderlen = Math.max(borderlen, invlColW);

        int tabrowW = invlColW;
        for (int j = 0; j < columns.size(); j++) {
            tabrowW += widths(j, interval);
        }
        borderlen = Math.max(borderlen, tabrowW);
        int maxFilterW = 0;
        for (IoColumn c : columns) {
            maxFilterW = Math.max(maxFilterW, c.text == null ? 26 : c.text.length() + 11);
        }
        if (maxFilterW > borderlen && borderlen < 102) {
            borderlen = Math.min(maxFilterW, 102);
        }
        if (borderlen - tabrowW == 1) {
            borderlen++; // no double right border
        }

        out.append('\n').append("=".repeat(borderlen)).append('\n');
        out.append("| IO Statistics").append(spaces(borderlen, 16)).append("|\n");
        out.append('|').append(spaces(borderlen, 2)).append("|\n");
        if (prec == 0) {
            out.append("| Duration: ").append(u32(durSecsOrig, numberWidth)).append('.')
                    .append(u32(durNsecsOrig, 6)).append(" secs").append(spaces(borderlen, 25 + durMag)).append("|\n");
            out.append("| Interval: ").append(u32(Long.divideUnsigned(interval, MICROS), numberWidth))
                    .append(" secs").append(spaces(borderlen, 18 + durMag)).append("|\n");
        } else {
            String pad = spaces(borderlen, 19 + durMag + prec);
            out.append("| Duration: ").append(time(durSecs, durNsecs / dv, numberWidth, prec))
                    .append(" secs").append(pad).append("|\n");
            out.append("| Interval: ").append(time(Long.divideUnsigned(interval, MICROS),
                    Long.remainderUnsigned(interval, MICROS) / dv, numberWidth, prec)).append(" secs").append(pad).append("|\n");
        }
        out.append('|').append(spaces(borderlen, 2)).append("|\n");
        filters(borderlen);
        out.append("|-").append("-".repeat(Math.max(0, borderlen - 3))).append("|\n");
        headings(borderlen, tabrowW, invlColW);
        writer.print(out);
        out.setLength(0);
        rows(writer, duration, interval, prec, dv, durMag, numberWidth, borderlen, tabrowW);
        writer.print("=".repeat(borderlen));
        writer.print('\n');
    }

    /** "S.F" with S {@code %Nu} and F {@code %0Pu}. */
    private static String time(long seconds, long fraction, int width, int prec) {
        return u32(seconds, width) + "." + u32zero(fraction, prec);
    }

    /** Sets column {@code j}'s widths; its width in a row, borders included. */
    private int widths(int j, long interval) {
        IoColumn c = columns.get(j);
        switch (c.calc) {
            case FRAMES, FRAMES_BYTES -> {
                frameWidth[j] = Math.max(6, magnitude(Integer.toUnsignedLong(c.maxFrames), 15));
                if (c.calc == IoCalc.FRAMES) {
                    return frameWidth[j] + 3;
                }
                valueWidth[j] = Math.max(5, magnitude(c.maxValue, 15));
                return frameWidth[j] + 3 + valueWidth[j] + 3;
            }
            case BYTES, COUNT -> valueWidth[j] = Math.max(5, magnitude(c.maxValue, 15));
            default -> {
                FieldType t = c.field.type();
                if (IoValues.floating(t)) {
                    valueWidth[j] = magnitude(c.maxValue, 15) + 7;
                } else if (t == FieldType.RELATIVE_TIME) {
                    long max = c.maxValue;
                    if (c.calc == IoCalc.LOAD) {
                        // tshark divides by zero here (an empty capture); sharkfin keeps the value
                        max = interval == 0 ? max : Long.divideUnsigned(max, interval);
                    } else if (c.calc != IoCalc.AVG) {
                        max = Long.divideUnsigned(max + 500_000_000L, 1_000_000_000L);
                    }
                    valueWidth[j] = magnitude(max, 15) + 7;
                } else {
                    valueWidth[j] = Math.max(c.calc.label.length(), magnitude(c.maxValue, 15));
                }
            }
        }
        return valueWidth[j] + 3;
    }

    /** The "Col N: FILTER" lines, long filters wrapped at their last space before the border. */
    private void filters(int borderlen) {
        out.append("| Col");
        for (int j = 0; j < columns.size(); j++) {
            out.append(j == 0 ? "" : "|    ").append(TableText.pad(Integer.toString(j + 1), 2)).append(": ");
            String filter = columns.get(j).text;
            if (filter == null) {
                out.append("Frames and bytes").append(spaces(borderlen, 26)).append("|\n");
            } else if (filter.length() + 11 <= borderlen) {
                out.append(filter).append(spaces(borderlen, filter.length() + 10)).append("|\n");
            } else {
                int maxW = borderlen - 11;
                while (true) {
                    if (filter.length() > maxW) {
                        String head = filter.substring(0, maxW);
                        int space = head.lastIndexOf(' ');
                        int len = space >= 0 ? space : head.length();
                        int next = space >= 0 ? len + 1 : len;
                        out.append(head, 0, len).append(spaces(borderlen, len + 10)).append("|\n");
                        out.append("|        ");
                        filter = filter.substring(next);
                    } else {
                        out.append(filter).append(spaces(borderlen, filter.length() + 10)).append("|\n");
                        break;
                    }
                }
            }
        }
    }

    /** The column numbers, the labels and the rule under them. */
    private void headings(int borderlen, int tabrowW, int invlColW) {
        out.append('|').append(" ".repeat(invlColW - 2)).append('|');
        for (int j = 0; j < columns.size(); j++) {
            IoColumn c = columns.get(j);
            int w = switch (c.calc) {
                case FRAMES_BYTES -> frameWidth[j] + valueWidth[j] + 3;
                case FRAMES -> frameWidth[j];
                default -> valueWidth[j];
            };
            out.append(TableText.padRight(Integer.toString(j + 1), 2)).append(" ".repeat(w)).append('|');
        }
        String filler = tabrowW < borderlen ? spaces(borderlen, tabrowW + 1) + "|" : "";
        out.append(filler);
        out.append("\n| Interval").append(" ".repeat(Math.max(0, invlColW - 11))).append('|');
        for (int j = 0; j < columns.size(); j++) {
            IoColumn c = columns.get(j);
            switch (c.calc) {
                case FRAMES -> center(c.calc.label, frameWidth[j]);
                case FRAMES_BYTES -> {
                    center("Frames", frameWidth[j]);
                    center("Bytes", valueWidth[j]);
                }
                default -> center(c.calc.label, valueWidth[j]);
            }
        }
        out.append(filler);
        out.append("\n|-").append("-".repeat(Math.max(0, tabrowW - 3))).append('|').append(filler).append('\n');
    }

    /** printcenter: a label centred in a column, left out (misaligning the line) when the column is too wide. */
    private void center(String label, int width) {
        int len = 6 - ((width - label.length()) / 2 + 1);
        if (len > 0 && len < 6) {
            String pad = " ".repeat(6 - len);
            out.append((width - label.length()) % 2 == 0 ? pad : pad + " ").append(label).append(pad).append('|');
        } else if (len > 0 && len <= 15) {
            out.append(label).append('|');
        }
    }

    private void rows(PrintWriter writer, long duration, long interval, int prec, long dv, int durMag,
                      int numberWidth, int borderlen, int tabrowW) {
        long numRows = rowCount(duration, interval);
        String filler = tabrowW < borderlen ? spaces(borderlen, tabrowW + 1) + "|" : "";
        String edge = prec == 0 && durMag == 1 ? "|  " : "| ";
        Spread[] spreads = new Spread[columns.size()];
        for (int j = 0; j < spreads.length; j++) {
            spreads[j] = new Spread(columns.get(j).spread());
        }
        long t = 0;
        for (long i = 0; i < numRows; i++) {
            boolean last = i == numRows - 1;
            long end = last ? duration : t + interval;
            if (prec == 0) {
                out.append(edge).append(u32(Long.divideUnsigned(t, MICROS), numberWidth)).append(" <> ");
                if (last) {
                    out.append(TableText.padRight("Dur", durMag >= 3 ? durMag + 1 : 3)).append('|');
                } else {
                    out.append(u32(Long.divideUnsigned(end, MICROS), numberWidth)).append(durMag == 1 ? "  |" : " |");
                }
            } else {
                out.append("| ").append(time(Long.divideUnsigned(t, MICROS), Long.remainderUnsigned(t, MICROS) / dv,
                        numberWidth, prec)).append(" <> ").append(time(Long.divideUnsigned(end, MICROS),
                        Long.remainderUnsigned(end, MICROS) / dv, numberWidth, prec)).append(" |");
            }
            for (int j = 0; j < columns.size(); j++) {
                cell(j, i, spreads[j].at(i), last, t, end, interval);
            }
            out.append(filler).append('\n');
            writer.print(out);
            out.setLength(0);
            t += interval;
        }
    }

    /** How many rows iostat_draw prints, counted in a C unsigned int. */
    private static long rowCount(long duration, long interval) {
        if (interval == 0 || duration == 0) {
            return 0;
        }
        return Integer.toUnsignedLong((int) Long.divideUnsigned(duration, interval)
                + ((int) Long.remainderUnsigned(duration, interval) != 0 ? 1 : 0));
    }

    private static String seconds(long micros) {
        return new java.math.BigDecimal(new java.math.BigInteger(Long.toUnsignedString(micros)), 6)
                .stripTrailingZeros().toPlainString();
    }

    /** Walks LOAD's range additions row by row: the total added to each row. */
    private static final class Spread {
        private final Iterator<Map.Entry<Long, Long>> changes;
        private Map.Entry<Long, Long> next;
        private long sum;

        Spread(Map<Long, Long> changes) {
            this.changes = changes.entrySet().iterator();
            next = this.changes.hasNext() ? this.changes.next() : null;
        }

        long at(long row) {
            while (next != null && next.getKey() <= row) {
                sum += next.getValue();
                next = changes.hasNext() ? changes.next() : null;
            }
            return sum;
        }
    }

    /** Row {@code row}'s value of column {@code j}. */
    private void cell(int j, long row, long spread, boolean last, long t, long end, long interval) {
        IoColumn c = columns.get(j);
        IoColumn.Cell it = c.cell(row);
        if (it == null) {
            // no frame reached the row: tshark prints its format with zeros (a double's is
            // undefined there; sharkfin prints 0)
            it = new IoColumn.Cell();
        }
        long counter = it.counter + spread;
        int w = valueWidth[j];
        switch (c.calc) {
            case FRAMES -> out.append(' ').append(u32(it.frames, frameWidth[j])).append(" |");
            case FRAMES_BYTES -> out.append(' ').append(u32(it.frames, frameWidth[j])).append(" | ")
                    .append(TableText.pad(Long.toUnsignedString(counter), w)).append(" |");
            case BYTES, COUNT -> out.append(' ').append(TableText.pad(Long.toUnsignedString(counter), w)).append(" |");
            case SUM, MIN, MAX -> value(c.field.type(), it.floatCounter, it.doubleCounter,
                    Long.divideUnsigned(counter + 500, 1000), counter, w);
            case AVG -> {
                long num = it.num == 0 ? 1 : Integer.toUnsignedLong(it.num);
                value(c.field.type(), it.floatCounter / (float) num, it.doubleCounter / num,
                        Long.divideUnsigned(Long.divideUnsigned(counter, num) + 500, 1000),
                        Long.divideUnsigned(counter, num), w);
            }
            case LOAD -> {
                long span = last ? end - t : interval;
                if (span == 0) {
                    relative(0, w);
                } else {
                    long whole = Long.divideUnsigned(counter, span);
                    long part = Long.divideUnsigned(Long.remainderUnsigned(counter, span) * MICROS, span);
                    out.append(' ').append(u32(whole, w - 7)).append('.').append(u32zero(part, 6)).append(" |");
                }
            }
        }
    }

    /** A SUM, MIN, MAX or AVG value in its type's format; {@code micros}: a time's, rounded. */
    private void value(FieldType t, float f, double d, long micros, long integral, int w) {
        switch (t) {
            // %M.6f with M the magnitude alone: smaller values come out narrower than the column
            case FLOAT -> out.append(' ').append(fixed(f, w - 7)).append(" |");
            case DOUBLE -> out.append(' ').append(fixed(d, w - 7)).append(" |");
            case RELATIVE_TIME -> relative(micros, w);
            case INT8, INT16, INT24, INT32, INT64 -> out.append(' ').append(TableText.pad(Long.toString(integral), w)).append(" |");
            default -> out.append(' ').append(TableText.pad(Long.toUnsignedString(integral), w)).append(" |");
        }
    }

    /** {@code %Nu.%06u} of microseconds. */
    private void relative(long micros, int w) {
        out.append(' ').append(u32(Long.divideUnsigned(micros, MICROS), w - 7)).append('.')
                .append(u32zero(Long.remainderUnsigned(micros, MICROS), 6)).append(" |");
    }

    /** {@code %N.6f}, with C's words for what is not a number. */
    private static String fixed(double v, int w) {
        if (Double.isNaN(v)) {
            return TableText.pad(Double.doubleToRawLongBits(v) < 0 ? "-nan" : "nan", w);
        }
        if (Double.isInfinite(v)) {
            return TableText.pad(v < 0 ? "-inf" : "inf", w);
        }
        return TableText.fixed(v, w, 6);
    }
}
