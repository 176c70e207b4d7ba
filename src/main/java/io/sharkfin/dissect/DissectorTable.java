package io.sharkfin.dissect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a dissector finds the next one by a number in its header: ethertype, IP protocol, port,
 * link type (Wireshark's {@code dissector_table_t}).
 *
 * <p>Keys are kept in a sorted array; keys below 65,536 (ethertypes, protocol numbers, ports:
 * all of them in practice) are also indexed directly, so the per-frame lookup is one array load.
 */
public final class DissectorTable {
    private static final int DIRECT = 1 << 16;

    private final String name;
    private int[] keys = new int[0];
    private Dissector[] values = new Dissector[0];
    private Dissector[] direct = new Dissector[0];

    public DissectorTable(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public synchronized DissectorTable register(int key, Dissector d) {
        int i = Arrays.binarySearch(keys, key);
        if (i >= 0) {
            if (values[i] != d) {
                throw new IllegalArgumentException(name + " " + key + " is taken by "
                        + values[i].protocol().name());
            }
            return this;
        }
        int at = -i - 1;
        int[] k = new int[keys.length + 1];
        Dissector[] v = new Dissector[values.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(values, 0, v, 0, at);
        k[at] = key;
        v[at] = d;
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(values, at, v, at + 1, values.length - at);
        values = v;
        keys = k;
        if (key >= 0 && key < DIRECT) {
            if (key >= direct.length) {
                direct = Arrays.copyOf(direct, Math.min(DIRECT, Math.max(key + 1, direct.length * 2)));
            }
            direct[key] = d;
        }
        return this;
    }

    /** The dissector for a key, or null. */
    public Dissector get(int key) {
        Dissector[] d = direct;
        if (key >= 0 && key < DIRECT) {
            return key < d.length ? d[key] : null;
        }
        int[] k = keys;
        Dissector[] v = values;
        int i = Arrays.binarySearch(k, key);
        return i >= 0 && i < v.length ? v[i] : null;
    }

    /** One more than the largest key registered (0 when none): no key from it up has a dissector. */
    public int keyLimit() {
        int[] k = keys;
        return k.length == 0 ? 0 : k[k.length - 1] + 1;
    }

    /** The names of the protocols registered in this table (for {@link Dissector#calls()}). */
    public List<String> protocolNames() {
        List<String> out = new ArrayList<>();
        for (Dissector d : values) {
            String n = d.protocol().name();
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The distinct dissectors registered, in key order. */
    public java.util.Collection<Dissector> dissectors() {
        return new java.util.LinkedHashSet<>(Arrays.asList(values));
    }

    @Override
    public String toString() {
        return name + Arrays.toString(keys);
    }
}
