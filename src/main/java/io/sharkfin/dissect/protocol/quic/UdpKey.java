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

    // written out: a record's own equals and hashCode go through method handles, and every UDP
    // datagram of a session running QUIC is looked up
    @Override
    public int hashCode() {
        return Endpoints.hash(family, aHi, aLo, aPort, bHi, bLo, bPort);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UdpKey k && family == k.family && aHi == k.aHi && aLo == k.aLo && aPort == k.aPort
                && bHi == k.bHi && bLo == k.bLo && bPort == k.bPort;
    }
}
