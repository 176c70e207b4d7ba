package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;

/** A network address and port: where a connection's server listens. */
record Endpoint(int family, long hi, long lo, int port) {

    static Endpoint destination(Packet p) {
        return new Endpoint(p.netFamily(), p.netDstHi(), p.netDstLo(), p.dstPort());
    }

    /** Whether the current packet was sent from this endpoint. */
    boolean isSourceOf(Packet p) {
        return port == p.srcPort() && family == p.netFamily() && hi == p.netSrcHi() && lo == p.netSrcLo();
    }
}
