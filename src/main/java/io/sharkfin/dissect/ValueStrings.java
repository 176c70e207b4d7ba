package io.sharkfin.dissect;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The names a field's numeric values have (Wireshark's {@code value_string},
 * {@code range_string}, {@code true_false_string}). Filters may write the name instead of the
 * number ({@code ip.proto == "TCP"}), and output shows the name beside the number.
 *
 * <p>Immutable (a {@linkplain #deferred deferred} table is read once, on first use, by whichever
 * thread comes first). {@link #kind()} says how names map to values, because Wireshark refuses
 * names for range and custom tables in a filter.
 */
public final class ValueStrings {

    /** How the names are organised. */
    public enum Kind {
        /** value → name pairs ({@code value_string}, {@code val64_string}). */
        VALUES,
        /** inclusive ranges → name ({@code range_string}): names cannot be used in filters. */
        RANGES,
        /** a display function: names cannot be used in filters. */
        CUSTOM,
        /** the two strings of a boolean. */
        TRUE_FALSE
    }

    private static final ValueStrings DEFAULT_TRUE_FALSE = trueFalse("True", "False");

    /** The names themselves. */
    private record Table(Kind kind, long[] lows, long[] highs, String[] names) {
    }

    // set when made, or when a deferred table is first used
    private volatile Table table;
    private final Supplier<ValueStrings> rows;

    private ValueStrings(Kind kind, long[] lows, long[] highs, String[] names) {
        this.table = new Table(kind, lows, highs, names);
        this.rows = null;
    }

    private ValueStrings(Supplier<ValueStrings> rows) {
        this.rows = rows;
    }

    /**
     * A table read when it is first used. Wireshark's catalogue names the values of thousands of
     * fields, and reading them all took a third of a small capture's run before its first frame;
     * a run uses a few.
     */
    public static ValueStrings deferred(Supplier<ValueStrings> rows) {
        return new ValueStrings(rows);
    }

    private Table table() {
        Table t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = rows.get().table();
                    table = t;
                }
            }
        }
        return t;
    }

    public static ValueStrings values(long[] values, String[] names) {
        if (values.length != names.length) {
            throw new IllegalArgumentException("values and names differ in length");
        }
        return new ValueStrings(Kind.VALUES, values.clone(), values.clone(), names.clone());
    }

    public static ValueStrings ranges(long[] lows, long[] highs, String[] names) {
        if (lows.length != names.length || highs.length != names.length) {
            throw new IllegalArgumentException("ranges and names differ in length");
        }
        return new ValueStrings(Kind.RANGES, lows.clone(), highs.clone(), names.clone());
    }

    public static ValueStrings custom() {
        return new ValueStrings(Kind.CUSTOM, new long[0], new long[0], new String[0]);
    }

    public static ValueStrings trueFalse(String trueString, String falseString) {
        return new ValueStrings(Kind.TRUE_FALSE, new long[] {1, 0}, new long[] {1, 0},
                new String[] {trueString, falseString});
    }

    /** The strings every boolean field without its own has: "True" and "False". */
    public static ValueStrings defaultTrueFalse() {
        return DEFAULT_TRUE_FALSE;
    }

    public Kind kind() {
        return table().kind;
    }

    public int size() {
        return table().names.length;
    }

    public long low(int i) {
        return table().lows[i];
    }

    public long high(int i) {
        return table().highs[i];
    }

    public String name(int i) {
        return table().names[i];
    }

    /** The name shown for a value, or null when the table has none. */
    public String nameOf(long value) {
        Table t = table();
        String[] names = t.names;
        if (t.kind == Kind.TRUE_FALSE) {
            return value != 0 ? names[0] : names[1];
        }
        for (int i = 0; i < names.length; i++) {
            if (value >= t.lows[i] && value <= t.highs[i]) {
                return names[i];
            }
        }
        return null;
    }

    @Override
    public String toString() {
        Table t = table();
        return t.kind + Arrays.toString(t.names);
    }
}
