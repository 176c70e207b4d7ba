package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.HttpBodyFrames;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.sharkfin.dissect.protocol.image.ImageBytes.EOI;
import static io.sharkfin.dissect.protocol.image.ImageBytes.PNG_SIGNATURE;
import static io.sharkfin.dissect.protocol.image.ImageBytes.SOI;
import static io.sharkfin.dissect.protocol.image.ImageBytes.ascii;
import static io.sharkfin.dissect.protocol.image.ImageBytes.chunk;
import static io.sharkfin.dissect.protocol.image.ImageBytes.concat;
import static io.sharkfin.dissect.protocol.image.ImageBytes.entry;
import static io.sharkfin.dissect.protocol.image.ImageBytes.exif;
import static io.sharkfin.dissect.protocol.image.ImageBytes.ifd;
import static io.sharkfin.dissect.protocol.image.ImageBytes.ihdr;
import static io.sharkfin.dissect.protocol.image.ImageBytes.jfif;
import static io.sharkfin.dissect.protocol.image.ImageBytes.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded tshark trees (details/images.pcapng.all.txt, the corpus's JPEG, GIF and PNG
 * replies) do not single out: bodies the image dissectors refuse going on to HTTP's next
 * dissector, the Exif fields an analyst looks for, how a cut or damaged image is marked with and
 * without a tree, and hostile lengths and offsets costing no more than the data holds.
 */
class ImageDissectorsTest {
    private static final int ASCII = 2;
    private static final int SHORT = 3;
    private static final int LONG = 4;

    private static Packet full(byte[] body, String type) {
        return TestCaptures.dissect(Session.full(), HttpBodyFrames.response(body, type));
    }

    /** A session as the summary lines' (no image field, no tree): file-jpeg.c reads less then. */
    private static Packet summary(byte[] body, String type) {
        return TestCaptures.dissect(Session.needing(List.of("http.content_type", "_ws.malformed")),
                HttpBodyFrames.response(body, type));
    }

    /** Every occurrence of {@code field}, as -T fields prints each. */
    private static List<String> values(Packet p, String field) {
        int id = p.registry().lookup(field).id();
        List<String> out = new ArrayList<>();
        for (int e = p.first(id); e >= 0; e = p.next(e)) {
            out.add(FieldFormat.format(p, e));
        }
        return out;
    }

    @Test
    void refusedBodiesGoOnToTheNextDissector() {
        byte[] notJfif = concat(SOI, segment(0xe0, concat(ascii("JFIX\0"), new byte[9])), EOI);
        assertTrue(full(notJfif, "image/jpeg").protocols().endsWith(":http:media"));
        byte[] shortPng = concat(PNG_SIGNATURE, new byte[11]);
        assertTrue(full(shortPng, "image/png").protocols().endsWith(":http:media"));
        assertTrue(full(ascii("GIF90a, not a GIF at all"), "image/gif").protocols().endsWith(":http:media"));
        // no dissector for the media type: HTTP's heuristics find the image by its signature
        byte[] png = concat(PNG_SIGNATURE, ihdr(1, 1, 8, 0), chunk("IEND", new byte[0]));
        Packet p = full(png, "application/x-binary");
        assertTrue(p.protocols().endsWith(":http:png"), p.protocols());
        assertEquals(List.of("IHDR", "IEND"), values(p, "png.chunk.type"));
    }

    @Test
    void exifCameraSoftwareAndPositionAreFields() {
        // IFD0 at 8: Make, Model, Software, DateTime, the GPS IFD pointer; their texts; the GPS IFD
        byte[] strings = ascii("Canon\0EOS R5\0GIMP 2.10\0" + "2023:04:01 10:15:30\0");
        int values = 8 + 2 + 5 * 12 + 4;
        int gps = values + strings.length + 1;
        byte[] ifd0 = ifd(5, concat(entry(0x010f, ASCII, 6, values), entry(0x0110, ASCII, 7, values + 6),
                entry(0x0131, ASCII, 10, values + 13), entry(0x0132, ASCII, 20, values + 23),
                entry(0x8825, LONG, 1, gps)), 0);
        byte[] gpsIfd = ifd(2, concat(entry(1, ASCII, 2, 0x4e000000L), entry(5, 1, 1, 0)), 0);
        byte[] body = concat(SOI, exif(concat(ifd0, strings, new byte[1], gpsIfd)), EOI);
        Packet p = full(body, "image/jpeg");
        assertEquals(List.of("Canon", "EOS R5", "GIMP 2.10", "2023:04:01 10:15:30", "N"),
                values(p, "image-jfif.ifd.value_ascii"));
        assertEquals(List.of("271", "272", "305", "306", "34853"), values(p, "image-jfif.ifd.tag"));
        assertEquals(List.of("1", "5"), values(p, "image-jfif.ifd.tag_gps"));
        assertFalse(p.malformed());
    }

    /** tshark lists a field's occurrences in tree order: IFD0's entries before the Exif IFD's. */
    @Test
    void exifOccurrencesFollowTheTreeWhateverTheSession() {
        int exifAt = 8 + 2 + 2 * 12 + 4;
        byte[] ifd0 = ifd(2, concat(entry(0x8769, LONG, 1, exifAt), entry(0x0112, SHORT, 7, 0)), 0);
        byte[] sub = ifd(1, entry(0x9000, 7, 4, 0x30323331L), 0);
        byte[] body = concat(SOI, exif(concat(ifd0, sub)), EOI);
        // the Exif IFD is read before IFD0's next entry, whose 7 SHORT values lie outside IFD0
        Packet all = full(body, "image/jpeg");
        Packet few = TestCaptures.dissect(Session.needing(List.of("image-jfif.ifd.count")),
                HttpBodyFrames.response(body, "image/jpeg"));
        assertEquals(List.of("1", "7", "4"), values(all, "image-jfif.ifd.count"));
        assertEquals(values(all, "image-jfif.ifd.count"), values(few, "image-jfif.ifd.count"));
    }

    @Test
    void imageCutByTheSnapshotIsShortNotMalformed() {
        byte[] png = concat(PNG_SIGNATURE, ihdr(8, 4, 8, 2), chunk("IDAT", new byte[200]), chunk("IEND", new byte[0]));
        Frame cut = HttpBodyFrames.responseCut(png, "image/png", 200);
        Packet p = TestCaptures.dissect(Session.full(), cut);
        assertTrue(p.shortFrame());
        assertFalse(p.malformed());
        assertEquals(List.of("8"), values(p, "png.ihdr.width"));
        assertEquals(List.of("IHDR"), values(p, "png.chunk.type"));
    }

    /**
     * A segment whose length runs past the image: what the tree reads of it is past a contained
     * bound; without a tree file-jpeg.c skips it and fails later, past the image's own end.
     */
    @Test
    void damagedSegmentsFailAsInTheTreeOrTheSummary() {
        byte[] frame = segment(0xc0, new byte[] {8, 0, 8, 0, 8, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
        byte[] cutInFrameHeader = concat(SOI, jfif(), java.util.Arrays.copyOf(frame, 9));
        Packet tree = full(cutInFrameHeader, "image/jpeg");
        assertTrue(tree.malformed() && tree.containedError());
        Packet noTree = summary(cutInFrameHeader, "image/jpeg");
        assertTrue(noTree.malformed() && !noTree.containedError());
        // an empty segment: only the tree reads its (missing) data
        byte[] empty = concat(SOI, jfif(), segment(0xef, new byte[0]), EOI);
        assertTrue(full(empty, "image/jpeg").malformed());
        assertFalse(summary(empty, "image/jpeg").malformed());
    }

    @Test
    void hostileLengthsCostWhatTheDataHolds() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            // a chunk of 0xffffffff bytes: the finding, and the dissection ends
            byte[] png = concat(PNG_SIGNATURE, ihdr(1, 1, 8, 0), chunk(0xffffffffL, "IDAT", new byte[16], 0));
            Packet p = full(png, "image/png");
            assertEquals(List.of("1"), values(p, "png.chunk_too_large"));
            assertFalse(p.malformed());
            // 65535 entries announced, three there
            byte[] many = concat(SOI, exif(concat(new byte[] {(byte) 0xff, (byte) 0xff},
                    entry(0x010f, ASCII, 4, 0x61626300L), entry(0x010f, ASCII, 4, 0), entry(0x010f, ASCII, 4, 0))), EOI);
            Packet m = full(many, "image/jpeg");
            assertTrue(m.malformed());
            assertEquals(List.of(), values(m, "image-jfif.ifd.tag"));
            // 0xffffffff SHORT values: read until the data ends
            byte[] counted = concat(SOI, exif(concat(ifd(1, entry(0x0112, SHORT, 0xffffffffL, 8), 0),
                    new byte[40])), EOI);
            Packet c = full(counted, "image/jpeg");
            assertTrue(c.malformed());
            assertTrue(values(c, "image-jfif.ifd.value_short").size() <= 30);
            // an IFD whose next IFD is itself, and whose Exif pointer is itself: read twice, no more
            byte[] loop = concat(SOI, exif(ifd(1, entry(0x8769, LONG, 1, 8), 8)), EOI);
            Packet l = full(loop, "image/jpeg");
            assertEquals(List.of("34665"), values(l, "image-jfif.ifd.tag"));
            assertEquals(List.of("34665"), values(l, "image-jfif.ifd.tag_exif"));
            assertEquals(2, values(l, "image-jfif.next_ifd_offset.invalid").size());
        });
    }

    /**
     * IFD0's pointers all at one large Exif IFD make file-jpeg.c read it once per pointer: millions
     * of items from 62 KB. Wireshark stops at a million tree items; so does the tree here, and
     * without a tree the reads cost what they cost there, once each.
     */
    @Test
    void pointersAtOneLargeIfdAreBounded() {
        int pointers = 2600;
        int entries = 2600;
        int exifAt = 8 + 2 + 12 * pointers + 4;
        ByteArrayOutputStream ifd0 = new ByteArrayOutputStream();
        for (int i = 0; i < pointers; i++) {
            ifd0.writeBytes(entry(0x8769, LONG, 1, exifAt));
        }
        ByteArrayOutputStream sub = new ByteArrayOutputStream();
        for (int i = 0; i < entries; i++) {
            sub.writeBytes(entry(0x9000, SHORT, 1, 0x00010000L));
        }
        byte[] body = concat(SOI, exif(concat(ifd(pointers, ifd0.toByteArray(), 0), ifd(entries, sub.toByteArray(), 0))),
                EOI);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Packet tree = full(body, "image/jpeg");
            assertTrue(tree.malformed());
            assertTrue(tree.entryCount() < Items.MAX_ITEMS + 10_000, tree.entryCount() + " entries");
            Packet noTree = summary(body, "image/jpeg");
            assertFalse(noTree.malformed());
        });
    }
}
