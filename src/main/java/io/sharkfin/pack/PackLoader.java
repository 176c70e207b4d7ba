package io.sharkfin.pack;

import io.sharkfin.filter.parse.MacroTable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a pack file. Every problem is collected with its file position; a broken rule is left
 * out and the others are kept, so one typo never disables a whole pack.
 *
 * <pre>
 * name: dns-indicators
 * version: 1.0.0
 * description: ...
 * sids: [9100000, 9100999]     # each rule owns 10 sids (first + 10 * position)
 * macros:
 *   rare_tld: 'dns.qry.name matches "\\.($1)$"'
 * rules:
 *   - id: dns-txt-query
 *     title: TXT lookup
 *     filter: dns.flags.response == 0 &amp;&amp; dns.qry.type == 16
 *     severity: low
 *     tags: [T1071.004]
 *     tests:
 *       - {capture: lab-web-mixed.pcap, frames: [13]}
 * </pre>
 */
public final class PackLoader {
    static final long DEFAULT_SID_FIRST = 9_000_000L;
    static final long DEFAULT_SID_LAST = 9_000_999L;
    /**
     * Sids a rule owns: its {@code sid} and the next ones, for the several Suricata rules one
     * filter can become (one per alternative of an {@code or}).
     */
    public static final int SIDS_PER_RULE = 10;

    private static final List<String> PACK_KEYS = List.of("name", "version", "description", "sids", "macros", "rules");
    private static final List<String> RULE_KEYS = List.of("id", "title", "description", "filter", "severity",
            "tags", "references", "false_positives", "threshold", "tests", "sid");
    private static final List<String> TEST_KEYS = List.of("capture", "frames", "count");
    private static final List<String> THRESHOLD_KEYS = List.of("count", "seconds", "group_by");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /** ATT&amp;CK technique ids, and tactic or other words ({@code command-and-control}). */
    private static final Pattern TAG = Pattern.compile("T\\d{4}(\\.\\d{3})?|[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");

    /** Whether {@code id} may be a rule's id: lower-case letters, digits, '.', '_' and '-', not starting with a sign. */
    public static boolean isRuleId(String id) {
        return RULE_ID.matcher(id).matches();
    }

    private PackLoader() {
    }

    /** A pack as read (null when the file is not a pack at all) and every problem found. */
    public record Loaded(Pack pack, List<PackProblem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** Reads a pack file; an unreadable file is a problem, not an exception. */
    public static Loaded load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Loaded(null, List.of(new PackProblem(new SourcePosition(file, 1, 1), null,
                    "cannot read the pack: " + e.getMessage())));
        }
        return parse(file, text);
    }

    /** Reads a pack from its text; {@code file} names it in positions. */
    public static Loaded parse(Path file, String text) {
        List<PackProblem> problems = new ArrayList<>();
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by YamlNodes with a position
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = m == null ? new SourcePosition(file, 1, 1)
                    : new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1);
            problems.add(new PackProblem(at, null, "YAML: " + e.getProblem()));
            return new Loaded(null, problems);
        } catch (YAMLException e) {
            problems.add(new PackProblem(new SourcePosition(file, 1, 1), null, "YAML: " + e.getMessage()));
            return new Loaded(null, problems);
        }
        if (root == null) {
            problems.add(new PackProblem(new SourcePosition(file, 1, 1), null, "the pack is empty"));
            return new Loaded(null, problems);
        }
        YamlNodes y = new YamlNodes(file, text, problems);
        Map<String, NodeTuple> top = y.mapping(root, "a pack");
        if (top == null) {
            return new Loaded(null, problems);
        }
        y.onlyKeys(top, "a pack", PACK_KEYS);
        String name = required(y, top, "name", root);
        String version = optional(y, top, "version", "0");
        String description = optional(y, top, "description", "");
        long[] sids = sidRange(y, top);
        Map<String, String> macros = new LinkedHashMap<>();
        MacroTable table = macros(y, top, macros);
        List<PackRule> rules = new ArrayList<>();
        Node rulesNode = YamlNodes.value(top, "rules");
        if (rulesNode == null) {
            y.problem(root, "a pack needs 'rules'");
        } else {
            Set<String> ids = new HashSet<>();
            Set<Long> usedSids = new HashSet<>();
            int index = 0;
            for (Node rn : y.sequence(rulesNode, "'rules'")) {
                PackRule r = rule(y, rn, sids[0] + (long) index * SIDS_PER_RULE, ids);
                index++;
                y.rule(null);
                if (r == null) {
                    continue;
                }
                if (r.sid() < sids[0] || r.sid() + SIDS_PER_RULE - 1 > sids[1]) {
                    y.rule(r.id());
                    y.problem(rn, "sids " + r.sid() + ".." + (r.sid() + SIDS_PER_RULE - 1) + " are outside the pack's range " + sids[0] + ".." + sids[1]);
                    y.rule(null);
                } else if (!usedSids.add(r.sid() / SIDS_PER_RULE)) {
                    y.rule(r.id());
                    y.problem(rn, "sid " + r.sid() + " shares its block of " + SIDS_PER_RULE + " sids with another rule of the pack");
                    y.rule(null);
                }
                rules.add(r);
            }
        }
        if (name == null) {
            name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        }
        return new Loaded(new Pack(file, name, version, description, macros, table, sids[0], sids[1], rules), problems);
    }

    private static String required(YamlNodes y, Map<String, NodeTuple> m, String key, Node owner) {
        Node n = YamlNodes.value(m, key);
        if (n == null) {
            y.problem(owner, "missing '" + key + "'");
            return null;
        }
        String t = y.text(n, "'" + key + "'");
        if (t != null && t.isBlank()) {
            y.problem(n, "'" + key + "' is empty");
            return null;
        }
        return t;
    }

    private static String optional(YamlNodes y, Map<String, NodeTuple> m, String key, String dflt) {
        Node n = YamlNodes.value(m, key);
        if (n == null) {
            return dflt;
        }
        String t = y.text(n, "'" + key + "'");
        return t == null ? dflt : t;
    }

    private static long[] sidRange(YamlNodes y, Map<String, NodeTuple> top) {
        Node n = YamlNodes.value(top, "sids");
        if (n == null) {
            return new long[] {DEFAULT_SID_FIRST, DEFAULT_SID_LAST};
        }
        List<Node> items = y.sequence(n, "'sids'");
        if (items.size() != 2) {
            y.problem(n, "'sids' must be [first, last]");
            return new long[] {DEFAULT_SID_FIRST, DEFAULT_SID_LAST};
        }
        Long first = y.integer(items.get(0), "the first sid");
        Long last = y.integer(items.get(1), "the last sid");
        if (first == null || last == null || first < 1 || last < first) {
            y.problem(n, "'sids' must be [first, last] with 1 <= first <= last");
            return new long[] {DEFAULT_SID_FIRST, DEFAULT_SID_LAST};
        }
        return new long[] {first, last};
    }

    private static MacroTable macros(YamlNodes y, Map<String, NodeTuple> top, Map<String, String> out) {
        MacroTable.Builder b = MacroTable.builder();
        Node n = YamlNodes.value(top, "macros");
        if (n == null) {
            return b.build();
        }
        Map<String, NodeTuple> m = y.mapping(n, "'macros'");
        if (m == null) {
            return b.build();
        }
        for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
            String text = y.text(e.getValue().getValueNode(), "macro '" + e.getKey() + "'");
            if (text == null) {
                continue;
            }
            try {
                b.define(e.getKey(), text);
                out.put(e.getKey(), text);
            } catch (MacroTable.MacroTableException ex) {
                y.problem(e.getValue().getKeyNode(), "macro '" + e.getKey() + "': " + ex.getMessage());
            }
        }
        return b.build();
    }

    private static PackRule rule(YamlNodes y, Node rn, long defaultSid, Set<String> ids) {
        Map<String, NodeTuple> m = y.mapping(rn, "a rule");
        if (m == null) {
            return null;
        }
        String id = required(y, m, "id", rn);
        if (id == null) {
            return null;
        }
        y.rule(id);
        if (!isRuleId(id)) {
            y.problem(YamlNodes.value(m, "id"), "a rule id is lower-case letters, digits, '.', '_' and '-'");
            return null;
        }
        if (!ids.add(id)) {
            y.problem(YamlNodes.value(m, "id"), "duplicate rule id");
            return null;
        }
        y.onlyKeys(m, "a rule", RULE_KEYS);
        String title = required(y, m, "title", rn);
        Node filterNode = YamlNodes.value(m, "filter");
        if (filterNode == null) {
            y.problem(rn, "missing 'filter'");
            return null;
        }
        ScalarText filter = y.located(filterNode, "'filter'");
        if (filter == null) {
            return null;
        }
        Severity severity = Severity.MEDIUM;
        Node sevNode = YamlNodes.value(m, "severity");
        if (sevNode != null) {
            Severity s = Severity.parse(y.text(sevNode, "'severity'"));
            if (s == null) {
                y.problem(sevNode, "severity is one of informational, low, medium, high, critical");
            } else {
                severity = s;
            }
        }
        List<String> tags = y.strings(YamlNodes.value(m, "tags"), "'tags'");
        for (String t : tags) {
            if (!TAG.matcher(t).matches()) {
                y.problem(YamlNodes.value(m, "tags"), "tag '" + t + "' is neither an ATT&CK id (T1071.004) nor a lower-case word");
            }
        }
        long sid = defaultSid;
        Node sidNode = YamlNodes.value(m, "sid");
        if (sidNode != null) {
            Long s = y.integer(sidNode, "'sid'");
            if (s != null) {
                sid = s;
            }
        }
        return new PackRule(id, title == null ? id : title, optional(y, m, "description", ""),
                filter.value(), severity, tags,
                y.strings(YamlNodes.value(m, "references"), "'references'"),
                y.strings(YamlNodes.value(m, "false_positives"), "'false_positives'"),
                threshold(y, YamlNodes.value(m, "threshold")), tests(y, YamlNodes.value(m, "tests")),
                sid, filter, y.at(rn));
    }

    private static Threshold threshold(YamlNodes y, Node n) {
        if (n == null) {
            return null;
        }
        Map<String, NodeTuple> m = y.mapping(n, "'threshold'");
        if (m == null) {
            return null;
        }
        y.onlyKeys(m, "'threshold'", THRESHOLD_KEYS);
        Node c = YamlNodes.value(m, "count");
        Node s = YamlNodes.value(m, "seconds");
        if (c == null || s == null) {
            y.problem(n, "a threshold needs 'count' and 'seconds'");
            return null;
        }
        Long count = y.integer(c, "'count'");
        Long seconds = y.integer(s, "'seconds'");
        if (count == null || seconds == null || count < 1 || seconds < 1 || count > Integer.MAX_VALUE) {
            y.problem(n, "threshold count and seconds must be positive");
            return null;
        }
        return new Threshold(count.intValue(), seconds, y.strings(YamlNodes.value(m, "group_by"), "'group_by'"));
    }

    private static List<RuleTest> tests(YamlNodes y, Node n) {
        List<RuleTest> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node tn : y.sequence(n, "'tests'")) {
            Map<String, NodeTuple> m = y.mapping(tn, "a test");
            if (m == null) {
                continue;
            }
            y.onlyKeys(m, "a test", TEST_KEYS);
            String capture = required(y, m, "capture", tn);
            Node fn = YamlNodes.value(m, "frames");
            Node cn = YamlNodes.value(m, "count");
            if (capture == null) {
                continue;
            }
            if (fn == null && cn == null) {
                y.problem(tn, "a test needs 'frames' or 'count'");
                continue;
            }
            List<Long> frames = null;
            if (fn != null) {
                frames = new ArrayList<>();
                for (String f : y.strings(fn, "'frames'")) {
                    try {
                        frames.add(Long.parseLong(f.trim()));
                    } catch (NumberFormatException e) {
                        y.problem(fn, "frame number '" + f + "' is not a number");
                    }
                }
                frames.sort(null);
            }
            Long count = cn == null ? null : y.integer(cn, "'count'");
            if (frames != null && count != null && count != frames.size()) {
                y.problem(tn, "'count' " + count + " disagrees with the " + frames.size() + " frames listed");
            }
            out.add(new RuleTest(capture, frames, count, y.at(tn)));
        }
        return out;
    }
}
