package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.sharkfin.dissect.protocol.tcp.TcpFields.*;

/**
 * TCP, as Wireshark 4.0's {@code packet-tcp.c} dissects it with default preferences: header and
 * options, conversations and {@code tcp.stream} numbers (a new SYN with another initial sequence
 * number on the same ports starts a new stream), relative sequence numbers, window scaling,
 * sequence analysis ({@code tcp.analysis.*}), per-stream timestamps, and the desegmentation
 * service application dissectors use ({@link TcpPayloadDissector}). Checksums are not verified
 * (Wireshark's default).
 *
 * <p>Conversation state is kept only when the session needs it ({@link TcpNeeds}); a session
 * that wants header fields only pays for reading the header.
 */
public final class TcpDissector implements Dissector {

    /** The fixed header, without options. */
    public static final int MIN_HEADER = 20;

    private final Dissectors dissectors;
    private final TcpLimits limits;
    private final List<Dissector> heuristics = new CopyOnWriteArrayList<>();
    private final PayloadHandoff handoff;

    /** TCP over a set of dissectors (for its port table), with the default memory bounds. */
    public TcpDissector(Dissectors dissectors) {
        this(dissectors, TcpLimits.DEFAULT);
    }

    public TcpDissector(Dissectors dissectors, TcpLimits limits) {
        this.dissectors = dissectors;
        this.limits = limits;
        this.handoff = new PayloadHandoff(dissectors, heuristics);
    }

    @Override
    public FieldSpec protocol() {
        return TCP;
    }

    /**
     * "Transmission Control Protocol, Src Port: 80, Dst Port: 1234, Seq: 1, Ack: 1, Len: 0", from
     * the segment's fields as they are shown (relative sequence numbers; Ack only when the ACK
     * flag is set, Len only when the segment length is known), as Wireshark's tree summary.
     */
    @Override
    public String label(Packet p, int entry) {
        int src = p.firstInLayer(entry, SRCPORT.id());
        int dst = p.firstInLayer(entry, DSTPORT.id());
        if (src < 0 || dst < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder("Transmission Control Protocol, Src Port: ").append(p.num(src))
                .append(", Dst Port: ").append(p.num(dst));
        // Wireshark words the rest once it has read the whole fixed header (a header quoted
        // in an ICMP error may stop after the ports), and Ack and Len once the header length
        // proved sane
        int hdrLen = p.firstInLayer(entry, HDR_LEN.id());
        if (hdrLen < 0) {
            return sb.toString();
        }
        appendNumber(p, entry, SEQ, ", Seq: ", sb);
        if (p.num(hdrLen) < MIN_HEADER) {
            return sb.toString();
        }
        int ackFlag = p.firstInLayer(entry, FLAGS_ACK.id());
        if (ackFlag >= 0 && p.num(ackFlag) != 0) {
            appendNumber(p, entry, ACK, ", Ack: ", sb);
        }
        appendNumber(p, entry, LEN, ", Len: ", sb);
        return sb.toString();
    }

    private static void appendNumber(Packet p, int entry, FieldSpec f, String title, StringBuilder sb) {
        int e = p.firstInLayer(entry, f.id());
        if (e >= 0) {
            sb.append(title).append(p.num(e));
        }
    }

    @Override
    public List<FieldSpec> labelFields() {
        return List.of(SRCPORT, DSTPORT, HDR_LEN, SEQ, FLAGS_ACK, ACK, LEN);
    }

    @Override
    public List<FieldSpec> fields() {
        List<FieldSpec> all = new ArrayList<>(TcpFields.ALL);
        all.addAll(TcpOptionFields.ALL);
        all.addAll(TcpExperts.FIELDS);
        // TCP reports expert findings, so a session that wants them must run it
        all.addAll(Expert.FIELDS);
        return all;
    }

    /** The application protocols TCP may hand payload to: port table, heuristics, {@code data}. */
    @Override
    public List<String> calls() {
        Set<String> names = new LinkedHashSet<>();
        for (Dissector d : dissectors.tcpPort.dissectors()) {
            names.add(d.protocol().name());
        }
        for (Dissector d : heuristics) {
            names.add(d.protocol().name());
        }
        names.add("data");
        return List.copyOf(names);
    }

    /**
     * Adds a heuristic application dissector, tried (in the order added) after the port table,
     * for payloads no port dissector took. It must return 0 for payloads that are not its own,
     * without asking for more bytes.
     */
    public void addHeuristic(Dissector d) {
        heuristics.add(d);
    }

    /** The memory bounds of TCP state in each session. */
    public TcpLimits limits() {
        return limits;
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        return state(p).dissect(handoff, p, buf, offset, length);
    }

    /** The session's TCP state, with what the session needs decided at its first segment. */
    private TcpSessionState state(Packet p) {
        TcpSessionState s = TcpSessionState.of(p);
        if (s.needs == null) {
            s.init(limits);
            s.needs = TcpNeeds.decide(p.session(), dissectors.tcpPort.dissectors(), heuristics, handoff.data());
        }
        return s;
    }

    /** Fields the header pass's view reads from the bytes (HeaderShortcut). */
    public static final FieldSpec TCP = TcpFields.TCP;
    public static final FieldSpec SRCPORT = TcpFields.SRCPORT;
    public static final FieldSpec DSTPORT = TcpFields.DSTPORT;
    public static final FieldSpec PORT = TcpFields.PORT;
    public static final FieldSpec LEN = TcpFields.LEN;
    public static final FieldSpec HDR_LEN = TcpFields.HDR_LEN;
    /**
     * tcp.flags and its flag fields, with the bits of the header's flags word each shows: the
     * header pass's view reads them from the bytes (tcp.flags is the word under the mask, a flag
     * is whether any of its bits is set).
     */
    public static final java.util.Map<FieldSpec, Integer> FLAG_BITS = java.util.Map.of(FLAGS, TcpHeader.MASK,
            FLAGS_RES, TcpHeader.RES, FLAGS_URG, TcpHeader.URG, FLAGS_ACK, TcpHeader.ACK,
            FLAGS_PUSH, TcpHeader.PSH, FLAGS_RESET, TcpHeader.RST, FLAGS_SYN, TcpHeader.SYN,
            FLAGS_FIN, TcpHeader.FIN);

    /**
     * The fields {@link #addHeaderOnly} adds. A session wanting another TCP field dissects every
     * segment through this dissector.
     */
    public static final List<FieldSpec> HEADER_ONLY_FIELDS = List.of(TCP, SRCPORT, DSTPORT, PORT, LEN,
            HDR_LEN, FLAGS, FLAGS_RES, FLAGS_URG, FLAGS_ACK, FLAGS_PUSH, FLAGS_RESET, FLAGS_SYN, FLAGS_FIN);

    /**
     * Whether this session dissects a segment ({@code len} bytes of buffer {@code buf} at
     * {@code off}, its header within them) as its header alone: its conversation is not tracked
     * ({@link TcpSessionState#tracks}) or went quiet ({@link TcpPayload#quietFromNextSegment}),
     * so no application dissector sees its payload, and its options, if it has any, are not
     * dissected. A complete, well-formed such segment adds nothing but what
     * {@link #addHeaderOnly} adds among the {@link #HEADER_ONLY_FIELDS}. When
     * {@link #looksUpConversations} the packet's network addresses must be the segment's.
     */
    public boolean headerOnly(Packet p, int buf, int off, int len) {
        TcpSessionState s = state(p);
        int headerLength = (p.u8(buf, off + 12) >> 4) * 4;
        int src = p.u16(buf, off);
        int dst = p.u16(buf, off + 2);
        if (s.tracks(p, handoff, src, dst, buf, off + headerLength, len - headerLength)
                && !s.quiet(p, src, dst, p.u8(buf, off + 13))) {
            return false;
        }
        // as SegmentDissection.optionsAndAnalysis decides for a segment without a conversation
        return headerLength <= MIN_HEADER || !s.needs.options() || s.needs.portsDecide();
    }

    /** How {@link #headerOnly} answers in a session, as far as the segment's header alone decides. */
    public enum HeaderOnly {
        /** The session's TCP has not seen its first segment: what it needs is not decided yet. */
        NOT_YET,
        /** TCP keeps conversation state: a segment's conversation or ports may decide. */
        BY_CONVERSATION,
        /** A complete, well-formed segment is taken as its header when it has no options. */
        WITHOUT_OPTIONS,
        /** Every complete, well-formed segment is taken as its header. */
        ALWAYS
    }

    /**
     * {@link #headerOnly}'s answer in this session where it needs no conversation: when TCP keeps
     * no conversation state, the segment's header length alone decides (its options, when the
     * session wants them; see {@link TcpNeeds}). Settled once the session's first segment
     * decided what TCP needs, but for {@link HeaderOnly#NOT_YET}.
     */
    public HeaderOnly headerOnlyStatelessly(Session s) {
        TcpSessionState st = TcpSessionState.of(s);
        TcpNeeds needs = st.needs;
        if (needs == null) {
            return HeaderOnly.NOT_YET;
        }
        // tracks() answers needs.state() at once when ports do not decide, which they do only
        // for a session that keeps state
        if (needs.state() || st.looksUp()) {
            return HeaderOnly.BY_CONVERSATION;
        }
        return needs.options() ? HeaderOnly.WITHOUT_OPTIONS : HeaderOnly.ALWAYS;
    }

    /**
     * Whether {@link #headerOnly} may look the segment's conversation up, with the network
     * addresses of the packet: a conversation was followed for its payload before
     * (plain HTTP on port 443), or one went quiet.
     */
    public boolean looksUpConversations(Packet p) {
        return state(p).looksUp();
    }

    /**
     * Adds the {@link #HEADER_ONLY_FIELDS} of a complete, well-formed segment of {@code len} bytes
     * whose header fits, in the order and with the values and spans {@link SegmentDissection}
     * gives them, for a session that {@link #headerOnly} answered true for. The protocol item is
     * the caller's.
     */
    public static void addHeaderOnly(Packet p, int buf, int off, int len) {
        int src = p.u16(buf, off);
        int dst = p.u16(buf, off + 2);
        p.addUInt(SRCPORT, buf, off, 2, src);
        p.addUInt(DSTPORT, buf, off + 2, 2, dst);
        p.addUInt(PORT, buf, off, 2, src);
        p.addUInt(PORT, buf, off + 2, 2, dst);
        p.setPorts(src, dst);
        int headerLength = (p.u8(buf, off + 12) >> 4) * 4;
        p.addUInt(LEN, buf, off, 0, len - headerLength);
        p.addUInt(HDR_LEN, buf, off + 12, 1, headerLength);
        int flags = p.u16(buf, off + 12) & TcpHeader.MASK;
        int flagsEntry = p.addUInt(FLAGS, buf, off + 12, 2, flags);
        int saved = p.openSubtree(flagsEntry);
        p.addBoolean(FLAGS_RES, buf, off + 12, 1, (flags & TcpHeader.RES) != 0);
        p.addBoolean(FLAGS_URG, buf, off + 13, 1, (flags & TcpHeader.URG) != 0);
        p.addBoolean(FLAGS_ACK, buf, off + 13, 1, (flags & TcpHeader.ACK) != 0);
        p.addBoolean(FLAGS_PUSH, buf, off + 13, 1, (flags & TcpHeader.PSH) != 0);
        p.addBoolean(FLAGS_RESET, buf, off + 13, 1, (flags & TcpHeader.RST) != 0);
        p.addBoolean(FLAGS_SYN, buf, off + 13, 1, (flags & TcpHeader.SYN) != 0);
        p.addBoolean(FLAGS_FIN, buf, off + 13, 1, (flags & TcpHeader.FIN) != 0);
        p.closeSubtree(saved);
    }

    /**
     * Sets the memory bounds of TCP state for one session (instead of this dissector's), before
     * the session dissects its first frame.
     *
     * @throws IllegalStateException when the session already has TCP state
     */
    public static void useLimits(io.sharkfin.dissect.Session session, TcpLimits limits) {
        TcpSessionState s = session.state(TcpSessionState.class, TcpSessionState::new);
        if (s.conversations() != null) {
            throw new IllegalStateException("the session already tracks TCP with other limits");
        }
        s.init(limits);
    }

    /** How many streams the session numbered so far (0 when TCP state is not tracked). */
    public static long streamCount(io.sharkfin.dissect.Session session) {
        TcpSessionState s = session.state(TcpSessionState.class, TcpSessionState::new);
        return s.conversations() == null ? 0 : s.conversations().streamCount();
    }
}
