package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;

/**
 * {@code -z http_srv,tree}, "HTTP/Load Distribution" (packet-http.c
 * {@code http_reqs_stats_tree_*}): requests by server address and by Host header (each under
 * the other), and responses by server address, OK (status 101 to 399) or KO.
 */
final class HttpLoadDistribution extends HttpTreeSource {
    private static final String REQUESTS = "HTTP Requests by Server";
    private static final String BY_ADDRESS = "HTTP Requests by Server Address";
    private static final String BY_HOST = "HTTP Requests by HTTP Host";
    private static final String RESPONSES = "HTTP Responses by Server Address";

    private int requests;
    private int byAddress;
    private int byHost;
    private int responses;

    HttpLoadDistribution(FieldRegistry registry) {
        super(registry);
    }

    @Override
    public String title() {
        return "HTTP/Load Distribution";
    }

    @Override
    public void init(StatsTree tree) {
        requests = tree.createNode(REQUESTS, 0, false, true);
        byAddress = tree.createNode(BY_ADDRESS, requests, false, true);
        byHost = tree.createNode(BY_HOST, requests, false, true);
        responses = tree.createNode(RESPONSES, 0, false, true);
    }

    @Override
    void tick(HttpTap.Message m, StatsTree tree) {
        if (m.method() != null) {
            tree.tick(REQUESTS, 0, false);
            tree.tick(BY_ADDRESS, requests, true);
            tree.tick(BY_HOST, requests, true);
            int address = tree.tick(m.dst(), byAddress, true);
            if (m.host() != null) {
                int host = tree.tick(m.host(), byHost, true);
                tree.tick(m.dst(), host, false);
                tree.tick(m.host(), address, false);
            }
        } else if (m.code() != 0) {
            tree.tick(RESPONSES, 0, false);
            int address = tree.tick(m.src(), responses, true);
            tree.tick(m.code() > 100 && m.code() < 400 ? "OK" : "KO", address, false);
        }
    }
}
