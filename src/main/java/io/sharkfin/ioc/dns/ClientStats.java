package io.sharkfin.ioc.dns;

import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.cadence.CadenceSeries;

import java.util.HashSet;
import java.util.Set;

/** One DNS client: its queries, the responses it got, the names it asked for, its open burst. */
final class ClientStats {
    final String client;
    final Evidence queries = new Evidence();
    final Evidence nxdomain = new Evidence();
    final BoundedTable<String, ClientName> names = new BoundedTable<>("DNS names per client");
    long responses;
    BurstState burst;

    ClientStats(String client) {
        this.client = client;
    }

    /**
     * One name as one client asked for it: the name's overall record, the cadence of the client's
     * look-ups, its NXDOMAIN answers, and the answers already put into the name book (so each
     * address is noted once, not once per response).
     */
    static final class ClientName {
        final NameStats name;
        final CadenceSeries series;
        Evidence nxdomain;
        final Set<String> answersNoted = new HashSet<>();
        /** Digest of the answers last noted (see DnsCollector#answersKey). */
        long answersKey;

        ClientName(NameStats name, CadenceSeries series) {
            this.name = name;
            this.series = series;
        }
    }
}
