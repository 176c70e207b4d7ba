package io.sharkfin.pack;

import java.util.List;

/**
 * A rule that counts events: it alerts on a matching frame when at least {@code count} matching
 * frames with the same values of the {@code groupBy} fields fell within the last {@code seconds}
 * (that frame included). This is a Sigma {@code event_count} correlation with {@code gte: count},
 * and Suricata's {@code detection_filter} with a count of {@code count - 1} (it alerts after the
 * count-th match).
 *
 * @param groupBy field names whose values form the group key (empty: one group for the rule)
 */
public record Threshold(int count, long seconds, List<String> groupBy) {
    public Threshold {
        groupBy = List.copyOf(groupBy);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be at least 1");
        }
    }
}
