package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The payload of one TCP or UDP conversation, in the chunks Wireshark's follow taps make of it
 * (follow_tcp_tap_listener in packet-tcp.c, the UDP payloads as they come). The first frame's
 * sender is the client (node 0). TCP chunks are put in sequence order: a segment that repeats data
 * already seen is dropped or trimmed to its new bytes, and an out-of-order segment waits until the
 * data before it arrived (or until the peer acknowledges past a hole, which is then marked
 * {@code [n bytes missing in capture file]}).
 *
 * <p>Give it the frames of the conversation ({@code tcp.stream eq N}); the frame's innermost
 * transport header is followed, headers quoted inside ICMP errors are not.
 */
public final class FollowedConversation {

    /** Which conversation. */
    public enum Protocol {
        TCP, UDP;

        /** The protocol's filter name, {@code tcp} or {@code udp}. */
        public String filterName() {
            return this == TCP ? "tcp" : "udp";
        }
    }

    /** An address and port, printed as tshark prints a node ({@code [addr]:port} for IPv6). */
    public record Endpoint(String address, boolean ipv6, long port) {
        @Override
        public String toString() {
            return (ipv6 ? "[" + address + "]" : address) + ":" + port;
        }
    }

    /** One chunk of data from one side, with the frame that carried it and that frame's time. */
    public record Chunk(boolean server, byte[] data, long frame, long seconds, int nanos) {
    }

    private static final String[] FIELDS = {"tcp.seq_raw", "tcp.ack_raw", "tcp.len", "tcp.flags.syn", "tcp.payload",
        "udp.payload", "frame.time_epoch"};

    private final Protocol protocol;
    private final Tap headers;
    private final int seq;
    private final int ack;
    private final int length;
    private final int syn;
    private final int payload;
    private final int time;
    private Endpoint client;
    private Endpoint server;
    private final List<Chunk> chunks = new ArrayList<>();
    private final long[] nextSeq = new long[2];
    private final long[] written = new long[2];
    private final List<List<Pending>> pending = List.of(new ArrayList<>(), new ArrayList<>());
    /** The frame being added, for its chunks. */
    private long frame;
    private long seconds;
    private int nanos;

    /** A segment that came before the data ahead of it. */
    private record Pending(boolean server, long seq, byte[] data, long frame, long seconds, int nanos) {
        Chunk chunk(byte[] bytes) {
            return new Chunk(server, bytes, frame, seconds, nanos);
        }
    }

    public FollowedConversation(Protocol protocol, FieldRegistry registry) {
        this.protocol = protocol;
        this.headers = new Tap(protocol == Protocol.TCP ? TableType.TCP : TableType.UDP, registry, null, null);
        seq = registry.dissectedId("tcp.seq_raw");
        ack = registry.dissectedId("tcp.ack_raw");
        length = registry.dissectedId("tcp.len");
        syn = registry.dissectedId("tcp.flags.syn");
        payload = registry.dissectedId(protocol.filterName() + ".payload");
        time = registry.dissectedId("frame.time_epoch");
    }


    /** The fields a session must record for {@link #accept}. */
    public static BitSet fields(FieldRegistry registry) {
        BitSet out = new BitSet();
        for (String name : FIELDS) {
            int id = registry.dissectedId(name);
            if (id >= 0) {
                out.set(id);
            }
        }
        for (TableType t : List.of(TableType.TCP, TableType.UDP)) {
            out.or(new Tap(t, registry, null, null).fields());
        }
        return out;
    }

    /**
     * Adds a frame of the conversation: each of its TCP (or UDP) headers that no ICMP error
     * quotes, as the follow taps get them (a VXLAN datagram's outer and inner UDP both, each
     * with the innermost header's sides). A UDP header whose payload was not dissected (the frame
     * cut short in it) adds nothing.
     */
    public void accept(Packet p) {
        frame = p.number();
        int t = time < 0 ? -1 : p.first(time);
        seconds = t < 0 ? 0 : p.timeSeconds(t);
        nanos = t < 0 ? 0 : p.timeNanos(t);
        List<Tap.Header> layers = new ArrayList<>(1);
        headers.transports(p, layers::add);
        if (layers.isEmpty()) {
            return;
        }
        // the taps read the sides from the packet's addresses and ports when the frame is done,
        // the innermost header's, whichever header a record came from
        Tap.Header inner = layers.getLast();
        Endpoint src = new Endpoint(inner.src(), inner.ipv6(), inner.srcPort());
        Endpoint dst = new Endpoint(inner.dst(), inner.ipv6(), inner.dstPort());
        for (Tap.Header h : layers) {
            int s = h.entry();
            int data = Tap.inLayer(p, payload, s);
            if (protocol == Protocol.UDP && data < 0) {
                continue;
            }
            byte[] bytes = data < 0 ? new byte[0] : p.bytes(data);
            if (protocol == Protocol.TCP) {
                tcp(src, dst, num(p, seq, s), num(p, ack, s), num(p, length, s), num(p, syn, s) != 0, bytes);
            } else {
                chunks.add(new Chunk(isServer(src, dst), bytes, frame, seconds, nanos));
            }
        }
    }

    private static long num(Packet p, int field, int s) {
        int e = Tap.inLayer(p, field, s);
        return e < 0 ? 0 : p.num(e);
    }

    /** Node 0, the sender of the first frame; null before any frame. */
    public Endpoint client() {
        return client;
    }

    /** Node 1. */
    public Endpoint server() {
        return server;
    }

    /** The chunks in the order they are printed. */
    public List<Chunk> chunks() {
        return chunks;
    }

    /** The address and port a packet's innermost TCP or UDP header was sent from ({@code source}) or to. */
    public Endpoint endpoint(Packet p, boolean source) {
        Endpoint[] found = new Endpoint[1];
        headers.transports(p, h -> found[0] = source ? new Endpoint(h.src(), h.ipv6(), h.srcPort())
                : new Endpoint(h.dst(), h.ipv6(), h.dstPort()));
        return found[0] == null ? new Endpoint("", false, 0) : found[0];
    }

    private boolean isServer(Endpoint src, Endpoint dst) {
        if (client == null) {
            client = src;
            server = dst;
        }
        return !(client.address().equals(src.address()) && client.port() == src.port());
    }

    private void tcp(Endpoint src, Endpoint dst, long seq, long ack, long segmentLength, boolean syn, byte[] payload) {
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
        byte[] data = Arrays.copyOfRange(payload, dataOffset, dataOffset + dataLength);
        Pending c = new Pending(srv, sequence, data, frame, seconds, nanos);
        if (sequence == nextSeq[dir]) {
            nextSeq[dir] = (nextSeq[dir] + length) & 0xffffffffL;
            written[dir] += data.length;
            chunks.add(c.chunk(data));
            while (applyPending(dir, 0, false)) {
                // a hole just filled may let waiting segments follow
            }
        } else {
            pending.get(dir).add(c);
        }
    }

    private boolean applyPending(int dir, long acknowledged, boolean useAck) {
        List<Pending> list = pending.get(dir);
        if (list.isEmpty()) {
            return false;
        }
        long lowest = list.get(0).seq();
        for (int i = 0; i < list.size(); i++) {
            Pending f = list.get(i);
            if (gt(lowest, f.seq())) {
                lowest = f.seq();
            }
            if (lt(f.seq(), nextSeq[dir])) {
                long end = (f.seq() + f.data().length) & 0xffffffffL;
                if (gt(end, nextSeq[dir])) {
                    int from = (int) ((nextSeq[dir] - f.seq()) & 0xffffffffL);
                    if (f.data().length > from) {
                        chunks.add(f.chunk(Arrays.copyOfRange(f.data(), from, f.data().length)));
                    }
                    nextSeq[dir] = (nextSeq[dir] + f.data().length - from) & 0xffffffffL;
                }
                list.remove(i);
                return true;
            }
            if (f.seq() == nextSeq[dir]) {
                if (f.data().length > 0) {
                    chunks.add(f.chunk(f.data()));
                }
                nextSeq[dir] = (nextSeq[dir] + f.data().length) & 0xffffffffL;
                list.remove(i);
                return true;
            }
        }
        if (useAck && gt(acknowledged, lowest)) {
            String note = "[" + (int) ((lowest - nextSeq[dir]) & 0xffffffffL) + " bytes missing in capture file]";
            byte[] text = Arrays.copyOf(note.getBytes(StandardCharsets.US_ASCII),
                    note.length() + 1); // Wireshark counts the string's terminating NUL
            chunks.add(new Chunk(dir == 1, text, frame, seconds, nanos));
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
}
