package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Packet;

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

    // whether the port table's dissector of each port runs in this session: 0 not asked yet,
    // 1 no (or none), 2 yes; for TcpNeeds.portsDecide only
    private byte[] portRuns;

    /**
     * Whether the conversation of a segment between these ports must be tracked: always, unless
     * {@link TcpNeeds#portsDecide}; then only when the port table's dissector of either port runs.
     */
    boolean tracks(Packet p, PayloadHandoff handoff, int srcPort, int dstPort) {
        if (!needs.portsDecide()) {
            return needs.state();
        }
        if (portRuns == null) {
            portRuns = new byte[65536];
        }
        return portRuns(p, handoff, srcPort) || portRuns(p, handoff, dstPort);
    }

    private boolean portRuns(Packet p, PayloadHandoff handoff, int port) {
        byte known = portRuns[port];
        if (known == 0) {
            Dissector d = handoff.portDissector(port);
            known = d != null && p.session().active(d) ? (byte) 2 : (byte) 1;
            portRuns[port] = known;
        }
        return known == 2;
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
