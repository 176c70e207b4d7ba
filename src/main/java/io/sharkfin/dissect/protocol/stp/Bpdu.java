package io.sharkfin.dissect.protocol.stp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.Addresses;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

import java.util.Locale;

/**
 * One BPDU as packet-stp.c's tvb holds it, and the ways that file adds its items. Offsets are
 * from the BPDU's start. Reads past the BPDU fail as malformed even where the frame goes on (an
 * 802.3 frame's padding), past the captured bytes as cut short; {@link #setActualLength} shortens
 * the BPDU as {@code set_actual_length} does, so that what follows the length a BPDU announces
 * is out of reach.
 */
final class Bpdu {
    final Packet p;
    final Items items;
    private Tvb tvb;

    Bpdu(Packet p, int buf, int off, int len) {
        this.p = p;
        this.items = new Items(p, StpDissector.OWN_FIELDS);
        this.tvb = Tvb.of(p, buf, off, len);
    }

    int u8(int off) {
        return tvb.u8(off);
    }

    int u16(int off) {
        return tvb.u16(off, false);
    }

    long u32(int off) {
        return tvb.u32(off, false);
    }

    /** The bytes packet-stp.c reads as an address ({@code tvb_ether_to_str}); its text when the tree shows it. */
    String mac(int off) {
        int at = tvb.at(tvb.check(off, 6));
        return items.texts() ? Addresses.mac(p, tvb.buf, at) : null;
    }

    /** {@code tvb_reported_length}. */
    int reportedLength() {
        return tvb.reportedLength();
    }

    /** {@code tvb_captured_length}: what the dissector returns. */
    int capturedLength() {
        return tvb.capturedLength();
    }

    /** {@code tvb_reported_length_remaining}: 0 when {@code off} is past the captured bytes. */
    int reportedRemaining(int off) {
        return off > tvb.capturedLength() ? 0 : Math.max(0, tvb.reportedLength() - off);
    }

    /** {@code set_actual_length}: the BPDU ends after {@code length} bytes, unless it ends before. */
    void setActualLength(int length) {
        if (length >= 0 && length < tvb.reportedLength()) {
            tvb = tvb.subset(0, length);
        }
    }

    /** {@code proto_tree_add_item}: the field's bytes read (and checked), tree or not. */
    int item(FieldSpec f, int off, int len) {
        return items.add(f, tvb, off, len);
    }

    /** A field at a fixed place of a structure: {@code length} bytes at {@code offset} from its start. */
    record At(FieldSpec field, int offset, int length) {
    }

    /** {@link #item} of each of {@code fields}, in order, in the structure at {@code base}. */
    void items(int base, At... fields) {
        for (At f : fields) {
            item(f.field(), base + f.offset(), f.length());
        }
    }

    /**
     * {@code proto_tree_add_uint} (or {@code _boolean}): a value read before, put under the
     * field's mask as Wireshark does; the bytes are not checked.
     */
    int value(FieldSpec f, int off, int len, long value) {
        long mask = f.bitmask();
        int at = tvb.at(Math.min(off, tvb.capturedLength()));
        if (f.type() == FieldType.BOOLEAN) {
            return p.addBoolean(f, tvb.buf, at, len, (value & mask) != 0);
        }
        long shown = mask == 0 ? value : (value & mask) >>> Long.numberOfTrailingZeros(mask);
        return items.uint(f, tvb, off, len, shown);
    }

    /**
     * {@code proto_tree_add_item} of a field Wireshark registers a second time without its mask
     * (packet-stp.c's alternative MSTID): the whole two bytes.
     */
    int unmasked(FieldSpec f, int off) {
        int value = u16(off);
        return items.uint(f, tvb, off, 2, value);
    }

    /** {@code proto_tree_add_double}. */
    int number(FieldSpec f, int off, int len, double value) {
        return items.floating(f, tvb, off, len, value);
    }

    /**
     * {@code proto_tree_add_bitmask_value_with_flags}: a flags byte's item and each of
     * {@code bits} beneath it.
     */
    void flags(FieldSpec header, FieldSpec[] bits, int off, int flags) {
        int saved = items.open(value(header, off, 1, flags));
        for (FieldSpec bit : bits) {
            value(bit, off, 1, flags);
        }
        items.close(saved);
    }

    /**
     * {@code proto_tree_add_subtree}: a text item over {@code len} bytes (-1: the rest), checked
     * first, worded by {@code format} when the tree shows it; returns the item.
     */
    int text(int off, int len, String format, Object... args) {
        return items.text(tvb, off, len, items.texts() ? String.format(Locale.ROOT, format, args) : null);
    }

    /** Makes {@code item} the parent of what follows; returns the parent to {@link #close}. */
    int open(int item) {
        return items.open(item);
    }

    /** {@link #text} made the parent of what follows; returns the parent to {@link #close}. */
    int open(int off, int len, String format, Object... args) {
        return open(text(off, len, format, args));
    }

    void close(int saved) {
        items.close(saved);
    }

    /** Words an item anew when the tree shows it ({@code proto_item_append_text}). */
    void label(int e, String format, Object... args) {
        if (e >= 0 && items.texts()) {
            items.label(e, String.format(Locale.ROOT, format, args));
        }
    }

    /** {@code expert_add_info} on {@code item} (-1: on the open subtree). */
    void expert(int item, Expert.Info info, int off) {
        items.expert(item, info, tvb, off, null);
    }

    /**
     * A bridge identifier's subtree, as the Root, Bridge and CIST identifiers are drawn: the
     * priority and system ID extension (the first two bytes, {@code id}, read before) and the
     * address ({@code mac}, read before), under "Title: 32768 / 10 / 00:1c:0e:87:78:00".
     */
    void bridgeId(int off, String title, int id, String mac, FieldSpec prio, FieldSpec ext, FieldSpec hw) {
        int saved = open(off, 8, "%s: %d / %d / %s", title, id & 0xf000, id & 0x0fff, mac);
        value(prio, off, 1, id & 0xf000);
        value(ext, off, 2, id & 0x0fff);
        item(hw, off + 2, 6);
        close(saved);
    }
}
