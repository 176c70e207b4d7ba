package io.sharkfin.dissect.protocol.http.media;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.FieldlessDissector;

/**
 * PNG, GIF and JPEG/JFIF bodies, as protocol layers: the signature is checked as Wireshark's
 * dissectors check it (a body of under 20 bytes or with another signature is refused, so that
 * HTTP tries the next dissector), the image structure is not dissected into fields. The same
 * checks make them HTTP's body heuristics.
 */
public final class ImageDissector extends FieldlessDissector {
    /** Which image format. */
    public enum Kind {
        PNG(FieldSpec.protocol("png", "Portable Network Graphics"), "PNG"),
        GIF(FieldSpec.protocol("image-gif", "Compuserve GIF"), "GIF image"),
        JFIF(FieldSpec.protocol("image-jfif", "JPEG File Interchange Format"), "JFIF (JPEG) image");

        private final FieldSpec protocol;
        private final String shortName;

        Kind(FieldSpec protocol, String shortName) {
            this.protocol = protocol;
            this.shortName = shortName;
        }
    }

    private static final byte[] PNG_MAGIC = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private final Kind kind;

    public ImageDissector(Kind kind) {
        super(kind.protocol, kind.shortName);
        this.kind = kind;
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        int captured = Math.max(0, Math.min(length, p.bufferLength(buf) - offset));
        boolean mine = switch (kind) {
            case PNG -> captured >= 20 && matches(p, buf, offset, PNG_MAGIC);
            case GIF -> length >= 20 && (ascii(p, buf, offset, "GIF87a") || ascii(p, buf, offset, "GIF89a"));
            case JFIF -> length >= 20 && p.u16(buf, offset) == 0xffd8
                    && (ascii(p, buf, offset + 6, "Exif\0") || ascii(p, buf, offset + 6, "JFIF\0"));
        };
        if (mine && kind == Kind.GIF && p.protocolItem() >= 0) {
            // "Compuserve GIF, Version: GIF89a"
            p.setLabel(p.protocolItem(), kind.protocol.title() + ", Version: "
                    + (p.u8(buf, offset + 4) == '7' ? "GIF87a" : "GIF89a"));
        }
        return mine ? Math.max(1, captured) : 0;
    }

    private static boolean matches(Packet p, int buf, int off, byte[] magic) {
        if (!p.available(buf, off, magic.length)) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (p.u8(buf, off + i) != (magic[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(Packet p, int buf, int off, String s) {
        if (!p.available(buf, off, s.length())) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (p.u8(buf, off + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
