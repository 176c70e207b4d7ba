package io.sharkfin.repl.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A followed conversation in the text tshark's {@code -z follow,PROTO,ascii,N} prints: a header
 * naming the filter and the two nodes, then each chunk of data preceded by its length (indented by
 * a tab when the server sent it), bytes that are neither printable nor line ends shown as dots.
 */
final class FollowText {

    private static final String SEPARATOR = "===================================================================";

    /** One chunk of data from one side. */
    record Chunk(boolean server, byte[] data) {
    }

    private final List<Chunk> chunks = new ArrayList<>();
    private final String client;
    private final String server;

    FollowText(String client, String server) {
        this.client = client;
        this.server = server;
    }

    /** Adds a chunk sent by the server (node 1) or the client (node 0). */
    void add(boolean fromServer, byte[] data) {
        chunks.add(new Chunk(fromServer, data));
    }

    String render(String label, String filter) {
        StringBuilder sb = new StringBuilder();
        sb.append('\n').append(SEPARATOR).append('\n');
        sb.append("Follow: ").append(label).append(",ascii\n");
        sb.append("Filter: ").append(filter).append('\n');
        sb.append("Node 0: ").append(client).append('\n');
        sb.append("Node 1: ").append(server).append('\n');
        for (Chunk c : chunks) {
            sb.append(c.server() ? "\t" : "").append(c.data().length).append('\n');
            for (byte b : c.data()) {
                int v = b & 0xff;
                sb.append(v == '\r' || v == '\n' || (v >= 0x20 && v < 0x7f) ? (char) v : '.');
            }
            sb.append('\n');
        }
        sb.append(SEPARATOR).append('\n');
        return sb.toString();
    }
}
