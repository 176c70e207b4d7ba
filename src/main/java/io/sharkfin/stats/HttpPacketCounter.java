package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;

/**
 * {@code -z http,tree}, "HTTP/Packet Counter" (packet-http.c {@code http_stats_tree_*}): every
 * message, responses by status class and code, requests by method (a pivot), and the rest.
 */
final class HttpPacketCounter extends HttpTreeSource {
    private static final String PACKETS = "Total HTTP Packets";
    private static final String RESPONSES = "HTTP Response Packets";
    private static final String OTHER = "Other HTTP Packets";
    /** The status classes' nodes, made in this order: broken (below 100 or from 600), 1xx to 5xx. */
    private static final String[] CLASSES = {"???: broken", "1xx: Informational", "2xx: Success",
            "3xx: Redirection", "4xx: Client Error", "5xx: Server Error"};

    private int packets;
    private int requests;
    private int responses;
    private final int[] classes = new int[CLASSES.length];

    HttpPacketCounter(FieldRegistry registry) {
        super(registry);
    }

    @Override
    public String title() {
        return "HTTP/Packet Counter";
    }

    @Override
    public void init(StatsTree tree) {
        packets = tree.createNode(PACKETS, 0, false, true);
        requests = tree.createPivot("HTTP Request Packets", packets);
        responses = tree.createNode(RESPONSES, packets, false, true);
        for (int i = 0; i < CLASSES.length; i++) {
            classes[i] = tree.createNode(CLASSES[i], responses, false, true);
        }
        tree.createNode(OTHER, packets, false, false);
    }

    @Override
    void tick(HttpTap.Message m, StatsTree tree) {
        tree.tick(PACKETS, 0, false);
        int code = m.code();
        if (code != 0) {
            tree.tick(RESPONSES, packets, false);
            int c = code < 100 || code >= 600 ? 0 : code / 100;
            tree.tick(CLASSES[c], responses, false);
            tree.tick(code + " " + m.codeText(), classes[c], false);
        } else if (m.method() != null) {
            tree.tickPivot(requests, m.method());
        } else {
            tree.tick(OTHER, packets, false);
        }
    }
}
