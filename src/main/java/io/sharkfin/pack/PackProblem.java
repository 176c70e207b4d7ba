package io.sharkfin.pack;

/**
 * Something wrong in a pack: a YAML structure error, a missing key, a filter that does not
 * compile. Printed {@code file:line:col: message}; {@code ruleId} is null for pack-level
 * problems.
 */
public record PackProblem(SourcePosition where, String ruleId, String message) {

    @Override
    public String toString() {
        return where + ": " + (ruleId == null ? "" : "rule " + ruleId + ": ") + message;
    }
}
