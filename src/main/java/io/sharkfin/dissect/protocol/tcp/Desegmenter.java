package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Packet;

import static io.sharkfin.dissect.protocol.tcp.TcpFields.REASSEMBLED_IN;
import static io.sharkfin.dissect.protocol.tcp.TcpFields.SEGMENT_DATA;

/**
 * Wireshark's {@code desegment_tcp} with default preferences (in-order reassembly only, first
 * pass): hands a segment's payload to the application, remembers the PDUs it says continue in
 * later segments, adds later segments to them, and hands the reassembled bytes over on the frame
 * that completes them. Also the reassembly at the FIN for {@code DESEGMENT_UNTIL_FIN}.
 *
 * <p>One instance per TCP dissector; its fields are the state of one call.
 */
final class Desegmenter {
    private static final int MAX_FIRST_SEGMENT_GAP = 1024 * 1024;
    private static final int UNTIL_FIN_REACH = 0x40000000;

    private final PayloadHandoff handoff;

    private Packet p;
    private TcpSessionState s;
    private TcpConversation conv;
    private TcpFlow flow;
    private TcpPayload ctx;
    private int buf;
    /** Buffer offset just past the segment's payload (its reported end). */
    private int end;
    private int frame;
    private long now;
    // the frame's TCP item, which the list of reassembled segments goes under
    private int tcpItem;

    Desegmenter(PayloadHandoff handoff) {
        this.handoff = handoff;
    }

    private void begin(Packet packet, TcpSessionState state, TcpConversation c, TcpPayload payload,
                       int buffer, int payloadEnd) {
        p = packet;
        end = payloadEnd;
        s = state;
        conv = c;
        flow = c.fwd;
        ctx = payload;
        buf = buffer;
        frame = (int) packet.number();
        now = packet.frame().clockNanos();
        tcpItem = packet.protocolItem();
    }

    /**
     * Desegments the payload from {@code offset} to {@code payloadEnd}, whose first byte has
     * relative sequence number {@code seq} and which ends before {@code nxtseq}.
     */
    void desegment(Packet packet, TcpSessionState state, TcpConversation c, TcpPayload payload,
                   int buffer, int offset, int payloadEnd, int seq, int nxtseq) {
        begin(packet, state, c, payload, buffer, payloadEnd);
        while (true) {
            Reassembly head = null;
            int lastFragmentLen = 0;
            boolean mustDesegment = false;
            boolean calledDissector = false;
            int anotherPduFollows = 0;
            ctx.reset(offset, reportedRemaining(offset));
            int desegOffset = offset;

            Msp msp = flow.pdus().exact(seq);
            if (msp != null && Integer.compareUnsigned(nxtseq, msp.nxtpdu) <= 0 && msp.lastFrame != frame) {
                // the start of a known PDU again: this frame, or a retransmission of its start
                boolean retransmission = !(msp.firstFrame == frame || msp.firstFrameWithSeq == frame);
                if (!retransmission && msp.head != null && msp.head.reassembledIn != 0) {
                    p.addUInt(REASSEMBLED_IN, buf, 0, 0, msp.head.reassembledIn);
                }
                segmentData(offset, reportedRemaining(offset));
                return;
            }
            if (conv.ta.present) {
                if ((conv.ta.flags & TcpAnalysis.SPURIOUS_RETRANSMISSION) != 0) {
                    return;
                }
                if ((conv.ta.flags & TcpAnalysis.RETRANSMISSION) != 0) {
                    segmentData(offset, reportedRemaining(offset));
                    return;
                }
            }
            if (msp == null) {
                msp = flow.pdus().floor(seq - 1);
            }

            if (msp != null && SeqMath.le(msp.seq, seq) && SeqMath.gt(msp.nxtpdu, seq)) {
                // this segment continues a PDU
                msp.lastFrame = frame;
                msp.lastFrameTime = now;
                if (msp.head != null && msp.head.abandoned && SeqMath.lt(msp.nxtpdu, nxtseq + 1)) {
                    // a PDU given up for its memory swallows the rest of the direction, so that
                    // its application is not handed fragments of it
                    msp.nxtpdu = nxtseq + 1;
                }
                int len;
                if ((msp.flags & Msp.REASSEMBLE_ENTIRE_SEGMENT) != 0) {
                    len = captured(offset);
                } else {
                    len = Integer.compareUnsigned(nxtseq - seq, msp.nxtpdu - seq) <= 0
                            ? nxtseq - seq : msp.nxtpdu - seq;
                }
                lastFragmentLen = len;
                head = addFragment(msp, offset, seq - msp.seq, len, SeqMath.lt(nxtseq, msp.nxtpdu));
                if (head != null && (msp.flags & Msp.REASSEMBLE_ENTIRE_SEGMENT) != 0) {
                    // the whole segment went in: no other PDU starts inside it
                    msp.flags &= ~Msp.REASSEMBLE_ENTIRE_SEGMENT;
                    if (SeqMath.lt(msp.nxtpdu, nxtseq)) {
                        msp.nxtpdu = nxtseq;
                    }
                }
                if (Integer.compareUnsigned(msp.nxtpdu, nxtseq) < 0
                        && Integer.compareUnsigned(msp.nxtpdu, seq) >= 0 && len > 0) {
                    anotherPduFollows = msp.nxtpdu - seq;
                }
            } else {
                // not part of a known PDU: hand it over as it is
                fillContext(seq, false);
                handoff.decode(p, s, buf, offset, reportedRemaining(offset), ctx, conv);
                calledDissector = true;
                if (ctx.desegmentLen != 0) {
                    mustDesegment = true;
                    desegOffset = offset + ctx.desegmentOffset;
                }
                head = null;
            }

            if (head != null && head.reassembledIn == frame) {
                // this segment completes the PDU: hand over the reassembled bytes
                int reassembledBuf = p.addBuffer("Reassembled TCP", head.data);
                fillContext(msp.seq, true);
                handoff.decode(p, s, reassembledBuf, 0, head.data.length, ctx, conv);
                calledDissector = true;
                if (ctx.desegmentLen != 0) {
                    // the application wants more than it said: extend the PDU (or split it)
                    if (ctx.desegmentOffset == 0 || SeqMath.le(msp.seq + ctx.desegmentOffset, seq)) {
                        // not a PDU after all: as packet-tcp.c, the bytes are no data source
                        p.removeLastDataSource();
                        head.setPartial();
                    } else {
                        Msp first = msp;
                        msp = split(msp);
                        FragmentTree.add(p, first.head, reassembledBuf, tcpItem);
                    }
                    if (ctx.desegmentLen == TcpPayload.ONE_MORE_SEGMENT) {
                        int end = seq + reportedRemaining(offset);
                        msp.nxtpdu = (Integer.compareUnsigned(end, msp.nxtpdu) >= 0 ? end : msp.nxtpdu) + 1;
                        msp.flags |= Msp.REASSEMBLE_ENTIRE_SEGMENT;
                    } else if (ctx.desegmentLen == TcpPayload.UNTIL_FIN) {
                        flow.flags |= TcpFlow.REASSEMBLE_UNTIL_FIN;
                        msp.nxtpdu = msp.seq + UNTIL_FIN_REACH;
                    } else if (Integer.compareUnsigned(seq + lastFragmentLen, msp.nxtpdu) >= 0) {
                        msp.nxtpdu = seq + lastFragmentLen + ctx.desegmentLen;
                    } else {
                        msp.nxtpdu += ctx.desegmentLen;
                    }
                    settle(head);
                    s.budget().handedOver(msp.head(), head.datalen);
                    // more data is needed, so no other PDU follows in this segment
                    anotherPduFollows = 0;
                    offset += lastFragmentLen;
                    seq += lastFragmentLen;
                    if (captured(offset) > 0) {
                        continue;
                    }
                } else {
                    int nbytes = anotherPduFollows > 0 ? anotherPduFollows : reportedRemaining(offset);
                    segmentData(offset, nbytes);
                    FragmentTree.add(p, head, reassembledBuf, tcpItem);
                    settle(head);
                }
            }

            if (mustDesegment) {
                startPdu(offset, seq, nxtseq, desegOffset);
            }

            if (!calledDissector || ctx.desegmentLen != 0) {
                if (head != null && head.reassembledIn != 0 && head.reassembledIn != frame
                        && !head.has(Reassembly.PARTIAL)) {
                    p.addUInt(REASSEMBLED_IN, buf, 0, 0, head.reassembledIn);
                }
                int nbytes = anotherPduFollows != 0 ? anotherPduFollows : reportedRemaining(desegOffset);
                segmentData(desegOffset, nbytes);
            }
            if (anotherPduFollows == 0) {
                return;
            }
            offset += anotherPduFollows;
            seq += anotherPduFollows;
        }
    }

    /** Remembers a new PDU that the application says continues after this segment. */
    private void startPdu(int offset, int seq, int nxtseq, int desegOffset) {
        int desegSeq = seq + (desegOffset - offset);
        if (ctx.desegmentLen == TcpPayload.UNTIL_FIN) {
            flow.flags |= TcpFlow.REASSEMBLE_UNTIL_FIN;
        }
        if (Integer.compareUnsigned(nxtseq - desegSeq, MAX_FIRST_SEGMENT_GAP) > 0) {
            return;
        }
        Msp msp;
        if (ctx.desegmentLen == TcpPayload.ONE_MORE_SEGMENT) {
            // ask for one byte more, and take the whole next segment when it comes
            msp = store(desegSeq, nxtseq + 1);
            msp.flags |= Msp.REASSEMBLE_ENTIRE_SEGMENT;
        } else if (ctx.desegmentLen == TcpPayload.UNTIL_FIN) {
            // far enough for any stream, near enough to detect wrap-around
            msp = store(desegSeq, nxtseq + UNTIL_FIN_REACH);
        } else {
            msp = store(desegSeq, nxtseq + ctx.desegmentLen);
        }
        addFragment(msp, desegOffset, 0, nxtseq - desegSeq, SeqMath.lt(nxtseq, msp.nxtpdu));
    }

    private Msp store(int seq, int nxtpdu) {
        return flow.pdus().store(seq, nxtpdu, frame, now, s.limits(), s.budget());
    }

    /**
     * Adds bytes of this segment to a PDU; returns its reassembly when now complete, else null.
     * An abandoned PDU (memory bound) takes nothing and never completes.
     */
    private Reassembly addFragment(Msp msp, int offset, int fragOffset, int len, boolean more) {
        Reassembly head = msp.head();
        if (head.abandoned) {
            return null;
        }
        boolean done = head.add(p, buf, offset, frame, fragOffset, len, more);
        if (!done) {
            settle(head);
        }
        return done ? head : null;
    }

    private void settle(Reassembly head) {
        s.budget().update(head);
    }

    /**
     * Splits a reassembled PDU at the point where the application says the next PDU starts
     * (Wireshark's {@code split_msp}): the first part stays complete, the rest becomes a new
     * PDU made of the fragments after the split.
     */
    private Msp split(Msp msp) {
        Reassembly head = msp.head;
        int splitOffset = ctx.desegmentOffset;
        int firstFrame = 0;
        int firstFrag = -1;
        int n = head.fragmentCount();
        int i = 0;
        for (; i < n && Integer.compareUnsigned(head.offset(i), splitOffset) < 0; i++) {
            if (Integer.toUnsignedLong(head.offset(i)) + Integer.toUnsignedLong(head.length(i)) >= splitOffset) {
                if (firstFrag < 0) {
                    firstFrag = i;
                    firstFrame = head.frame(i);
                } else if (head.frame(i) < firstFrame) {
                    firstFrame = head.frame(i);
                }
            }
        }
        for (; i < n; i++) {
            long end = Integer.toUnsignedLong(head.offset(i)) + Integer.toUnsignedLong(head.length(i));
            if (splitOffset <= end && head.frame(i) < firstFrame) {
                firstFrame = head.frame(i);
            }
        }
        int newSeq = msp.seq + splitOffset;
        Msp next = store(newSeq, newSeq + 1);
        next.firstFrame = firstFrame;
        next.nxtpdu = msp.nxtpdu;
        Reassembly rest = next.head();
        if (firstFrag >= 0) {
            for (int k = firstFrag; k < n; k++) {
                int fragOffset = head.offset(k);
                int fragLen = head.length(k);
                if (Integer.toUnsignedLong(splitOffset) < Integer.toUnsignedLong(fragOffset) + fragLen) {
                    if (Integer.compareUnsigned(fragOffset, splitOffset) < 0) {
                        fragLen -= splitOffset - fragOffset;
                        fragOffset = splitOffset;
                    }
                    rest.addFrom(head.data, fragOffset, head.frame(k), fragOffset - splitOffset, fragLen, true);
                }
            }
        }
        settle(rest);
        head.truncate(splitOffset);
        msp.nxtpdu = msp.seq + splitOffset;
        return next;
    }

    /**
     * The FIN of a flow whose application asked for everything until the FIN (Wireshark's check
     * in {@code dissect_tcp}): completes that PDU and hands it over.
     *
     * @return whether the payload was handled here (the caller then stops)
     */
    boolean finishAtFin(Packet packet, TcpSessionState state, TcpConversation c, TcpPayload payload,
                        int buffer, int offset, int payloadEnd, TcpHeader h, int nxtseq) {
        begin(packet, state, c, payload, buffer, payloadEnd);
        if (flow.fin != 0 && flow.fin != frame) {
            // a retransmission of the final FIN
            p.addUInt(TcpFields.FIN_RETRANSMISSION, buf, 0, 0, flow.fin);
            return false;
        }
        flow.fin = frame;
        Msp msp = flow.pdus().floor(h.seq - 1);
        if (msp == null || msp.head().abandoned) {
            return false;
        }
        Reassembly head = msp.head();
        boolean done = head.add(p, buf, offset, frame, h.seq - msp.seq, h.seglen, false);
        if (!done || head.reassembledIn != frame) {
            settle(head);
            return false;
        }
        int reassembledBuf = p.addBuffer("Reassembled TCP", head.data);
        FragmentTree.add(p, head, reassembledBuf, tcpItem);
        fillContext(h.seq, false);
        ctx.canDesegment = false;
        ctx.nxtseq = nxtseq;
        ctx.reassembled = false;
        handoff.decode(p, s, reassembledBuf, 0, head.data.length, ctx, conv);
        settle(head);
        return true;
    }

    private void fillContext(int seq, boolean reassembled) {
        ctx.canDesegment = true;
        ctx.seq = seq;
        ctx.reassembled = reassembled;
    }

    private void segmentData(int offset, int nbytes) {
        p.addBytes(SEGMENT_DATA, buf, offset, Math.max(0, Math.min(nbytes, captured(offset))));
    }

    private int captured(int offset) {
        return Math.max(0, Math.min(end, p.bufferLength(buf)) - offset);
    }

    private int reportedRemaining(int offset) {
        return Math.max(0, end - offset);
    }
}
