package io.sharkfin.dissect.protocol.tcp;

/**
 * What is known about one direction of a TCP conversation (Wireshark's {@code tcp_flow_t} with its
 * {@code tcp_analyze_seq_flow_info_t}). Sequence numbers are raw 32-bit values in {@code int}s;
 * times are nanoseconds since the epoch, 0 meaning "not yet".
 */
final class TcpFlow {
    /** {@code TCP_S_BASE_SEQ_SET}: {@link #baseSeq} is known. */
    static final int BASE_SEQ_SET = 0x01;
    /** {@code TCP_S_SAW_SYN}. */
    static final int SAW_SYN = 0x03;
    /** {@code TCP_S_SAW_SYNACK}. */
    static final int SAW_SYNACK = 0x05;

    /** {@code TCP_FLOW_REASSEMBLE_UNTIL_FIN}: a subdissector wants everything up to the FIN. */
    static final int REASSEMBLE_UNTIL_FIN = 0x0001;

    /** Window scale not known yet. */
    static final int WSCALE_UNKNOWN = -1;
    /** Window scaling is not used on this connection. */
    static final int WSCALE_NONE = -2;

    int staticFlags;
    int baseSeq;
    /** Frame number of this direction's final FIN, 0 before it. */
    int fin;
    /** Last window seen (unscaled); Wireshark starts it at G_MAXUINT32. */
    int window = -1;
    /** Shift count, or {@link #WSCALE_UNKNOWN} / {@link #WSCALE_NONE}. */
    int winScale = WSCALE_UNKNOWN;
    boolean validBif = true;
    int pushBytesSent;
    boolean pushSetLast;
    boolean isFirstAck;
    boolean closingInitiator;
    int flags;
    /** The TCP_A_* flags of the last segment of this direction. */
    int lastSegmentFlags;

    // sequence analysis (tcp_analyze_seq_flow_info_t)
    final UnackedSegments segments = new UnackedSegments();
    int lastAck;
    long lastAckTime;
    int lastNonDupAck;
    /** guint32 in Wireshark, set to -1 to mean "an unseen segment was acked". */
    int dupAckNum;
    int nextSeq;
    int maxSeqToBeAcked;
    int nextSeqFrame;
    long nextSeqTime;
    // SACK blocks of the last segment of this direction, relative; index 1..numSackRanges
    int numSackRanges;
    final int[] sackLeft = new int[TcpOptions.MAX_SACK_RANGES];
    final int[] sackRight = new int[TcpOptions.MAX_SACK_RANGES];

    /** Multi-segment PDUs being or having been reassembled in this direction; null until used. */
    PduTable pdus;

    PduTable pdus() {
        if (pdus == null) {
            pdus = new PduTable();
        }
        return pdus;
    }

    boolean hasBaseSeq() {
        return (staticFlags & BASE_SEQ_SET) != 0;
    }

    /** Approximate bytes held, for the session's memory bound. */
    long footprint() {
        return 160L + segments.footprint() + (pdus == null ? 0 : pdus.footprint());
    }
}
