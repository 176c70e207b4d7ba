package io.sharkfin.ioc.dns;

import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

/** What was seen of one queried name. */
final class NameStats {
    final String name;
    final Evidence evidence = new Evidence();
    final DistinctValues clients = new DistinctValues();
    final DistinctValues answers = new DistinctValues();
    final TreeMap<String, Long> rcodes = new TreeMap<>();
    final Set<String> types = new LinkedHashSet<>();
    long queries;
    long responses;

    NameStats(String name) {
        this.name = name;
    }
}
