package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * A window on a packet buffer with the bounds of a Wireshark tvbuff: the bytes captured, the bytes
 * its parent holds for it (contained) and the bytes it claims (reported). Dissectors that read as
 * their C counterparts do (CDP, the image dissectors) read through one, and cut their data into
 * such windows as file-jpeg.c and file-png.c do ({@code tvb_new_subset_length}),
 * and which bound a read passes decides how the frame is marked: past the captured bytes "[Packet
 * size limited during capture]", past what the parent holds "[Malformed Packet: ... length of
 * contained item exceeds length of containing item]", past the claim "[Malformed Packet]". Offsets
 * are relative to the window, and a negative one counts from its captured end, as in C.
 */
public final class Tvb {
    public final Packet p;
    public final int buf;
    private final int base;
    private final int length;
    private final int contained;
    private final int reported;

    private Tvb(Packet p, int buf, int base, int length, int contained, int reported) {
        this.p = p;
        this.buf = buf;
        this.base = base;
        this.length = length;
        this.contained = contained;
        this.reported = reported;
    }

    /**
     * The body a dissector was given: {@code len} bytes at {@code off}, of which those in the
     * buffer are captured and those the buffer reports are contained.
     */
    public static Tvb of(Packet p, int buf, int off, int len) {
        int captured = Math.max(0, Math.min(len, p.bufferLength(buf) - off));
        int contained = Math.max(captured, Math.min(len, p.reportedLength(buf) - off));
        return new Tvb(p, buf, off, captured, contained, len);
    }

    /** {@code tvb_reported_length}. */
    public int reportedLength() {
        return reported;
    }

    /** {@code tvb_captured_length}. */
    public int capturedLength() {
        return length;
    }

    /** Where byte {@code abs} (an offset already checked) lies in the packet's buffer. */
    public int at(int abs) {
        return base + abs;
    }

    /**
     * {@code tvb_new_subset_length}: {@code reportedLength} bytes from {@code off}, as many captured
     * as are here, contained as far as this window holds them.
     */
    public Tvb subset(int off, int reportedLength) {
        if (reportedLength < -1) {
            throw Truncated.MALFORMED;
        }
        int actual = reportedLength == -1 ? reported : reportedLength;
        int abs = offset(off);
        int captured = Math.min(length - abs, actual);
        return new Tvb(p, buf, base + abs, captured, Math.min(actual, contained - abs), actual);
    }

    /** {@code tvb_new_subset_remaining}: from {@code off} to the end. */
    public Tvb subsetRemaining(int off) {
        int abs = offset(off);
        if (reported < abs) {
            throw Truncated.MALFORMED;
        }
        int rest = reported - abs;
        return new Tvb(p, buf, base + abs, length - abs, Math.min(rest, contained - abs), rest);
    }

    /** The exception for a position past the captured bytes (validate_offset's order). */
    private Truncated past(long end) {
        return end <= contained ? Truncated.SHORT : end <= reported ? Truncated.CONTAINED : Truncated.MALFORMED;
    }

    /** compute_offset: the offset from the window's start (a negative one counts from the end). */
    public int offset(int off) {
        if (off >= 0) {
            if (off <= length) {
                return off;
            }
            throw past(off);
        }
        long back = -(long) off;
        if (back <= length) {
            return length + off;
        }
        throw past(back);
    }

    /** check_offset_length: {@code len} bytes (-1: the captured rest) at {@code off}; returns the start. */
    public int check(int off, int len) {
        int abs = offset(off);
        if (len < -1) {
            throw Truncated.SHORT;
        }
        long end = (long) abs + (len == -1 ? length - abs : len);
        if (end > length) {
            throw past(end);
        }
        return abs;
    }

    /** tvb_ensure_bytes_exist: a negative length is "really large". */
    public void ensureBytes(int off, int len) {
        if (len < 0) {
            throw Truncated.MALFORMED;
        }
        check(off, len);
    }

    /** tvb_captured_length_remaining: 0 when {@code off} is outside. */
    public int capturedRemaining(int off) {
        if (off >= 0 ? off > length : -(long) off > length) {
            return 0;
        }
        return length - (off >= 0 ? off : length + off);
    }

    /** tvb_ensure_captured_length_remaining: the captured rest, which must hold a byte. */
    public int ensureCapturedRemaining(int off) {
        int abs = offset(off);
        int rest = length - abs;
        if (rest == 0) {
            throw past(abs + 1L);
        }
        return rest;
    }

    /** tvb_find_guint8: the offset of {@code needle} within {@code max} bytes (-1: to the end), or -1. */
    public int find(int off, int max, int needle) {
        int abs = offset(off);
        int limit = length - abs;
        if (max >= 0 && limit > max) {
            limit = max;
        }
        for (int i = abs; i < abs + limit; i++) {
            if (p.u8(buf, base + i) == needle) {
                return i;
            }
        }
        return -1;
    }

    /** tvb_strsize: the length of the NUL-terminated string at {@code off}, its NUL included. */
    public int strsize(int off) {
        int abs = check(off, 0);
        int nul = find(abs, -1, 0);
        if (nul == -1) {
            throw past(length + 1L);
        }
        return nul - abs + 1;
    }

    /** A line found by {@link #findLineEnd}: its length without the terminator, and where the next starts. */
    public record Line(int length, int next) {
    }

    /**
     * {@code tvb_find_line_end} without desegmentation, over the captured bytes from {@code off}:
     * a line ends at CR, LF or CR LF, or at the end of the bytes (a CR last ends its line).
     */
    public Line findLineEnd(int off) {
        int abs = offset(off);
        for (int i = abs; i < length; i++) {
            int c = p.u8(buf, base + i);
            if (c == '\n') {
                return new Line(i - abs, i + 1);
            }
            if (c == '\r') {
                boolean crlf = i + 1 < length && p.u8(buf, base + i + 1) == '\n';
                return new Line(i - abs, i + (crlf ? 2 : 1));
            }
        }
        return new Line(length - abs, length);
    }

    /**
     * {@code tvb_find_line_end} with desegmentation: as {@link #findLineEnd}, but null (Wireshark's
     * -1) when the bytes end before a line end, or with a CR that an LF may follow.
     */
    public Line findLineEndDesegment(int off) {
        Line l = findLineEnd(off);
        int end = offset(off) + l.length();
        if (end >= length || p.u8(buf, base + end) == '\r' && end + 1 >= length) {
            return null;
        }
        return l;
    }

    public int u8(int off) {
        return p.u8(buf, base + check(off, 1));
    }

    public int u16(int off, boolean littleEndian) {
        int abs = base + check(off, 2);
        return littleEndian ? p.u16le(buf, abs) : p.u16(buf, abs);
    }

    /** {@code tvb_get_ntoh24}: three bytes, big-endian, checked together. */
    public int u24(int off) {
        int abs = base + check(off, 3);
        return p.u24(buf, abs);
    }

    public long u32(int off, boolean littleEndian) {
        int abs = base + check(off, 4);
        return littleEndian ? p.u32le(buf, abs) : p.u32(buf, abs);
    }

    /** {@code len} bytes at {@code off} (checked). */
    public byte[] bytes(int off, int len) {
        return p.copy(buf, base + check(off, len), len);
    }
}
