package io.sharkfin.ioc.dns;

import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;

import java.util.ArrayList;
import java.util.List;

/** What was seen of one queried name. */
final class NameStats {
    final String name;
    final Evidence evidence = new Evidence();
    final DistinctValues clients = new DistinctValues();
    final DistinctValues answers = new DistinctValues();
    final long[] rcodes = new long[16];
    final List<String> types = new ArrayList<>();
    private String lastType;
    long queries;
    long responses;

    NameStats(String name) {
        this.name = name;
    }

    /** Notes a query type (type names are shared instances: compared by identity first). */
    void type(String type) {
        if (type == lastType) {
            return;
        }
        lastType = type;
        for (String t : types) {
            if (t == type || t.equals(type)) {
                return;
            }
        }
        if (types.size() < 16) {
            types.add(type);
        }
    }

    /** Response codes by mnemonic, in code order. */
    java.util.Map<String, Long> rcodeCounts() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rcodes.length; i++) {
            if (rcodes[i] > 0) {
                m.put(Rcodes.name(i), rcodes[i]);
            }
        }
        return m;
    }
}
