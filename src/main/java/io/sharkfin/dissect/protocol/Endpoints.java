package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

/**
 * The order Wireshark gives the two endpoints of a conversation ({@code cmp_address}, then the
 * ports), so that a key made from either direction's packets is the same: the source comes
 * first when its address compares lower (unsigned, as bytes), or on equal addresses when its port
 * is not above the destination's.
 */
public final class Endpoints {
    private Endpoints() {
    }

    /** Whether the source endpoint comes first. */
    public static boolean sourceIsFirst(long srcHi, long srcLo, int srcPort, long dstHi, long dstLo, int dstPort) {
        int c = Long.compareUnsigned(srcHi, dstHi);
        if (c == 0) {
            c = Long.compareUnsigned(srcLo, dstLo);
        }
        return c != 0 ? c < 0 : srcPort <= dstPort;
    }

    /** Whether the packet's current source endpoint (network addresses, transport ports) comes first. */
    public static boolean sourceIsFirst(Packet p) {
        return sourceIsFirst(p.netSrcHi(), p.netSrcLo(), p.srcPort(), p.netDstHi(), p.netDstLo(), p.dstPort());
    }
}
