package io.sharkfin.dissect;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Where a dissector finds the next one by a number in its header: ethertype, IP protocol, port,
 * link type (Wireshark's {@code dissector_table_t}).
 */
public final class DissectorTable {
    private final String name;
    private final Map<Integer, Dissector> byKey = new HashMap<>();

    public DissectorTable(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public DissectorTable register(int key, Dissector d) {
        Dissector before = byKey.putIfAbsent(key, d);
        if (before != null && before != d) {
            throw new IllegalArgumentException(name + " " + key + " is taken by "
                    + before.protocol().name());
        }
        return this;
    }

    /** The dissector for a key, or null. */
    public Dissector get(int key) {
        return byKey.get(key);
    }

    /** The distinct dissectors registered, in no particular order. */
    public Collection<Dissector> dissectors() {
        return new LinkedHashSet<>(byKey.values());
    }

    @Override
    public String toString() {
        return name + byKey.keySet();
    }
}
