package io.sharkfin.dissect.protocol.image;

import io.sharkfin.dissect.Packet;

/**
 * The byte comparisons the image dissectors make before taking a body, as {@code tvb_memeql} and
 * {@code tvb_strneql} make them: bytes that are not there compare unequal, and nothing throws, so
 * that a body refused stays free for HTTP's next dissector.
 */
final class Signatures {
    private Signatures() {
    }

    /** Whether the bytes at {@code off} are {@code magic}. */
    static boolean matches(Packet p, int buf, int off, byte[] magic) {
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

    /** Whether the bytes at {@code off} are the characters of {@code s}. */
    static boolean ascii(Packet p, int buf, int off, String s) {
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
