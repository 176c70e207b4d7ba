package io.sharkfin.ioc.pack;

import io.sharkfin.ioc.report.IocReport;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the findings of a report as a filter pack, in the format of the packs under
 * {@code filters/}: {@code name}, {@code version}, {@code description} and {@code rules}, each rule
 * with {@code id}, {@code title}, {@code description}, {@code filter}, {@code severity}, {@code tags}
 * (MITRE ATT&CK technique ids, then the tactics they serve as words, as the packs under
 * {@code filters/} tag them: {@code [T1071.001, T1573, command-and-control]}) and {@code tests} (the capture and the frames the rule must match there, or
 * their {@code count} when the report kept only the first frame numbers). A rule's filter is its
 * finding's evidence filter, so on the analysed capture it matches exactly the finding's frames.
 */
public final class PackEmitter {
    private PackEmitter() {
    }

    /** The tactic each technique the findings name serves (their first tactic in ATT&CK). */
    private static final Map<String, String> TACTICS = Map.ofEntries(
            Map.entry("T1071", "command-and-control"),
            Map.entry("T1090", "command-and-control"),
            Map.entry("T1095", "command-and-control"),
            Map.entry("T1105", "command-and-control"),
            Map.entry("T1568", "command-and-control"),
            Map.entry("T1573", "command-and-control"),
            Map.entry("T1021", "lateral-movement"),
            Map.entry("T1036", "defense-evasion"),
            Map.entry("T1040", "credential-access"),
            Map.entry("T1041", "exfiltration"),
            Map.entry("T1552", "credential-access"),
            Map.entry("T1560", "collection"),
            Map.entry("T1048", "exfiltration"),
            Map.entry("T1110", "credential-access"),
            Map.entry("T1190", "initial-access"),
            Map.entry("T1557", "credential-access"),
            Map.entry("T1587", "resource-development"),
            Map.entry("T1595", "reconnaissance"));

    /** The pack as YAML. {@code capture} is the path written into the rules' tests. */
    public static String yaml(IocReport report, String packName, String capture) {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("name", packName);
        pack.put("version", 1);
        pack.put("description", "Indicators that sharkfin iocs found in " + report.capture().file()
                + " (" + report.capture().frames() + " frames, " + report.capture().firstTime() + " to "
                + report.capture().lastTime() + "). Generated; review before use.");
        List<Map<String, Object>> rules = new ArrayList<>();
        for (IocReport.Finding f : report.findings()) {
            rules.add(rule(f, packName, capture));
        }
        pack.put("rules", rules);
        DumperOptions o = new DumperOptions();
        // lists of scalars (tags, frames) in flow style, everything else in blocks
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        o.setWidth(120);
        o.setSplitLines(true);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        return new Yaml(o).dump(pack);
    }

    private static Map<String, Object> rule(IocReport.Finding f, String packName, String capture) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", packName + "-" + f.id().toLowerCase(Locale.ROOT));
        r.put("title", f.title());
        r.put("description", f.statement() + " Capability: " + f.capability() + ". Objective: " + f.objective() + ".");
        r.put("filter", f.evidence().filter());
        r.put("severity", f.severity());
        r.put("tags", tags(f.attack()));
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("capture", capture);
        if (f.evidence().framesComplete()) {
            test.put("frames", new ArrayList<>(f.evidence().frames()));
        } else {
            test.put("count", f.evidence().count());
        }
        r.put("tests", List.of(test));
        return r;
    }

    /** Technique ids followed by the distinct tactics they serve. */
    static List<String> tags(List<String> techniques) {
        List<String> tags = new ArrayList<>(techniques);
        for (String t : techniques) {
            int dot = t.indexOf('.');
            String tactic = TACTICS.get(dot < 0 ? t : t.substring(0, dot));
            if (tactic != null && !tags.contains(tactic)) {
                tags.add(tactic);
            }
        }
        return tags;
    }

    /** A pack name from a capture file name: {@code iocs-lab-c2-a}. */
    public static String nameFor(String captureFile) {
        String base = captureFile.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "iocs-" + (slug.isEmpty() ? "capture" : slug);
    }
}
