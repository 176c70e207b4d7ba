package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;
import java.util.Locale;

/**
 * JPEG images as Wireshark 4.0's file-jpeg.c dissects them: the image is walked from marker to
 * marker, what lies between them being entropy-coded data (stuffed {@code FF 00} pairs included)
 * or fill bytes; markers without a segment are single items, segments are dissected by
 * {@link JfifSegments} (APP0 JFIF/JFXX, APP1 Exif through {@link ExifTiff}, APP2, frame and scan
 * headers, comments, the rest as "Remaining segment data"), and a reserved marker ends the walk.
 *
 * <p>An image must start with SOI and carry "JFIF" or "Exif" (with its NUL) where the first
 * segment's identifier lies, and be 20 bytes or more: other bodies are refused so that HTTP tries
 * its next dissector (this is also one of HTTP's body heuristics).
 */
public final class JfifDissector implements Dissector {
    private static final FieldGroup OWN_FIELDS = FieldGroup.of(JfifFields.FIELDS);
    private static final int SOI = 0xffd8;
    private static final int EOI = 0xffd9;
    private static final int TEM = 0xff01;
    private static final int RST0 = 0xffd0;
    private static final int RST7 = 0xffd7;

    @Override
    public FieldSpec protocol() {
        return JfifFields.JFIF;
    }

    @Override
    public List<FieldSpec> fields() {
        return JfifFields.FIELDS;
    }

    @Override
    public String shortName() {
        return "JFIF (JPEG) image";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (length < 20 || p.u16(buf, offset) != SOI) {
            return 0;
        }
        boolean exif = Signatures.ascii(p, buf, offset + 6, "Exif\0");
        if (!exif && !Signatures.ascii(p, buf, offset + 6, "JFIF\0")) {
            return 0;
        }
        Tvb t = Tvb.of(p, buf, offset, length);
        Items it = new Items(p, OWN_FIELDS);
        // file-jpeg.c notes an image found by its Exif identifier at the first APP1 segment
        boolean firstApp1 = exif;
        int end = t.reportedLength();
        int startEntropy = 0;
        while (true) {
            int startFill = startEntropy;
            while (true) {
                startFill = t.find(startFill, -1, 0xff);
                // FF 00 is a stuffed FF of the scan data
                if (startFill == -1 || end - startFill == 1 || t.u8(startFill + 1) != 0) {
                    break;
                }
                startFill += 2;
            }
            if (startFill == -1) {
                startFill = end;
            }
            if (startFill != startEntropy) {
                it.add(JfifFields.ENTROPY_CODED_SEGMENT, t, startEntropy, startFill - startEntropy);
            }
            if (startFill == end) {
                break;
            }
            int startMarker = startFill;
            while (t.u8(startMarker + 1) == 0xff) {
                ++startMarker;
            }
            if (startMarker != startFill) {
                it.add(JfifFields.FILL_BYTES, t, startFill, startMarker - startFill);
            }
            int marker = t.u16(startMarker, false);
            if (!known(marker)) {
                int e = it.add(JfifFields.MARKER, t, startMarker, 2);
                if (it.texts()) {
                    it.label(e, String.format(Locale.ROOT, "Marker: Unknown (0x%04x) (Reserved)", marker));
                }
                return end;
            }
            if (!hasLength(marker)) {
                it.add(JfifFields.MARKER, t, startMarker, 2);
                startEntropy = startMarker + 2;
                continue;
            }
            int len = t.u16(startMarker + 2, false);
            Tvb segment = t.subset(startMarker, 2 + len);
            if (marker == JfifSegments.APP1) {
                JfifSegments.app1(it, segment, len, firstApp1);
                firstApp1 = false;
            } else if (it.tree()) {
                // the other segments are read only into a tree (file-jpeg.c returns early without one)
                JfifSegments.other(it, segment, len, marker);
            }
            startEntropy = startMarker + 2 + len;
        }
        return end;
    }

    /** Whether vals_marker names the marker: TEM and FFC0 to FFFE. */
    private static boolean known(int marker) {
        return marker == TEM || marker >= 0xffc0 && marker <= 0xfffe;
    }

    /** marker_has_length: all but TEM, SOI, EOI and the restart markers. */
    private static boolean hasLength(int marker) {
        return !(marker == TEM || marker == SOI || marker == EOI || marker >= RST0 && marker <= RST7);
    }
}
