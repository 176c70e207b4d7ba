package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * GIF87a and GIF89a images as Wireshark 4.0's file-gif.c dissects them: the version, the logical
 * screen descriptor with its global settings bits and colour table, then each extension (graphic
 * control, comment, plain text, application, unknown), image (descriptor, local settings and
 * colour table, LZW code size) with its data sub-blocks, and the trailer; a byte that starts none
 * of them is reported and skipped. A body of under 20 bytes or with another signature is refused,
 * so that HTTP tries its next dissector (this is also one of HTTP's body heuristics).
 *
 * <p>file-gif.c's own slips are kept, since its output is the reference: the "bits per color" of
 * a settings text is read from two of the field's three bits, an image's bits per pixel is added
 * as the global field, and a stray byte resizes the item added last.
 */
public final class GifDissector implements Dissector {
    private static final FieldGroup OWN_FIELDS = FieldGroup.of(GifFields.FIELDS);
    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2c;
    private static final int TRAILER = 0x3b;

    @Override
    public FieldSpec protocol() {
        return GifFields.GIF;
    }

    @Override
    public List<FieldSpec> fields() {
        return GifFields.FIELDS;
    }

    @Override
    public String shortName() {
        return "GIF image";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (length < 20) {
            return 0;
        }
        boolean v89;
        if (Signatures.ascii(p, buf, offset, "GIF87a")) {
            v89 = false;
        } else if (Signatures.ascii(p, buf, offset, "GIF89a")) {
            v89 = true;
        } else {
            return 0;
        }
        Tvb t = Tvb.of(p, buf, offset, length);
        Items it = new Items(p, OWN_FIELDS);
        if (p.protocolItem() >= 0) {
            // "Compuserve GIF, Version: GIF89a"
            p.setLabel(p.protocolItem(), GifFields.GIF.title() + ", Version: " + (v89 ? "GIF89a" : "GIF87a"));
        }
        it.add(GifFields.VERSION, t, 0, 6);
        it.add(GifFields.SCREEN_WIDTH, t, 6, 2, true);
        it.add(GifFields.SCREEN_HEIGHT, t, 8, 2, true);
        int off = 10;
        int last = settings(it, t, off, v89, true);
        off++;
        it.add(GifFields.BACKGROUND_INDEX, t, off, 1);
        off++;
        if (v89) {
            int ratio = t.u8(off);
            if (ratio != 0) {
                int e = it.uint(GifFields.PIXEL_ASPECT_RATIO, t, off, 1, ratio);
                if (it.texts()) {
                    it.label(e, ratio + ", yields an aspect ratio of (15 + " + ratio + ") / 64 = "
                            + new BigDecimal((15 + ratio) / 64.0).setScale(2, RoundingMode.HALF_EVEN).toPlainString());
                }
            }
        }
        off++;
        if ((t.u8(10) & 0x80) != 0) {
            int len = 3 * (1 << (1 + (t.u8(10) & 0x07)));
            it.add(GifFields.GLOBAL_COLOR_MAP, t, off, len);
            off += len;
        }
        while (t.reportedLength() - off > 0) {
            int start = off;
            int kind = t.u8(off);
            if (kind == EXTENSION) {
                last = it.add(GifFields.EXTENSION, t, off, 1);
                int saved = it.open(last);
                off++;
                it.add(GifFields.EXTENSION_LABEL, t, off, 1);
                int label = t.u8(off);
                if (it.texts()) {
                    String name = it.valueName(GifFields.EXTENSION_LABEL, label);
                    it.label(last, GifFields.EXTENSION.title() + ": " + (name != null ? name
                            : String.format(Locale.ROOT, "<Warning: Unknown extension 0x%02X>", label)));
                }
                off++;
                off += dataBlocks(it, t, off);
                it.close(saved);
            } else if (kind == IMAGE) {
                last = it.add(GifFields.IMAGE, t, off, 1);
                int saved = it.open(last);
                off = image(it, t, off + 1, v89);
                it.close(saved);
            } else if (kind == TRAILER) {
                it.add(GifFields.END, t, off, 1);
                off++;
                break;
            } else {
                it.expertItem(GifFields.UNKNOWN_DATA_BLOCK_TYPE, t, off, 1);
                off++;
            }
            it.setLength(last, off - start);
        }
        return off;
    }

    /** An image descriptor from its left position on, its colour table and data; returns the offset after it. */
    private static int image(Items it, Tvb t, int off, boolean v89) {
        it.add(GifFields.IMAGE_LEFT, t, off, 2, true);
        it.add(GifFields.IMAGE_TOP, t, off + 2, 2, true);
        it.add(GifFields.IMAGE_WIDTH, t, off + 4, 2, true);
        it.add(GifFields.IMAGE_HEIGHT, t, off + 6, 2, true);
        off += 8;
        int flags = t.u8(off);
        settings(it, t, off, v89, false);
        off++;
        if ((flags & 0x80) != 0) {
            int len = 3 * (1 << (1 + (flags & 0x07)));
            it.add(GifFields.LOCAL_COLOR_MAP, t, off, len);
            off += len;
        }
        it.add(GifFields.IMAGE_CODE_SIZE, t, off, 1);
        off++;
        return off + dataBlocks(it, t, off);
    }

    /**
     * The settings byte of the screen ({@code global}) or of an image: a text item summing it up,
     * over its bit fields; returns the text item.
     */
    private static int settings(Items it, Tvb t, int off, boolean v89, boolean global) {
        int flags = t.u8(off);
        String text = null;
        if (it.texts()) {
            // the bits per color from two of the field's three bits, as file-gif.c counts them
            int colors = 1 + ((flags & 0x60) >> 4);
            int pixel = 1 + (flags & 0x07);
            text = (global ? "Global settings:" : "Local settings:")
                    + ((flags & 0x80) != 0 ? global ? " (Global color table present)" : " (Local color table present)" : "")
                    + " (" + colors + " bit" + (colors == 1 ? "" : "s") + " per color) (" + pixel + " bit"
                    + (pixel == 1 ? "" : "s") + " per pixel)";
        }
        int item = it.text(t, off, 1, text);
        int saved = it.open(item);
        it.add(global ? GifFields.GLOBAL_COLOR_MAP_PRESENT : GifFields.LOCAL_COLOR_MAP_PRESENT, t, off, 1);
        it.add(global ? GifFields.GLOBAL_COLOR_BPP : GifFields.LOCAL_COLOR_BPP, t, off, 1);
        if (v89) {
            it.add(global ? GifFields.GLOBAL_COLOR_MAP_ORDERED : GifFields.LOCAL_COLOR_MAP_ORDERED, t, off, 1);
        }
        it.add(GifFields.GLOBAL_BPP, t, off, 1);
        it.close(saved);
        return item;
    }

    /** Data sub-blocks up to the empty one that ends them; returns their length. */
    private static int dataBlocks(Items it, Tvb t, int off) {
        int start = off;
        int len;
        do {
            len = t.u8(off);
            it.countedBytes(GifFields.DATA_BLOCK, t, off);
            off += 1 + len;
        } while (len > 0);
        return off - start;
    }
}
