package io.sharkfin.repl.view;

import io.sharkfin.capture.CaptureReader;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The payload of one TCP or UDP conversation as text, in the format of tshark's
 * {@code -z follow,tcp,ascii,N}: a header naming the two nodes, then each chunk of data preceded
 * by its length (indented by a tab when the server sent it), with bytes that are neither printable
 * nor line ends shown as dots.
 *
 * <p>TCP chunks are put in sequence order the way Wireshark's follow tap does it: a segment that
 * repeats data already seen is dropped or trimmed to its new bytes, and an out-of-order segment
 * waits until the data before it arrived (or until the peer acknowledges past a hole, which is
 * then marked {@code [n bytes missing in capture file]}).
 */
public final class StreamFollower {

    private static final String[] FIELDS = {"ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.srcport",
        "tcp.dstport", "udp.srcport", "udp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.len", "tcp.flags.syn",
        "tcp.payload", "udp.payload", "icmp", "icmpv6", "tcp.stream", "udp.stream"};

    /** Which conversation. */
    public enum Protocol {
        TCP, UDP
    }

    private final FieldRegistry registry = FieldRegistry.standard();

    /**
     * Follows stream {@code stream} of {@code reader}'s capture.
     *
     * @param stop polled per frame; true ends the scan early
     * @return the text, lines separated by {@code \n} (data may hold {@code \r}); empty when no
     *         frame belongs to the stream
     */
    public Optional<String> follow(CaptureReader reader, Protocol protocol, long stream, String label,
                         BooleanSupplier stop) throws FilterException, IOException {
        String name = protocol == Protocol.TCP ? "tcp" : "udp";
        String filterText = name + ".stream eq " + stream;
        Filter filter = Filter.compile(filterText);
        List<String> names = new ArrayList<>(List.of(FIELDS));
        names.addAll(filter.fieldNames(registry));
        Conversation conv = new Conversation();
        try (PacketStream packets = new PacketStream(reader, Session.needing(names))) {
            Packet p;
            while (!stop.getAsBoolean() && (p = packets.next()) != null) {
                if (!filter.test(p) || has(p, "icmp") || has(p, "icmpv6")) {
                    continue;
                }
                Endpoint src = endpoint(p, true, name);
                Endpoint dst = endpoint(p, false, name);
                byte[] payload = bytes(p, name + ".payload");
                if (protocol == Protocol.TCP) {
                    conv.tcp(src, dst, num(p, "tcp.seq_raw"), num(p, "tcp.ack_raw"), num(p, "tcp.len"),
                            num(p, "tcp.flags.syn") != 0, payload);
                } else {
                    conv.udp(src, dst, payload);
                }
            }
        }
        return conv.client == null ? Optional.empty()
                : Optional.of(conv.render(label == null ? name : label, filterText));
    }

    private boolean has(Packet p, String field) {
        FieldDef d = registry.lookup(field);
        return d != null && d.dissected() && p.has(d.id());
    }

    /** The innermost occurrence, the one next to the transport layer. */
    private int last(Packet p, String field) {
        FieldDef d = registry.lookup(field);
        if (d == null || !d.dissected()) {
            return -1;
        }
        return p.last(d.id());
    }

    private long num(Packet p, String field) {
        int e = last(p, field);
        return e < 0 ? 0 : p.num(e);
    }

    private byte[] bytes(Packet p, String field) {
        int e = last(p, field);
        return e < 0 ? new byte[0] : p.bytes(e);
    }

    /** The address and port a packet was sent from ({@code source}) or to, over {@code transport}. */
    Endpoint endpoint(Packet p, boolean source, String transport) {
        String v4 = source ? "ip.src" : "ip.dst";
        String v6 = source ? "ipv6.src" : "ipv6.dst";
        int e4 = last(p, v4);
        int e6 = last(p, v6);
        // the address of the layer right under the transport: the later entry of the two
        boolean six = e6 > e4;
        int e = six ? e6 : e4;
        String address = e < 0 ? "" : FieldFormat.format(p, e);
        long port = num(p, transport + (source ? ".srcport" : ".dstport"));
        return new Endpoint(address, six, port);
    }

    /** An address and port, printed as tshark prints a node. */
    record Endpoint(String address, boolean ipv6, long port) {
        @Override
        public String toString() {
            return (ipv6 ? "[" + address + "]" : address) + ":" + port;
        }
    }

    /** One chunk of data in one direction. */
    private record Chunk(boolean server, long seq, byte[] data) {
    }

    /** The two directions of a conversation and the chunks in the order they are printed. */
    private static final class Conversation {
        private Endpoint client;
        private Endpoint server;
        private final List<Chunk> chunks = new ArrayList<>();
        private final long[] nextSeq = new long[2];
        private final long[] written = new long[2];
        private final List<List<Chunk>> pending = List.of(new ArrayList<>(), new ArrayList<>());

        private boolean isServer(Endpoint src, Endpoint dst) {
            if (client == null) {
                client = src;
                server = dst;
            }
            return !(client.address().equals(src.address()) && client.port() == src.port());
        }

        void udp(Endpoint src, Endpoint dst, byte[] payload) {
            chunks.add(new Chunk(isServer(src, dst), 0, payload));
        }

        void tcp(Endpoint src, Endpoint dst, long seq, long ack, long segmentLength, boolean syn, byte[] payload) {
            boolean srv = isServer(src, dst);
            int dir = srv ? 1 : 0;
            long sequence = syn ? (seq + 1) & 0xffffffffL : seq;
            long length = segmentLength;
            if (!pending.get(1 - dir).isEmpty()) {
                // this segment may acknowledge data whose segments the capture missed
                while (applyPending(1 - dir, ack, true)) {
                    // apply as many as now fit
                }
            }
            if (written[dir] == 0 && nextSeq[dir] == 0) {
                nextSeq[dir] = sequence;
            }
            int dataOffset = 0;
            int dataLength = payload.length;
            if (lt(sequence, nextSeq[dir])) {
                long end = (sequence + length) & 0xffffffffL;
                if (gt(end, nextSeq[dir])) {
                    // a retransmission carrying more than was seen: keep the new bytes
                    dataOffset = (int) ((nextSeq[dir] - sequence) & 0xffffffffL);
                    dataLength = Math.max(0, dataLength - dataOffset);
                    sequence = nextSeq[dir];
                    length = (end - nextSeq[dir]) & 0xffffffffL;
                }
            }
            if (dataLength == 0 || lt(sequence, nextSeq[dir])) {
                return;
            }
            byte[] data = java.util.Arrays.copyOfRange(payload, dataOffset, dataOffset + dataLength);
            Chunk c = new Chunk(srv, sequence, data);
            if (sequence == nextSeq[dir]) {
                nextSeq[dir] = (nextSeq[dir] + length) & 0xffffffffL;
                written[dir] += data.length;
                chunks.add(c);
                while (applyPending(dir, 0, false)) {
                    // a hole just filled may let waiting segments follow
                }
            } else {
                pending.get(dir).add(c);
            }
        }

        private boolean applyPending(int dir, long acknowledged, boolean useAck) {
            List<Chunk> list = pending.get(dir);
            if (list.isEmpty()) {
                return false;
            }
            long lowest = list.get(0).seq();
            for (int i = 0; i < list.size(); i++) {
                Chunk f = list.get(i);
                if (gt(lowest, f.seq())) {
                    lowest = f.seq();
                }
                if (lt(f.seq(), nextSeq[dir])) {
                    long end = (f.seq() + f.data().length) & 0xffffffffL;
                    if (gt(end, nextSeq[dir])) {
                        int from = (int) ((nextSeq[dir] - f.seq()) & 0xffffffffL);
                        if (f.data().length > from) {
                            byte[] rest = java.util.Arrays.copyOfRange(f.data(), from, f.data().length);
                            chunks.add(new Chunk(f.server(), nextSeq[dir] + rest.length, rest));
                        }
                        nextSeq[dir] = (nextSeq[dir] + f.data().length - from) & 0xffffffffL;
                    }
                    list.remove(i);
                    return true;
                }
                if (f.seq() == nextSeq[dir]) {
                    if (f.data().length > 0) {
                        chunks.add(f);
                    }
                    nextSeq[dir] = (nextSeq[dir] + f.data().length) & 0xffffffffL;
                    list.remove(i);
                    return true;
                }
            }
            if (useAck && gt(acknowledged, lowest)) {
                String note = "[" + (int) ((lowest - nextSeq[dir]) & 0xffffffffL) + " bytes missing in capture file]";
                byte[] text = java.util.Arrays.copyOf(note.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        note.length() + 1); // Wireshark counts the string's terminating NUL
                chunks.add(new Chunk(dir == 1, lowest, text));
                nextSeq[dir] = lowest;
                return true;
            }
            return false;
        }

        private static boolean lt(long a, long b) {
            return (int) (a - b) < 0;
        }

        private static boolean gt(long a, long b) {
            return (int) (a - b) > 0;
        }

        String render(String label, String filterText) {
            FollowText text = new FollowText(client.toString(), server.toString());
            for (Chunk c : chunks) {
                text.add(c.server(), c.data());
            }
            return text.render(label, filterText);
        }
    }
}
