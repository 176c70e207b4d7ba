package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.Endpoints;

/**
 * The address and port pair of a UDP conversation, the same for both directions (Wireshark's
 * conversation of the 5-tuple).
 */
record UdpKey(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {

    static UdpKey of(Packet p) {
        int f = p.netFamily();
        return Endpoints.sourceIsFirst(p)
                ? new UdpKey(f, p.netSrcHi(), p.netSrcLo(), p.srcPort(), p.netDstHi(), p.netDstLo(), p.dstPort())
                : new UdpKey(f, p.netDstHi(), p.netDstLo(), p.dstPort(), p.netSrcHi(), p.netSrcLo(), p.srcPort());
    }
}
