package io.sharkfin.dissect.protocol.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Image bytes for the tests: PNG chunks, JPEG segments and Exif IFDs, written out as the formats lay them. */
final class ImageBytes {
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    static final byte[] SOI = {(byte) 0xff, (byte) 0xd8};
    static final byte[] EOI = {(byte) 0xff, (byte) 0xd9};

    private ImageBytes() {
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PNG chunk with its length and CRC. */
    static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return chunk(data.length, type, data, (int) crc.getValue());
    }

    /** A PNG chunk whose length field and CRC say what they are told. */
    static byte[] chunk(long length, String type, byte[] data, int crc) {
        return ByteBuffer.allocate(12 + data.length).putInt((int) length).put(ascii(type)).put(data).putInt(crc)
                .array();
    }

    static byte[] ihdr(int width, int height, int depth, int colour) {
        return chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) depth)
                .put((byte) colour).put(new byte[3]).array());
    }

    /** A JPEG marker segment: FF, the marker, a length counting itself, the body. */
    static byte[] segment(int marker, byte[] body) {
        return ByteBuffer.allocate(4 + body.length).put((byte) 0xff).put((byte) marker)
                .putShort((short) (2 + body.length)).put(body).array();
    }

    /** An APP0 JFIF 1.1 segment, 72 dots per inch, no thumbnail. */
    static byte[] jfif() {
        return segment(0xe0, concat(ascii("JFIF\0"), new byte[] {1, 1, 1, 0, 72, 0, 72, 0, 0}));
    }

    /** An APP1 Exif segment around big-endian TIFF data whose first IFD is at 8. */
    static byte[] exif(byte[] ifds) {
        return segment(0xe1, concat(ascii("Exif\0\0"), ascii("MM\0*"), new byte[] {0, 0, 0, 8}, ifds));
    }

    /** A big-endian IFD entry whose value (or its offset) is {@code value}. */
    static byte[] entry(int tag, int type, long count, long value) {
        return ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN).putShort((short) tag).putShort((short) type)
                .putInt((int) count).putInt((int) value).array();
    }

    /** A big-endian IFD: the entry count, the entries, the next IFD's offset. */
    static byte[] ifd(int count, byte[] entries, long next) {
        return concat(ByteBuffer.allocate(2).putShort((short) count).array(), entries,
                ByteBuffer.allocate(4).putInt((int) next).array());
    }
}
