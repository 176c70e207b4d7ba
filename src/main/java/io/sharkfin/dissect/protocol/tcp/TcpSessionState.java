package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Packet;
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

    /** What this session needs from TCP, decided at its first TCP segment (see {@link TcpNeeds}). */
    TcpNeeds needs;

    // one per nesting level: TCP inside a tunnel inside TCP dissects while the outer one waits
    private final java.util.ArrayList<SegmentDissection> workers = new java.util.ArrayList<>(1);
    private int depth;

    // the port table's dissector of each port in this session; for TcpNeeds.portsDecide only
    private PortDissectors ports;

    /**
     * Whether the conversation of a segment between these ports must be tracked: always, unless
     * {@link TcpNeeds#portsDecide}; then when the port table's dissector of either port runs, or
     * when neither port has one and a heuristic dissector runs (see {@link PayloadHandoff#decode}:
     * a port's dissector that does not run takes the payload, so no heuristic sees it).
     */
    boolean tracks(Packet p, PayloadHandoff handoff, int srcPort, int dstPort) {
        if (!needs.portsDecide()) {
            return needs.state();
        }
        if (ports == null) {
            ports = new PortDissectors(p.session(), handoff.portTable());
        }
        byte src = ports.of(srcPort);
        byte dst = ports.of(dstPort);
        return src == PortDissectors.RUNS || dst == PortDissectors.RUNS
                || (src == PortDissectors.NONE && dst == PortDissectors.NONE && needs.heuristics());
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
        return p.session().state(TcpSessionState.class, TcpSessionState::new);
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
