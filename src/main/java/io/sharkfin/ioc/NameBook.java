package io.sharkfin.ioc;

import java.util.List;
import java.util.Map;

/**
 * Which names an address goes by: DNS answers (per client and overall), TLS server names and HTTP
 * Host headers seen on connections to it. Used to name the servers of cadence pairs and to tell
 * a connection to a bare address (one no client looked up) from a connection to a name.
 */
public final class NameBook {

    private final BoundedTable<String, DistinctValues> resolvedByClient = new BoundedTable<>("resolved addresses per client");
    private final BoundedTable<String, DistinctValues> resolved = new BoundedTable<>("resolved addresses");
    private final BoundedTable<String, DistinctValues> presented = new BoundedTable<>("server names per address");

    private static String key(String client, String address) {
        return client + "|" + address;
    }

    /** A DNS answer: {@code client} learnt that {@code name} is at {@code address}. */
    public void resolved(String client, String address, String name) {
        DistinctValues v = resolvedByClient.get(key(client, address), k -> new DistinctValues());
        if (v != null) {
            v.add(name);
        }
        DistinctValues all = resolved.get(address, k -> new DistinctValues());
        if (all != null) {
            all.add(name);
        }
    }

    /** A client asked a server by name (SNI, Host). */
    public void presented(String address, String name) {
        DistinctValues v = presented.get(address, k -> new DistinctValues());
        if (v != null) {
            v.add(name);
        }
    }

    /** Whether {@code client} got {@code address} in a DNS answer. */
    public boolean resolvedBy(String client, String address) {
        return resolvedByClient.peek(key(client, address)) != null;
    }

    /** Whether any DNS answer, SNI or Host named this address. */
    public boolean named(String address) {
        return resolved.peek(address) != null || presented.peek(address) != null;
    }

    /** Names of an address, best first: the client's own look-ups, then any look-up, then SNI/Host. */
    public List<String> namesFor(String client, String address) {
        DistinctValues v = resolvedByClient.peek(key(client, address));
        if (v == null) {
            v = resolved.peek(address);
        }
        if (v == null) {
            v = presented.peek(address);
        }
        return v == null ? List.of() : v.list();
    }

    public void reportDrops(Map<String, Long> out) {
        resolvedByClient.reportDrops(out);
        resolved.reportDrops(out);
        presented.reportDrops(out);
    }
}
