package io.sharkfin.rules;

import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.parse.MacroTable;
import io.sharkfin.pack.CheckedFilter;
import io.sharkfin.pack.Pack;
import io.sharkfin.pack.PackRule;
import io.sharkfin.pack.Severity;
import io.sharkfin.pack.Threshold;

import java.util.List;

/**
 * What a generator translates: a checked filter and the rule's metadata (a pack rule's, or
 * defaults for a filter given on the command line).
 *
 * @param sid first Suricata sid; a source owns {@code sid .. sid+9}
 */
public record RuleSource(String qualifiedId, String pack, String id, String title, String description,
                         Severity severity, List<String> tags, List<String> references, List<String> falsePositives,
                         Threshold threshold, long sid, CheckedFilter filter) {
    public RuleSource {
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        falsePositives = List.copyOf(falsePositives);
    }

    /** The sid of a filter given alone (the start of the range reserved for local rules). */
    public static final long ADHOC_SID = 1_000_000L;

    /** A pack rule. */
    public static RuleSource of(Pack pack, PackRule r) throws FilterException {
        return new RuleSource(pack.name() + "/" + r.id(), pack.name(), r.id(), r.title(), r.description(),
                r.severity(), r.tags(), r.references(), r.falsePositives(), r.threshold(), r.sid(),
                CheckedFilter.of(r.filter(), pack.macroTable()));
    }

    /** A filter given on its own. */
    public static RuleSource of(String filter) throws FilterException {
        return new RuleSource("filter", "sharkfin", "filter", filter, "", Severity.MEDIUM, List.of(), List.of(),
                List.of(), null, ADHOC_SID, CheckedFilter.of(filter, MacroTable.empty()));
    }
}
