package io.sharkfin.pack;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The sliding windows of one counting rule over one capture: per group key, the times of its
 * recent matches. A match alerts when the window of its group holds at least {@code count}
 * matches, itself included.
 */
final class ThresholdCounter {
    private final Threshold threshold;
    private final long windowNanos;
    private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();

    ThresholdCounter(Threshold threshold) {
        this.threshold = threshold;
        this.windowNanos = threshold.seconds() * 1_000_000_000L;
    }

    /** Records a match of the group at {@code timeNanos}; true when it reaches the count. */
    boolean match(String group, long timeNanos) {
        ArrayDeque<Long> w = windows.computeIfAbsent(group, g -> new ArrayDeque<>());
        w.addLast(timeNanos);
        while (!w.isEmpty() && w.peekFirst() < timeNanos - windowNanos) {
            w.removeFirst();
        }
        // the window need not hold more than count entries to decide
        while (w.size() > threshold.count()) {
            w.removeFirst();
        }
        return w.size() >= threshold.count();
    }
}
