package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

/**
 * The endpoints of a conversation (addresses and ports) in {@link Endpoints}' canonical order, so
 * that both directions give the same key: TCP's conversations, QUIC's UDP conversations and the
 * TLS sessions of QUIC connections are looked up by it. IPv4 addresses sit in the low halves with
 * the high halves 0, as {@code Packet#netSrcLo()} gives them.
 *
 * <p>{@code equals} and {@code hashCode} are written out: a record's own go through method
 * handles, too slow for a lookup per segment or datagram.
 */
public record EndpointKey(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {

    /** The key of a packet from {@code src} to {@code dst}. */
    public static EndpointKey of(int family, long srcHi, long srcLo, int srcPort, long dstHi, long dstLo,
                                 int dstPort) {
        return Endpoints.sourceIsFirst(srcHi, srcLo, srcPort, dstHi, dstLo, dstPort)
                ? new EndpointKey(family, srcHi, srcLo, srcPort, dstHi, dstLo, dstPort)
                : new EndpointKey(family, dstHi, dstLo, dstPort, srcHi, srcLo, srcPort);
    }

    /** The key of the packet's current addresses and ports. */
    public static EndpointKey of(Packet p) {
        return of(p.netFamily(), p.netSrcHi(), p.netSrcLo(), p.srcPort(), p.netDstHi(), p.netDstLo(), p.dstPort());
    }

    /** The hash of a key with these components, for lookups with a probe that is not a key. */
    public static int hash(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
        long h = family;
        h = h * 31 + aHi;
        h = h * 31 + aLo;
        h = h * 31 + aPort;
        h = h * 31 + bHi;
        h = h * 31 + bLo;
        h = h * 31 + bPort;
        return Long.hashCode(h);
    }

    /** Whether this key has these components. */
    public boolean is(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
        return this.family == family && this.aHi == aHi && this.aLo == aLo && this.aPort == aPort
                && this.bHi == bHi && this.bLo == bLo && this.bPort == bPort;
    }

    @Override
    public int hashCode() {
        return hash(family, aHi, aLo, aPort, bHi, bLo, bPort);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EndpointKey k && k.is(family, aHi, aLo, aPort, bHi, bLo, bPort);
    }

    /**
     * What a map keyed by {@link EndpointKey} is asked with for a segment or datagram, refilled
     * for each: it hashes as the key of the same endpoints and equals it, so lookups allocate
     * nothing (a key per datagram was a sixth of what {@code iocs} allocated).
     */
    public static final class Probe {
        private int family;
        private long aHi;
        private long aLo;
        private int aPort;
        private long bHi;
        private long bLo;
        private int bPort;

        /** Refills the probe with the key of a packet from {@code src} to {@code dst}. */
        public Probe set(int family, long srcHi, long srcLo, int srcPort, long dstHi, long dstLo, int dstPort) {
            boolean srcFirst = Endpoints.sourceIsFirst(srcHi, srcLo, srcPort, dstHi, dstLo, dstPort);
            this.family = family;
            this.aHi = srcFirst ? srcHi : dstHi;
            this.aLo = srcFirst ? srcLo : dstLo;
            this.aPort = srcFirst ? srcPort : dstPort;
            this.bHi = srcFirst ? dstHi : srcHi;
            this.bLo = srcFirst ? dstLo : srcLo;
            this.bPort = srcFirst ? dstPort : srcPort;
            return this;
        }

        /** Refills the probe with the key of the packet's current addresses and ports. */
        public Probe set(Packet p) {
            return set(p.netFamily(), p.netSrcHi(), p.netSrcLo(), p.srcPort(), p.netDstHi(), p.netDstLo(), p.dstPort());
        }

        @Override
        public int hashCode() {
            return hash(family, aHi, aLo, aPort, bHi, bLo, bPort);
        }

        @Override
        public boolean equals(Object o) {
            // a HashMap asks the probe, never a stored key, whether the two are equal
            return o instanceof EndpointKey k && k.is(family, aHi, aLo, aPort, bHi, bLo, bPort);
        }
    }
}
