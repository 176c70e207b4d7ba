package io.sharkfin.rules;

import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.parse.MacroTable;
import io.sharkfin.pack.CheckedFilter;
import io.sharkfin.pack.Pack;
import io.sharkfin.pack.PackLoader;
import io.sharkfin.pack.PackRule;
import io.sharkfin.pack.Severity;
import io.sharkfin.pack.Threshold;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * What a generator translates: a checked filter and the rule's metadata (a pack rule's, or
 * defaults for a filter given on the command line).
 *
 * @param sid    first Suricata sid; a source owns {@code sid .. sid+9}
 * @param idSeed what generated ids (a Sigma rule's UUID) are made from: a pack rule's qualified
 *               id, a filter's normalised text, so that different filters get different ids and
 *               the same filter the same
 */
public record RuleSource(String qualifiedId, String pack, String id, String title, String description,
                         Severity severity, List<String> tags, List<String> references, List<String> falsePositives,
                         Threshold threshold, long sid, CheckedFilter filter, String idSeed) {
    public RuleSource {
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        falsePositives = List.copyOf(falsePositives);
    }

    /** The range of sids Suricata leaves to local rules, from which a filter given alone takes its block. */
    public static final long LOCAL_SIDS_FIRST = 1_000_000L;
    public static final long LOCAL_SIDS_LAST = 1_999_999L;

    /** A pack rule. */
    public static RuleSource of(Pack pack, PackRule r) throws FilterException {
        String qualified = pack.name() + "/" + r.id();
        return new RuleSource(qualified, pack.name(), r.id(), r.title(), r.description(),
                r.severity(), r.tags(), r.references(), r.falsePositives(), r.threshold(), r.sid(),
                CheckedFilter.of(r.filter(), pack.macroTable()), qualified);
    }

    /** A filter given on its own, with sids from the local range derived from its text. */
    public static RuleSource of(String filter) throws FilterException {
        return of(filter, localSid(normalised(filter)));
    }

    /** A filter given on its own whose Suricata rules start at {@code sid}. */
    public static RuleSource of(String filter, long sid) throws FilterException {
        CheckedFilter checked = CheckedFilter.of(filter, MacroTable.empty());
        return new RuleSource("filter", "sharkfin", "filter", filter, "", Severity.MEDIUM, List.of(), List.of(),
                List.of(), null, sid, checked, "filter:" + normalised(checked.expandedText()));
    }

    /**
     * A filter's text with each run of white space outside string literals made one space, and
     * none at its ends: how it is written on a command line does not change its ids.
     */
    static String normalised(String filter) {
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        boolean space = false;
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (!quoted && Character.isWhitespace(c)) {
                space = !sb.isEmpty();
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
            if (quoted && c == '\\' && i + 1 < filter.length()) {
                sb.append(filter.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            }
        }
        return sb.toString();
    }

    /**
     * The first of a block of {@link PackLoader#SIDS_PER_RULE} sids in the local range, chosen
     * by a hash of the text: stable from run to run, and two filters share a block once in
     * 100,000 pairs.
     */
    static long localSid(String text) {
        long blocks = (LOCAL_SIDS_LAST - LOCAL_SIDS_FIRST + 1) / PackLoader.SIDS_PER_RULE;
        byte[] h;
        try {
            h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        long n = 0;
        for (int i = 0; i < 8; i++) {
            n = (n << 8) | (h[i] & 0xff);
        }
        return LOCAL_SIDS_FIRST + Math.floorMod(n, blocks) * PackLoader.SIDS_PER_RULE;
    }
}
