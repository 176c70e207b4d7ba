package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.DissectorTable;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.PortDissectors;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector.Unrun;

import java.util.List;

/**
 * Finds the application dissector for a payload and calls it (Wireshark's
 * {@code decode_tcp_ports}): the dissector that claimed the conversation, the server port seen in
 * the handshake, then the lower port, then the higher one, then the heuristic dissectors, else
 * {@code data}. Keep-alive payloads go to
 * {@code data}; retransmitted and out-of-order payloads to nobody.
 */
final class PayloadHandoff {
    private final Dissectors dissectors;
    private final List<Dissector> heuristics;

    PayloadHandoff(Dissectors dissectors, List<Dissector> heuristics) {
        this.dissectors = dissectors;
        this.heuristics = heuristics;
    }

    /** The port table it tries. */
    DissectorTable portTable() {
        return dissectors.tcpPort;
    }

    /** The {@code data} dissector, when the set has one. */
    Dissector data() {
        return dissectors.byName("data");
    }

    /**
     * Hands {@code len} bytes at {@code off} to the application.
     *
     * @return whether a dissector took them (Wireshark's return of {@code decode_tcp_ports})
     */
    boolean decode(Packet p, TcpSessionState s, int buf, int off, int len, TcpPayload ctx,
                   TcpConversation conv) {
        if (conv != null && conv.quiet) {
            // its dissector said it adds nothing wanted from here on, and its state is stale:
            // the header pass took the segments before this one
            return true;
        }
        if (conv != null && conv.ta.has(TcpAnalysis.KEEP_ALIVE)) {
            // a keep-alive's byte is garbage: show it as data
            callData(p, buf, off, len);
            return true;
        }
        if (conv != null && conv.ta.present
                && (conv.ta.flags & (TcpAnalysis.RETRANSMISSION | TcpAnalysis.OUT_OF_ORDER)) != 0) {
            // would confuse dissectors that need the stream in order
            return false;
        }
        if (conv != null && conv.dissector != null) {
            if (!runs(p, s, conv, conv.dissector)) {
                // the conversation is its: nothing of it is wanted, and the port's dissector
                // must not take what it would not see
                return true;
            }
            if (call(p, s, conv.dissector, buf, off, len, ctx, 0)) {
                return true;
            }
        }
        int src = ctx.srcPort;
        int dst = ctx.dstPort;
        int low = Math.min(src, dst);
        int high = Math.max(src, dst);
        if (conv != null && conv.serverPort != 0 && tryPort(p, s, conv, conv.serverPort, buf, off, len, ctx)) {
            return true;
        }
        if (low != 0 && tryPort(p, s, conv, low, buf, off, len, ctx)) {
            return true;
        }
        if (high != 0 && tryPort(p, s, conv, high, buf, off, len, ctx)) {
            return true;
        }
        for (Dissector h : heuristics) {
            if ((runs(p, s, conv, h) || opens(p, conv, h, buf, off, len)) && call(p, s, h, buf, off, len, ctx, 0)) {
                return true;
            }
        }
        callData(p, buf, off, len);
        return false;
    }

    private boolean tryPort(Packet p, TcpSessionState s, TcpConversation conv, int port, int buf, int off,
                            int len, TcpPayload ctx) {
        Dissector d = dissectors.tcpPort.get(port);
        if (d == null) {
            return false;
        }
        if (runs(p, s, conv, d)) {
            return call(p, s, d, buf, off, len, ctx, port);
        }
        // nothing of it is wanted and nothing depends on how it desegments: what it would do is
        // known without running it
        Unrun u = unrun(d, p, buf, off, len);
        if (u == Unrun.DECLINES && heuristicsMayTake(p, s, conv, buf, off, len)) {
            return false;
        }
        if (u == Unrun.OPENS && conv != null) {
            conv.opened = true;
            return call(p, s, d, buf, off, len, ctx, port);
        }
        return true;
    }

    /**
     * Whether a heuristic the session does not run opens the conversation with this payload
     * ({@link Unrun#OPENS}): dissectors then run on it from here on.
     */
    private static boolean opens(Packet p, TcpConversation conv, Dissector d, int buf,
                                 int off, int len) {
        if (conv == null || unrun(d, p, buf, off, len) != Unrun.OPENS) {
            return false;
        }
        conv.opened = true;
        return true;
    }

    /**
     * Whether a payload between ports whose dissectors do not run would still reach one that
     * does, tried as {@link #decode} tries them for a conversation not followed so far (the lower
     * port, the higher one, the heuristics): a port's dissector would decline it and a heuristic
     * might take it, or a dissector opens the conversation with it.
     */
    boolean reachesRunning(Packet p, TcpSessionState s, PortDissectors ports, int src, int dst, int buf, int off,
                           int len) {
        Unrun u = portUnrun(p, ports, Math.min(src, dst), buf, off, len);
        if (u == Unrun.DECLINES) {
            u = portUnrun(p, ports, Math.max(src, dst), buf, off, len);
        }
        return u == Unrun.DECLINES ? heuristicsMayTake(p, s, null, buf, off, len) : u == Unrun.OPENS;
    }

    /**
     * Whether a heuristic might take a payload a port's dissector declines: one that runs might
     * claim it ({@link TcpPayloadDissector#mightClaim}), or one that does not would open the
     * conversation. A payload none of them might take is left to the port's dissector: what it
     * declines when not run may be inside one of its PDUs, which only running it would know.
     */
    private boolean heuristicsMayTake(Packet p, TcpSessionState s, TcpConversation conv, int buf, int off,
                                      int len) {
        for (Dissector h : heuristics) {
            if (runs(p, s, conv, h)
                    ? !(h instanceof TcpPayloadDissector t) || t.mightClaim(p, buf, off, len)
                    : unrun(h, p, buf, off, len) == Unrun.OPENS) {
                return true;
            }
        }
        return false;
    }

    /** What a port's dissector that does not run does with the payload; a port without one passes it on. */
    private Unrun portUnrun(Packet p, PortDissectors ports, int port, int buf, int off, int len) {
        return port == 0 || ports.of(port) == PortDissectors.NONE ? Unrun.DECLINES
                : unrun(dissectors.tcpPort.get(port), p, buf, off, len);
    }

    private static Unrun unrun(Dissector d, Packet p, int buf, int off, int len) {
        return d instanceof TcpPayloadDissector t ? t.unrun(p, buf, off, len) : Unrun.TAKES;
    }

    /**
     * Whether {@code d} runs on this payload: the session needs it, or it must run for the
     * application dissectors' desegmentation or {@code data}, or its conversation was opened
     * ({@link Unrun#OPENS}) and is dissected as a session running everything would, or it
     * announces conversations and {@link TcpNeeds#announcers} must run.
     */
    private static boolean runs(Packet p, TcpSessionState s, TcpConversation conv, Dissector d) {
        return s.needs.forceApps() || (conv != null && conv.opened) || p.session().active(d)
                || (s.needs.announcers() && d instanceof TcpPayloadDissector t && t.announcesConversations());
    }

    /**
     * Whether every later payload of the conversation between these ports goes to {@code d}'s
     * protocol first, as {@link #decode} tries them, and skipping them shows nowhere: the session
     * does not run every dissector (then {@code frame.protocols} lists each payload's), TCP
     * state serves application dissectors alone ({@link TcpNeeds#portsDecide}), the conversation
     * is not {@link TcpConversation#opened} nor announced, is claimed by {@code d} or by no one,
     * and each port's dissector is of {@code d}'s protocol or there is none. Only what {@code d}
     * refuses would reach a heuristic: TLS refuses text, which arrives only where a TLS
     * connection carries it in the clear after both sides switched to encryption (README,
     * Differences).
     */
    boolean onlyReaches(Packet p, TcpSessionState s, TcpConversation conv, Dissector d, int srcPort,
                        int dstPort) {
        if (p.session().runsAllDissectors() || !s.needs.portsDecide() || conv.opened
                || conv.announcement != null || conv.dissector != null && conv.dissector != d) {
            return false;
        }
        FieldSpec protocol = d.protocol();
        return portIs(srcPort, protocol) && portIs(dstPort, protocol) && portIs(conv.serverPort, protocol);
    }

    /** Whether the port has no dissector in the port table, or one of this protocol. */
    private boolean portIs(int port, FieldSpec protocol) {
        Dissector d = port == 0 ? null : dissectors.tcpPort.get(port);
        return d == null || d.protocol() == protocol;
    }

    private boolean call(Packet p, TcpSessionState s, Dissector d, int buf, int off, int len,
                         TcpPayload ctx, int port) {
        ctx.handoff = this;
        ctx.reset(off, len);
        ctx.matchedPort = port;
        ctx.current = d;
        // in a conversation opened to every dissector (a STARTTLS hand-over) what one refuses goes
        // to the next, which only its PDUs decide (TLS asks for the rest of a record before it
        // refuses FTP's text)
        ctx.pdusWanted = s.needs.forceApps() || (ctx.conversation != null && ctx.conversation.opened);
        s.arm(ctx);
        int taken = p.call(d, buf, off, len);
        s.takeArmed();
        ctx.current = null;
        return taken > 0 || ctx.requested;
    }

    private void callData(Packet p, int buf, int off, int len) {
        Dissector data = data();
        if (data != null && p.session().active(data)) {
            p.call(data, buf, off, len);
        }
    }
}
