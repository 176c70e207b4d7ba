package io.sharkfin.dissect.protocol.x509;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;


/**
 * A BER/DER element header (tag and length) read from a packet buffer, with the bounds of its
 * contents checked against the enclosing element: a length that lies makes {@link #read} throw
 * {@link BerException}, which ends the walk of the structure it belongs to. Shared by the
 * protocols whose ASN.1 structures embed X.509 types (OCSP).
 */
public final class Ber {
    /** Tag class of universal types. */
    public static final int UNIVERSAL = 0;
    /** Tag class of context-specific tags ({@code [n]}). */
    public static final int CONTEXT = 2;

    /** Tag class (0 universal, 1 application, 2 context, 3 private). */
    public int tagClass;
    /** Whether the element is constructed. */
    public boolean constructed;
    /** Tag number. */
    public int tag;
    /** Offset of the element's first byte. */
    public int start;
    /** Offset of its contents. */
    public int contents;
    /** Length of its contents (for {@link #readClamped}, what of it its container holds). */
    public int length;
    /** The length its header gives (more than {@link #length} when {@link #readClamped} cut it). */
    public long declared;
    /** The end of the container it was read in (Wireshark's tvb it lies in). */
    public int limit;

    /** Offset just past the contents. */
    public int end() {
        return contents + length;
    }

    /** Length of the whole element, header included. */
    public int span() {
        return end() - start;
    }

    /**
     * Offset of the next element: past what the header claims, as Wireshark steps (possibly past
     * the container, which ends a walk).
     */
    public long next() {
        return contents + declared;
    }

    /** Whether the contents are all there ({@link #readClamped} did not cut them). */
    public boolean whole() {
        return declared == length;
    }

    /** Reads the header at {@code off}; the element must end by {@code limit}. */
    public static Ber read(Packet p, int buf, int off, int limit) {
        return read(p, buf, off, limit, false);
    }

    /**
     * Reads the header at {@code off} (which must lie before {@code limit}) as Wireshark's BER
     * helpers do: an element claiming more than its container holds is cut at {@code limit}
     * ({@code ber_tvb_new_subset_length}), its {@link #declared} length kept for the step to the
     * next element; reading its value whole then fails ({@link #whole}).
     */
    public static Ber readClamped(Packet p, int buf, int off, int limit) {
        return read(p, buf, off, limit, true);
    }

    private static Ber read(Packet p, int buf, int off, int limit, boolean clamp) {
        Ber e = new Ber();
        e.start = off;
        e.limit = limit;
        if (off >= limit) {
            throw BerException.INSTANCE;
        }
        int b = p.u8(buf, off++);
        e.tagClass = b >> 6;
        e.constructed = (b & 0x20) != 0;
        int tag = b & 0x1f;
        if (tag == 0x1f) {
            tag = 0;
            for (int i = 0; ; i++) {
                if (off >= limit || i > 3) {
                    throw BerException.INSTANCE;
                }
                int t = p.u8(buf, off++);
                tag = (tag << 7) | (t & 0x7f);
                if ((t & 0x80) == 0) {
                    break;
                }
            }
        }
        e.tag = tag;
        if (off >= limit) {
            throw BerException.INSTANCE;
        }
        int l = p.u8(buf, off++);
        long len;
        if (l < 0x80) {
            len = l;
        } else if (l == 0x80) {
            len = limit - off; // indefinite: up to the enclosing end (not DER; tolerated)
        } else {
            int n = l & 0x7f;
            if (n > 4 && !clamp) {
                throw BerException.INSTANCE;
            }
            // Wireshark's get_ber_length reads every length byte into 32 bits, dropping the high ones
            len = 0;
            for (int i = 0; i < n; i++) {
                if (off >= limit) {
                    throw BerException.INSTANCE;
                }
                len = ((len << 8) | p.u8(buf, off++)) & 0xffffffffL;
            }
        }
        e.contents = off;
        e.declared = len;
        if (clamp && (int) (off + len) <= e.start) {
            throw BerException.INSTANCE; // the end wraps around (32-bit offsets): "make sure we move forward"
        }
        if (len > limit - off) {
            if (!clamp) {
                throw BerException.INSTANCE;
            }
            len = limit - off;
        }
        e.length = (int) len;
        return e;
    }

    /** Whether the element has this tag class and number. */
    public boolean is(int cls, int t) {
        return tagClass == cls && tag == t;
    }

    /** Dotted form of OBJECT IDENTIFIER contents (as a field value prints: {@link FieldFormat#appendOid}). */
    public static String oid(Packet p, int buf, int off, int len) {
        StringBuilder sb = new StringBuilder();
        FieldFormat.appendOid(i -> p.u8(buf, off + i), len, sb);
        return sb.toString();
    }

    /** A signed INTEGER's value (contents of at most 8 bytes). */
    public static long integer(Packet p, int buf, int off, int len) {
        long v = len > 0 && (p.u8(buf, off) & 0x80) != 0 ? -1 : 0;
        for (int i = 0; i < len && i < 8; i++) {
            v = (v << 8) | p.u8(buf, off + i);
        }
        return v;
    }

    /** The number of elements inside a constructed element (SEQUENCE OF counts). */
    public static int countElements(Packet p, int buf, Ber container) {
        int n = 0;
        int o = container.contents;
        while (o < container.end()) {
            o = read(p, buf, o, container.end()).end();
            n++;
        }
        return n;
    }
}
