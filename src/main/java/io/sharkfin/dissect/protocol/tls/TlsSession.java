package io.sharkfin.dissect.protocol.tls;

/**
 * What TLS remembers about one connection (Wireshark's {@code SslSession}): the negotiated
 * version and cipher suite, the application protocol, and per direction the frame of the first
 * ChangeCipherSpec and a handshake message being reassembled across records.
 *
 * <p>Memory: one object per TCP conversation (TCP forgets it with the conversation) plus at most
 * {@link HandshakeReassembly#MAX_BYTES} buffered bytes per direction.
 */
final class TlsSession {
    static final int VERSION_UNKNOWN = 0;

    int version = VERSION_UNKNOWN;
    int tls13Draft;
    int cipher = -1;
    boolean resumed;
    /** Whether the heuristic recognised the conversation (later payloads skip its test). */
    boolean claimed;
    /** Long name of the application protocol chosen by ALPN or STARTTLS, or null. */
    String appProtocol;
    /** Frame number of the last non-TLS payload of a STARTTLS conversation (0: none). */
    long lastNonTlsFrame;
    /** Server port, once a ClientHello told it (0: unknown). */
    int serverPort;
    final long[] ccsFrame = new long[2];
    final HandshakeReassembly[] reassembly = {new HandshakeReassembly(), new HandshakeReassembly()};
    /** The directions that sent application data: 1 the client's, 2 the server's. */
    int appDataFrom;
    /** Whether TCP was told that the connection's later segments are quiet (asked once). */
    boolean quietAsked;

    /** Wireshark's {@code ssl_packet_from_server}: by the ClientHello's server port, else the TLS port table. */
    boolean fromServer(int srcPort, int dstPort) {
        if (serverPort != 0) {
            return srcPort == serverPort;
        }
        return TlsPorts.appProtocol(srcPort) != null;
    }

    /**
     * Whether both sides encrypt for good: before TLS 1.3 each changed cipher spec (Wireshark
     * then takes every later handshake record of 16 bytes or more for an Encrypted Handshake
     * Message), in TLS 1.3 each sent application data (its handshake ends inside such records);
     * no handshake message is being reassembled, and the connection did not start in the clear
     * (STARTTLS). A TLS implementation then sends only records whose content is encrypted, which
     * add nothing but record-layer fields ({@link TlsDissector#RECORD_LAYER}).
     */
    boolean encryptsForGood() {
        return lastNonTlsFrame == 0 && !reassembly[0].active() && !reassembly[1].active()
                && (version == 0x0304 ? appDataFrom == 3 : version != VERSION_UNKNOWN && ccsFrame[0] != 0
                        && ccsFrame[1] != 0);
    }

    /** Renegotiation (a new hello) starts the handshake state afresh, as {@code ssl_reset_session}. */
    void resetForHello() {
        resumed = false;
    }
}
