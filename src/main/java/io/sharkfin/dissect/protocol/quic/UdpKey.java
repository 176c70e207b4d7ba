package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;

/**
 * The address and port pair of a UDP conversation, the same for both directions (Wireshark's
 * conversation of the 5-tuple).
 */
record UdpKey(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {

    static UdpKey of(Packet p) {
        long sHi = p.netSrcHi();
        long sLo = p.netSrcLo();
        long dHi = p.netDstHi();
        long dLo = p.netDstLo();
        int sp = p.srcPort();
        int dp = p.dstPort();
        int c = Long.compare(sHi, dHi);
        if (c == 0) {
            c = Long.compare(sLo, dLo);
        }
        if (c == 0) {
            c = Integer.compare(sp, dp);
        }
        return c <= 0 ? new UdpKey(p.netFamily(), sHi, sLo, sp, dHi, dLo, dp)
                : new UdpKey(p.netFamily(), dHi, dLo, dp, sHi, sLo, sp);
    }
}
