package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Strings;

import java.util.Locale;

/**
 * The marker segments of a JPEG image as file-jpeg.c's {@code process_*} functions add them, each
 * given its segment as a window that starts at the marker and claims the segment's length (which
 * may be more than the image holds: reads past it are "contained" errors). {@code len} is the
 * segment's length field; texts that subtract from it wrap as C's unsigned arithmetic does.
 */
final class JfifSegments {
    static final int APP0 = 0xffe0;
    static final int APP1 = 0xffe1;
    static final int APP2 = 0xffe2;
    private static final int DHT = 0xffc4;
    private static final int DAC = 0xffcc;
    private static final int SOS = 0xffda;
    private static final int COM = 0xfffe;

    private JfifSegments() {
    }

    /** A segment other than APP1, read only when a tree is built. */
    static void other(Items it, Tvb s, int len, int marker) {
        if (marker == APP0) {
            app0(it, s, len, marker);
        } else if (marker == APP2) {
            app2(it, s, len, marker);
        } else if (marker >= 0xffc0 && marker <= 0xffcf && marker != DHT && marker != DAC) {
            frame(it, s, marker);
        } else if (marker == SOS) {
            scan(it, s, marker);
        } else if (marker == COM) {
            comment(it, s, len, marker);
        } else {
            int saved = header(it, JfifFields.MARKER_SEGMENT, s, marker);
            remaining(it, s, 4, len - 2L);
            it.close(saved);
        }
    }

    /** APP0: JFIF's version, density and thumbnail, JFXX's extension code, or an unknown identifier. */
    private static void app0(Items it, Tvb s, int len, int marker) {
        int saved = header(it, JfifFields.MARKER_SEGMENT, s, marker);
        int size = s.strsize(4);
        String id = identifier(s, 4, size);
        int e = it.add(JfifFields.IDENTIFIER, s, 4, size);
        if (id.equals("JFIF")) {
            int major = s.u8(9);
            int minor = s.u8(10);
            int version = it.none(JfifFields.VERSION, s, 9, 2);
            if (it.texts()) {
                it.label(version, "Version: " + major + "." + minor);
            }
            int inner = it.open(version);
            it.add(JfifFields.VERSION_MAJOR, s, 9, 1);
            it.add(JfifFields.VERSION_MINOR, s, 10, 1);
            it.close(inner);
            it.add(JfifFields.UNITS, s, 11, 1);
            it.add(JfifFields.XDENSITY, s, 12, 2);
            it.add(JfifFields.YDENSITY, s, 14, 2);
            it.add(JfifFields.XTHUMBNAIL, s, 16, 1);
            it.add(JfifFields.YTHUMBNAIL, s, 17, 1);
            int x = s.u8(16);
            int y = s.u8(17);
            if (x != 0 || y != 0) {
                it.add(JfifFields.RGB, s, 18, 3 * (x * y));
            }
        } else if (id.equals("JFXX")) {
            it.add(JfifFields.EXTENSION_CODE, s, 9, 1);
        } else {
            identified(it, e, id, " (unknown identifier)");
            remaining(it, s, 4 + size, len - 2L - size);
        }
        it.close(saved);
    }

    /**
     * APP1: Exif's TIFF data, or an unknown identifier's bytes. Read with or without a tree;
     * {@code firstOfExif} says the image was taken for its Exif identifier, which file-jpeg.c
     * notes here as a missing JFIF identifier.
     */
    static void app1(Items it, Tvb s, int len, boolean firstOfExif) {
        int segment = it.add(JfifFields.MARKER_SEGMENT, s, 0, -1);
        if (it.texts()) {
            it.label(segment, text(it, JfifFields.MARKER_SEGMENT, APP1));
        }
        int saved = it.open(segment);
        it.add(JfifFields.MARKER, s, 0, 2);
        it.add(JfifFields.LENGTH, s, 2, 2);
        int size = s.strsize(4);
        String id = identifier(s, 4, size);
        int e = it.add(JfifFields.IDENTIFIER, s, 4, size);
        if (firstOfExif && !id.equals("JFIF")) {
            it.expert(e, JfifFields.FIRST_IDENTIFIER_NOT_JFIF, s, 4, null);
        }
        if (id.equals("Exif")) {
            // the identifier's NUL is followed by a pad byte
            ExifTiff.dissect(it, s.subsetRemaining(4 + size + 1));
        } else {
            remaining(it, s, 4 + size, len - 2L - size);
            identified(it, e, id, " (Unknown identifier)");
        }
        it.close(saved);
    }

    /** APP2: a FlashPix marker (added beside the segment, not in it), or an unknown identifier. */
    private static void app2(Items it, Tvb s, int len, int marker) {
        int saved = header(it, JfifFields.MARKER_SEGMENT, s, marker);
        int size = s.strsize(4);
        String id = identifier(s, 4, size);
        int e = it.add(JfifFields.IDENTIFIER, s, 4, size);
        if (id.equals("FPXR")) {
            it.close(saved);
            it.add(JfifFields.EXIF_FLASHPIX_MARKER, s, 0, -1);
            return;
        }
        remaining(it, s, 4 + size, len - 2L - size);
        identified(it, e, id, " (Unknown identifier)");
        it.close(saved);
    }

    /** A frame header (SOF0 to SOF15): precision, size and each component's sampling and table. */
    private static void frame(Items it, Tvb s, int marker) {
        int saved = header(it, JfifFields.SOF, s, marker);
        it.add(JfifFields.SOF_PRECISION, s, 4, 1);
        it.add(JfifFields.SOF_LINES, s, 5, 2);
        it.add(JfifFields.SOF_SAMPLES_PER_LINE, s, 7, 2);
        it.add(JfifFields.SOF_NF, s, 9, 1);
        int off = 10;
        for (int count = s.u8(9); count > 0; count--) {
            it.add(JfifFields.SOF_C_I, s, off++, 1);
            it.add(JfifFields.SOF_H_I, s, off, 1);
            it.add(JfifFields.SOF_V_I, s, off++, 1);
            it.add(JfifFields.SOF_TQ_I, s, off++, 1);
        }
        it.close(saved);
    }

    /** A scan header: each component's tables, the spectral selection and approximation. */
    private static void scan(Items it, Tvb s, int marker) {
        int saved = header(it, JfifFields.SOS, s, marker);
        it.add(JfifFields.SOS_NS, s, 4, 1);
        int off = 5;
        for (int count = s.u8(4); count > 0; count--) {
            it.add(JfifFields.SOS_CS_J, s, off++, 1);
            it.add(JfifFields.SOS_TD_J, s, off, 1);
            it.add(JfifFields.SOS_TA_J, s, off++, 1);
        }
        it.add(JfifFields.SOS_SS, s, off++, 1);
        it.add(JfifFields.SOS_SE, s, off++, 1);
        it.add(JfifFields.SOS_AH, s, off, 1);
        it.add(JfifFields.SOS_AL, s, off, 1);
        it.close(saved);
    }

    private static void comment(Items it, Tvb s, int len, int marker) {
        int saved = header(it, JfifFields.COMMENT_HEADER, s, marker);
        it.add(JfifFields.COMMENT, s, 4, len - 2);
        it.close(saved);
    }

    /**
     * The segment's item over the whole window ("Marker segment: Comment (0xFFFE)"), and its marker
     * and length under it; returns the parent to close.
     */
    private static int header(Items it, FieldSpec item, Tvb s, int marker) {
        int e = it.add(item, s, 0, -1);
        if (it.texts()) {
            it.label(e, text(it, item, marker));
        }
        int saved = it.open(e);
        it.add(JfifFields.MARKER, s, 0, 2);
        it.add(JfifFields.LENGTH, s, 2, 2);
        return saved;
    }

    private static String text(Items it, FieldSpec item, int marker) {
        return String.format(Locale.ROOT, "%s: %s (0x%04X)", item.title(), it.valueName(JfifFields.MARKER, marker),
                marker);
    }

    /** "Remaining segment data: N bytes": the bytes from {@code off} to the captured end, {@code n} as C's %u. */
    private static void remaining(Items it, Tvb s, int off, long n) {
        s.check(off, -1);
        int e = it.add(JfifFields.REMAIN_SEG_DATA, s, off, -1);
        if (it.texts()) {
            it.label(e, JfifFields.REMAIN_SEG_DATA.title() + ": " + (n & 0xffffffffL) + " bytes");
        }
    }

    /** An identifier's item with text appended ("Identifier: AVI1 (unknown identifier)"). */
    private static void identified(Items it, int e, String id, String suffix) {
        if (it.texts()) {
            it.label(e, JfifFields.IDENTIFIER.title() + ": " + Strings.formatText(id) + suffix);
        }
    }

    /** The identifier's string (its NUL left out) as tvb_get_stringz_enc reads it in ASCII. */
    private static String identifier(Tvb s, int off, int size) {
        byte[] raw = s.bytes(off, size - 1);
        char[] text = new char[raw.length];
        for (int i = 0; i < raw.length; i++) {
            text[i] = raw[i] >= 0 ? (char) raw[i] : '\uFFFD';
        }
        return new String(text);
    }
}
