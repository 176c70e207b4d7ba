package io.sharkfin.ioc.dns;

import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;

import java.util.LinkedHashSet;
import java.util.Set;

/** What was seen of one queried name. */
final class NameStats {
    final String name;
    final Evidence evidence = new Evidence();
    final DistinctValues clients = new DistinctValues();
    final DistinctValues answers = new DistinctValues();
    final long[] rcodes = new long[16];
    final Set<String> types = new LinkedHashSet<>();
    long queries;
    long responses;

    NameStats(String name) {
        this.name = name;
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
