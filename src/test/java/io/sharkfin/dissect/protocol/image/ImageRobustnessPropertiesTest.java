package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.protocol.HttpBodyFrames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Duration;
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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile images: random bytes after each format's signature, soups of the pieces each dissector
 * acts on (PNG chunks with lying lengths, JPEG markers, stuffed and fill bytes and segments,
 * Exif IFDs with pointers, counts and offsets anywhere, GIF blocks and extensions), and real-shaped
 * images with bytes overwritten or cut off. Whatever comes in, no exception escapes, nothing
 * loops (each body is done within seconds), the items stay proportional to the body, the tree can
 * be drawn, and a session that wants a few image fields sees what a full session sees of them.
 */
class ImageRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("png.chunk.type", "png.text.keyword", "image-gif.data_block",
            "image-gif.version", "image-jfif.identifier", "image-jfif.ifd.value_ascii", "image-jfif.comment",
            "image-jfif.remain_seg_data");
    private static final String[] TYPES = {"image/png", "image/gif", "image/jpeg"};
    private static final byte[] GIF89 = ascii("GIF89a\u0004\u0000\u0004\u0000\u00f1\u0000\u0031");

    @Property(tries = 300)
    void randomBytesAfterASignatureNeverEscape(@ForAll @Size(max = 600) byte[] rest,
                                               @ForAll @IntRange(max = 3) int kind) {
        byte[] head = switch (kind) {
            case 0 -> PNG_SIGNATURE;
            case 1 -> GIF89;
            case 2 -> concat(SOI, jfif());
            default -> concat(SOI, segment(0xe1, ascii("Exif\0\0MM\0*\0\0\0\u0008")));
        };
        check(concat(head, rest), TYPES[Math.min(kind, 2)]);
    }

    @Property(tries = 800)
    void pngSoupsNeverEscape(@ForAll("pngPieces") List<byte[]> pieces) {
        check(concat(PNG_SIGNATURE, concat(pieces.toArray(byte[][]::new))), "image/png");
    }

    @Property(tries = 800)
    void jpegSoupsNeverEscape(@ForAll("jpegPieces") List<byte[]> pieces, @ForAll boolean exifFirst) {
        byte[] first = exifFirst ? exif(concat(pieces.toArray(byte[][]::new))) : jfif();
        check(concat(SOI, first, concat(pieces.toArray(byte[][]::new)), EOI), "image/jpeg");
    }

    @Property(tries = 800)
    void gifSoupsNeverEscape(@ForAll("gifPieces") List<byte[]> pieces) {
        check(concat(GIF89, concat(pieces.toArray(byte[][]::new))), "image/gif");
    }

    @Property(tries = 600)
    void damagedImagesNeverEscape(@ForAll @IntRange(max = 2) int kind, @ForAll("damage") int[] damage) {
        byte[] image = switch (kind) {
            case 0 -> concat(PNG_SIGNATURE, ihdr(4, 4, 8, 3), chunk("PLTE", new byte[12]),
                    chunk("tEXt", ascii("Title\0x")), chunk("tIME", new byte[7]), chunk("cHRM", new byte[32]),
                    chunk("IDAT", new byte[30]), chunk("IEND", new byte[0]));
            case 1 -> concat(GIF89, new byte[6], ascii("!\u00f9\u0004\u0001\u0002\u0003\u0004\u0000,"),
                    new byte[8], new byte[] {(byte) 0x80}, new byte[6], new byte[] {2, 3, 1, 2, 3, 0, ';'});
            default -> concat(SOI, exif(concat(ifd(3, concat(entry(0x010f, 2, 6, 50), entry(0x8769, 4, 1, 56),
                    entry(0x011a, 5, 2, 80)), 0), ascii("Canon\0"), ifd(1, entry(0x829a, 10, 1, 80), 0),
                    new byte[16])), segment(0xfe, ascii("comment")), segment(0xc0, new byte[15]),
                    segment(0xda, new byte[10]), new byte[] {1, (byte) 0xff, 0, 2, (byte) 0xff, (byte) 0xd0}, EOI);
        };
        byte[] body = image.clone();
        for (int i = 0; i + 1 < damage.length; i += 2) {
            body[Math.floorMod(damage[i], body.length)] = (byte) damage[i + 1];
        }
        int keep = damage.length % 2 == 1 ? Math.floorMod(damage[damage.length - 1], body.length + 1) : body.length;
        check(java.util.Arrays.copyOf(body, Math.max(keep, 0)), TYPES[kind]);
    }

    @Provide
    Arbitrary<int[]> damage() {
        return Arbitraries.integers().between(0, 1 << 16).array(int[].class).ofMaxSize(9);
    }

    @Provide
    Arbitrary<List<byte[]>> pngPieces() {
        Arbitrary<byte[]> lying = Combinators.combine(Arbitraries.of(0L, 1L, 7L, 13L, 0x7ffffff3L, 0x7fffffffL,
                        0x80000000L, 0xfffffff3L, 0xffffffffL),
                Arbitraries.of("IHDR", "tEXt", "tIME", "pHYs", "bKGD", "cHRM", "gAMA", "sRGB", "IDAT", "zz\u0000\u00ff"),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20))
                .as((len, type, data) -> chunk(len, type, data, 0));
        Arbitrary<byte[]> honest = Combinators.combine(
                Arbitraries.of("IHDR", "tEXt", "tIME", "pHYs", "bKGD", "cHRM", "gAMA", "sRGB", "IEND"),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40)).as(ImageBytes::chunk);
        return Arbitraries.oneOf(lying, honest, Arbitraries.bytes().array(byte[].class).ofMaxSize(5))
                .list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<byte[]>> jpegPieces() {
        Arbitrary<byte[]> markers = Arbitraries.of(new byte[] {(byte) 0xff, (byte) 0xd9},
                new byte[] {(byte) 0xff, 0}, new byte[] {(byte) 0xff, (byte) 0xff}, new byte[] {(byte) 0xff, 1},
                new byte[] {(byte) 0xff, 2}, new byte[] {(byte) 0xff, (byte) 0xd3}, new byte[] {(byte) 0xff});
        Arbitrary<byte[]> segments = Combinators.combine(
                Arbitraries.of(0xe0, 0xe1, 0xe2, 0xc0, 0xc2, 0xc4, 0xda, 0xdb, 0xfe, 0xef),
                Arbitraries.of(ascii("JFIF\0"), ascii("JFXX\0"), ascii("Exif\0\0II*\0"), ascii("Exif\0\0MM\0*"),
                        ascii("FPXR\0"), ascii("ICC"), new byte[0], new byte[] {3, 1, 0x22, 0}),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(24))
                .as((m, head, rest) -> segment(m, concat(head, rest)));
        Arbitrary<byte[]> entries = Combinators.combine(
                Arbitraries.of(0x010f, 0x0110, 0x8769, 0x8825, 0xa005, 0x0002, 0x9000),
                Arbitraries.integers().between(0, 12),
                Arbitraries.of(0L, 1L, 2L, 5L, 0xffffL, 0x7fffffffL, 0xffffffffL),
                Arbitraries.of(0L, 8L, 14L, 30L, 0x7fffffffL, 0xffffffeeL, 0xffffffffL))
                .as(ImageBytes::entry);
        Arbitrary<byte[]> ifds = Combinators.combine(Arbitraries.of(0, 1, 2, 3, 0xffff),
                entries.list().ofMaxSize(3), Arbitraries.of(0L, 8L, 20L, 0xfffffff0L))
                .as((n, es, next) -> ifd(n, concat(es.toArray(byte[][]::new)), next));
        return Arbitraries.oneOf(markers, segments, entries, ifds, Arbitraries.bytes().array(byte[].class).ofMaxSize(6))
                .list().ofMaxSize(14);
    }

    @Provide
    Arbitrary<List<byte[]>> gifPieces() {
        Arbitrary<byte[]> blocks = Arbitraries.bytes().array(byte[].class).ofMaxSize(8)
                .map(b -> concat(new byte[] {(byte) b.length}, b));
        return Arbitraries.oneOf(blocks,
                Arbitraries.of(ascii("!\u00f9"), ascii("!\u00fe"), ascii("!\u00ff"), ascii("!\u0099"), ascii(","),
                        ascii(";"), new byte[] {0}, new byte[] {(byte) 0x87}, new byte[] {(byte) 0xff}),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(9))
                .list().ofMaxSize(30);
    }

    private static void check(byte[] body, String type) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> HttpBodyFrames.checkBody(body, type, FEW, 64));
    }
}
