package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * PNG images as Wireshark 4.0's file-png.c dissects them: the signature, then each chunk as a
 * subtree named by its type, with its length, type, the three flag bits of the type's letter case
 * and its CRC (shown, not checked); IHDR, sRGB, gAMA, cHRM, pHYs, bKGD, tEXt and tIME are decoded,
 * any other chunk's data is a bare "Data" item. A chunk length above 0x7fffffff ends the dissection
 * with a finding. A body of under 20 bytes or without the signature is refused, so that HTTP tries
 * its next dissector (this is also one of HTTP's body heuristics).
 */
public final class PngDissector implements Dissector {
    private static final FieldGroup OWN_FIELDS = FieldGroup.of(PngFields.FIELDS);
    private static final byte[] MAGIC = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private static final int IHDR = type("IHDR");
    private static final int BKGD = type("bKGD");
    private static final int GAMA = type("gAMA");
    private static final int CHRM = type("cHRM");
    private static final int PHYS = type("pHYs");
    private static final int SRGB = type("sRGB");
    private static final int TEXT = type("tEXt");
    private static final int TIME = type("tIME");

    /** chunk_types of file-png.c. */
    private static final String[][] CHUNK_NAMES = {
        {"IHDR", "Image Header"}, {"bKGD", "Background colour"}, {"gAMA", "Image gamma"},
        {"iCCP", "Embedded ICC profile"}, {"cHRM", "Primary chromaticities and white point"},
        {"pHYs", "Physical pixel dimensions"}, {"iTXt", "International textual data"},
        {"tEXt", "Textual data"}, {"sBIT", "Significant bits"}, {"sRGB", "Standard RGB colour space"},
        {"tIME", "Image last-modification time"}, {"IDAT", "Image data chunk"}, {"IEND", "Image Trailer"},
        {"tRNS", "Transparency"}, {"PLTE", "Palette"},
    };

    @Override
    public FieldSpec protocol() {
        return PngFields.PNG;
    }

    @Override
    public List<FieldSpec> fields() {
        return PngFields.FIELDS;
    }

    @Override
    public String shortName() {
        return "PNG";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
        if (captured < 20 || !Signatures.matches(p, buf, offset, MAGIC)) {
            return 0;
        }
        Tvb t = Tvb.of(p, buf, offset, length);
        Items it = new Items(p, OWN_FIELDS);
        it.add(PngFields.SIGNATURE, t, 0, 8);
        int off = 8;
        while (t.reportedLength() - off > 0) {
            long len = t.u32(off, false);
            int type = (int) t.u32(off + 4, false);
            String text = it.texts() ? chunkName(type) + " (" + typeText(t, off + 4) + ")" : null;
            // length, type and CRC around the data: 32-bit arithmetic, as in C
            int chunk = it.text(t, off, (int) (12 + len), text);
            int saved = it.open(chunk);
            try {
                int lenItem = it.add(PngFields.CHUNK_LEN, t, off, 4);
                off += 4;
                if (len > Integer.MAX_VALUE) {
                    it.expert(lenItem, PngFields.CHUNK_TOO_LARGE, t, off - 4, null);
                    return off;
                }
                it.add(PngFields.CHUNK_TYPE, t, off, 4);
                it.add(PngFields.FLAG_ANCILLARY, t, off, 4);
                it.add(PngFields.FLAG_PRIVATE, t, off, 4);
                it.add(PngFields.FLAG_STC, t, off, 4);
                off += 4;
                chunkData(it, t, off, (int) len, type);
                off += (int) len;
                it.add(PngFields.CHUNK_CRC, t, off, 4);
                off += 4;
            } finally {
                it.close(saved);
            }
        }
        return off;
    }

    private static void chunkData(Items it, Tvb t, int off, int len, int type) {
        Tvb c = t.subset(off, len);
        if (type == IHDR) {
            it.add(PngFields.IHDR_WIDTH, c, 0, 4);
            it.add(PngFields.IHDR_HEIGHT, c, 4, 4);
            it.add(PngFields.IHDR_BITDEPTH, c, 8, 1);
            it.add(PngFields.IHDR_COLOUR_TYPE, c, 9, 1);
            it.add(PngFields.IHDR_COMPRESSION_METHOD, c, 10, 1);
            it.add(PngFields.IHDR_FILTER_METHOD, c, 11, 1);
            it.add(PngFields.IHDR_INTERLACE_METHOD, c, 12, 1);
        } else if (type == BKGD) {
            background(it, c);
        } else if (type == CHRM) {
            FieldSpec[] points = {PngFields.CHRM_WHITE_X, PngFields.CHRM_WHITE_Y, PngFields.CHRM_RED_X,
                PngFields.CHRM_RED_Y, PngFields.CHRM_GREEN_X, PngFields.CHRM_GREEN_Y, PngFields.CHRM_BLUE_X,
                PngFields.CHRM_BLUE_Y};
            for (int i = 0; i < points.length; i++) {
                it.floating(points[i], c, 4 * i, 4, hundredThousandths(c, 4 * i));
            }
        } else if (type == GAMA) {
            it.floating(PngFields.GAMA_GAMMA, c, 0, 4, hundredThousandths(c, 0));
        } else if (type == PHYS) {
            it.add(PngFields.PHYS_HORIZ, c, 0, 4);
            it.add(PngFields.PHYS_VERT, c, 4, 4);
            it.add(PngFields.PHYS_UNIT, c, 8, 1);
        } else if (type == SRGB) {
            it.add(PngFields.SRGB_INTENT, c, 0, 1);
        } else if (type == TEXT) {
            text(it, c);
        } else if (type == TIME) {
            it.add(PngFields.TIME_YEAR, c, 0, 2);
            it.add(PngFields.TIME_MONTH, c, 2, 1);
            it.add(PngFields.TIME_DAY, c, 3, 1);
            it.add(PngFields.TIME_HOUR, c, 4, 1);
            it.add(PngFields.TIME_MINUTE, c, 5, 1);
            it.add(PngFields.TIME_SECOND, c, 6, 1);
        } else if (len > 0) {
            it.add(PngFields.CHUNK_DATA, t, off, len);
        }
    }

    /** By the chunk's length, which tells the colour type it was written for. */
    private static void background(Items it, Tvb c) {
        switch (c.reportedLength()) {
            case 1 -> it.add(PngFields.BKGD_PALETTE_INDEX, c, 0, 1);
            case 2 -> it.add(PngFields.BKGD_GREYSCALE, c, 0, 2);
            case 6 -> {
                it.add(PngFields.BKGD_RED, c, 0, 2);
                it.add(PngFields.BKGD_GREEN, c, 2, 2);
                it.add(PngFields.BKGD_BLUE, c, 4, 2);
            }
            default -> {
            }
        }
    }

    /** A keyword, its NUL, the text; a chunk without a keyword (or a NUL) has no items. */
    private static void text(Items it, Tvb c) {
        int nul = c.find(0, c.capturedRemaining(0), 0);
        if (nul <= 0) {
            return;
        }
        it.latin1(PngFields.TEXT_KEYWORD, c, 0, nul);
        it.latin1(PngFields.TEXT_STRING, c, nul + 1, c.capturedRemaining(nul + 1));
    }

    /** A 32-bit value over 100,000 in C's float arithmetic (the chromaticities and gamma). */
    private static double hundredThousandths(Tvb c, int off) {
        return (float) c.u32(off, false) / 100000.0f;
    }

    private static String chunkName(int type) {
        for (String[] n : CHUNK_NAMES) {
            if (type(n[0]) == type) {
                return n[1];
            }
        }
        return "unknown";
    }

    /** The type's four bytes as the chunk's text shows them: ASCII, up to a NUL. */
    private static String typeText(Tvb t, int off) {
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            int b = t.u8(off + i);
            if (b == 0) {
                break;
            }
            sb.append(b < 0x80 ? (char) b : '\uFFFD');
        }
        return sb.toString();
    }

    private static int type(String name) {
        return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
    }
}
