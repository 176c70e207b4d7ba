package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;

/**
 * {@code -z http_req,tree}, "HTTP/Requests" (packet-http.c {@code http_req_stats_tree_*}):
 * requests by Host header, and under each host its URIs.
 */
final class HttpRequests extends HttpTreeSource {
    private static final String BY_HOST = "HTTP Requests by HTTP Host";

    private int byHost;

    HttpRequests(FieldRegistry registry) {
        super(registry);
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
    void tick(HttpTap.Message m, StatsTree tree) {
        if (m.method() == null) {
            return;
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
