package io.sharkfin.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A stats_tree node's burst rate (epan/stats_tree.c {@code update_burst_calc}): the counts of the
 * last 100 ms (the default {@code st_burst_windowlen}) kept in 5 ms buckets (the default
 * {@code st_burst_resolution}); the most ever in a window and the start of that window's first
 * bucket. Records out of time order go into older buckets still in the window, as in C.
 */
final class BurstWindow {
    /** The preferences' defaults, which tshark uses without a preferences file. */
    static final int RESOLUTION_MS = 5;
    static final int WINDOW_MS = 100;
    private static final double BUCKETS = WINDOW_MS / RESOLUTION_MS; // an integer division in C too

    private static final class Bucket {
        int count;
        final double number;
        double start;

        Bucket(int count, double number, double start) {
            this.count = count;
            this.number = number;
            this.start = start;
        }
    }

    /** Oldest first; never empty: C starts the list with an empty bucket 0 that starts at 0 ms. */
    private final List<Bucket> buckets = new ArrayList<>(List.of(new Bucket(0, 0, 0)));
    private int inWindow;
    private int max;
    private double maxStart = -1.0;

    /** Adds {@code value} at {@code nowMs} (ms since the first frame). */
    void add(int value, double nowMs) {
        double current = Math.floor(nowMs / RESOLUTION_MS);
        Bucket head = buckets.getFirst();
        Bucket tail = buckets.getLast();
        if (current > tail.number) {
            buckets.add(new Bucket(value, current, nowMs));
            inWindow += value;
            // buckets that fell out of the window go; the new tail never does
            while (current >= buckets.getFirst().number + BUCKETS) {
                inWindow -= buckets.removeFirst().count;
            }
        } else if (current < head.number) {
            // before the oldest bucket: kept only while still inside the window
            if (current + BUCKETS > tail.number) {
                buckets.addFirst(new Bucket(value, current, nowMs));
                inWindow += value;
            }
        } else {
            int i = buckets.size() - 1;
            while (current < buckets.get(i).number) {
                i--;
            }
            Bucket b = buckets.get(i);
            if (current == b.number) {
                b.count += value;
                if (b.start > nowMs) {
                    b.start = nowMs;
                }
            } else {
                buckets.add(i + 1, new Bucket(value, current, nowMs));
            }
            inWindow += value;
        }
        if (inWindow > max) {
            max = inWindow;
            maxStart = buckets.getFirst().start;
        }
    }

    /** The most counted in one window, 0 when nothing was. */
    int max() {
        return max;
    }

    /** When (ms) the window of {@link #max} starts. */
    double maxStart() {
        return maxStart;
    }
}
