package io.sharkfin.stats;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.util.BitSet;
import java.util.TreeMap;

/**
 * One column of {@code -z io,stat}: a filter ("Frames and bytes" of the frames it passes), or a
 * calculation over a field ({@code COUNT(tcp.len)tcp.port == 80}), counted per interval as
 * tap-iostat.c's iostat_packet counts it, quirks included: unsigned 64-bit sums, MIN's first
 * value taken only from the interval's first frame, times in nanoseconds.
 */
final class IoColumn {

    /** One interval's counts (io_stat_item_t). */
    static final class Cell {
        int frames;
        int num;
        long counter;
        float floatCounter;
        double doubleCounter;
    }

    /** The column's text as tshark shows it, or null for an empty one ("Frames and bytes"). */
    final String text;
    final IoCalc calc;
    /** The field a calculation reads, else null. */
    final FieldDef field;
    private final Filter filter;
    /** Microseconds, unsigned; -1 (G_MAXUINT64) is the whole capture. */
    private final long interval;
    /** Whether some filter of the run names the field: tshark sees only such fields' values. */
    private boolean primed;

    private final TreeMap<Long, Cell> cells = new TreeMap<>();
    private Cell tail = new Cell();
    private long tailRow;
    private long tailStart;
    /** LOAD's additions to ranges of rows before the tail, as differences (row: change from there on). */
    private final TreeMap<Long, Long> spread = new TreeMap<>();
    /** The largest value (unsigned) and frame count of a cell, for the column's width. */
    long maxValue;
    int maxFrames;

    private IoColumn(String text, IoCalc calc, FieldDef field, Filter filter, long interval) {
        this.text = text;
        this.calc = calc;
        this.field = field;
        this.filter = filter;
        this.interval = interval;
        cells.put(0L, tail);
        primed = field != null && filter != null && filter.fields().get(field.id());
    }

    /**
     * The column a piece of an io,stat argument asks for, read as register_io_tap reads it: the
     * first calculation name the text starts with, then its parenthesised field and the filter
     * after it; a text naming none is a filter.
     */
    static IoColumn parse(String text, FieldRegistry registry, long interval) throws FilterException {
        IoCalc calc = IoCalc.FRAMES_BYTES;
        String filterText = text;
        String fieldName = null;
        for (IoCalc c : IoCalc.values()) {
            if (text != null && text.startsWith(c.label)) {
                calc = c;
                if (text.length() > c.label.length() && text.charAt(c.label.length()) == '(') {
                    int open = c.label.length() + 1;
                    int close = text.indexOf(')', open);
                    if (close < 0) {
                        throw refused(text, "closing parenthesis missing from calculated expression");
                    }
                    boolean counting = c == IoCalc.FRAMES || c == IoCalc.BYTES;
                    if (counting && close != open) {
                        throw refused(text, c.label + " does not require or allow a field name within the parens");
                    }
                    if (!counting && close == open) {
                        throw refused(text, "you didn't specify a field name for " + c.label + "(*)");
                    }
                    fieldName = text.substring(open, close);
                    filterText = text.substring(close + 1);
                    break;
                }
            } else if (calc == IoCalc.FRAMES || calc == IoCalc.BYTES) {
                // FRAMES or BYTES without parentheses: every frame, whatever follows the name
                filterText = "";
            }
        }
        FieldDef field = null;
        if (calc.readsField()) {
            if (fieldName == null) {
                throw refused(text, calc.label + " needs a field: " + calc.label + "(FIELD)[FILTER]");
            }
            field = registry.lookup(fieldName);
            if (field == null) {
                throw refused(text, "there is no field named '" + fieldName + "'");
            }
            String why = calc.refusal(fieldName, field.type());
            if (why == null && calc != IoCalc.COUNT && isWideInteger(field.type())) {
                why = fieldName + " doesn't have integral values, so " + calc.label + "(*) calculations are not supported on it";
            }
            if (why != null) {
                throw refused(text, why);
            }
            if (!field.dissected()) {
                throw refused(text, "sharkfin does not dissect " + fieldName + ", so it cannot count its values");
            }
        }
        Filter filter = TapFilter.compile(filterText);
        return new IoColumn(text, calc, field, filter, interval);
    }

    /** The 40- to 56-bit integers, which register_io_tap lets through to no calculation but COUNT. */
    private static boolean isWideInteger(FieldType t) {
        return switch (t) {
            case UINT40, UINT48, UINT56, INT40, INT48, INT56 -> true;
            default -> false;
        };
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException("io,stat column \"" + text + "\": " + why + " (sharkfin reads "
                + IoStat.FORM + ")");
    }

    /** The fields the column's filter and calculation read. */
    void fields(BitSet into) {
        if (filter != null) {
            into.or(filter.fields());
        }
        if (field != null) {
            into.set(field.id());
        }
    }

    /** The fields the column's filter names, which tshark primes every dissection with. */
    void filterFields(BitSet into) {
        if (filter != null) {
            into.or(filter.fields());
        }
    }

    /** Tells the column which fields the run's filters name (see {@link #primed}). */
    void primed(BitSet fields) {
        primed = field != null && fields.get(field.id());
    }

    boolean passes(Packet p) {
        return filter == null || filter.test(p);
    }

    /** The cell of row {@code row}, or null when no frame reached it. */
    Cell cell(long row) {
        return cells.get(row);
    }

    /** LOAD's spread additions to rows before the tail, row by row from the first. */
    TreeMap<Long, Long> spread() {
        return spread;
    }

    /** Counts a frame this column's filter passed, {@code rt} microseconds into the capture. */
    void count(Packet p, long rt) {
        if (Long.compareUnsigned(rt, tailStart + interval) >= 0) {
            // the rows between the last and this one stay empty (no cell: printed as zeros)
            long steps = Long.divideUnsigned(rt - tailStart, interval);
            tailRow += steps;
            tailStart += steps * interval;
            tail = new Cell();
            cells.put(tailRow, tail);
        }
        Cell it = tail;
        it.frames++;
        switch (calc) {
            case FRAMES, BYTES, FRAMES_BYTES -> it.counter += p.frame().originalLength();
            case COUNT -> it.counter += primed ? p.count(field.id()) : 0;
            case LOAD -> load(p);
            default -> values(p, it);
        }
        IoValues.widen(this, it);
    }

    /** SUM, MIN, MAX and AVG over the field's values in the frame. */
    private void values(Packet p, Cell it) {
        if (!primed) {
            return;
        }
        int i = 0;
        for (int e = p.first(field.id()); e >= 0; e = p.next(e), i++) {
            boolean first = it.frames == 1 && i == 0;
            IoValues.add(calc, field.type(), it, p, e, first);
        }
    }

    /**
     * LOAD: each value (a relative time, a request's duration) adds what falls in this interval
     * to this cell and whole intervals to the cells before it, walking back through
     * tap-iostat.c's list, whose first cell's "previous" is the last: past the first row the
     * walk wraps to the tail. The walk is summed per row rather than stepped.
     */
    private void load(Packet p) {
        if (!primed) {
            return;
        }
        for (int e = p.first(field.id()); e >= 0; e = p.next(e)) {
            long val = p.timeSeconds(e) * 1_000_000L + p.timeNanos(e) / 1000;
            int tival = (int) Long.remainderUnsigned(val, interval);
            tail.counter += tival;
            val -= tival;
            long rows = tailRow + 1;
            long steps = Long.divideUnsigned(val, interval);
            long rest = Long.remainderUnsigned(val, interval);
            long cycles = Long.divideUnsigned(steps, rows);
            long extra = Long.remainderUnsigned(steps, rows);
            // every row, the tail included, gets a whole interval per full cycle
            tail.counter += cycles * interval;
            addBefore(0, tailRow - 1, cycles * interval);
            // then the rows just before the tail, one interval each
            addBefore(tailRow - extra, tailRow - 1, interval);
            if (rest != 0) {
                if (extra < tailRow) {
                    addBefore(tailRow - 1 - extra, tailRow - 1 - extra, rest);
                } else {
                    tail.counter += rest;
                }
            }
        }
    }

    private void addBefore(long from, long to, long amount) {
        if (amount == 0 || from > to || to < 0) {
            return;
        }
        spread.merge(from, amount, Long::sum);
        spread.merge(to + 1, -amount, Long::sum);
    }
}
