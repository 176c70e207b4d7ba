package io.sharkfin.pack;

import java.util.List;

/**
 * One test of a rule: over {@code capture}, the rule must alert on exactly {@code frames}
 * (when given) and/or on {@code count} frames (when given).
 *
 * @param frames the frame numbers that must alert, in ascending order, or null
 * @param count  how many frames must alert, or null
 * @param where  where the test is written in its pack file
 */
public record RuleTest(String capture, List<Long> frames, Long count, SourcePosition where) {
    public RuleTest {
        frames = frames == null ? null : List.copyOf(frames);
    }

    /** The number of alerts the test expects. */
    public long expectedCount() {
        return count != null ? count : frames.size();
    }
}
