package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * How HTTP's string items get their values, as Wireshark's calls do: {@code proto_tree_add_item}
 * with ENC_ASCII (the bytes, non-ASCII as U+FFFD) and {@code proto_tree_add_string} (a C string
 * the dissector built); both end at the first NUL, since field values are C strings.
 */
final class HttpItems {
    private HttpItems() {
    }

    /** {@code proto_tree_add_item(..., ENC_ASCII)} of an FT_STRING over {@code [off, off+len)}. */
    static int item(Packet p, FieldSpec f, HttpText t, int off, int len) {
        if (!p.wants(f)) {
            return -1;
        }
        if (t.indexOf(0, off, off + len) < 0) {
            return p.addString(f, t.buf, off, len, true);
        }
        return p.addComputedString(f, t.buf, off, len, t.ascii(off, len));
    }

    /** {@code proto_tree_add_string}: a value the dissector made, for the span {@code [off, off+len)}. */
    static int string(Packet p, FieldSpec f, int buf, int off, int len, String value) {
        if (!p.wants(f)) {
            return -1;
        }
        int nul = value.indexOf('\0');
        return p.addComputedString(f, buf, off, len, nul < 0 ? value : value.substring(0, nul));
    }
}
