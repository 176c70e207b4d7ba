package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.protocol.PortDissectors;

/**
 * Everything TCP keeps in a {@link io.sharkfin.dissect.Session}: the conversations, the
 * reassembly budget, the per-frame scratch objects and the payload description handed to the
 * application dissector being called.
 */
final class TcpSessionState {
    private final TcpPayload inert = new TcpPayload(true);
    private TcpPayload armed;

    private TcpLimits limits;
    private ConversationTable conversations;
    private ReassemblyBudget budget;
    private final AnnouncedConversations announced = new AnnouncedConversations();

    /** What this session needs from TCP, decided at its first TCP segment (see {@link TcpNeeds}). */
    TcpNeeds needs;

    // one per nesting level: TCP inside a tunnel inside TCP dissects while the outer one waits
    private final java.util.ArrayList<SegmentDissection> workers = new java.util.ArrayList<>(1);
    private int depth;

    // the port table's dissector of each port in this session; for TcpNeeds.portsDecide only
    private PortDissectors ports;

    // how many segments a payload made tracked that their ports alone would not have
    private int trackedByPayload;
    // how many conversations were tracked because another one announced them
    private int trackedByAnnouncement;
    // whether a conversation went quiet: the header pass then looks segments' conversations up
    private boolean quietConversations;

    /**
     * Whether the conversation of a segment between these ports must be tracked: always, unless
     * {@link TcpNeeds#portsDecide}; then when the port table's dissector of either port runs, or
     * when neither port has one and a heuristic dissector runs (see {@link PayloadHandoff#decode}:
     * a port's dissector that does not run takes the payload, so no heuristic sees it), or when
     * the payload ({@code length} bytes of buffer {@code buf} at {@code offset}) still reaches a
     * dissector that runs ({@link PayloadHandoff#reachesRunning}: plain HTTP on TLS's port 443),
     * or it joins a conversation another dissector announced ({@link AnnouncedConversations}),
     * or one of those did before: the conversation is in the table. For that lookup the packet's
     * network addresses must be the segment's.
     */
    boolean tracks(Packet p, PayloadHandoff handoff, int srcPort, int dstPort, int buf, int offset, int length) {
        if (!needs.portsDecide()) {
            return needs.state();
        }
        if (ports == null) {
            ports = new PortDissectors(p.session(), handoff.portTable());
        }
        byte src = ports.of(srcPort);
        byte dst = ports.of(dstPort);
        if (src == PortDissectors.RUNS || dst == PortDissectors.RUNS) {
            return true;
        }
        boolean portless = src == PortDissectors.NONE && dst == PortDissectors.NONE;
        if (portless && needs.heuristics()) {
            return true;
        }
        if (!announced.isEmpty() && announced.matches(p.netFamily(), p.netSrcHi(), p.netSrcLo(), srcPort,
                p.netDstHi(), p.netDstLo(), dstPort)) {
            // a connection another dissector announced (FTP's data connections): its dissector is
            // the conversation's, whatever the ports
            trackedByAnnouncement++;
            return true;
        }
        if (!portless && length > 0 && handoff.reachesRunning(p, this, ports, srcPort, dstPort, buf, offset, length)) {
            trackedByPayload++;
            return true;
        }
        return (portless ? trackedByAnnouncement > 0 : mayLookUp()) && conversations.find(p.netFamily(),
                p.netSrcHi(), p.netSrcLo(), srcPort, p.netDstHi(), p.netDstLo(), dstPort) != null;
    }

    /** Whether {@link #tracks} may look the conversation up (it needs the segment's addresses). */
    boolean mayLookUp() {
        return trackedByPayload > 0 || trackedByAnnouncement > 0 || !announced.isEmpty();
    }

    /** Whether {@link #tracks} or {@link #quiet} may look the conversation up. */
    boolean looksUp() {
        return quietConversations || mayLookUp();
    }

    /** Makes a conversation quiet ({@link TcpConversation#quiet}). */
    void quieten(TcpConversation c) {
        c.quiet = true;
        quietConversations = true;
    }

    /**
     * Whether a segment with these TCP {@code flags} belongs to a conversation that went quiet,
     * so that the header pass may take it. Never a SYN: it may start a new connection on the
     * same ports, which only TCP's handshake rules tell. The packet's network addresses must be
     * the segment's.
     */
    boolean quiet(Packet p, int srcPort, int dstPort, int flags) {
        if (!quietConversations || (flags & TcpHeader.SYN) != 0) {
            return false;
        }
        TcpConversation c = conversations.find(p.netFamily(), p.netSrcHi(), p.netSrcLo(), srcPort, p.netDstHi(),
                p.netDstLo(), dstPort);
        return c != null && c.quiet;
    }

    /** The conversations announced to TCP by other protocols' dissectors. */
    AnnouncedConversations announced() {
        return announced;
    }

    /** Dissects a segment with a worker of this nesting level. */
    int dissect(PayloadHandoff handoff, Packet p, int buf, int offset, int length) {
        if (depth == workers.size()) {
            workers.add(new SegmentDissection(this, handoff));
        }
        SegmentDissection w = workers.get(depth++);
        try {
            return w.dissect(p, buf, offset, length);
        } finally {
            depth--;
        }
    }

    static TcpSessionState of(Packet p) {
        return of(p.session());
    }

    static TcpSessionState of(Session s) {
        return s.state(TcpSessionState.class, TcpSessionState::new);
    }

    /** Creates the conversation table and budget on first use, with the dissector's limits. */
    void init(TcpLimits l) {
        if (conversations == null) {
            limits = l;
            budget = new ReassemblyBudget(l);
            conversations = new ConversationTable(l, budget);
        }
    }

    TcpLimits limits() {
        return limits;
    }

    ConversationTable conversations() {
        return conversations;
    }

    ReassemblyBudget budget() {
        return budget;
    }

    /** Hands {@code p} to the next {@link TcpPayloadDissector} called, and to it only. */
    void arm(TcpPayload p) {
        armed = p;
    }

    TcpPayload takeArmed() {
        TcpPayload a = armed;
        armed = null;
        return a;
    }

    TcpPayload inertPayload() {
        inert.reset(0, 0);
        return inert;
    }
}
