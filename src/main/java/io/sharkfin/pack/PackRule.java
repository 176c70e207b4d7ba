package io.sharkfin.pack;

import java.util.List;

/**
 * One rule of a pack: a display filter with what an analyst needs to act on its alerts.
 *
 * @param id             unique within the pack; alerts and generated rules carry it
 * @param filter         the display filter (macros of the pack allowed)
 * @param tags           MITRE ATT&amp;CK technique ids ({@code T1071.004}) and tactic names
 * @param threshold      non-null when the rule counts events before it alerts
 * @param sid            the Suricata signature id given to the rule's generated rules
 * @param filterText     where the filter's text is in the pack file, for error positions
 */
public record PackRule(String id, String title, String description, String filter, Severity severity,
                       List<String> tags, List<String> references, List<String> falsePositives,
                       Threshold threshold, List<RuleTest> tests, long sid, ScalarText filterText,
                       SourcePosition where) {
    public PackRule {
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        falsePositives = List.copyOf(falsePositives);
        tests = List.copyOf(tests);
    }
}
