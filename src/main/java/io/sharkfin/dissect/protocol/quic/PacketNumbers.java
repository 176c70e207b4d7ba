package io.sharkfin.dissect.protocol.quic;

/** Packet number reconstruction (RFC 9000 appendix A.3), as Wireshark does it. */
final class PacketNumbers {
    private PacketNumbers() {
    }

    /**
     * The full packet number closest to one more than {@code largest} whose low {@code bits}
     * bits are {@code truncated}.
     */
    static long expand(long largest, long truncated, int bits) {
        long expected = largest == -1L ? largest : largest + 1;
        long window = 1L << bits;
        long base = expected & ~(window - 1);
        long a = base | truncated;
        long b = (base + window) | truncated;
        long da = Long.compareUnsigned(expected, a) < 0 ? a - expected : expected - a;
        long db = Long.compareUnsigned(expected, b) < 0 ? b - expected : expected - b;
        return Long.compareUnsigned(da, db) < 0 ? a : b;
    }
}
