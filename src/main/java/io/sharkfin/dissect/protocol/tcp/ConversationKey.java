package io.sharkfin.dissect.protocol.tcp;

/**
 * The endpoints of a TCP conversation in canonical order: the endpoint comparing lower (address
 * bytes, then port) first, so that both directions give the same key. IPv4 addresses sit in the
 * low halves with the high halves 0, as {@code Packet#netSrcLo()} gives them.
 */
record ConversationKey(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {

    /** The key of a segment, and whether its source is the key's first endpoint. */
    static ConversationKey of(int family, long srcHi, long srcLo, int srcPort, long dstHi, long dstLo,
                              int dstPort) {
        if (sourceIsFirst(srcHi, srcLo, srcPort, dstHi, dstLo, dstPort)) {
            return new ConversationKey(family, srcHi, srcLo, srcPort, dstHi, dstLo, dstPort);
        }
        return new ConversationKey(family, dstHi, dstLo, dstPort, srcHi, srcLo, srcPort);
    }

    /**
     * Whether the source endpoint is the lower one (Wireshark's {@code cmp_address(src, dst) < 0},
     * or on equal addresses, source port not above destination port).
     */
    static boolean sourceIsFirst(long srcHi, long srcLo, int srcPort, long dstHi, long dstLo,
                                 int dstPort) {
        int c = Long.compareUnsigned(srcHi, dstHi);
        if (c == 0) {
            c = Long.compareUnsigned(srcLo, dstLo);
        }
        if (c != 0) {
            return c < 0;
        }
        return srcPort <= dstPort;
    }

    /** The hash of a key with these components (records do not define theirs; lookups need it). */
    static int hash(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
        long h = family;
        h = h * 31 + aHi;
        h = h * 31 + aLo;
        h = h * 31 + aPort;
        h = h * 31 + bHi;
        h = h * 31 + bLo;
        h = h * 31 + bPort;
        return Long.hashCode(h);
    }

    @Override
    public int hashCode() {
        return hash(family, aHi, aLo, aPort, bHi, bLo, bPort);
    }

    boolean is(int family, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
        return this.family == family && this.aHi == aHi && this.aLo == aLo && this.aPort == aPort
                && this.bHi == bHi && this.bLo == bLo && this.bPort == bPort;
    }
}
