package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Packet;

import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.*;
import static io.sharkfin.dissect.protocol.tcp.TcpFields.*;

/**
 * The {@code tcp.analysis} subtree of a segment and its expert findings (Wireshark's
 * {@code tcp_print_sequence_number_analysis}), in Wireshark's order.
 */
final class AnalysisFields {
    private AnalysisFields() {
    }

    static void add(Packet p, int buf, TcpConversation c) {
        TcpAnalysis ta = c.ta;
        if (!ta.present) {
            return;
        }
        int analysis = p.addNone(ANALYSIS, buf, 0, 0);
        int saved = p.openSubtree(analysis);
        if (ta.frameAcked != 0) {
            p.addUInt(ACKS_FRAME, buf, 0, 0, ta.frameAcked);
            if (ta.ackRtt != 0) {
                p.addTime(ACK_RTT, buf, 0, 0, ta.ackRtt);
            }
        }
        if (c.tsFirstRtt != 0) {
            p.addTime(INITIAL_RTT, buf, 0, 0, c.tsFirstRtt);
        }
        if (ta.bytesInFlight != 0) {
            p.addUInt(BYTES_IN_FLIGHT, buf, 0, 0, SeqMath.unsigned(ta.bytesInFlight));
            p.addUInt(PUSH_BYTES_SENT, buf, 0, 0, SeqMath.unsigned(ta.pushBytesSent));
        }
        if (ta.flags != 0) {
            flags(p, buf, ta);
        }
        p.closeSubtree(saved);
    }

    private static void flags(Packet p, int buf, TcpAnalysis ta) {
        int flagsEntry = p.addNone(ANALYSIS_FLAGS, buf, 0, 0);
        int outer = p.openSubtree(flagsEntry);
        int flagsParent = flagsEntry >= 0 ? flagsEntry : outer;
        // the findings hang from the flags item; the retransmission timer and the duplicate ACK
        // details are fields of their own
        if ((ta.flags & REUSED_PORTS) != 0) {
            Expert.add(p, TcpExperts.REUSED_PORTS, buf, 0);
        }
        if ((ta.flags & RETRANSMISSION) != 0) {
            Expert.add(p, TcpExperts.RETRANSMISSION, buf, 0);
            if (ta.rto != 0) {
                p.addTime(RTO, buf, 0, 0, ta.rto);
                p.addUInt(RTO_FRAME, buf, 0, 0, ta.rtoFrame);
            }
        }
        if ((ta.flags & FAST_RETRANSMISSION) != 0) {
            Expert.add(p, TcpExperts.FAST_RETRANSMISSION, buf, 0);
            Expert.add(p, TcpExperts.RETRANSMISSION, buf, 0);
        }
        if ((ta.flags & SPURIOUS_RETRANSMISSION) != 0) {
            Expert.add(p, TcpExperts.SPURIOUS_RETRANSMISSION, buf, 0);
            Expert.add(p, TcpExperts.RETRANSMISSION, buf, 0);
        }
        if ((ta.flags & OUT_OF_ORDER) != 0) {
            Expert.add(p, TcpExperts.OUT_OF_ORDER, buf, 0);
        }
        if ((ta.flags & LOST_PACKET) != 0) {
            Expert.add(p, TcpExperts.LOST_SEGMENT, buf, 0);
        }
        if ((ta.flags & ACK_LOST_PACKET) != 0) {
            Expert.add(p, TcpExperts.ACK_LOST_SEGMENT, buf, 0);
        }
        if ((ta.flags & WINDOW_UPDATE) != 0) {
            Expert.add(p, TcpExperts.WINDOW_UPDATE, buf, 0);
        }
        if ((ta.flags & WINDOW_FULL) != 0) {
            Expert.add(p, TcpExperts.WINDOW_FULL, buf, 0);
        }
        if ((ta.flags & KEEP_ALIVE) != 0) {
            Expert.add(p, TcpExperts.KEEP_ALIVE, buf, 0);
        }
        if ((ta.flags & KEEP_ALIVE_ACK) != 0) {
            Expert.add(p, TcpExperts.KEEP_ALIVE_ACK, buf, 0);
        }
        if (ta.dupAckNum != 0) {
            if ((ta.flags & DUPLICATE_ACK) != 0) {
                int flag = p.addNone(TcpExperts.DUPLICATE_ACK.field(), buf, 0, 0);
                if (flag >= 0 && p.wantsText()) {
                    p.setLabel(flag, "This is a TCP duplicate ack"); // proto_tree_add_none_format's words
                }
            }
            // the number and the frame belong to the analysis tree, not to its flags
            p.closeSubtree(outer);
            p.addUInt(DUPLICATE_ACK_NUM, buf, 0, 0, SeqMath.unsigned(ta.dupAckNum));
            int frameEntry = p.addUInt(DUPLICATE_ACK_FRAME, buf, 0, 0, ta.dupAckFrame);
            p.openSubtree(frameEntry);
            Expert.add(p, TcpExperts.DUPLICATE_ACK, "Duplicate ACK (#" + SeqMath.unsigned(ta.dupAckNum)
                    + ")", buf, 0);
            p.closeSubtree(flagsParent);
        }
        if ((ta.flags & ZERO_WINDOW_PROBE) != 0) {
            Expert.add(p, TcpExperts.ZERO_WINDOW_PROBE, buf, 0);
        }
        if ((ta.flags & ZERO_WINDOW) != 0) {
            Expert.add(p, TcpExperts.ZERO_WINDOW, buf, 0);
        }
        if ((ta.flags & ZERO_WINDOW_PROBE_ACK) != 0) {
            Expert.add(p, TcpExperts.ZERO_WINDOW_PROBE_ACK, buf, 0);
        }
        p.closeSubtree(outer);
    }
}
