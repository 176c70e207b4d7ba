package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * The bytes of one DNS message as Wireshark's dissector sees them: a tvb of its own, with offsets
 * counted from the start of the message and bounds that are the message's (a UDP datagram's
 * payload, a reassembled TCP message), not the frame's.
 *
 * <p>Reads past the captured bytes throw {@link Truncated#SHORT} when the message says it is
 * longer ("packet size limited during capture"), and {@link Truncated#MALFORMED} past its reported
 * length, as Wireshark throws BoundsError and ReportedBoundsError.
 */
final class DnsSpan {
    private Packet packet;
    private int buf;
    private int base;
    private int captured;
    private int reported;

    /**
     * Points this span at a message of {@code reportedLength} bytes at {@code start} of buffer
     * {@code buffer}, of which at most {@code capturedLimit} are available (fewer when the buffer
     * ends first).
     */
    DnsSpan reset(Packet p, int buffer, int start, int reportedLength, int capturedLimit) {
        this.packet = p;
        this.buf = buffer;
        this.base = start;
        this.reported = Math.max(0, reportedLength);
        int available = Math.min(capturedLimit, p.bufferLength(buffer) - start);
        this.captured = Math.max(0, Math.min(reported, available));
        return this;
    }

    Packet packet() {
        return packet;
    }

    int buffer() {
        return buf;
    }

    /** Offset of the message's first byte in its buffer. */
    int base() {
        return base;
    }

    int capturedLength() {
        return captured;
    }

    int reportedLength() {
        return reported;
    }

    /**
     * Throws unless {@code len} bytes at {@code off} are captured (Wireshark's
     * {@code tvb_ensure_bytes_exist}); a negative length is a malformed packet.
     */
    void check(int off, int len) {
        if (len < 0) {
            throw Truncated.MALFORMED;
        }
        if (off < 0) {
            throw Truncated.MALFORMED;
        }
        if (off > captured) {
            throw off <= reported ? Truncated.SHORT : Truncated.MALFORMED;
        }
        long end = (long) off + len;
        if (end > captured) {
            throw end <= reported ? Truncated.SHORT : Truncated.MALFORMED;
        }
    }

    /** Whether {@code len} bytes at {@code off} are captured. */
    boolean has(int off, int len) {
        return off >= 0 && len >= 0 && (long) off + len <= captured;
    }

    /** Captured bytes from {@code off} to the end, 0 when {@code off} is past them. */
    int capturedRemaining(int off) {
        return off >= 0 && off <= captured ? captured - off : 0;
    }

    /**
     * Captured bytes from {@code off} to the end, throwing unless there is at least one
     * (Wireshark's {@code tvb_ensure_captured_length_remaining}, behind every "to the end" item).
     */
    int ensureCapturedRemaining(int off) {
        check(off, 0);
        int rest = captured - off;
        if (rest == 0) {
            throw off < reported ? Truncated.SHORT : Truncated.MALFORMED;
        }
        return rest;
    }

    /** Reported bytes from {@code off} to the end, 0 when {@code off} is past them. */
    int reportedRemaining(int off) {
        return off >= 0 && off <= reported ? reported - off : 0;
    }

    int u8(int off) {
        check(off, 1);
        return packet.u8(buf, base + off);
    }

    /** Copies {@code len} captured bytes at {@code off} into {@code dst} at {@code at}. */
    void copyInto(int off, byte[] dst, int at, int len) {
        check(off, len);
        packet.copyInto(buf, base + off, dst, at, len);
    }

    int u16(int off) {
        check(off, 2);
        return packet.u16(buf, base + off);
    }

    long u32(int off) {
        check(off, 4);
        return packet.u32(buf, base + off);
    }

    /** A big-endian unsigned integer of 1 to 8 bytes. */
    long uint(int off, int len) {
        check(off, len);
        long v = 0;
        for (int i = 0; i < len; i++) {
            v = (v << 8) | packet.u8(buf, base + off + i);
        }
        return v;
    }

    /** Copies bytes out (for text that must be transformed; allocates). */
    byte[] copy(int off, int len) {
        check(off, len);
        return packet.copy(buf, base + off, len);
    }
}
