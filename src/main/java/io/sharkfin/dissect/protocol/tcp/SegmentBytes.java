package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * The bytes of the TCP segment being dissected, bounded as Wireshark's tvb for it is: by the
 * length IP reports, so that a header or option running past the segment's end makes the frame
 * malformed even where more bytes were captured. The header and its options read the same
 * segment through one instance, reused from segment to segment.
 */
final class SegmentBytes {
    private Packet p;
    private int buf;
    private int end;

    /** The segment from here on: buffer {@code buf} of {@code p}, ending (as IP reports it) at {@code end}. */
    void set(Packet p, int buf, int end) {
        this.p = p;
        this.buf = buf;
        this.end = end;
    }

    /** Whether {@code n} bytes at {@code off} end within the segment ({@link #need} would pass). */
    boolean has(int off, int n) {
        return off + n <= end;
    }

    /** Fails the frame as malformed unless {@code n} bytes at {@code off} lie within the segment. */
    void need(int off, int n) {
        if (off + n > end) {
            throw Truncated.MALFORMED;
        }
    }

    int u8(int off) {
        need(off, 1);
        return p.u8(buf, off);
    }

    int u16(int off) {
        need(off, 2);
        return p.u16(buf, off);
    }

    int u24(int off) {
        need(off, 3);
        return p.u24(buf, off);
    }

    long u32(int off) {
        need(off, 4);
        return p.u32(buf, off);
    }
}
