package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * What Wireshark remembers of one QUIC connection ({@code quic_info_data_t}): its number in the
 * capture, version, server address, the connection IDs each side chose, the Initial keys, the
 * largest packet number of each packet number space and direction, and the CRYPTO streams.
 */
final class QuicConnection {
    /** Connection IDs kept per side (Wireshark keeps all; a hostile peer could send thousands). */
    static final int MAX_CIDS = 64;

    /** A connection ID one side chose, with the stateless reset token announced for it. */
    static final class CidItem {
        Cid cid;
        byte[] resetToken;

        CidItem(Cid cid) {
            this.cid = cid;
        }
    }

    final int number;
    long version;
    final Endpoint server;
    /** Set only through {@link QuicConnections#settle}, which counts the connections not yet settled. */
    boolean skipDecryption;
    boolean clientDcidSet;
    /** Whether the cipher suite was learnt from TLS (Wireshark's {@code hash_algo} is set). */
    boolean cipherKnown;
    /** Client CIDs: the first from the first Initial, then those of NEW_CONNECTION_ID frames. */
    final List<CidItem> clientCids = new ArrayList<>(List.of(new CidItem(Cid.EMPTY)));
    final List<CidItem> serverCids = new ArrayList<>(List.of(new CidItem(Cid.EMPTY)));
    Cid clientDcidInitial = Cid.EMPTY;
    InitialKeys initialKeys;
    private long initialKeysVersion;
    private Cid initialKeysDcid;
    /** The UDP conversation the connection began on (to forget it there too). */
    QuicConnections.Conversation home;
    private final long[] maxClientPn = new long[3];
    private final long[] maxServerPn = new long[3];
    private final CryptoStream[] streams = new CryptoStream[8];
    private final ServerHelloPeek[] hellos = new ServerHelloPeek[2];

    QuicConnection(int number, long version, Endpoint server) {
        this.number = number;
        this.version = version;
        this.server = server;
    }

    /** Derives the Initial keys for a version and client DCID (kept while both stay the same). */
    void initialKeys(long forVersion, Cid dcid) {
        if (initialKeys == null || initialKeysVersion != forVersion || !dcid.equals(initialKeysDcid)) {
            initialKeys = InitialKeys.derive(forVersion, dcid.bytes());
            initialKeysVersion = forVersion;
            initialKeysDcid = dcid;
        }
    }

    List<CidItem> cids(boolean fromServer) {
        return fromServer ? serverCids : clientCids;
    }

    /**
     * {@link #hasMatch} for the {@link Cid#MAX_LENGTH} bytes at {@code at} of buffer {@code buf},
     * without reading them into a CID.
     */
    boolean hasMatchAt(boolean fromServer, Packet p, int buf, int at) {
        for (CidItem item : cids(fromServer)) {
            if (item.cid.prefixes(p, buf, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the side's CIDs is a prefix of {@code raw} (an empty one always is). */
    boolean hasMatch(boolean fromServer, Cid raw) {
        for (CidItem item : cids(fromServer)) {
            if (raw.startsWith(item.cid)) {
                return true;
            }
        }
        return false;
    }

    /** The packet number space of a packet (0 Initial, 1 Handshake, 2 application data). */
    private int space(int firstByte) {
        if ((firstByte & 0x80) != 0) {
            int type = QuicVersion.longPacketType(firstByte, version);
            if (type == QuicVersion.INITIAL) {
                return 0;
            }
            if (type == QuicVersion.HANDSHAKE) {
                return 1;
            }
        }
        return 2;
    }

    long maxPacketNumber(boolean fromServer, int firstByte) {
        return (fromServer ? maxServerPn : maxClientPn)[space(firstByte)];
    }

    void setMaxPacketNumber(boolean fromServer, int firstByte, long pn) {
        (fromServer ? maxServerPn : maxClientPn)[space(firstByte)] = pn;
    }

    /** The CRYPTO stream of a direction at an encryption level (a long packet type or SHORT). */
    CryptoStream crypto(boolean fromServer, int packetType, ByteBudget budget) {
        int i = (fromServer ? 4 : 0) + (packetType & 3);
        if (streams[i] == null) {
            streams[i] = new CryptoStream(budget);
        }
        return streams[i];
    }

    /** What the side's Initial CRYPTO stream shows of a ServerHello. */
    ServerHelloPeek hello(boolean fromServer) {
        int i = fromServer ? 1 : 0;
        if (hellos[i] == null) {
            hellos[i] = new ServerHelloPeek();
        }
        return hellos[i];
    }

    /** Bytes this connection's CRYPTO streams hold. */
    long buffered() {
        long n = 0;
        for (CryptoStream s : streams) {
            n += s == null ? 0 : s.buffered();
        }
        return n;
    }
}
