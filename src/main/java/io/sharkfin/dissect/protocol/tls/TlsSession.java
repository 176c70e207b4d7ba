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

    /** Wireshark's {@code ssl_packet_from_server}: by the ClientHello's server port, else the TLS port table. */
    boolean fromServer(int srcPort, int dstPort) {
        if (serverPort != 0) {
            return srcPort == serverPort;
        }
        return TlsPorts.appProtocol(srcPort) != null;
    }

    /** Renegotiation (a new hello) starts the handshake state afresh, as {@code ssl_reset_session}. */
    void resetForHello() {
        resumed = false;
    }
}
