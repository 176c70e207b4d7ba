package io.sharkfin.ioc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct values seen with an indicator (clients, answers, servers), in order of first
 * appearance, at most {@link Limits#VALUES_LISTED}; {@link #total()} counts the rest too.
 */
public final class DistinctValues {

    private final Set<String> values = new LinkedHashSet<>();
    private int more;

    public void add(String v) {
        if (v == null) {
            return;
        }
        if (values.size() < Limits.VALUES_LISTED) {
            values.add(v);
        } else if (!values.contains(v)) {
            // counts repeats of unlisted values too: "more" is a lower bound of what was left out
            more++;
        }
    }

    public boolean contains(String v) {
        return values.contains(v);
    }

    public List<String> list() {
        return new ArrayList<>(values);
    }

    public int size() {
        return values.size();
    }

    /** Listed values plus the number of unlisted occurrences. */
    public int total() {
        return values.size() + more;
    }

    /** The first value, or null. */
    public String first() {
        return values.isEmpty() ? null : values.iterator().next();
    }
}
