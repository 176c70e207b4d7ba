package io.sharkfin.ioc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map of indicators that stops growing at {@link Limits#TABLE_ENTRIES} (or its own bound):
 * entries already present keep being updated, new keys past the bound are counted as dropped.
 * Iteration follows first appearance.
 */
public final class BoundedTable<K, V> {

    private final String name;
    private final int bound;
    private final Map<K, V> map = new LinkedHashMap<>();
    private long dropped;

    public BoundedTable(String name) {
        this(name, Limits.TABLE_ENTRIES);
    }

    public BoundedTable(String name, int bound) {
        this.name = name;
        this.bound = bound;
    }

    /** The entry for a key, created when there is room; null when the table is full. */
    public V get(K key, Function<K, V> create) {
        V v = map.get(key);
        if (v == null) {
            if (map.size() >= bound) {
                dropped++;
                return null;
            }
            v = create.apply(key);
            map.put(key, v);
        }
        return v;
    }

    /** The entry for a key, or null. */
    public V peek(K key) {
        return map.get(key);
    }

    public Collection<V> values() {
        return map.values();
    }

    public Map<K, V> asMap() {
        return map;
    }

    public int size() {
        return map.size();
    }

    public String name() {
        return name;
    }

    /** New keys refused because the table was full. */
    public long dropped() {
        return dropped;
    }

    /** Adds this table's drop count to a report map (only when something was dropped). */
    public void reportDrops(Map<String, Long> out) {
        if (dropped > 0) {
            out.merge(name, dropped, Long::sum);
        }
    }
}
