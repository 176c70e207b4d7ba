package io.sharkfin.dissect.protocol.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * packet-json.c's {@code json_string_unescape}, as it behaves: the escapes JSON defines, a
 * surrogate pair joined, a lone or broken surrogate as U+FFFD, an escaped character that is not
 * printable left out, a {@code \}{@code u} escape that ends the string left out too (the copy stops
 * at the string's end), a byte no UTF-8 sequence starts with (0xFE, 0xFF) ending the text. The
 * result is a C string: it ends at its first NUL.
 */
final class JsonStrings {
    private JsonStrings() {
    }

    /** The text of {@code len} bytes at {@code off}, escapes undone. */
    static byte[] unescape(byte[] doc, int off, int len) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(len);
        int end = Math.min(doc.length, off + len);
        int i = off;
        while (i < end) {
            int c = doc[i] & 0xff;
            if (c != '\\') {
                int n = utf8Length(c);
                if (n <= 0) {
                    break;
                }
                for (int k = 0; k < n && i < end; k++) {
                    out.write(doc[i++]);
                }
                continue;
            }
            i++;
            if (i >= end) {
                break;
            }
            c = doc[i] & 0xff;
            switch (c) {
                case '"', '\\', '/' -> {
                    out.write(c);
                    i++;
                }
                case 'b' -> {
                    out.write('\b');
                    i++;
                }
                case 'f' -> {
                    out.write('\f');
                    i++;
                }
                case 'n' -> {
                    out.write('\n');
                    i++;
                }
                case 'r' -> {
                    out.write('\r');
                    i++;
                }
                case 't' -> {
                    out.write('\t');
                    i++;
                }
                case 'u' -> i = codePoint(doc, i + 1, end, out);
                default -> {
                    // the grammar allows no other escape, but skips blanks after a backslash:
                    // Wireshark stops there with a dissector bug, sharkfin with the text so far
                    return cString(out.toByteArray());
                }
            }
        }
        return cString(out.toByteArray());
    }

    /** A {@code \}{@code u} escape's four hex digits (and a trail surrogate's) from {@code i}; the offset after them. */
    private static int codePoint(byte[] doc, int i, int end, ByteArrayOutputStream out) {
        int[] at = {i};
        int cp = hex4(doc, at, end);
        boolean valid = cp >= 0;
        i = at[0];
        if (valid && Character.isHighSurrogate((char) cp)) {
            if (i >= end) {
                return i;
            }
            if (doc[i] != '\\') {
                out.writeBytes(REPLACEMENT); // the byte after a lone lead surrogate is passed over
                return i + 1;
            }
            i++;
            if (i >= end) {
                return i;
            }
            if (doc[i] != 'u') {
                out.writeBytes(REPLACEMENT);
                return i + 1;
            }
            at[0] = i + 1;
            int trail = hex4(doc, at, end);
            i = at[0];
            if (trail >= 0 && Character.isLowSurrogate((char) trail)) {
                cp = Character.toCodePoint((char) cp, (char) trail);
            } else {
                valid = false;
            }
        } else if (valid && Character.isLowSurrogate((char) cp)) {
            valid = false;
        }
        if (!valid) {
            out.writeBytes(REPLACEMENT);
        } else if (printable(cp)) {
            byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            // each byte only while the string goes on: an escape that ends it adds nothing
            for (int k = 0; k < b.length && i < end; k++) {
                out.write(b[k]);
            }
        }
        return i;
    }

    private static final byte[] REPLACEMENT = "\ufffd".getBytes(StandardCharsets.UTF_8);

    /** Four hex digits from {@code at[0]} (moved past what was read), or -1 when one is missing or not hex. */
    private static int hex4(byte[] doc, int[] at, int end) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            if (at[0] >= end) {
                return -1;
            }
            int d = Character.digit(doc[at[0]++] & 0xff, 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** GLib's g_unichar_isprint: anything but control, format, unassigned and surrogate characters. */
    private static boolean printable(int cp) {
        int t = Character.getType(cp);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.UNASSIGNED && t != Character.SURROGATE;
    }

    /** wsutil's ws_utf8_char_len: how many bytes a sequence starting with {@code c} has, -1 for none. */
    private static int utf8Length(int c) {
        if (c >= 0xfe) {
            return -1;
        }
        if (c >= 0xfc) {
            return 6;
        }
        if (c >= 0xf8) {
            return 5;
        }
        if (c >= 0xf0) {
            return 4;
        }
        if (c >= 0xe0) {
            return 3;
        }
        return c >= 0xc0 ? 2 : 1;
    }

    private static byte[] cString(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return java.util.Arrays.copyOf(b, i);
            }
        }
        return b;
    }
}
