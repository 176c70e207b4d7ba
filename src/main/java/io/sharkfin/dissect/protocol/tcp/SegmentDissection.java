package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.EndpointKey;
import io.sharkfin.dissect.protocol.Endpoints;

import static io.sharkfin.dissect.protocol.tcp.TcpFields.*;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.ACK;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.AE;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.CWR;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.ECE;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.FIN;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.PSH;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.RES;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.RST;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.SYN;
import static io.sharkfin.dissect.protocol.tcp.TcpHeader.URG;

/**
 * The dissection of one TCP segment, step by step in Wireshark's order ({@code dissect_tcp}).
 * One instance per session and nesting level; its fields hold the segment being dissected.
 */
final class SegmentDissection {
    private static final int MIN_HEADER = TcpDissector.MIN_HEADER;
    private static final int CHECKSUM_UNVERIFIED = 2;

    // blocks skipped when the session wants none of their fields (see FieldGroup)
    private static final FieldGroup SEQUENCE_FIELDS = FieldGroup.of(SEQ, SEQ_RAW);
    private static final FieldGroup ACK_FIELDS = FieldGroup.builder().add(NXTSEQ, TcpFields.ACK, ACK_RAW)
            .add(TcpExperts.TFO_ACK, TcpExperts.TFO_IGNORED, TcpExperts.ACK_NONZERO).build();
    private static final FieldGroup FLAG_FIELDS = FieldGroup.of(HDR_LEN, FLAGS, FLAGS_RES, FLAGS_ACE,
            FLAGS_AE, FLAGS_CWR, FLAGS_ECE, FLAGS_URG, FLAGS_ACK, FLAGS_PUSH, FLAGS_RESET, FLAGS_SYN,
            FLAGS_FIN, FLAGS_STR);
    private static final FieldGroup WINDOW_FIELDS = FieldGroup.of(WINDOW_SIZE_VALUE, WINDOW_SIZE,
            WINDOW_SIZE_SCALEFACTOR);
    private static final FieldGroup CHECKSUM_FIELDS = FieldGroup.builder()
            .add(CHECKSUM, CHECKSUM_STATUS, URGENT_POINTER).add(TcpExperts.URGENT_POINTER_NON_ZERO).build();

    private final TcpSessionState s;
    private final PayloadHandoff handoff;
    private final Desegmenter desegmenter;
    private final TcpHeader h = new TcpHeader();
    private final TcpPayload ctx = new TcpPayload(false);
    private final SegmentBytes in = new SegmentBytes();
    private final TcpOptions options = new TcpOptions();

    private Packet p;
    private int buf;
    private int start;
    private int length;
    private TcpConversation conv;
    private int self;
    private int frame;
    private long now;
    private long tsDelta;
    private int nxtseq;
    private boolean canDesegment;
    // entries of the SYN, FIN and RST flags and of the flags' letters, where findings hang
    private int synEntry;
    private int finEntry;
    private int flagsStrEntry;
    private int rstEntry;
    // the 20-byte fixed header is within the segment and captured: no read in it can fail
    private boolean fixedHeader;

    SegmentDissection(TcpSessionState s, PayloadHandoff handoff) {
        this.s = s;
        this.handoff = handoff;
        this.desegmenter = new Desegmenter(handoff);
    }

    /** Dissects the segment of {@code len} bytes (as the IP layer reports them) at {@code off}. */
    int dissect(Packet packet, int buffer, int off, int len) {
        p = packet;
        buf = buffer;
        start = off;
        length = len;
        in.set(packet, buffer, off + len);
        frame = (int) packet.number();
        // the segment's time matters to conversation state only
        now = s.needs.state() ? packet.frame().clockNanos() : 0;
        conv = null;
        nxtseq = 0;
        canDesegment = false;
        synEntry = -1;
        finEntry = -1;
        rstEntry = -1;
        fixedHeader = len >= MIN_HEADER && packet.available(buffer, off, MIN_HEADER);
        resetHeader();
        int last = p.entryCount() - 1;
        self = last >= 0 && p.field(last) == TCP.id() ? last : -1;
        try {
            return dissectSegment();
        } catch (ReassemblyError e) {
            // dissect_frame's catch shows it, after what TCP added
            Expert.reassemblyError(p, e.getMessage());
            return length;
        }
    }

    private void resetHeader() {
        h.haveSeglen = false;
        h.seglen = 0;
        h.useAce = false;
        if (h.numSackRanges != 0) {
            h.numSackRanges = 0;
            java.util.Arrays.fill(h.sackLeft, 0);
            java.util.Arrays.fill(h.sackRight, 0);
        }
    }

    private int dissectSegment() {
        try {
            h.srcPort = in.u16(start);
            h.dstPort = in.u16(start + 2);
        } catch (Truncated t) {
            // packet-tcp.c reads the ports before it adds its item: a segment cut before them
            // has a layer (frame.protocols) but no tcp item, field or column
            p.dropProtocolItem();
            throw t;
        }
        p.addUInt(SRCPORT, buf, start, 2, h.srcPort);
        p.addUInt(DSTPORT, buf, start + 2, 2, h.dstPort);
        p.addUInt(PORT, buf, start, 2, h.srcPort);
        p.addUInt(PORT, buf, start + 2, 2, h.dstPort);
        // a header quoted in an ICMP error often ends after the sequence number: show it now
        boolean icmpIp = p.inErrorPacket() && p.netFamily() == 4;
        if (icmpIp) {
            p.addUInt(SEQ, buf, start + 4, 4, in.u32(start + 4));
        }
        p.setPorts(h.srcPort, h.dstPort);

        h.rawSeq = (int) in.u32(start + 4);
        h.seq = h.rawSeq;
        h.rawAck = (int) in.u32(start + 8);
        h.ack = h.rawAck;
        h.flags = in.u16(start + 12) & TcpHeader.MASK;
        h.rawWindow = in.u16(start + 14);
        h.window = h.rawWindow;
        h.headerLength = (in.u8(start + 12) >> 4) * 4;

        boolean isNew = false;
        if (s.tracks(p, handoff, h.srcPort, h.dstPort, buf, start + h.headerLength,
                Math.max(0, length - Math.max(h.headerLength, MIN_HEADER)))) {
            isNew = findConversation();
            p.addUInt(STREAM, buf, start, 0, conv.stream);
            p.addUInt(COMPLETENESS, buf, start, 0, conv.completeness);
            tsDelta = now - conv.tsPrev;
            conv.tsPrev = now;
        }

        segmentLength();
        h.useAce = !h.has(SYN) && conv != null
                && ((conv.accEcnSetupSyn && conv.accEcnSetupSynAck) || conv.accEcnOption);

        if (!icmpIp && p.wantsAny(SEQUENCE_FIELDS)) {
            p.addUInt(SEQ, buf, start + 4, 4, SeqMath.unsigned(h.seq));
            p.addUInt(SEQ_RAW, buf, start + 4, 4, SeqMath.unsigned(h.rawSeq));
        }
        if (h.headerLength < MIN_HEADER) {
            int e = p.addUInt(HDR_LEN, buf, start + 12, 1, h.headerLength);
            int saved = p.openSubtree(e);
            Expert.add(p, TcpExperts.BOGUS_HEADER_LENGTH, "Bogus TCP header length (" + h.headerLength
                    + ", must be at least " + MIN_HEADER + ")", buf, start + 12);
            p.closeSubtree(saved);
            return 12;
        }
        updateCompleteness(isNew);
        p.setLength(self, h.headerLength);

        ackAndFlags();
        connectionEvents();
        checksumAndUrgent();
        optionsAndAnalysis();

        int offset = start + h.headerLength;
        int end = start + length;
        int captured = Math.max(0, Math.min(end, p.bufferLength(buf)) - offset);
        if (conv != null && h.haveSeglen && h.has(FIN) && canDesegment
                && (conv.fwd.flags & TcpFlow.REASSEMBLE_UNTIL_FIN) != 0) {
            prepareContext();
            if (desegmenter.finishAtFin(p, s, conv, ctx, buf, offset, end, h, nxtseq)) {
                return length;
            }
        }
        if (captured != 0) {
            if (h.has(RST)) {
                // RFC 1122: a RST may carry text explaining the reset
                p.addString(RESET_CAUSE, buf, offset, captured, true);
            } else if (h.has(SYN)) {
                // the SYN takes one sequence number before the data
                payload(offset, end, h.seq + 1, nxtseq + 1);
            } else {
                payload(offset, end, h.seq, nxtseq);
            }
        }
        return length;
    }

    /**
     * Finds or starts the conversation (Wireshark's conversation lookup and the port-reuse
     * rules), points it at this segment's direction, and clears the last segment's analysis.
     *
     * @return whether the conversation was created for this segment
     */
    private boolean findConversation() {
        ConversationTable table = s.conversations();
        int family = p.netFamily();
        long srcHi = p.netSrcHi();
        long srcLo = p.netSrcLo();
        long dstHi = p.netDstHi();
        long dstLo = p.netDstLo();
        boolean fromFirst = Endpoints.sourceIsFirst(srcHi, srcLo, h.srcPort, dstHi, dstLo, h.dstPort);
        boolean isNew = false;
        conv = table.find(family, srcHi, srcLo, h.srcPort, dstHi, dstLo, h.dstPort);
        if (conv == null) {
            conv = table.create(EndpointKey.of(family, srcHi, srcLo, h.srcPort, dstHi, dstLo, h.dstPort), frame, now);
            isNew = true;
        }
        conv.orient(fromFirst);
        if (isNew && !s.announced().isEmpty() && joinAnnounced(family, srcHi, srcLo, dstHi, dstLo)) {
            // Wireshark's TCP found the announced conversation: not one it made, so its first
            // segment counts for no completeness
            isNew = false;
        } else if (conv.announcement != null && conv.direction != conv.announcedDirection) {
            s.announced().close(conv.announcement);
        }
        conv.ta.clear();
        if (h.isSynOnly()) {
            if (conv.fwd.hasBaseSeq()) {
                if (h.rawSeq != conv.fwd.baseSeq) {
                    // a new connection on the same ports: a new stream
                    conv = table.create(EndpointKey.of(family, srcHi, srcLo, h.srcPort, dstHi, dstLo, h.dstPort),
                            frame, now);
                    conv.orient(fromFirst);
                    conv.ta.clear();
                    conv.ta.create().flags |= TcpAnalysis.REUSED_PORTS;
                    conv.completeness = TcpConversation.COMPLETENESS_SYNSENT;
                } else {
                    // the same SYN again: a RST may have moved nextseq (Wireshark issue 17616)
                    conv.fwd.nextSeq = conv.fwd.maxSeqToBeAcked;
                    conv.ta.create();
                }
            }
            conv.accEcnSetupSyn = (h.flags & (AE | CWR | ECE)) == (AE | CWR | ECE);
        }
        if (h.isSynAck()) {
            if (conv.fwd.hasBaseSeq() && h.rawSeq != conv.fwd.baseSeq) {
                conv.fwd.baseSeq = h.rawSeq;
                conv.ta.create().flags |= TcpAnalysis.REUSED_PORTS;
            }
            conv.accEcnSetupSynAck = (h.flags & (AE | CWR)) == CWR || (h.flags & (AE | ECE)) == AE;
        }
        conv.fwd.numSackRanges = 0;
        return isNew;
    }

    /**
     * Lets a new conversation join the announcement its endpoints match, if any: the announcing
     * protocol's dissector is then the conversation's, and its frame the conversation's setup.
     * Returns whether it joined one.
     */
    private boolean joinAnnounced(int family, long srcHi, long srcLo, long dstHi, long dstLo) {
        AnnouncedConversations.Announcement a = s.announced().join(family, srcHi, srcLo, h.srcPort, dstHi, dstLo,
                h.dstPort);
        if (a == null) {
            return false;
        }
        conv.announcement = a;
        conv.announcedDirection = conv.direction;
        conv.dissector = a.dissector;
        conv.setupFrame = a.setupFrame;
        return true;
    }

    /**
     * The segment length, base sequence numbers, sequence analysis, relative numbers and window
     * scaling; none of it for a header quoted in an ICMP error or cut before its end.
     */
    private void segmentLength() {
        if (p.inErrorPacket()) {
            return;
        }
        if (length < h.headerLength) {
            Expert.add(p, TcpExperts.SHORT_SEGMENT, "Short segment. Segment/fragment does not contain a full"
                    + " TCP header (might be NMAP or someone else deliberately sending unusual packets)",
                    buf, start);
            return;
        }
        h.seglen = length - h.headerLength;
        h.haveSeglen = true;
        p.addUInt(LEN, buf, start, 0, h.seglen);
        if (conv != null) {
            TcpFlow fwd = conv.fwd;
            TcpFlow rev = conv.rev;
            if (!fwd.hasBaseSeq()) {
                if (h.has(SYN)) {
                    fwd.baseSeq = h.rawSeq;
                    fwd.staticFlags |= h.has(ACK) ? TcpFlow.SAW_SYNACK : TcpFlow.SAW_SYN;
                } else {
                    // start at 1 when the handshake was not seen
                    fwd.baseSeq = h.rawSeq - 1;
                }
                fwd.staticFlags |= TcpFlow.BASE_SEQ_SET;
            }
            if (!rev.hasBaseSeq() && h.has(ACK)) {
                rev.baseSeq = h.rawAck - 1;
                rev.staticFlags |= TcpFlow.BASE_SEQ_SET;
            }
            SequenceAnalyzer.analyze(conv, frame, now, h.rawSeq, h.rawAck, h.seglen, h.flags, h.rawWindow,
                    s.needs.analysisItems());
            h.seq -= fwd.baseSeq;
            if (h.has(ACK)) {
                h.ack -= rev.baseSeq;
            }
            // SYNs are never scaled; an unknown scale leaves the window as it is
            if (!h.has(SYN) && fwd.winScale >= 0) {
                h.window <<= fwd.winScale;
            }
        }
        nxtseq = h.seq + h.seglen;
    }

    private void updateCompleteness(boolean isNew) {
        if (conv == null) {
            return;
        }
        int c = 0;
        if (isNew) {
            if (h.isSynOnly()) {
                c |= TcpConversation.COMPLETENESS_SYNSENT;
                if (h.seglen > 0) {
                    c |= TcpConversation.COMPLETENESS_DATA; // TCP Fast Open
                }
            }
        } else {
            c = conv.completeness;
            if (h.isSynAck()) {
                c |= TcpConversation.COMPLETENESS_SYNACK;
            }
            if (h.isPureAck()) {
                c |= h.seglen > 0 ? TcpConversation.COMPLETENESS_DATA : TcpConversation.COMPLETENESS_ACK;
            }
            if ((h.flags & (FIN | ACK)) == (FIN | ACK)) {
                c |= TcpConversation.COMPLETENESS_FIN;
            }
            if (h.has(RST)) {
                c |= TcpConversation.COMPLETENESS_RST;
            }
        }
        conv.completeness = c;
    }

    /** Next sequence number, acknowledgment, header length, flags and window. */
    private void ackAndFlags() {
        if (p.wantsAny(ACK_FIELDS)) {
            acknowledgment();
        }
        if (p.wantsAny(FLAG_FIELDS)) {
            flags();
        }
        if (p.wantsAny(WINDOW_FIELDS)) {
            p.addUInt(WINDOW_SIZE_VALUE, buf, start + 14, 2, h.rawWindow);
            p.addUInt(WINDOW_SIZE, buf, start + 14, 2, SeqMath.unsigned(h.window));
            if (!h.has(SYN) && conv != null) {
                int ws = conv.fwd.winScale;
                p.addInt(WINDOW_SIZE_SCALEFACTOR, buf, start + 14, 2, ws < 0 ? ws : 1 << ws);
            }
        }
    }

    private void acknowledgment() {
        if (h.haveSeglen) {
            p.addUInt(NXTSEQ, buf, start, 0, SeqMath.unsigned(h.has(SYN) || h.has(FIN) ? nxtseq + 1 : nxtseq));
        }
        int ackEntry = p.addUInt(TcpFields.ACK, buf, start + 8, 4, SeqMath.unsigned(h.ack));
        p.addUInt(ACK_RAW, buf, start + 8, 4, SeqMath.unsigned(h.rawAck));
        int saved = p.openSubtree(ackEntry);
        if (h.has(ACK)) {
            if (h.has(SYN) && conv != null) {
                if (Integer.compareUnsigned(h.ack, 1) > 0) {
                    Expert.add(p, TcpExperts.TFO_ACK, buf, start + 8);
                } else if (conv.tfoSynData) {
                    Expert.add(p, TcpExperts.TFO_IGNORED, buf, start + 8);
                }
            }
        } else if (h.rawAck != 0) {
            Expert.add(p, TcpExperts.ACK_NONZERO, buf, start + 8);
        }
        p.closeSubtree(saved);
    }

    /** The header length and the flags; their entries are where connection findings hang. */
    private void flags() {
        p.addUInt(HDR_LEN, buf, start + 12, 1, h.headerLength);
        int flagsEntry = p.addUInt(FLAGS, buf, start + 12, 2, h.flags);
        int saved = p.openSubtree(flagsEntry);
        p.addBoolean(FLAGS_RES, buf, start + 12, 1, h.has(RES));
        if (h.useAce) {
            p.addUInt(FLAGS_ACE, buf, start + 12, 2, h.ace());
        } else {
            p.addBoolean(FLAGS_AE, buf, start + 12, 1, h.has(AE));
            p.addBoolean(FLAGS_CWR, buf, start + 13, 1, h.has(CWR));
            p.addBoolean(FLAGS_ECE, buf, start + 13, 1, h.has(ECE));
        }
        p.addBoolean(FLAGS_URG, buf, start + 13, 1, h.has(URG));
        p.addBoolean(FLAGS_ACK, buf, start + 13, 1, h.has(ACK));
        p.addBoolean(FLAGS_PUSH, buf, start + 13, 1, h.has(PSH));
        rstEntry = p.addBoolean(FLAGS_RESET, buf, start + 13, 1, h.has(RST));
        synEntry = p.addBoolean(FLAGS_SYN, buf, start + 13, 1, h.has(SYN));
        finEntry = p.addBoolean(FLAGS_FIN, buf, start + 13, 1, h.has(FIN));
        flagsStrEntry = p.wants(FLAGS_STR) ? p.addComputedString(FLAGS_STR, buf, start + 12, 2, h.flagLetters()) : -1;
        p.closeSubtree(saved);
    }

    /** Findings about connection set-up and tear-down, and what they teach the conversation. */
    private void connectionEvents() {
        if (h.has(SYN)) {
            int saved = p.openSubtree(synEntry);
            // the messages are built only for a session that records them
            if (h.has(ACK)) {
                if (Expert.wanted(p, TcpExperts.SYNACK)) {
                    Expert.add(p, TcpExperts.SYNACK, "Connection establish acknowledge (SYN+ACK): server port "
                            + h.srcPort, buf, start + 13);
                }
            } else if (Expert.wanted(p, TcpExperts.SYN)) {
                Expert.add(p, TcpExperts.SYN, "Connection establish request (SYN): server port "
                        + h.dstPort, buf, start + 13);
            }
            p.closeSubtree(saved);
            if (conv != null) {
                if (h.has(ACK)) {
                    conv.serverPort = h.srcPort;
                } else {
                    conv.serverPort = h.dstPort;
                    conv.tsMruSyn = now;
                }
                conv.fwd.isFirstAck = true;
            }
        }
        if (h.has(FIN)) {
            int saved = p.openSubtree(finEntry);
            Expert.add(p, TcpExperts.FIN, buf, start + 13);
            p.closeSubtree(saved);
            if (conv != null) {
                // packet-tcp.c hangs who closes the connection on the flags' letters
                saved = p.openSubtree(flagsStrEntry);
                if (!conv.rev.closingInitiator) {
                    conv.fwd.closingInitiator = true;
                    Expert.add(p, TcpExperts.FIN_ACTIVE, buf, start + 12);
                } else {
                    Expert.add(p, TcpExperts.FIN_PASSIVE, buf, start + 12);
                }
                p.closeSubtree(saved);
            }
        }
        if (h.has(RST)) {
            int saved = p.openSubtree(rstEntry);
            Expert.add(p, TcpExperts.RST, buf, start + 13);
            p.closeSubtree(saved);
        }
        if (conv != null && h.isPureAck()) {
            // the first pure ACK after a SYN ends the handshake: initial round-trip time
            if (conv.tsMruSyn != 0 && conv.tsFirstRtt == 0) {
                conv.tsFirstRtt = now - conv.tsMruSyn;
            }
            conv.fwd.isFirstAck = false;
        }
    }

    private void checksumAndUrgent() {
        // a complete segment (not a quoted one) can be desegmented
        canDesegment = p.available(buf, start, length) && !p.inErrorPacket();
        if (fixedHeader && !p.wantsAny(CHECKSUM_FIELDS)) {
            return;
        }
        int sum = in.u16(start + 16);
        p.addUInt(CHECKSUM, buf, start + 16, 2, sum);
        p.addUInt(CHECKSUM_STATUS, buf, start + 16, 0, CHECKSUM_UNVERIFIED);
        int urgent = in.u16(start + 18);
        int e = p.addUInt(URGENT_POINTER, buf, start + 18, 2, urgent);
        if (!h.has(URG) && urgent != 0) {
            int saved = p.openSubtree(e);
            Expert.add(p, TcpExperts.URGENT_POINTER_NON_ZERO, buf, start + 18);
            p.closeSubtree(saved);
        }
    }

    /** Options, per-stream timestamps, the analysis subtree, and window-scale bookkeeping. */
    private void optionsAndAnalysis() {
        int optlen = h.headerLength - MIN_HEADER;
        int optionsEntry = -1;
        if (optlen != 0) {
            int available = Math.max(0, p.bufferLength(buf) - (start + MIN_HEADER));
            optionsEntry = p.addBytes(TcpOptionFields.OPTIONS, buf, start + MIN_HEADER, Math.min(available, optlen));
        }
        if (conv != null) {
            int saved = p.openSubtree(p.addText(buf, start, 0, "Timestamps", true));
            p.addTime(TIME_RELATIVE, buf, start, 0, now - conv.tsFirst);
            p.addTime(TIME_DELTA, buf, start, 0, tsDelta);
            p.closeSubtree(saved);
        }
        if (optlen != 0 && s.needs.options() && (conv != null || !s.needs.portsDecide())) {
            options.dissect(in, p, buf, start, start + MIN_HEADER, optlen, h, conv, optionsEntry,
                    s.needs.commonOptionItems());
        }
        if (conv == null) {
            return;
        }
        if (s.needs.analysisItems()) {
            // the subtree would record nothing (it has no other effect)
            AnalysisFields.add(p, buf, conv);
        }
        if (h.has(SYN)) {
            verifyWindowScaling(h.has(ACK));
        }
    }

    /**
     * After a SYN or SYN-ACK: without the window scale option in both, scaling is not used
     * (Wireshark's {@code verify_tcp_window_scaling}).
     */
    private void verifyWindowScaling(boolean synAck) {
        if (conv.fwd.winScale == TcpFlow.WSCALE_UNKNOWN) {
            conv.fwd.winScale = TcpFlow.WSCALE_NONE;
            conv.rev.winScale = TcpFlow.WSCALE_NONE;
        } else if (synAck && conv.rev.winScale == TcpFlow.WSCALE_NONE) {
            conv.fwd.winScale = TcpFlow.WSCALE_NONE;
        }
    }

    /** What the application dissector learns about this segment. */
    private void prepareContext() {
        ctx.conversation = conv;
        ctx.srcPort = h.srcPort;
        ctx.dstPort = h.dstPort;
        ctx.tcpEntry = self;
        ctx.lastAck = h.ack;
        ctx.flags = h.flags;
        ctx.seq = h.seq;
        ctx.nxtseq = nxtseq;
        ctx.reassembled = false;
        ctx.canDesegment = false;
    }

    /** The payload: {@code tcp.payload}, then desegmentation or a plain hand-off. */
    private void payload(int offset, int end, int seq, int next) {
        int captured = Math.max(0, Math.min(end, p.bufferLength(buf)) - offset);
        p.addBytes(PAYLOAD, buf, offset, captured);
        if (conv == null) {
            return; // no application dissector runs in this session
        }
        prepareContext();
        ctx.seq = seq;
        ctx.nxtseq = next;
        if (canDesegment) {
            desegmenter.desegment(p, s, conv, ctx, buf, offset, end, seq, next);
            return;
        }
        boolean taken = handoff.decode(p, s, buf, offset, end - offset, ctx, conv);
        if (taken && ctx.wantPduTracking && (seq != 0 || next != 0)) {
            // remember where the next PDU starts, to recognise the segments of this one
            conv.fwd.pdus().store(seq, next + ctx.bytesUntilNextPdu, frame, now, s.limits(), s.budget());
        }
    }
}
