package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;

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

    /**
     * Whether the bytes at {@code at} of buffer {@code buf} begin with this CID, as
     * {@code startsWith} asks of a CID of at least this one's length read there, without a copy.
     */
    boolean prefixes(Packet p, int buf, int at) {
        for (int i = 0; i < bytes.length; i++) {
            if ((byte) p.u8(buf, at + i) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reusable map key equal to the {@link #MAX_LENGTH}-byte CID read from a packet (the
     * DCID region of a short header), to look it up without making one per datagram.
     */
    static final class Probe {
        private final byte[] bytes = new byte[MAX_LENGTH];
        private int hash;

        /** Reads the bytes at {@code at} of buffer {@code buf}; returns this probe. */
        Probe set(Packet p, int buf, int at) {
            p.copyInto(buf, at, bytes, 0, MAX_LENGTH);
            hash = Arrays.hashCode(bytes);
            return this;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cid c && c.is(hash, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Whether this CID has these bytes, whose hash is {@code hash} (for {@link Probe}). */
    private boolean is(int hash, byte[] bytes) {
        return this.hash == hash && Arrays.equals(this.bytes, bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cid c && c.is(hash, bytes);
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
