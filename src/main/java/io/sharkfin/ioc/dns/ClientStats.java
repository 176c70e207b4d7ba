package io.sharkfin.ioc.dns;

import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Evidence;

/** One DNS client: its queries, the responses it got, its NXDOMAINs by name, its open burst. */
final class ClientStats {
    final String client;
    final Evidence queries = new Evidence();
    final Evidence nxdomain = new Evidence();
    final BoundedTable<String, Evidence> nxByName = new BoundedTable<>("NXDOMAIN names per client", 4096);
    long responses;
    BurstState burst;

    ClientStats(String client) {
        this.client = client;
    }
}
