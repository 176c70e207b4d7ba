package io.sharkfin.repl;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.WiresharkCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Every name a filter may use — the fields sharkfin dissects and the rest of Wireshark's
 * catalogue — sorted, for completion level by level ({@code ip.} → {@code ip.src},
 * {@code ip.flags}, ...) and for {@code :fields}. The list (≈236,000 names) is built once, on a
 * background thread at start-up, since the first Tab should not wait for it.
 */
public final class FieldNames {

    /** One name at the next level below a prefix. */
    public record Child(String name, boolean isField, int descendants) {
    }

    private static final CompletableFuture<FieldNames> STANDARD = CompletableFuture.supplyAsync(
            () -> new FieldNames(FieldRegistry.standard()), r -> {
                Thread t = new Thread(r, "sharkfin-field-names");
                t.setDaemon(true);
                t.start();
            });

    private final FieldRegistry registry;
    private final String[] names;
    private final Set<String> dissected = new HashSet<>();

    FieldNames(FieldRegistry registry) {
        this.registry = registry;
        WiresharkCatalog catalog = registry.catalog();
        List<String> all = new ArrayList<>();
        for (FieldDef d : registry.dissected()) {
            all.add(d.name());
            dissected.add(d.name());
        }
        if (catalog != null) {
            catalog.names().forEach(all::add);
        }
        String[] sorted = all.toArray(String[]::new);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || !sorted[i].equals(sorted[n - 1])) {
                sorted[n++] = sorted[i];
            }
        }
        this.names = Arrays.copyOf(sorted, n);
    }

    /** The names of the standard registry (waits for the list on first use). */
    public static FieldNames standard() {
        return STANDARD.join();
    }

    /** Starts building the standard list now, so it is ready when first needed. */
    public static void warmUp() {
        // loading this class started the build; asking about it only makes sure it is loaded
        STANDARD.isDone();
    }

    public FieldRegistry registry() {
        return registry;
    }

    /** Number of names. */
    public int size() {
        return names.length;
    }

    /** Names starting with {@code prefix}, in order. */
    public List<String> withPrefix(String prefix) {
        int from = lowerBound(prefix);
        List<String> out = new ArrayList<>();
        for (int i = from; i < names.length && names[i].startsWith(prefix); i++) {
            out.add(names[i]);
        }
        return out;
    }

    /**
     * The names one level below the dots of {@code typed}: for {@code ip.fl} the names starting
     * with {@code ip.fl} cut after their next component ({@code ip.flags}, whether it is a field
     * itself, and how many names lie below it).
     */
    public List<Child> children(String typed) {
        int lastDot = typed.lastIndexOf('.');
        int cut = lastDot + 1;
        Map<String, int[]> groups = new TreeMap<>();
        for (int i = lowerBound(typed); i < names.length && names[i].startsWith(typed); i++) {
            String n = names[i];
            int dot = n.indexOf('.', cut);
            String child = dot < 0 ? n : n.substring(0, dot);
            int[] g = groups.computeIfAbsent(child, k -> new int[2]);
            if (dot < 0) {
                g[0] = 1;
            } else {
                g[1]++;
            }
        }
        List<Child> out = new ArrayList<>(groups.size());
        groups.forEach((name, g) -> out.add(new Child(name, g[0] == 1, g[1])));
        return out;
    }

    /**
     * The definition of a name without binding catalogue names into the registry (which would
     * grow it for every name completion looked at); null for an unknown name.
     */
    public FieldDef describe(String name) {
        if (dissected.contains(name)) {
            return registry.lookup(name);
        }
        WiresharkCatalog catalog = registry.catalog();
        return catalog == null ? registry.lookup(name) : catalog.lookup(name);
    }

    /** Whether sharkfin dissects the field (its values can occur in a capture). */
    public boolean isDissected(String name) {
        return dissected.contains(name);
    }

    private int lowerBound(String prefix) {
        int i = Arrays.binarySearch(names, prefix);
        return i >= 0 ? i : -i - 1;
    }
}
