package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.protocol.Endpoints;

/**
 * The endpoints of a TCP conversation in canonical order: the endpoint comparing lower (address
 * bytes, then port) first, so that both directions give the same key. IPv4 addresses sit in the
 * low halves with the high halves 0, as {@code Packet#netSrcLo()} gives them.
 */
record ConversationKey(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {

    /** The key of a segment from {@code src} to {@code dst}. */
    static ConversationKey of(int family, long srcHi, long srcLo, int srcPort, long dstHi, long dstLo,
                              int dstPort) {
        if (Endpoints.sourceIsFirst(srcHi, srcLo, srcPort, dstHi, dstLo, dstPort)) {
            return new ConversationKey(family, srcHi, srcLo, srcPort, dstHi, dstLo, dstPort);
        }
        return new ConversationKey(family, dstHi, dstLo, dstPort, srcHi, srcLo, srcPort);
    }

    @Override
    public int hashCode() {
        return Endpoints.hash(family, aHi, aLo, aPort, bHi, bLo, bPort);
    }

    boolean is(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
        return this.family == family && this.aHi == aHi && this.aLo == aLo && this.aPort == aPort
                && this.bHi == bHi && this.bLo == bLo && this.bPort == bPort;
    }
}
