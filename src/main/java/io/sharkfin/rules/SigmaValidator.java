package io.sharkfin.rules;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks Sigma YAML against the Sigma specification's rules for a rule document (required
 * {@code title}, {@code logsource}, {@code detection} with {@code condition}; the value sets of
 * {@code status} and {@code level}; a UUID {@code id}; namespaced tags) and for a correlation
 * document ({@code correlation} with {@code type}, {@code rules}, {@code timespan},
 * {@code condition}), and every field name against the log source's allowed names.
 */
public final class SigmaValidator {
    static final Set<String> TACTICS = Set.of("reconnaissance", "resource-development", "initial-access", "execution",
            "persistence", "privilege-escalation", "defense-evasion", "credential-access", "discovery",
            "lateral-movement", "collection", "command-and-control", "exfiltration", "impact");
    private static final Set<String> STATUS = Set.of("stable", "test", "experimental", "deprecated", "unsupported");
    private static final Set<String> LEVELS = Set.of("informational", "low", "medium", "high", "critical");
    private static final Set<String> MODIFIERS = Set.of("contains", "startswith", "endswith", "re", "i", "m", "s",
            "cidr", "all", "exists", "gt", "gte", "lt", "lte", "cased", "windash", "base64", "base64offset");
    private static final Set<String> CORRELATION_TYPES = Set.of("event_count", "value_count", "temporal",
            "temporal_ordered");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TAG = Pattern.compile("[a-z0-9_-]+\\.[a-z0-9._-]+");
    private static final Pattern TIMESPAN = Pattern.compile("\\d+[smhdwMy]");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_*]*");

    private SigmaValidator() {
    }

    /** Every problem of a YAML stream of Sigma documents; empty when valid. */
    public static List<String> validate(String yaml) {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            n++;
            if (!(doc instanceof Map<?, ?> m)) {
                problems.add("document " + n + ": not a mapping");
                continue;
            }
            String where = "document " + n + " (" + m.get("title") + ")";
            if (!(m.get("title") instanceof String t) || t.isBlank()) {
                problems.add(where + ": missing title");
            }
            if (m.containsKey("id") && !(m.get("id") instanceof String id && UUID.matcher(id).matches())) {
                problems.add(where + ": id is not a UUID");
            }
            if (m.containsKey("status") && !STATUS.contains(String.valueOf(m.get("status")))) {
                problems.add(where + ": bad status " + m.get("status"));
            }
            if (m.containsKey("level") && !LEVELS.contains(String.valueOf(m.get("level")))) {
                problems.add(where + ": bad level " + m.get("level"));
            }
            if (m.get("tags") instanceof List<?> tags) {
                for (Object tag : tags) {
                    if (!(tag instanceof String s) || !TAG.matcher(s).matches()) {
                        problems.add(where + ": bad tag " + tag);
                    }
                }
            }
            if (m.containsKey("correlation")) {
                correlation(where, m.get("correlation"), problems);
            } else {
                rule(where, m, problems);
            }
        }
        if (n == 0) {
            problems.add("no document");
        }
        return problems;
    }

    private static void rule(String where, Map<?, ?> m, List<String> problems) {
        if (!(m.get("logsource") instanceof Map<?, ?> ls) || ls.isEmpty()) {
            problems.add(where + ": missing logsource");
            return;
        }
        SigmaLogsource source = SigmaLogsource.of(ls);
        if (source == null) {
            problems.add(where + ": log source " + ls + " is not one sharkfin has a field list for");
        }
        if (!(m.get("detection") instanceof Map<?, ?> det)) {
            problems.add(where + ": missing detection");
            return;
        }
        if (!(det.get("condition") instanceof String cond) || cond.isBlank()) {
            problems.add(where + ": missing detection.condition");
            return;
        }
        for (String word : cond.replace("(", " ").replace(")", " ").split("\\s+")) {
            if (word.isEmpty() || Set.of("and", "or", "not", "of", "1", "all", "them").contains(word)) {
                continue;
            }
            if (!IDENT.matcher(word).matches() || (!word.contains("*") && !det.containsKey(word))) {
                problems.add(where + ": condition names unknown selection " + word);
            }
        }
        for (Map.Entry<?, ?> e : det.entrySet()) {
            if (e.getKey().equals("condition")) {
                continue;
            }
            fields(where, e.getValue(), source, problems);
        }
    }

    private static void fields(String where, Object selection, SigmaLogsource source, List<String> problems) {
        if (selection instanceof List<?> list) {
            for (Object o : list) {
                fields(where, o, source, problems);
            }
            return;
        }
        if (!(selection instanceof Map<?, ?> map)) {
            problems.add(where + ": a selection must be a map or a list of maps");
            return;
        }
        for (Object k : map.keySet()) {
            String[] parts = String.valueOf(k).split("\\|");
            if (source != null && !source.fields().contains(parts[0])) {
                problems.add(where + ": field " + parts[0] + " is not a field of " + source.key());
            }
            for (int i = 1; i < parts.length; i++) {
                if (!MODIFIERS.contains(parts[i])) {
                    problems.add(where + ": unknown modifier " + parts[i]);
                }
            }
        }
    }

    private static void correlation(String where, Object c, List<String> problems) {
        if (!(c instanceof Map<?, ?> m)) {
            problems.add(where + ": correlation must be a mapping");
            return;
        }
        if (!CORRELATION_TYPES.contains(String.valueOf(m.get("type")))) {
            problems.add(where + ": bad correlation type " + m.get("type"));
        }
        if (!(m.get("rules") instanceof List<?> r) || r.isEmpty()) {
            problems.add(where + ": correlation needs rules");
        }
        if (!(m.get("timespan") instanceof String t) || !TIMESPAN.matcher(t).matches()) {
            problems.add(where + ": correlation needs a timespan like 60s");
        }
        if (!(m.get("condition") instanceof Map<?, ?> cond) || cond.isEmpty()) {
            problems.add(where + ": correlation needs a condition");
        }
        if (m.containsKey("group-by")) {
            if (!(m.get("group-by") instanceof List<?> fields)) {
                problems.add(where + ": group-by must be a list");
            } else {
                for (Object f : fields) {
                    if (!knownField(String.valueOf(f))) {
                        problems.add(where + ": group-by field " + f + " is not a taxonomy field");
                    }
                }
            }
        }
    }

    /** The group-by fields of correlation documents, checked against every known log source. */
    static boolean knownField(String f) {
        for (SigmaLogsource s : SigmaLogsource.values()) {
            if (s.fields().contains(f)) {
                return true;
            }
        }
        return false;
    }
}
