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
    private String last;
    private int more;

    public void add(String v) {
        // most calls repeat the previous value (the same client, the same server)
        if (v == null || v.equals(last)) {
            return;
        }
        last = v;
        if (values.size() < Limits.VALUES_LISTED) {
            values.add(v);
        } else if (!values.contains(v)) {
            // counts repeats of unlisted values too (unless consecutive): an estimate of what was left out
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
