package io.sharkfin.cli.output.summary;

/**
 * The notes TCP's sequence analysis puts in front of the Info text, each behind the fence, in the
 * order Wireshark prepends them (so the last one prepended reads first).
 */
final class TcpAnalysisText {

    private final int reused;
    private final int retransmission;
    private final int fast;
    private final int spurious;
    private final int outOfOrder;
    private final int lost;
    private final int ackLost;
    private final int windowUpdate;
    private final int windowFull;
    private final int keepAlive;
    private final int keepAliveAck;
    private final int duplicateAck;
    private final int duplicateAckNum;
    private final int duplicateAckFrame;
    private final int zeroWindowProbe;
    private final int zeroWindow;
    private final int zeroWindowProbeAck;

    TcpAnalysisText(ColumnFields f) {
        reused = f.id("tcp.analysis.reused_ports");
        retransmission = f.id("tcp.analysis.retransmission");
        fast = f.id("tcp.analysis.fast_retransmission");
        spurious = f.id("tcp.analysis.spurious_retransmission");
        outOfOrder = f.id("tcp.analysis.out_of_order");
        lost = f.id("tcp.analysis.lost_segment");
        ackLost = f.id("tcp.analysis.ack_lost_segment");
        windowUpdate = f.id("tcp.analysis.window_update");
        windowFull = f.id("tcp.analysis.window_full");
        keepAlive = f.id("tcp.analysis.keep_alive");
        keepAliveAck = f.id("tcp.analysis.keep_alive_ack");
        duplicateAck = f.id("tcp.analysis.duplicate_ack");
        duplicateAckNum = f.id("tcp.analysis.duplicate_ack_num");
        duplicateAckFrame = f.id("tcp.analysis.duplicate_ack_frame");
        zeroWindowProbe = f.id("tcp.analysis.zero_window_probe");
        zeroWindow = f.id("tcp.analysis.zero_window");
        zeroWindowProbeAck = f.id("tcp.analysis.zero_window_probe_ack");
    }

    /**
     * Whether the analysis called the segment a retransmission of any kind, or a keep-alive: data
     * already seen, which TCP does not add to a PDU being reassembled.
     */
    boolean repeatsData(Layer layer) {
        return layer.has(retransmission) || layer.has(fast) || layer.has(spurious) || layer.has(keepAlive);
    }

    void prepend(Layer layer, Columns c) {
        note(layer, c, reused, "[TCP Port numbers reused] ");
        // fast and spurious retransmissions carry the plain retransmission's expert item too
        if (layer.has(retransmission) && !layer.has(fast) && !layer.has(spurious)) {
            c.prependInfoFenced("[TCP Retransmission] ");
        }
        note(layer, c, fast, "[TCP Fast Retransmission] ");
        note(layer, c, spurious, "[TCP Spurious Retransmission] ");
        note(layer, c, outOfOrder, "[TCP Out-Of-Order] ");
        note(layer, c, lost, "[TCP Previous segment not captured] ");
        note(layer, c, ackLost, "[TCP ACKed unseen segment] ");
        note(layer, c, windowUpdate, "[TCP Window Update] ");
        note(layer, c, windowFull, "[TCP Window Full] ");
        note(layer, c, keepAlive, "[TCP Keep-Alive] ");
        note(layer, c, keepAliveAck, "[TCP Keep-Alive ACK] ");
        if (layer.has(duplicateAck)) {
            c.prependInfoFenced("[TCP Dup ACK " + layer.num(duplicateAckFrame, 0) + "#"
                    + layer.num(duplicateAckNum, 0) + "] ");
        }
        note(layer, c, zeroWindowProbe, "[TCP ZeroWindowProbe] ");
        note(layer, c, zeroWindow, "[TCP ZeroWindow] ");
        note(layer, c, zeroWindowProbeAck, "[TCP ZeroWindowProbeAck] ");
    }

    private static void note(Layer layer, Columns c, int field, String text) {
        if (layer.has(field)) {
            c.prependInfoFenced(text);
        }
    }
}
