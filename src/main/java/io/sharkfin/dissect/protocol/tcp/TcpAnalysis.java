package io.sharkfin.dissect.protocol.tcp;

/**
 * The sequence-analysis findings for the current segment (Wireshark's {@code struct tcp_acked},
 * "ta"). Wireshark keeps one per frame for later passes; sharkfin dissects in one pass, so one
 * reusable instance per conversation is enough: {@link #present} says whether the current frame
 * has one (Wireshark's non-NULL {@code tcpd->ta}).
 */
final class TcpAnalysis {
    static final int RETRANSMISSION = 0x0001;
    static final int LOST_PACKET = 0x0002;
    static final int ACK_LOST_PACKET = 0x0004;
    static final int KEEP_ALIVE = 0x0008;
    static final int DUPLICATE_ACK = 0x0010;
    static final int ZERO_WINDOW = 0x0020;
    static final int ZERO_WINDOW_PROBE = 0x0040;
    static final int ZERO_WINDOW_PROBE_ACK = 0x0080;
    static final int KEEP_ALIVE_ACK = 0x0100;
    static final int OUT_OF_ORDER = 0x0200;
    static final int FAST_RETRANSMISSION = 0x0400;
    static final int WINDOW_UPDATE = 0x0800;
    static final int WINDOW_FULL = 0x1000;
    static final int REUSED_PORTS = 0x2000;
    static final int SPURIOUS_RETRANSMISSION = 0x4000;

    boolean present;
    int frameAcked;
    long ackRtt;
    int rtoFrame;
    long rto;
    int flags;
    int dupAckNum;
    int dupAckFrame;
    int bytesInFlight;
    int pushBytesSent;

    /** Forgets the previous frame's findings (Wireshark's {@code tcpd->ta = NULL}). */
    void clear() {
        present = false;
        frameAcked = 0;
        ackRtt = 0;
        rtoFrame = 0;
        rto = 0;
        flags = 0;
        dupAckNum = 0;
        dupAckFrame = 0;
        bytesInFlight = 0;
        pushBytesSent = 0;
    }

    /** Makes the findings exist (Wireshark's {@code tcp_analyze_get_acked_struct(..., TRUE)}). */
    TcpAnalysis create() {
        present = true;
        return this;
    }

    boolean has(int flag) {
        return present && (flags & flag) != 0;
    }
}
