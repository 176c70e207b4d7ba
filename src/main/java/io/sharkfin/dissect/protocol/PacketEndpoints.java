package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

/**
 * A copy of a packet's network addresses and transport ports ({@link Packet#setNetAddresses},
 * {@link Packet#setPorts}): to put them back after borrowing them, or to tell whether a packet
 * still has them. Mutable and reused, so that keeping them allocates nothing per frame.
 */
public final class PacketEndpoints {
    private int family;
    private long srcHi;
    private long srcLo;
    private long dstHi;
    private long dstLo;
    private int srcPort;
    private int dstPort;

    /** Keeps the packet's current endpoints. */
    public void save(Packet p) {
        family = p.netFamily();
        srcHi = p.netSrcHi();
        srcLo = p.netSrcLo();
        dstHi = p.netDstHi();
        dstLo = p.netDstLo();
        srcPort = p.srcPort();
        dstPort = p.dstPort();
    }

    /** Gives the packet the endpoints kept. */
    public void restore(Packet p) {
        p.setNetAddresses(family, srcHi, srcLo, dstHi, dstLo);
        p.setPorts(srcPort, dstPort);
    }

    /** Whether the packet's current endpoints are the ones kept. */
    public boolean sameAs(Packet p) {
        return family == p.netFamily() && srcLo == p.netSrcLo() && dstLo == p.netDstLo() && srcHi == p.netSrcHi()
                && dstHi == p.netDstHi() && srcPort == p.srcPort() && dstPort == p.dstPort();
    }
}
