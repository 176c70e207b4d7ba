package io.sharkfin.dissect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Every name a filter may use: the fields sharkfin dissects (ids {@code 0 .. dissectedCount()-1},
 * in registration order) and, behind them, the rest of Wireshark's field catalogue so that a
 * filter naming any Wireshark field compiles exactly as in tshark.
 *
 * <p>A registry is an immutable value built by a {@link Builder}, which refuses a name twice.
 * {@link #standard()} is the registry of all built-in dissectors.
 */
public final class FieldRegistry {

    private final List<FieldDef> dissected;
    private final Map<String, FieldDef> byName;
    private final WiresharkCatalog catalog;
    private final Map<String, FieldDef> catalogOnly = new ConcurrentHashMap<>();
    private final List<FieldDef> catalogById = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger nextCatalogId;

    private FieldRegistry(List<FieldDef> dissected, WiresharkCatalog catalog) {
        this.dissected = List.copyOf(dissected);
        Map<String, FieldDef> m = new HashMap<>();
        for (FieldDef d : dissected) {
            m.put(d.name(), d);
        }
        this.byName = Map.copyOf(m);
        this.catalog = catalog;
        this.nextCatalogId = new AtomicInteger(dissected.size());
    }

    /** The registry of every built-in dissector, backed by Wireshark's catalogue. */
    public static FieldRegistry standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final FieldRegistry INSTANCE = Dissectors.standardRegistry();
    }

    public static Builder builder(WiresharkCatalog catalog) {
        return new Builder(catalog);
    }

    /** Number of fields sharkfin dissects; their ids are {@code 0 .. dissectedCount()-1}. */
    public int dissectedCount() {
        return dissected.size();
    }

    /** The fields sharkfin dissects, in id order. */
    public List<FieldDef> dissected() {
        return dissected;
    }

    /** The id of field {@code name} when this build dissects it, else -1 (also for null). */
    public int dissectedId(String name) {
        FieldDef d = name == null ? null : lookup(name);
        return d != null && d.dissected() ? d.id() : -1;
    }

    /**
     * The definition of a name, or null when neither sharkfin nor Wireshark knows it. Names that
     * only the catalogue knows get an id at their first lookup.
     */
    public FieldDef lookup(String name) {
        FieldDef d = byName.get(name);
        if (d != null) {
            return d;
        }
        FieldDef known = catalogOnly.get(name);
        if (known != null) {
            return known;
        }
        FieldDef fromCatalog = catalog == null ? null : catalog.lookup(name);
        if (fromCatalog == null) {
            return null;
        }
        synchronized (catalogById) {
            FieldDef again = catalogOnly.get(name);
            if (again != null) {
                return again;
            }
            FieldDef bound = fromCatalog.withId(nextCatalogId.getAndIncrement());
            catalogById.add(bound);
            catalogOnly.put(name, bound);
            return bound;
        }
    }

    /**
     * Resolves a deprecated protocol alias ({@code ssl} → {@code tls}, {@code bootp.option} →
     * {@code dhcp.option}) as Wireshark does; null when the name is no alias.
     */
    public FieldDef lookupAlias(String name) {
        if (catalog == null) {
            return null;
        }
        String target = catalog.resolveAlias(name);
        return target == null ? null : lookup(target);
    }

    /** The definition with this id. */
    public FieldDef byId(int id) {
        if (id < dissected.size()) {
            return dissected.get(id);
        }
        return catalogById.get(id - dissected.size());
    }

    /** The catalogue behind this registry (may be null in tests). */
    public WiresharkCatalog catalog() {
        return catalog;
    }

    /** Every name: the dissected fields, then the catalogue's others (loads the catalogue). */
    public Stream<FieldDef> all() {
        Stream<FieldDef> rest = catalog == null ? Stream.empty()
                : catalog.names().filter(n -> !byName.containsKey(n)).map(this::lookup);
        return Stream.concat(dissected.stream(), rest);
    }

    /** Collects field specs, refuses duplicates, and freezes them into a registry. */
    public static final class Builder {
        private final WiresharkCatalog catalog;
        private final List<FieldDef> defs = new ArrayList<>();
        private final List<FieldSpec> specs = new ArrayList<>();
        private final Map<String, FieldSpec> names = new HashMap<>();

        private Builder(WiresharkCatalog catalog) {
            this.catalog = catalog;
        }

        public Builder add(FieldSpec... fields) {
            for (FieldSpec f : fields) {
                FieldSpec before = names.putIfAbsent(f.name(), f);
                if (before != null) {
                    if (before == f) {
                        continue; // the same constant listed twice: harmless
                    }
                    throw new IllegalArgumentException("field " + f.name() + " is registered twice");
                }
                specs.add(f);
            }
            return this;
        }

        public FieldRegistry build() {
            for (FieldSpec f : specs) {
                int id = defs.size();
                ValueStrings vs = f.strings();
                if (vs == null && catalog != null) {
                    vs = catalog.valueStrings(f.name(), f.protocolName());
                }
                if (vs == null && f.type() == FieldType.BOOLEAN) {
                    vs = ValueStrings.defaultTrueFalse();
                }
                defs.add(new FieldDef(id, f.name(), f.title(), f.type(), f.protocolName(),
                        f.display(), f.bitmask(), f.description(), vs, true));
                f.bind(id);
            }
            return new FieldRegistry(defs, catalog);
        }
    }
}
