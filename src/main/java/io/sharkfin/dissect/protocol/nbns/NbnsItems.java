package io.sharkfin.dissect.protocol.nbns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.dns.DnsSpan;

/**
 * Adds NBNS items the way Wireshark's {@code proto_tree_add_*} calls do, with or without a tree.
 * Wireshark checks the bytes of an item read from the packet ({@link #item}) and of an expert
 * info's span ({@link #incomplete}) whether or not it builds a tree; the spans of subtrees
 * ({@link #subtree}), bit fields ({@link #bitmask}) and values the dissector computed are checked,
 * if at all, only when it does. Without a tree nothing is recorded: that is the pass that writes
 * the Info column (see {@link NbnsPass}).
 *
 * <p>Offsets are relative to the message ({@link DnsSpan}); entries keep the packet bytes they
 * came from. Methods return the entry, or -1 when nothing was recorded.
 */
final class NbnsItems {
    private DnsSpan span;
    private Packet p;
    private boolean tree;

    void reset(DnsSpan s, boolean buildsTree) {
        this.span = s;
        this.p = s.packet();
        this.tree = buildsTree;
    }

    boolean tree() {
        return tree;
    }

    /** {@code proto_tree_add_item} of an unmasked integer, address or bytes field. */
    int item(FieldSpec f, int off, int len) {
        span.check(off, len);
        if (!tree || !p.wants(f)) {
            return -1;
        }
        int buf = span.buffer();
        int at = span.base() + off;
        return switch (f.type()) {
            case UINT8, UINT16, UINT32 -> p.addUInt(f, buf, at, len, span.uint(off, len));
            case IPv4 -> p.addIPv4(f, buf, at);
            default -> p.addBytes(f, buf, at, len);
        };
    }

    /** {@code proto_tree_add_uint}: a value the dissector read before; no check. */
    int uint(FieldSpec f, int off, int len, long value) {
        return tree ? p.addUInt(f, span.buffer(), span.base() + off, len, value) : -1;
    }

    /**
     * {@code proto_tree_add_string}: a string the dissector built from bytes it read before, as
     * the bytes of its C string (not necessarily UTF-8: a scope ID is copied as it came).
     */
    int string(FieldSpec f, int off, int len, byte[] value) {
        return tree && p.wants(f) ? p.addComputedBytes(f, span.buffer(), span.base() + off, len, value) : -1;
    }

    /**
     * Whether the texts of items are recorded (a tree is drawn): callers build the texts they pass
     * to {@link #label} and {@link #subtree} only then.
     */
    boolean texts() {
        return tree && p.wantsText();
    }

    /** Gives an item the text its dissector wrote for it ({@code proto_tree_add_*_format}). */
    void label(int e, String text) {
        if (e >= 0 && text != null) {
            p.setLabel(e, text);
        }
    }

    /**
     * {@code proto_tree_add_subtree}: a text item over {@code len} bytes (-1: to the end of the
     * message, which needs a byte there) with {@code text} (null when {@link #texts} says no
     * one reads it); {@link #open} makes it the parent of what follows.
     */
    int subtree(int off, int len, String text) {
        if (!tree) {
            return -1;
        }
        if (len == -1) {
            if (span.capturedLength() > 0) {
                span.ensureCapturedRemaining(off);
            }
        } else {
            span.check(off, len);
        }
        return text != null ? p.addText(span.buffer(), span.base() + off, Math.max(len, 0), text, false) : -1;
    }

    /** Makes {@code item} the parent of the items that follow; returns the parent to {@link #close}. */
    int open(int item) {
        return tree ? p.openSubtree(item) : -1;
    }

    void close(int savedParent) {
        if (tree) {
            p.closeSubtree(savedParent);
        }
    }

    /** The length of an item, once known ({@code proto_item_set_len}). */
    void setLength(int item, int len) {
        if (item >= 0) {
            p.setLength(item, len);
        }
    }

    /**
     * {@code proto_tree_add_bitmask}: the header item and, under it, each field of {@code bits}
     * with its part of {@code value}; read from the packet only when a tree is built.
     */
    int bitmask(FieldSpec header, int off, int value, FieldSpec... bits) {
        if (!tree) {
            return -1;
        }
        span.check(off, 2);
        int buf = span.buffer();
        int at = span.base() + off;
        int e = p.addUInt(header, buf, at, 2, value);
        int saved = p.openSubtree(e);
        for (FieldSpec b : bits) {
            long part = (value & b.bitmask()) >>> Long.numberOfTrailingZeros(b.bitmask());
            if (b.type() == FieldType.BOOLEAN) {
                p.addBoolean(b, buf, at, 2, part != 0);
            } else {
                p.addUInt(b, buf, at, 2, part);
            }
        }
        p.closeSubtree(saved);
        return e;
    }

    /**
     * {@code proto_tree_add_expert} of a record whose data ends before the part its type needs
     * next: the "incomplete entry" text item (cut to the bytes there are) with the finding under
     * it, then, tree or not, the check that the {@code len} bytes are there.
     */
    void incomplete(int off, int len) {
        if (tree) {
            int shown = Math.min(len, span.capturedRemaining(off));
            int at = span.base() + Math.min(off, span.capturedLength());
            int item = p.addText(span.buffer(), at, shown, NbnsFields.INCOMPLETE_ENTRY.summary(), false);
            Expert.add(p, item, NbnsFields.INCOMPLETE_ENTRY, span.buffer(), at);
        }
        span.check(off, len);
    }
}
