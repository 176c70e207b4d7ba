package io.sharkfin.dissect.protocol.cdp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Truncated;

/**
 * Items and text from CDP's bytes as packet-cdp.c adds and reads them. The bytes of a label are
 * read whether or not the tree is drawn, as the C arguments are evaluated before the call: a label
 * over missing bytes fails the TLV in a filter run as in {@code tshark -V}.
 */
final class CdpText {
    private CdpText() {
    }

    /**
     * The span {@code tvb_format_text} and {@code proto_tree_add_item} take for a length: -1 means
     * the captured rest of the PDU, any other negative one is past the data.
     */
    static int span(CdpPdu d, int off, int len) {
        if (len == -1) {
            return d.capturedFrom(off);
        }
        if (len < 0) {
            throw Truncated.MALFORMED;
        }
        return len;
    }

    /**
     * A text item (a subtree's head) over {@code len} bytes, or -1 when no tree is drawn ({@code
     * label} is null then). Its bytes must be there whether or not it is drawn:
     * {@code proto_tree_add_subtree} checks them before it looks at the tree.
     */
    static int item(CdpPdu d, int off, int len, String label) {
        d.need(off, len);
        return label == null ? -1 : d.p.addText(d.buf, off, len, label, false);
    }

    /** Wireshark's {@code tvb_format_text}; null when the session draws no tree. */
    static String text(CdpPdu d, int off, int len) {
        int n = span(d, off, len);
        d.need(off, n);
        return d.p.wantsText() ? Strings.formatText(d.p.copy(d.buf, off, n)) : null;
    }

    /** Wireshark's {@code tvb_format_stringzpad}: the text up to the first NUL; null without a tree. */
    static String stringzpad(CdpPdu d, int off, int len) {
        int n = span(d, off, len);
        d.need(off, n);
        return d.p.wantsText() ? Strings.formatText(d.p.copy(d.buf, off, d.p.lengthToNul(d.buf, off, n))) : null;
    }

    /**
     * An FT_STRING or FT_STRINGZ item of a given length read with {@code ENC_ASCII}
     * ({@link io.sharkfin.dissect.Packet#addCString}).
     */
    static void string(CdpPdu d, FieldSpec f, int off, int len) {
        int n = span(d, off, len);
        if (!d.p.wants(f) && !(f.type() == FieldType.STRING && Expert.wanted(d.p, Expert.TRAILING_STRAY_CHARACTERS))) {
            return;
        }
        d.need(off, n);
        d.p.addCString(f, d.buf, off, n, true);
    }

    /** An FT_BYTES item over {@code len} bytes (-1: the captured rest). */
    static int bytes(CdpPdu d, FieldSpec f, int off, int len) {
        int n = span(d, off, len);
        if (!d.p.wants(f)) {
            return -1;
        }
        d.need(off, n);
        return d.p.addBytes(f, d.buf, off, n);
    }

    /** An FT_IPv4 item. */
    static int ipv4(CdpPdu d, FieldSpec f, int off) {
        if (!d.p.wants(f)) {
            return -1;
        }
        d.need(off, 4);
        return d.p.addIPv4(f, d.buf, off);
    }
}
