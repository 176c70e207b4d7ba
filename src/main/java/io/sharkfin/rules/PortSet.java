package io.sharkfin.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of TCP/UDP ports (0..65535) as sorted, disjoint, non-adjacent ranges: what one side of
 * a Suricata rule header may hold. Conditions on the same side of a conjunction intersect here,
 * and {@link #suricata()} writes the result the way Suricata reads a port group.
 *
 * <p>Suricata reads a bracketed group as the union of its positive entries, less its negated
 * ones (a group of negations alone starts from every port): detect-engine-port.c,
 * DetectPortParseMergeNotPorts. So {@code [1024:,:1030]} is every port, never the intersection
 * a conjunction asks for, and an intersection has to be computed before it is written.
 */
record PortSet(int[] bounds) {
    static final int MAX = 65535;
    static final PortSet ALL = new PortSet(new int[] {0, MAX});
    static final PortSet NONE = new PortSet(new int[0]);

    /** The ports {@code lo..hi}, clipped to 0..65535 (empty when nothing is left). */
    static PortSet range(long lo, long hi) {
        long a = Math.max(lo, 0);
        long b = Math.min(hi, MAX);
        return a > b ? NONE : new PortSet(new int[] {(int) a, (int) b});
    }

    static PortSet of(List<Long> ports) {
        PortSet s = NONE;
        for (long p : ports) {
            s = s.union(range(p, p));
        }
        return s;
    }

    boolean isEmpty() {
        return bounds.length == 0;
    }

    boolean isAll() {
        return equals(ALL);
    }

    /** Whether every port of {@code other} is in this set. */
    boolean covers(PortSet other) {
        return other.intersect(this).equals(other);
    }

    PortSet complement() {
        List<Integer> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] > next) {
                out.add(next);
                out.add(bounds[i] - 1);
            }
            next = bounds[i + 1] + 1;
        }
        if (next <= MAX) {
            out.add(next);
            out.add(MAX);
        }
        return new PortSet(out.stream().mapToInt(Integer::intValue).toArray());
    }

    PortSet intersect(PortSet other) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < other.bounds.length) {
            int lo = Math.max(bounds[i], other.bounds[j]);
            int hi = Math.min(bounds[i + 1], other.bounds[j + 1]);
            if (lo <= hi) {
                out.add(lo);
                out.add(hi);
            }
            // the range ending first cannot meet anything further on the other side
            if (bounds[i + 1] < other.bounds[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return new PortSet(out.stream().mapToInt(Integer::intValue).toArray());
    }

    PortSet union(PortSet other) {
        return complement().intersect(other.complement()).complement();
    }

    /**
     * The set as a Suricata header port: {@code any}, one port or range, a bracketed group, or
     * the negation of the complement when that is shorter ({@code ![20,21,22]}). Ranges are
     * written {@code lo:hi} or {@code lo:} (up to 65535), the forms Suricata's documentation shows.
     */
    String suricata() {
        if (isAll()) {
            return "any";
        }
        PortSet rest = complement();
        if (rest.ranges() < ranges()) {
            return "!" + rest.group();
        }
        return group();
    }

    private int ranges() {
        return bounds.length / 2;
    }

    private String group() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            int lo = bounds[i];
            int hi = bounds[i + 1];
            items.add(lo == hi ? Integer.toString(lo) : hi == MAX ? lo + ":" : lo + ":" + hi);
        }
        return items.size() == 1 ? items.getFirst() : "[" + String.join(",", items) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSet p && Arrays.equals(bounds, p.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return isEmpty() ? "no port" : group();
    }
}
