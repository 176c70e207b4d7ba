package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.BitSet;

/**
 * {@code -z http_req,tree}, "HTTP/Requests" (packet-http.c {@code http_req_stats_tree_*}):
 * requests by Host header, and under each host its URIs.
 */
final class HttpRequests implements TreeSource {
    private static final String BY_HOST = "HTTP Requests by HTTP Host";

    private final HttpTap tap;
    private int byHost;

    HttpRequests(FieldRegistry registry) {
        tap = new HttpTap(registry);
    }

    @Override
    public String title() {
        return "HTTP/Requests";
    }

    @Override
    public void init(StatsTree tree) {
        byHost = tree.createNode(BY_HOST, 0, false, true);
    }

    @Override
    public BitSet fields() {
        return tap.fields();
    }

    @Override
    public void tap(Packet p, double nowMs, StatsTree tree) {
        for (HttpTap.Message m : tap.messages(p)) {
            tree.record(nowMs);
            if (m.method() == null) {
                continue;
            }
            tree.tick(BY_HOST, 0, false);
            if (m.host() != null) {
                int host = tree.tick(m.host(), byHost, true);
                if (m.uri() != null) {
                    tree.tick(m.uri(), host, true);
                }
            }
        }
    }
}
