package io.sharkfin.dissect;

import java.util.HashMap;
import java.util.Map;

/** Names of numeric values, as one of Wireshark's {@code value_string} tables gives them. */
public final class NameTable {

    private final Map<Long, String> names;

    private NameTable(Map<Long, String> names) {
        this.names = names;
    }

    /** A table from pairs: value, name, value, name, ... (the first name of a value wins). */
    public static NameTable of(Object... pairs) {
        Map<Long, String> m = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.putIfAbsent(((Number) pairs[i]).longValue(), (String) pairs[i + 1]);
        }
        return new NameTable(Map.copyOf(m));
    }

    /** The name of {@code value}, or null. */
    public String get(long value) {
        return names.get(value);
    }

    /** The name of {@code value}, or {@code fallback} ({@code val_to_str_const}). */
    public String get(long value, String fallback) {
        String n = names.get(value);
        return n != null ? n : fallback;
    }

    /** The name of {@code value}, or {@code format} applied to it ({@code val_to_str}). */
    public String format(long value, String format) {
        String n = names.get(value);
        return n != null ? n : String.format(java.util.Locale.ROOT, format, value);
    }
}
