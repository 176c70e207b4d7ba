package io.sharkfin.dissect.protocol.tcp;

import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.ACK_LOST_PACKET;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.DUPLICATE_ACK;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.FAST_RETRANSMISSION;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.KEEP_ALIVE;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.KEEP_ALIVE_ACK;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.LOST_PACKET;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.OUT_OF_ORDER;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.RETRANSMISSION;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.SPURIOUS_RETRANSMISSION;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.WINDOW_FULL;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.WINDOW_UPDATE;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.ZERO_WINDOW;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.ZERO_WINDOW_PROBE;
import static io.sharkfin.dissect.protocol.tcp.TcpAnalysis.ZERO_WINDOW_PROBE_ACK;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.ACK;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.FIN;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.PSH;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.RST;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.SYN;

/**
 * Wireshark's TCP sequence analysis ({@code tcp_analyze_sequence_number}) with its default
 * preferences: fast retransmission takes precedence over out-of-order, bytes in flight are counted
 * from the captured payloads. It classifies one segment from the state of both directions, then
 * updates that state. Sequence and ACK numbers are raw; times are nanoseconds.
 */
final class SequenceAnalyzer {
    private static final long FAST_RETRANSMISSION_WINDOW = 20_000_000L;
    private static final long DEFAULT_OUT_OF_ORDER_THRESHOLD = 3_000_000L;

    private SequenceAnalyzer() {
    }

    /**
     * Classifies a segment and updates the conversation; {@code inFlight} whether to count bytes
     * in flight and bytes since the last PSH, which only the {@code tcp.analysis} subtree shows
     * (its findings do not depend on them: see {@link TcpNeeds#analysisItems}).
     */
    static void analyze(TcpConversation c, int frame, long now, int seq, int ack, int seglen,
                        int flags, int window, boolean inFlight) {
        TcpFlow fwd = c.fwd;
        TcpFlow rev = c.rev;
        TcpAnalysis ta = c.ta;

        if ((flags & ACK) != 0) {
            rev.validBif = true;
        }

        classifyForward(fwd, rev, ta, seq, ack, seglen, flags, window);

        if (ack != fwd.lastAck) {
            fwd.lastNonDupAck = frame;
            fwd.dupAckNum = 0;
        }

        // ACKED LOST PACKET: this ACK goes past what the other side was seen to send
        if (rev.maxSeqToBeAcked != 0 && SeqMath.gt(ack, rev.maxSeqToBeAcked) && (flags & ACK) != 0) {
            ta.create();
            if (SeqMath.lt(rev.maxSeqToBeAcked, rev.nextSeq)) {
                rev.maxSeqToBeAcked = rev.nextSeq;
                ta.flags |= ACK_LOST_PACKET;
            } else {
                if (rev.dupAckNum == 0) {
                    ta.flags |= ACK_LOST_PACKET;
                }
                rev.dupAckNum = -1;
            }
        }

        if (seglen > 0 || (flags & (SYN | FIN)) != 0) {
            classifyRetransmission(c, fwd, rev, ta, now, seq, seglen, flags);
        }

        int nextseq = seq + seglen;
        if ((seglen != 0 || (flags & (SYN | FIN)) != 0) && fwd.segments.count() < UnackedSegments.MAX) {
            if ((flags & (SYN | FIN)) != 0) {
                nextseq += 1;
            }
            fwd.segments.push(frame, seq, nextseq, now);
        }

        boolean zeroWindowProbe = ta.has(ZERO_WINDOW_PROBE);
        if (SeqMath.gt(nextseq, fwd.nextSeq) || fwd.nextSeq == 0) {
            if (!zeroWindowProbe) {
                fwd.nextSeq = nextseq;
                fwd.nextSeqFrame = frame;
                fwd.nextSeqTime = now;
            }
        }
        if (seq == fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked == 0) {
            if (!zeroWindowProbe) {
                fwd.maxSeqToBeAcked = fwd.nextSeq;
            }
        }

        fwd.window = window;
        fwd.lastAck = ack;
        fwd.lastAckTime = now;
        fwd.lastSegmentFlags = ta.present ? ta.flags : 0;

        if (rev.segments.ack(ack)) {
            ta.create();
            ta.frameAcked = rev.segments.ackedFrame();
            ta.ackRtt = now - rev.segments.ackedTime();
        }

        if (inFlight) {
            bytesInFlight(fwd, rev, ta, seq, seglen, flags);
        }
    }

    /**
     * The checks on the forward direction alone. A zero window probe, keep-alive ACK or zero
     * window probe ACK ends them (Wireshark's jump to {@code finished_fwd}).
     */
    private static void classifyForward(TcpFlow fwd, TcpFlow rev, TcpAnalysis ta, int seq, int ack,
                                        int seglen, int flags, int window) {
        // ZERO WINDOW PROBE: one byte at the expected sequence number into a closed window
        if (seglen == 1 && seq == fwd.nextSeq && rev.window == 0) {
            ta.create().flags |= ZERO_WINDOW_PROBE;
            return;
        }
        // ZERO WINDOW
        if (window == 0 && (flags & (RST | FIN | SYN)) == 0) {
            ta.create().flags |= ZERO_WINDOW;
        }
        // LOST PACKET: beyond the highest sequence number seen
        if (fwd.nextSeq != 0 && SeqMath.gt(seq, fwd.nextSeq) && (flags & RST) == 0) {
            ta.create().flags |= LOST_PACKET;
            fwd.validBif = false;
        }
        // KEEP ALIVE: 0 or 1 byte one before the expected sequence number
        if ((seglen == 0 || seglen == 1) && seq == fwd.nextSeq - 1 && (flags & (SYN | FIN | RST)) == 0) {
            ta.create().flags |= KEEP_ALIVE;
        }
        boolean sameAckedPosition = seglen == 0 && seq == fwd.nextSeq && ack == fwd.lastAck
                && (flags & (SYN | FIN | RST)) == 0;
        // WINDOW UPDATE: no data, same seq/ack, new window
        if (sameAckedPosition && window != 0 && window != fwd.window) {
            ta.create().flags |= WINDOW_UPDATE;
        }
        // WINDOW FULL: the data reaches the edge of the window the receiver advertised
        if (seglen > 0 && rev.winScale != TcpFlow.WSCALE_UNKNOWN && (flags & (SYN | FIN | RST)) == 0) {
            int shift = rev.isFirstAck ? 0 : (rev.winScale == TcpFlow.WSCALE_NONE ? 0 : rev.winScale);
            if (seq + seglen == rev.lastAck + (rev.window << shift)) {
                ta.create().flags |= WINDOW_FULL;
            }
        }
        // KEEP ALIVE ACK
        if (sameAckedPosition && window != 0 && window == fwd.window
                && (rev.lastSegmentFlags & KEEP_ALIVE) != 0) {
            ta.create().flags |= KEEP_ALIVE_ACK;
            return;
        }
        // ZERO WINDOW PROBE ACK
        if (sameAckedPosition && window == 0 && window == fwd.window
                && (rev.lastSegmentFlags & ZERO_WINDOW_PROBE) != 0) {
            ta.create().flags |= ZERO_WINDOW_PROBE_ACK;
            return;
        }
        // DUPLICATE ACK: no data, same seq/ack/window as before
        if (sameAckedPosition && window != 0 && window == fwd.window) {
            fwd.dupAckNum = fwd.dupAckNum == -1 ? 1 : fwd.dupAckNum + 1;
            ta.create();
            ta.flags |= DUPLICATE_ACK;
            ta.dupAckNum = fwd.dupAckNum;
            ta.dupAckFrame = fwd.lastNonDupAck;
        }
    }

    /** RETRANSMISSION / FAST RETRANSMISSION / SPURIOUS / OUT-OF-ORDER for data, SYN and FIN. */
    private static void classifyRetransmission(TcpConversation c, TcpFlow fwd, TcpFlow rev,
                                               TcpAnalysis ta, long now, int seq, int seglen,
                                               int flags) {
        boolean seqNotAdvanced = fwd.nextSeq != 0 && SeqMath.lt(seq, fwd.nextSeq);
        if (ta.has(KEEP_ALIVE)) {
            return;
        }
        // more than one byte starting one before nextseq adds data after a zero window probe
        if (seglen > 1 && fwd.nextSeq - 1 == seq) {
            seqNotAdvanced = false;
        }
        // SPURIOUS: all of the data was already acknowledged
        if (seglen > 0 && rev.lastAck != 0 && SeqMath.le(seq + seglen, rev.lastAck)) {
            ta.create().flags |= SPURIOUS_RETRANSMISSION;
            return;
        }
        // FAST RETRANSMISSION: at least two duplicate ACKs for this data within 20 ms
        long sinceAck = now - rev.lastAckTime;
        if (seqNotAdvanced && Integer.compareUnsigned(rev.dupAckNum, 2) >= 0 && rev.lastAck == seq
                && Long.compareUnsigned(sinceAck, FAST_RETRANSMISSION_WINDOW) < 0) {
            ta.create().flags |= FAST_RETRANSMISSION;
            return;
        }
        // OUT-OF-ORDER: close to the segment with the highest sequence number
        long sinceNext = now - fwd.nextSeqTime;
        long threshold = c.tsFirstRtt == 0 ? DEFAULT_OUT_OF_ORDER_THRESHOLD : c.tsFirstRtt;
        int span = seglen + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
        if (seqNotAdvanced && Long.compareUnsigned(sinceNext, threshold) < 0
                && fwd.nextSeq != seq + span) {
            ta.create().flags |= OUT_OF_ORDER;
            return;
        }
        if (seqNotAdvanced) {
            ta.create().flags |= RETRANSMISSION;
            // the oldest unacked segment is the likeliest original, else the highest one seen
            if (fwd.segments.isEmpty()) {
                ta.rto = now - fwd.nextSeqTime;
                ta.rtoFrame = fwd.nextSeqFrame;
            } else {
                ta.rto = now - fwd.segments.oldestTime();
                ta.rtoFrame = fwd.segments.oldestFrame();
            }
        }
    }

    /** Bytes in flight and bytes since the last PSH, counted from the payloads seen. */
    private static void bytesInFlight(TcpFlow fwd, TcpFlow rev, TcpAnalysis ta, int seq, int seglen,
                                      int flags) {
        if (seglen == 0 || fwd.segments.isEmpty() || !fwd.validBif) {
            return;
        }
        int inFlight = fwd.segments.span(fwd.baseSeq);
        if (rev.numSackRanges > 0) {
            int delivered = 0;
            for (int i = 0; i < rev.numSackRanges; i++) {
                delivered += rev.sackRight[i + 1] - rev.sackLeft[i + 1];
            }
            inFlight -= delivered;
        }
        if (inFlight > 0 && inFlight < 2_000_000_000) {
            ta.create();
            ta.bytesInFlight = inFlight;
            if ((flags & (SYN | FIN)) != 0) {
                ta.bytesInFlight -= 1;
            }
        }
        boolean push = (flags & PSH) != 0;
        if (push && !fwd.pushSetLast) {
            fwd.pushBytesSent += seglen;
            fwd.pushSetLast = true;
        } else if (push) {
            fwd.pushBytesSent = seglen;
        } else if (fwd.pushSetLast) {
            fwd.pushBytesSent = seglen;
            fwd.pushSetLast = false;
        } else {
            fwd.pushBytesSent += seglen;
        }
        ta.create().pushBytesSent = fwd.pushBytesSent;
    }
}
