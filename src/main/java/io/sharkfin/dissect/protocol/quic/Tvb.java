package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * A bounded view of a packet buffer, like Wireshark's sub-tvbuff: reads past {@code end} (the
 * reported end of the view) are malformed, reads within it but past the captured bytes are
 * short. QUIC cuts a datagram into packets and reads each within its own length, so a Length
 * field that lies is caught where Wireshark catches it.
 */
final class Tvb {
    final Packet p;
    final int buf;
    final int start;
    final int end;

    /** Length of the last variable-length integer read by {@link #varint}. */
    int varintLength;

    Tvb(Packet p, int buf, int start, int end) {
        this.p = p;
        this.buf = buf;
        this.start = start;
        this.end = end;
    }

    /** A view of {@code [from, to)} of the same buffer. */
    Tvb sub(int from, int to) {
        return new Tvb(p, buf, from, to);
    }

    /** Bytes from {@code at} to the reported end. */
    int reportedRemaining(int at) {
        return Math.max(0, end - at);
    }

    /** Bytes from {@code at} that were captured (and lie within the view). */
    int capturedRemaining(int at) {
        return Math.max(0, Math.min(end, p.bufferLength(buf)) - at);
    }

    int capturedEnd() {
        return Math.min(end, p.bufferLength(buf));
    }

    /** Throws as Wireshark's {@code tvb_ensure_bytes_exist} when {@code n} bytes are not there. */
    void ensure(int at, long n) {
        if (at < start || n < 0 || at + n > end) {
            throw Truncated.MALFORMED;
        }
        if (at + n > p.bufferLength(buf)) {
            throw Truncated.SHORT;
        }
    }

    int u8(int at) {
        ensure(at, 1);
        return p.u8(buf, at);
    }

    int u16(int at) {
        ensure(at, 2);
        return p.u16(buf, at);
    }

    long u32(int at) {
        ensure(at, 4);
        return p.u32(buf, at);
    }

    /** A QUIC variable-length integer (RFC 9000 section 16); its length goes to {@link #varintLength}. */
    long varint(int at) {
        int first = u8(at);
        int n = 1 << (first >>> 6);
        ensure(at, n);
        long v = first & 0x3f;
        for (int i = 1; i < n; i++) {
            v = (v << 8) | p.u8(buf, at + i);
        }
        varintLength = n;
        return v;
    }

    /** Copies {@code n} bytes at {@code at} (checked). */
    byte[] bytes(int at, int n) {
        ensure(at, n);
        return p.copy(buf, at, n);
    }

    /**
     * The length of an item Wireshark adds "to the end" ({@code -1}): the captured rest, which must
     * hold at least one byte.
     */
    int restItemLength(int at) {
        if (at < start || at > end) {
            throw Truncated.MALFORMED;
        }
        int rest = capturedRemaining(at);
        if (rest == 0) {
            throw at < end ? Truncated.SHORT : Truncated.MALFORMED;
        }
        return rest;
    }

    /**
     * The length of an item whose size comes from a 64-bit field, checked as Wireshark checks an
     * item length it was given.
     */
    int itemLength(int at, long n) {
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw Truncated.MALFORMED;
        }
        ensure(at, n);
        return (int) n;
    }
}
