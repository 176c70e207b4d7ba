package io.sharkfin.dissect.protocol.quic;

import java.util.Arrays;
import java.util.HexFormat;

/** A connection ID (at most 20 bytes in the versions Wireshark follows), as a map key. */
final class Cid {
    static final int MAX_LENGTH = 20;
    static final Cid EMPTY = new Cid(new byte[0]);

    private final byte[] bytes;
    private final int hash;

    private Cid(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /**
     * The CID of these bytes, which it keeps: every caller passes bytes it has just copied out of
     * a packet and does not touch again (a second copy per datagram showed in the allocations).
     */
    static Cid of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Cid(bytes);
    }

    /** A copy of the bytes. */
    byte[] bytes() {
        return bytes.clone();
    }

    int length() {
        return bytes.length;
    }

    /** The first {@code n} bytes. */
    Cid prefix(int n) {
        return n == bytes.length ? this : of(Arrays.copyOf(bytes, n));
    }

    /**
     * Whether this CID begins with {@code known} (Wireshark accepts a prefix because a short
     * header does not say how long its CID is; an empty known CID matches everything).
     */
    boolean startsWith(Cid known) {
        return bytes.length >= known.bytes.length
                && Arrays.equals(bytes, 0, known.bytes.length, known.bytes, 0, known.bytes.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cid c && c.hash == hash && Arrays.equals(c.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return bytes.length == 0 ? "(none)" : HexFormat.of().formatHex(bytes);
    }
}
