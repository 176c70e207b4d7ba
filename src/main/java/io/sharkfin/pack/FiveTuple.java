package io.sharkfin.pack;

/**
 * The outermost network addresses, transport protocol and ports of a frame; parts a frame does
 * not have are empty strings (addresses) or -1 (ports).
 */
public record FiveTuple(String protocol, String src, int srcPort, String dst, int dstPort) {

    /** {@code proto src:port -> dst:port}, IPv6 addresses in brackets. */
    @Override
    public String toString() {
        return protocol + " " + endpoint(src, srcPort) + " -> " + endpoint(dst, dstPort);
    }

    private static String endpoint(String addr, int port) {
        String a = addr.isEmpty() ? "-" : addr.contains(":") ? "[" + addr + "]" : addr;
        return port < 0 ? a : a + ":" + port;
    }
}
