package io.sharkfin.dissect.protocol.tcp;

/**
 * Comparisons of 32-bit TCP sequence numbers that survive wrap-around (Wireshark's
 * {@code GT_SEQ}, {@code LT_SEQ}, ...): {@code a} is "after" {@code b} when {@code a - b},
 * taken as a signed 32-bit number, is positive. Sequence numbers are held in Java {@code int}s.
 */
final class SeqMath {
    private SeqMath() {
    }

    static boolean gt(int a, int b) {
        return b - a < 0;
    }

    static boolean lt(int a, int b) {
        return a - b < 0;
    }

    static boolean ge(int a, int b) {
        return b - a <= 0;
    }

    static boolean le(int a, int b) {
        return a - b <= 0;
    }

    /** The value of an {@code int} holding a {@code guint32}. */
    static long unsigned(int v) {
        return v & 0xffffffffL;
    }
}
