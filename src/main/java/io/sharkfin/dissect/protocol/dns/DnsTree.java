package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;


/**
 * Adds DNS fields to the packet the way Wireshark's {@code proto_tree_add_*} calls do, including
 * when they throw: an item read from the message ({@link #item}) is bounds-checked before it is
 * added, whether or not anyone wants it, so a malformed message ends at the same field as in
 * Wireshark; a value the dissector computed ({@link #uint}, {@link #string}) is checked as
 * Wireshark checks it. Values are only decoded for fields that are wanted.
 *
 * <p>Offsets are relative to the message ({@link DnsSpan}); entries keep the packet bytes they
 * came from. Methods return the entry, or -1 when the field was not recorded.
 */
final class DnsTree {
    private DnsSpan span;
    private Packet p;

    DnsTree reset(DnsSpan s) {
        this.span = s;
        this.p = s.packet();
        return this;
    }

    Packet packet() {
        return p;
    }

    DnsSpan span() {
        return span;
    }

    boolean wants(FieldSpec f) {
        return p.wants(f);
    }

    /** {@code proto_tree_add_item} with the field's own bitmask, ASCII for strings. */
    int item(FieldSpec f, int off, int len) {
        return item(f, off, len, f.bitmask(), false);
    }

    /** {@code proto_tree_add_item} for a UTF-8 string field. */
    int itemUtf8(FieldSpec f, int off, int len) {
        return item(f, off, len, f.bitmask(), true);
    }

    /**
     * {@code proto_tree_add_item} with an explicit bitmask, for fields Wireshark registers twice
     * under one name with different masks (the mDNS class and payload-size fields).
     */
    int itemMasked(FieldSpec f, int off, int len, long mask) {
        int e = item(f, off, len, mask, false);
        if (mask != 0 && mask != f.bitmask()) {
            p.showMask(e, mask); // the item's bits are drawn under its own registration's mask
        }
        return e;
    }

    /** {@code proto_tree_add_item_ret_uint}: the item, and its value, read even if not wanted. */
    long itemValue(FieldSpec f, int off, int len) {
        item(f, off, len);
        return masked(span.uint(off, len), f.bitmask());
    }

    private int item(FieldSpec f, int off, int len, long mask, boolean utf8) {
        FieldType t = f.type();
        if (len == -1) {
            switch (t) {
                case NONE, BYTES, STRING, PROTOCOL ->
                        len = span.capturedLength() > 0 ? span.ensureCapturedRemaining(off) : 0;
                default -> throw Truncated.MALFORMED;
            }
        } else if (t == FieldType.NONE) {
            // items that only group others are cut at the end of the data, not refused
            int rest = span.capturedRemaining(off);
            if (len < 0 || rest < len) {
                len = rest;
            }
        }
        span.check(off, len);
        // a string's stray-text finding is raised even where the string itself is not recorded
        if (!p.wants(f) && !(t == FieldType.STRING && Expert.wanted(p, Expert.TRAILING_STRAY_CHARACTERS))) {
            return -1;
        }
        int buf = span.buffer();
        int at = span.base() + off;
        return switch (t) {
            case BOOLEAN -> p.addBoolean(f, buf, at, len, masked(span.uint(off, len), mask) != 0);
            case UINT8, UINT16, UINT32 -> p.addUInt(f, buf, at, len, masked(span.uint(off, len), mask));
            case EUI64 -> p.addUInt(f, buf, at, len, span.uint(off, len));
            case IPv4 -> p.addIPv4(f, buf, at);
            case ABSOLUTE_TIME -> p.addTime(f, buf, at, len, span.uint(off, len) * 1_000_000_000L);
            case STRING -> p.addCString(f, buf, at, len, !utf8);
            case NONE -> p.addNone(f, buf, at, len);
            default -> p.addBytes(f, buf, at, len);
        };
    }

    /**
     * The bounds check of a text item or subtree Wireshark adds around fields ("Queries", one
     * record): nothing is recorded, but a span past the data throws; -1 means "to the end", which
     * needs at least one byte.
     */
    void text(int off, int len) {
        if (len == -1) {
            if (span.capturedLength() > 0) {
                span.ensureCapturedRemaining(off);
            }
        } else {
            span.check(off, len);
        }
    }

    /** {@code proto_tree_add_uint}: a value the dissector computed; no bounds check. */
    int uint(FieldSpec f, int off, int len, long value) {
        return p.wants(f)
                ? p.addUInt(f, span.buffer(), span.base() + off, len, masked(value, f.bitmask()))
                : -1;
    }

    /** {@code proto_tree_add_int}. */
    int sint(FieldSpec f, int off, int len, long value) {
        return p.wants(f) ? p.addInt(f, span.buffer(), span.base() + off, len, value) : -1;
    }

    /** {@code proto_tree_add_boolean}. */
    int bool(FieldSpec f, int off, int len, long value) {
        return p.wants(f)
                ? p.addBoolean(f, span.buffer(), span.base() + off, len, masked(value, f.bitmask()) != 0)
                : -1;
    }

    /** {@code proto_tree_add_time} of a relative time in nanoseconds. */
    int time(FieldSpec f, int off, int len, long nanos) {
        return p.wants(f) ? p.addTime(f, span.buffer(), span.base() + off, len, nanos) : -1;
    }

    /** {@code proto_tree_add_ipv4} of an address the dissector assembled. */
    int ipv4(FieldSpec f, int off, int len, long address) {
        return p.wants(f) ? p.addUInt(f, span.buffer(), span.base() + off, len, address) : -1;
    }

    /** {@code proto_tree_add_ipv6} (or bytes) of 16 bytes the dissector assembled. */
    int bytesValue(FieldSpec f, int off, int len, byte[] value) {
        return p.wants(f) ? p.addComputedBytes(f, span.buffer(), span.base() + off, len, value) : -1;
    }

    /**
     * {@code proto_tree_add_string}: a string the dissector built; its span is bounds-checked
     * unless empty.
     */
    int string(FieldSpec f, int off, int len, DnsText value) {
        checkString(off, len);
        return p.wants(f) ? p.addComputedBytes(f, span.buffer(), span.base() + off, len, value.bytes()) : -1;
    }

    /** {@link #string} with a slice of a built text. */
    int string(FieldSpec f, int off, int len, DnsText value, int from, int to) {
        checkString(off, len);
        return p.wants(f)
                ? p.addComputedBytes(f, span.buffer(), span.base() + off, len, value.bytes(from, to))
                : -1;
    }

    /** {@link #string} with the formatted name the reader holds. */
    int name(FieldSpec f, int off, int len, DnsNameReader name) {
        checkString(off, len);
        return p.wants(f)
                ? p.addComputedBytes(f, span.buffer(), span.base() + off, len, name.formatted().bytes())
                : -1;
    }

    private void checkString(int off, int len) {
        if (len < 0) {
            throw Truncated.MALFORMED;
        }
        if (len != 0) {
            span.check(off, len);
        }
    }

    static long masked(long value, long mask) {
        if (mask == 0) {
            return value;
        }
        return (value & mask) >>> Long.numberOfTrailingZeros(mask);
    }
}
