package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.EndpointKey;
import io.sharkfin.dissect.protocol.PacketEndpoints;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A session's QUIC connection tracking, as Wireshark 4.0 does it: connections are found by the
 * Destination Connection ID of a packet (matched against the CIDs each side chose), by the
 * client's first DCID for Initial and 0-RTT packets, or by the UDP conversation when a packet
 * carries no CID. The side that sent a packet follows from which side chose the matched CID.
 *
 * <p>Memory is bounded: at most {@link #MAX_CONNECTIONS} connections and
 * {@link #MAX_CONVERSATIONS} UDP conversations are remembered (the oldest are forgotten), and
 * all CRYPTO streams share one {@link ByteBudget}.
 */
final class QuicConnections {
    static final int MAX_CONNECTIONS = 50_000;
    static final int MAX_CONVERSATIONS = 100_000;
    static final long CRYPTO_BUDGET = 64L * 1024 * 1024;

    /** A UDP conversation: whether QUIC claimed it, its latest connection, what TLS learnt on it. */
    static final class Conversation {
        boolean quic;
        QuicConnection connection;
        /** The cipher suite of the last ServerHello TLS saw on this conversation, or -1. */
        int tlsSuite = -1;
    }

    /** A connection found for a packet and the side that sent it. */
    record Found(QuicConnection connection, boolean fromServer) {
        static final Found NONE = new Found(null, false);
    }

    private final Map<Cid, QuicConnection> byClientCid = new HashMap<>();
    private final Map<Cid, QuicConnection> byServerCid = new HashMap<>();
    private final Map<Cid, QuicConnection> byInitialDcid = new HashMap<>();
    private final ArrayDeque<QuicConnection> connections = new ArrayDeque<>();
    private final EndpointKey.Probe probe = new EndpointKey.Probe();
    private final Map<EndpointKey, Conversation> conversations =
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<EndpointKey, Conversation> eldest) {
                    return size() > MAX_CONVERSATIONS;
                }
            };
    private long cidLengths;
    private int created;
    // connections whose skipDecryption is still false (see allSettled)
    private int unsettled;
    final ByteBudget budget = new ByteBudget(CRYPTO_BUDGET);

    /**
     * Whether every connection remembered is past the point where a short header packet could
     * change it (its skipDecryption is set): a short header packet then finds a settled
     * connection or none, whichever it is, so the header pass need not look it up.
     */
    boolean allSettled() {
        return unsettled == 0;
    }

    /** Marks a connection's short header packets undecryptable (Wireshark's {@code skip_decryption}). */
    void settle(QuicConnection conn) {
        if (!conn.skipDecryption) {
            conn.skipDecryption = true;
            unsettled--;
        }
    }

    /** Whether any connection is known (Wireshark skips its costlier guesses until then). */
    boolean any() {
        return cidLengths != 0;
    }

    /** The packet's UDP conversation, or null. */
    Conversation conversation(Packet p) {
        // asked up to four times per datagram (UDP's owner lookup, the heuristic, the packets):
        // the answer for this frame's addresses is kept until the frame or the addresses change
        // or a conversation is created
        if (!memo.matches(p)) {
            memo.set(p, conversations.get(probe.set(p)));
        }
        return memo.conversation;
    }

    /** The packet's UDP conversation, created when new. */
    Conversation conversationOrCreate(Packet p) {
        memo.clear();
        return conversations.computeIfAbsent(EndpointKey.of(p), k -> new Conversation());
    }

    private final Memo memo = new Memo();

    /** The last conversation looked up, with the frame and addresses it was looked up for. */
    private static final class Memo {
        private long frame = -1;
        private final PacketEndpoints endpoints = new PacketEndpoints();
        Conversation conversation;

        boolean matches(Packet p) {
            return frame == p.number() && endpoints.sameAs(p);
        }

        void set(Packet p, Conversation c) {
            frame = p.number();
            endpoints.save(p);
            conversation = c;
        }

        void clear() {
            frame = -1;
            conversation = null;
        }
    }

    private boolean knownLength(int n) {
        return (cidLengths & (1L << n)) != 0;
    }

    private QuicConnection fromConversation(Packet p) {
        Conversation c = conversation(p);
        return c == null ? null : c.connection;
    }

    /** Wireshark's {@code quic_connection_find_dcid}: by a non-empty DCID, else by the conversation. */
    Found findByDcid(Packet p, Cid dcid) {
        QuicConnection conn;
        boolean fromServer = false;
        boolean checkPorts = false;
        if (dcid != null && dcid.length() > 0) {
            if (!knownLength(dcid.length())) {
                return Found.NONE;
            }
            conn = byClientCid.get(dcid);
            if (conn != null) {
                fromServer = true;
                checkPorts = byServerCid.containsKey(dcid);
            } else {
                conn = byServerCid.get(dcid);
            }
        } else {
            conn = fromConversation(p);
            checkPorts = conn != null;
        }
        if (conn == null) {
            return Found.NONE;
        }
        if (checkPorts) {
            fromServer = conn.server.isSourceOf(p);
        }
        return new Found(conn, fromServer);
    }

    /**
     * Wireshark's {@code quic_connection_find}. For a short header, {@code dcid} holds as many
     * bytes as the packet may have (the real length is unknown) and is cut while searching.
     */
    Found find(Packet p, int packetType, Cid dcid) {
        Found found;
        if (packetType == QuicVersion.ZERO_RTT && dcid.length() > 0) {
            QuicConnection conn = byInitialDcid.get(dcid);
            found = conn == null ? Found.NONE : new Found(conn, false);
        } else {
            found = findByDcid(p, dcid);
            if (packetType == QuicVersion.INITIAL && found.connection() == null && dcid.length() > 0) {
                QuicConnection conn = byInitialDcid.get(dcid);
                if (conn != null) {
                    found = new Found(conn, false);
                }
            }
            QuicConnection conn = found.connection();
            if (packetType == QuicVersion.INITIAL && conn != null && !found.fromServer()
                    && dcid.length() > 0 && !dcid.equals(conn.clientDcidInitial)
                    && !conn.hasMatch(true, dcid)) {
                // a fresh client Initial (after Version Negotiation, say): a new connection
                found = Found.NONE;
            }
        }
        if (packetType == QuicVersion.SHORT && found.connection() == null) {
            found = findByDcid(p, null);
            QuicConnection conn = found.connection();
            if (conn != null && !conn.hasMatch(!found.fromServer(), dcid)) {
                found = Found.NONE;
            }
            // perhaps a migrated connection: try every known CID length
            for (int n = dcid.length() - 1; found.connection() == null && n >= 1; n--) {
                if (knownLength(n)) {
                    found = findByDcid(p, dcid.prefix(n));
                }
            }
        }
        return found;
    }

    /**
     * The connection {@link #find} finds for a short header packet whose DCID region is the
     * {@link Cid#MAX_LENGTH} bytes at {@code at} of buffer {@code buf} (they must be there),
     * without copying them in the common case: no connection has a CID of that length equal to
     * them, and the UDP conversation's connection has a CID they begin with.
     */
    QuicConnection findShort(Packet p, int buf, int at) {
        boolean exact = knownLength(Cid.MAX_LENGTH)
                && (byClientCid.containsKey(shortProbe.set(p, buf, at)) || byServerCid.containsKey(shortProbe));
        if (!exact) {
            QuicConnection conn = fromConversation(p);
            if (conn != null && conn.hasMatchAt(!conn.server.isSourceOf(p), p, buf, at)) {
                return conn;
            }
        }
        return find(p, QuicVersion.SHORT, Cid.of(p.copy(buf, at, Cid.MAX_LENGTH))).connection();
    }

    private final Cid.Probe shortProbe = new Cid.Probe();

    /** Whether TLS saw a ServerHello with a cipher suite QUIC can use on the packet's UDP conversation. */
    boolean tlsCipherUsable(Packet p) {
        Conversation c = conversation(p);
        return c != null && c.tlsSuite >= 0 && ServerHelloPeek.usable(c.tlsSuite);
    }

    /** Wireshark's {@code quic_connection_create_or_update}; returns the packet's connection. */
    QuicConnection createOrUpdate(Packet p, QuicConnection conn, int packetType, long version,
                                  Cid scid, Cid dcid, boolean fromServer) {
        switch (packetType) {
            case QuicVersion.INITIAL:
                if (!fromServer) {
                    if (conn == null) {
                        conn = create(p, version);
                        updateInitial(conn, scid, dcid);
                    } else if (!conn.clientDcidSet && dcid.length() > 0) {
                        // the client's Initial after a Retry: new keys, and the server's next
                        // Initial names the server CID again
                        updateInitial(conn, scid, dcid);
                        byServerCid.remove(conn.serverCids.get(0).cid);
                        conn.serverCids.get(0).cid = Cid.EMPTY;
                    }
                    break;
                }
                rememberServerCid(conn, packetType, scid, fromServer);
                break;
            case QuicVersion.RETRY:
            case QuicVersion.HANDSHAKE:
                rememberServerCid(conn, packetType, scid, fromServer);
                break;
            default:
                break;
        }
        return conn;
    }

    private void rememberServerCid(QuicConnection conn, int packetType, Cid scid, boolean fromServer) {
        if (!fromServer || conn == null) {
            return;
        }
        if (packetType == QuicVersion.RETRY) {
            // the client's next Initial starts a new handshake with a new DCID
            byInitialDcid.remove(conn.clientDcidInitial);
            conn.clientDcidInitial = Cid.EMPTY;
            conn.clientDcidSet = false;
        }
        if (conn.serverCids.get(0).cid.length() == 0 && scid.length() > 0) {
            conn.serverCids.get(0).cid = scid;
            insert(byServerCid, scid, conn);
        }
    }

    private QuicConnection create(Packet p, long version) {
        if (connections.size() >= MAX_CONNECTIONS) {
            forget(connections.pollFirst());
        }
        QuicConnection conn = new QuicConnection(created++, version, Endpoint.destination(p));
        connections.addLast(conn);
        unsettled++;
        Conversation home = conversationOrCreate(p);
        home.connection = conn;
        conn.home = home;
        return conn;
    }

    private void updateInitial(QuicConnection conn, Cid scid, Cid dcid) {
        if (scid.length() > 0) {
            conn.clientCids.get(0).cid = scid;
            insert(byClientCid, scid, conn);
        }
        if (dcid.length() > 0) {
            conn.clientDcidInitial = dcid;
            byInitialDcid.put(dcid, conn);
            conn.clientDcidSet = true;
        }
    }

    private void insert(Map<Cid, QuicConnection> map, Cid cid, QuicConnection conn) {
        map.put(cid, conn);
        cidLengths |= 1L << cid.length();
    }

    /** Wireshark's {@code quic_connection_add_cid}: a CID from a NEW_CONNECTION_ID frame. */
    void addCid(QuicConnection conn, Cid cid, boolean fromServer) {
        if (conn.hasMatch(fromServer, cid)) {
            return;
        }
        var items = conn.cids(fromServer);
        if (items.size() >= QuicConnection.MAX_CIDS) {
            return;
        }
        // after the first: the first may be a key elsewhere
        items.add(1, new QuicConnection.CidItem(cid));
        insert(fromServer ? byServerCid : byClientCid, cid, conn);
    }

    /** Records a stateless reset token announced with a NEW_CONNECTION_ID frame. */
    void addResetToken(QuicConnection conn, boolean fromServer, Cid cid, byte[] token) {
        for (QuicConnection.CidItem item : conn.cids(fromServer)) {
            if (item.cid.equals(cid)) {
                item.resetToken = token;
                return;
            }
        }
    }

    /**
     * Wireshark's {@code quic_find_stateless_reset_token}: the conversation's connection when the
     * datagram ends with a reset token its sender announced.
     */
    Found findStatelessReset(Packet p, byte[] lastSixteen) {
        QuicConnection conn = fromConversation(p);
        if (conn == null) {
            return Found.NONE;
        }
        boolean fromServer = conn.server.isSourceOf(p);
        for (QuicConnection.CidItem item : conn.cids(fromServer)) {
            if (item.resetToken != null && java.util.Arrays.equals(item.resetToken, lastSixteen)) {
                return new Found(conn, fromServer);
            }
        }
        return Found.NONE;
    }

    private void forget(QuicConnection old) {
        if (old == null) {
            return;
        }
        if (!old.skipDecryption) {
            unsettled--;
        }
        for (QuicConnection.CidItem item : old.clientCids) {
            byClientCid.remove(item.cid, old);
        }
        for (QuicConnection.CidItem item : old.serverCids) {
            byServerCid.remove(item.cid, old);
        }
        byInitialDcid.remove(old.clientDcidInitial, old);
        if (old.home != null && old.home.connection == old) {
            old.home.connection = null;
        }
        budget.give(old.buffered());
    }
}
