package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.DissectorTable;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Packet;

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
            if (!runs(p, s, conv.dissector)) {
                // the conversation is its: nothing of it is wanted, and the port's dissector
                // must not take what it would not see
                return true;
            }
            if (call(p, s, conv.dissector, buf, off, len, ctx)) {
                return true;
            }
        }
        int src = ctx.srcPort;
        int dst = ctx.dstPort;
        int low = Math.min(src, dst);
        int high = Math.max(src, dst);
        if (conv != null && conv.serverPort != 0 && tryPort(p, s, conv.serverPort, buf, off, len, ctx)) {
            return true;
        }
        if (low != 0 && tryPort(p, s, low, buf, off, len, ctx)) {
            return true;
        }
        if (high != 0 && tryPort(p, s, high, buf, off, len, ctx)) {
            return true;
        }
        for (Dissector h : heuristics) {
            if (runs(p, s, h) && call(p, s, h, buf, off, len, ctx)) {
                return true;
            }
        }
        callData(p, buf, off, len);
        return false;
    }

    private boolean tryPort(Packet p, TcpSessionState s, int port, int buf, int off, int len,
                            TcpPayload ctx) {
        Dissector d = dissectors.tcpPort.get(port);
        if (d == null) {
            return false;
        }
        if (!runs(p, s, d)) {
            // nothing of it is wanted and nothing depends on how it desegments: treat the
            // payload as taken without running it (a port dissector rarely refuses its port)
            return true;
        }
        return call(p, s, d, buf, off, len, ctx);
    }

    private static boolean runs(Packet p, TcpSessionState s, Dissector d) {
        return s.needs.forceApps() || p.session().active(d);
    }

    private static boolean call(Packet p, TcpSessionState s, Dissector d, int buf, int off, int len,
                                TcpPayload ctx) {
        ctx.reset(off, len);
        ctx.current = d;
        ctx.pdusWanted = s.needs.pdus();
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
