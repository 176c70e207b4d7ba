package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * The bytes of one DNS message as Wireshark's dissector sees them: a tvb of its own, with offsets
 * counted from the start of the message and bounds that are the message's (a UDP datagram's
 * payload, a reassembled TCP message), not the frame's. NBNS, whose messages are DNS-shaped,
 * reads its messages through one too.
 *
 * <p>Reads past the captured bytes throw {@link Truncated#SHORT} when the message says it is
 * longer ("packet size limited during capture"), and {@link Truncated#MALFORMED} past its reported
 * length, as Wireshark throws BoundsError and ReportedBoundsError.
 */
public final class DnsSpan {
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
    public DnsSpan reset(Packet p, int buffer, int start, int reportedLength, int capturedLimit) {
        this.packet = p;
        this.buf = buffer;
        this.base = start;
        this.reported = Math.max(0, reportedLength);
        int available = Math.min(capturedLimit, p.bufferLength(buffer) - start);
        this.captured = Math.max(0, Math.min(reported, available));
        return this;
    }

    public Packet packet() {
        return packet;
    }

    public int buffer() {
        return buf;
    }

    /** Offset of the message's first byte in its buffer. */
    public int base() {
        return base;
    }

    public int capturedLength() {
        return captured;
    }

    int reportedLength() {
        return reported;
    }

    /**
     * Throws unless {@code len} bytes at {@code off} are captured (Wireshark's
     * {@code tvb_ensure_bytes_exist}); a negative length is a malformed packet.
     */
    public void check(int off, int len) {
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

    /**
     * The check of Wireshark's fixed-size getters ({@code tvb_get_guint8}, {@code tvb_get_ntohs},
     * ...: {@code fast_ensure_contiguous}), which looks only at where the read ends: a read that
     * starts past the captured bytes, where a dissector skipped some, and ends past the message is
     * malformed, where {@link #check}, as {@code tvb_ensure_bytes_exist}, finds its start within
     * the message and the frame cut short.
     */
    private void checkGetter(int off, int len) {
        if (off < 0) {
            throw Truncated.MALFORMED;
        }
        long end = (long) off + len;
        if (end > captured) {
            throw end <= reported ? Truncated.SHORT : Truncated.MALFORMED;
        }
    }

    /** Whether {@code len} bytes at {@code off} are captured. */
    public boolean has(int off, int len) {
        return off >= 0 && len >= 0 && (long) off + len <= captured;
    }

    /** Captured bytes from {@code off} to the end, 0 when {@code off} is past them. */
    public int capturedRemaining(int off) {
        return off >= 0 && off <= captured ? captured - off : 0;
    }

    /**
     * Captured bytes from {@code off} to the end, throwing unless there is at least one
     * (Wireshark's {@code tvb_ensure_captured_length_remaining}, behind every "to the end" item).
     */
    public int ensureCapturedRemaining(int off) {
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

    public int u8(int off) {
        checkGetter(off, 1);
        return packet.u8(buf, base + off);
    }

    /** Copies {@code len} captured bytes at {@code off} into {@code dst} at {@code at}. */
    void copyInto(int off, byte[] dst, int at, int len) {
        check(off, len);
        packet.copyInto(buf, base + off, dst, at, len);
    }

    public int u16(int off) {
        checkGetter(off, 2);
        return packet.u16(buf, base + off);
    }

    public long u32(int off) {
        checkGetter(off, 4);
        return packet.u32(buf, base + off);
    }

    /** A big-endian unsigned integer of 1 to 8 bytes. */
    public long uint(int off, int len) {
        check(off, len);
        long v = 0;
        for (int i = 0; i < len; i++) {
            v = (v << 8) | packet.u8(buf, base + off + i);
        }
        return v;
    }

    /** Copies bytes out (for text that must be transformed; allocates). */
    public byte[] copy(int off, int len) {
        check(off, len);
        return packet.copy(buf, base + off, len);
    }
}
