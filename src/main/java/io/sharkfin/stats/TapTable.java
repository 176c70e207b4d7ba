package io.sharkfin.stats;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the conversation and endpoint tables share: the tap they count from, their rows by key in
 * the order they were made, and tshark's heading (rule, title, filter).
 *
 * @param <K> a row's key
 * @param <R> a row
 */
abstract sealed class TapTable<K, R> implements Statistic permits ConversationTable, EndpointTable {
    final Tap tap;
    private final Map<K, R> byKey = new HashMap<>();
    final List<R> rows = new ArrayList<>();

    TapTable(Tap tap) {
        this.tap = tap;
    }

    @Override
    public final BitSet fields() {
        return tap.fields();
    }

    @Override
    public final BitSet filterFields() {
        return tap.filterFields();
    }

    @Override
    public final boolean needsTree() {
        return tap.filterText != null && !tap.filterText.isBlank(); // "" compiles to no filter
    }

    /** The row of {@code key}, or null. */
    final R row(K key) {
        return byKey.get(key);
    }

    /** The row of {@code key}, made by {@code create} (and put last) when there is none. */
    final R row(K key, Function<K, R> create) {
        return byKey.computeIfAbsent(key, k -> {
            R r = create.apply(k);
            rows.add(r);
            return r;
        });
    }

    /** The rule, "TYPE Conversations" or "TYPE Endpoints", and the filter line. */
    final void heading(PrintWriter out, String what) {
        out.println(TableText.RULE);
        out.println(tap.type.title + " " + what);
        out.println("Filter:" + (tap.filterText == null ? "<No Filter>" : tap.filterText));
    }
}
