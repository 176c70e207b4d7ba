package io.sharkfin.dissect.protocol.lldp;

import static io.sharkfin.dissect.protocol.lldp.LldpFields.TLV_LEN;
import static io.sharkfin.dissect.protocol.lldp.LldpFields.TLV_TYPE;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

/**
 * One LLDPDU being dissected: the items it adds and the Info column text packet-lldp.c writes as
 * it goes (with or without a tree, so the reads behind the text happen in every session).
 */
final class Lldpdu {
    final Packet p;
    final Items it;
    final StringBuilder info = new StringBuilder();

    Lldpdu(Packet p, Items it) {
        this.p = p;
        this.it = it;
    }

    /** {@code col_set_str}: the column says only this from now on. */
    void setInfo(String text) {
        info.setLength(0);
        info.append(text);
    }

    /**
     * A TLV's subtree over the whole TLV ({@code proto_tree_add_subtree}: its bytes must be there,
     * tree or not), worded by {@code label} when texts are recorded, with the type and length
     * beneath it. Returns the parent to {@link #close}; {@link #lengthItem} is the length's item.
     */
    int open(Tvb tlv, String label) {
        int length = tlv.u16(0, false) & 0x1ff;
        subtree = it.text(tlv, 0, length + 2, it.texts() ? label : null);
        int saved = it.open(subtree);
        it.add(TLV_TYPE, tlv, 0, 2);
        lengthItem = it.add(TLV_LEN, tlv, 0, 2);
        return saved;
    }

    /** The subtree item {@link #open} added last, or -1. */
    int subtree = -1;
    /** The TLV length item {@link #open} added last, or -1: findings on the length go under it. */
    int lengthItem = -1;

    void close(int saved) {
        it.close(saved);
    }

    /** {@code tvb_format_stringzpad}: the text up to the first NUL of {@code len} bytes, all of them read. */
    static String stringzpad(Tvb t, int off, int len) {
        byte[] raw = t.bytes(off, len);
        int n = 0;
        while (n < raw.length && raw[n] != 0) {
            n++;
        }
        return Strings.formatText(java.util.Arrays.copyOf(raw, n));
    }
}
