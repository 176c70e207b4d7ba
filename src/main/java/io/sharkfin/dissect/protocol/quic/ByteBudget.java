package io.sharkfin.dissect.protocol.quic;

/** A number of bytes that buffers may still take, shared by the CRYPTO streams of a session. */
final class ByteBudget {
    private long left;

    ByteBudget(long bytes) {
        this.left = bytes;
    }

    /** Takes {@code n} bytes if that many are left. */
    boolean take(long n) {
        if (n > left) {
            return false;
        }
        left -= n;
        return true;
    }

    /** Gives back bytes a dropped buffer held. */
    void give(long n) {
        left += n;
    }

    long left() {
        return left;
    }
}
