package io.sharkfin.stats;

import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.util.BitSet;

/** A {@code -z} tap's optional filter, as register_tap_listener takes it. */
final class TapFilter {
    private TapFilter() {
    }

    /** The filter of {@code text}: null (every frame) for none or a blank text. */
    static Filter compile(String text) throws FilterException {
        return text == null || text.isBlank() ? null : Filter.compile(text);
    }

    /** The fields {@code filter} names (none for null). */
    static BitSet fields(Filter filter) {
        return filter == null ? new BitSet() : filter.fields();
    }
}
