package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Packet;

/**
 * Everything TCP keeps in a {@link io.sharkfin.dissect.Session}: the conversations, the
 * reassembly budget, the per-frame scratch objects and the payload description handed to the
 * application dissector being called.
 */
final class TcpSessionState {
    final TcpHeader header = new TcpHeader();
    final TcpPayload payload = new TcpPayload(false);
    private final TcpPayload inert = new TcpPayload(true);
    private TcpPayload armed;

    private TcpLimits limits;
    private ConversationTable conversations;
    private ReassemblyBudget budget;

    /** What this session needs from TCP, decided at its first TCP segment (see {@link TcpNeeds}). */
    TcpNeeds needs;

    private SegmentDissection worker;

    /** The per-session segment dissector, created on first use. */
    SegmentDissection worker(PayloadHandoff handoff) {
        if (worker == null) {
            worker = new SegmentDissection(this, handoff);
        }
        return worker;
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
