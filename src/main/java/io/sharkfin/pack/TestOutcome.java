package io.sharkfin.pack;

import java.util.List;

/**
 * The result of one rule test.
 *
 * @param actual      the frames the rule alerted on (empty when the test could not run)
 * @param undissected fields the rule reads that sharkfin does not dissect yet: a failing test of
 *                    such a rule waits for those dissectors rather than showing a wrong rule
 */
public record TestOutcome(CompiledRule rule, RuleTest test, Status status, List<Long> actual, String message,
                          List<String> undissected) {
    public TestOutcome {
        actual = List.copyOf(actual);
        undissected = List.copyOf(undissected);
    }

    /** How a test ended. */
    public enum Status {
        PASS, FAIL, ERROR
    }

    /** {@code FAIL file:line:col pack/rule on capture: message}. */
    @Override
    public String toString() {
        return status + " " + test.where() + " " + rule.qualifiedId() + " on " + test.capture()
                + (message.isEmpty() ? "" : ": " + message);
    }
}
