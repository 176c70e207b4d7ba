package io.sharkfin.repl.view;

import io.sharkfin.pack.PackLoader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters {@code :save} keeps, as a filter pack: a YAML file ({@code filters/saved.yaml} by
 * default) in the pack layout of the filter-pack issue, with only the keys a saved filter has:
 *
 * <pre>
 * name: saved
 * version: 1
 * description: Filters saved from the sharkfin REPL
 * rules:
 *   - id: dns-errors
 *     title: DNS errors
 *     filter: dns.flags.rcode != 0
 * </pre>
 *
 * Saving an id again replaces that rule; other rules and keys in the file are kept as they are.
 */
public final class SavedFilters {

    private final Path file;

    public SavedFilters(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Whether {@code id} may name a saved rule: what a pack accepts as a rule id ({@code pack lint}). */
    public static boolean validId(String id) {
        return PackLoader.isRuleId(id);
    }

    /**
     * Adds or replaces rule {@code id}.
     *
     * @return true when a rule of that id was replaced
     * @throws IOException when the file cannot be read, parsed or written
     */
    public boolean save(String id, String title, String filter) throws IOException {
        Map<String, Object> pack = load();
        List<Map<String, Object>> rules = rules(pack);
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("title", title);
        rule.put("filter", filter);
        boolean replaced = false;
        for (int i = 0; i < rules.size(); i++) {
            if (id.equals(String.valueOf(rules.get(i).get("id")))) {
                rules.set(i, rule);
                replaced = true;
            }
        }
        if (!replaced) {
            rules.add(rule);
        }
        pack.put("rules", rules);
        write(pack);
        return replaced;
    }

    /** The rules in the file, as (id, title, filter) maps; empty when there is no file. */
    public List<Map<String, Object>> rules() throws IOException {
        return rules(load());
    }

    private Map<String, Object> load() throws IOException {
        Map<String, Object> pack = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
                if (doc instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> pack.put(String.valueOf(k), v));
                } else if (doc != null) {
                    throw new IOException(file + " is not a filter pack (a YAML mapping)");
                }
            } catch (YAMLException e) {
                throw new IOException(file + " is not valid YAML: " + e.getMessage(), e);
            }
        }
        pack.putIfAbsent("name", "saved");
        pack.putIfAbsent("version", 1);
        pack.putIfAbsent("description", "Filters saved from the sharkfin REPL");
        return pack;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Map<String, Object> pack) throws IOException {
        Object r = pack.get("rules");
        List<Map<String, Object>> out = new ArrayList<>();
        if (r == null) {
            return out;
        }
        if (!(r instanceof List<?> list)) {
            throw new IOException("the pack's \"rules\" is not a list");
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?>)) {
                throw new IOException("a rule of the pack is not a mapping");
            }
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    private void write(Map<String, Object> pack) throws IOException {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndentWithIndicator(true);
        o.setIndicatorIndent(2);
        o.setIndent(2);
        o.setWidth(200);
        Yaml yaml = new Yaml(new Representer(o), o);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".saved", ".yaml");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# sharkfin filter pack: filters kept with :save in the REPL\n");
            yaml.dump(pack, w);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
