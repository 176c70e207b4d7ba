package io.sharkfin.pack;

import io.sharkfin.filter.parse.MacroTable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Wireshark profile's saved display filters ({@code dfilters}) and display-filter
 * macros ({@code dfilter_macros}) into a pack. Each saved filter becomes a rule (id made from
 * its name, severity informational, no tests yet); the macros become the pack's macros.
 *
 * <p>{@code dfilters} is read as Wireshark 4.0's {@code read_filter_list} does: lines
 * {@code "name" expression}, a backslash in the name escaping the next character, the expression
 * running to the end of the line. Lines Wireshark skips (no quoted name, no closing quote, no
 * expression, and a last line without a newline) are skipped here too, each with a warning.
 */
public final class ProfileImport {

    /** A saved filter: its name, expression and line. */
    public record SavedFilter(String name, String expression, int line) {
    }

    /** The pack text and what was skipped. */
    public record Result(String yaml, List<SavedFilter> filters, List<String> warnings) {
        public Result {
            filters = List.copyOf(filters);
            warnings = List.copyOf(warnings);
        }
    }

    private ProfileImport() {
    }

    /** Parses the text of a {@code dfilters} file. */
    public static List<SavedFilter> parseDfilters(String text, List<String> warnings) {
        List<SavedFilter> out = new ArrayList<>();
        String s = text.replace("\r\n", "\n");
        String[] lines = s.split("\n", -1);
        boolean endsWithNewline = s.endsWith("\n");
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            boolean last = i == lines.length - 1;
            String t = stripLeading(line);
            if (t.isEmpty()) {
                continue;
            }
            if (t.charAt(0) != '"') {
                warnings.add("line " + lineNo + " doesn't have a quoted filter name");
                continue;
            }
            StringBuilder name = new StringBuilder();
            int k = 1;
            boolean closed = false;
            while (k < t.length()) {
                char c = t.charAt(k++);
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\') {
                    if (k >= t.length()) {
                        break;
                    }
                    c = t.charAt(k++);
                }
                name.append(c);
            }
            if (!closed) {
                warnings.add("line " + lineNo + " doesn't have a closing quote");
                continue;
            }
            String expr = stripLeading(t.substring(k));
            if (expr.isEmpty()) {
                if (!(last && !endsWithNewline)) {
                    warnings.add("line " + lineNo + " doesn't have a filter expression");
                }
                continue;
            }
            if (last && !endsWithNewline) {
                warnings.add("line " + lineNo + " doesn't have a newline (Wireshark ignores it; so does the import)");
                continue;
            }
            out.add(new SavedFilter(name.toString(), expr, lineNo));
        }
        return out;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    /**
     * Builds a pack from a profile's files.
     *
     * @param dfilters    the text of {@code dfilters}, or null
     * @param macros      the text of {@code dfilter_macros}, or null
     */
    public static Result toPack(String name, String dfilters, String macros) throws MacroTable.MacroTableException {
        List<String> warnings = new ArrayList<>();
        List<SavedFilter> filters = dfilters == null ? List.of() : parseDfilters(dfilters, warnings);
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("name", name);
        pack.put("version", "1");
        pack.put("description", "Imported from a Wireshark profile (dfilters"
                + (macros == null ? "" : ", dfilter_macros") + ").");
        if (macros != null) {
            Map<String, String> m = new LinkedHashMap<>();
            for (MacroTable.Macro macro : MacroTable.parse(macros).macros()) {
                m.put(macro.name(), macro.text());
            }
            if (!m.isEmpty()) {
                pack.put("macros", m);
            }
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SavedFilter f : filters) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", uniqueId(f.name(), ids));
            r.put("title", f.name());
            r.put("filter", f.expression());
            r.put("severity", "informational");
            rules.add(r);
        }
        pack.put("rules", rules);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setWidth(Integer.MAX_VALUE); // a filter stays on one line, so errors point at it exactly
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        String yaml = new Yaml(o).dump(pack);
        return new Result(new String(yaml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), filters, warnings);
    }

    /** A rule id from a filter name: lower-case letters and digits, other runs become '-'. */
    static String uniqueId(String name, Set<String> used) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "filter";
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
