package io.sharkfin.dissect.protocol.dns;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable UTF-8 text buffer for the strings the DNS dissector builds (names, CAA values), with
 * Wireshark's {@code format_text}: printable characters as themselves, other ASCII as C escapes
 * ({@code \t}, {@code \000}), other non-printable characters as {@code \}{@code uXXXX}, broken
 * UTF-8 as U+FFFD.
 */
final class DnsText {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int REPLACEMENT = 0xFFFD;

    private byte[] data = new byte[300];
    private int length;

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    byte byteAt(int i) {
        return data[i];
    }

    /** The text as a new array (what a field entry keeps). */
    byte[] bytes() {
        return Arrays.copyOf(data, length);
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive) as a new array. */
    byte[] bytes(int from, int to) {
        return Arrays.copyOfRange(data, from, to);
    }

    @Override
    public String toString() {
        return new String(data, 0, length, StandardCharsets.UTF_8);
    }

    void append(int b) {
        ensure(1);
        data[length++] = (byte) b;
    }

    void appendAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    /** Appends the UTF-8 encoding of a code point (up to the old 6-byte forms, as glib does). */
    void appendCodePoint(int cp) {
        if (cp < 0x80) {
            append(cp);
            return;
        }
        int n;
        int first;
        if (cp < 0x800) {
            n = 2;
            first = 0xc0;
        } else if (cp < 0x10000) {
            n = 3;
            first = 0xe0;
        } else if (cp < 0x200000) {
            n = 4;
            first = 0xf0;
        } else if (cp < 0x4000000) {
            n = 5;
            first = 0xf8;
        } else {
            n = 6;
            first = 0xfc;
        }
        ensure(n);
        for (int i = n - 1; i > 0; i--) {
            data[length + i] = (byte) ((cp & 0x3f) | 0x80);
            cp >>>= 6;
        }
        data[length] = (byte) (cp | first);
        length += n;
    }

    /** Appends {@code n} bytes of {@code src} from {@code off} as Wireshark's format_text shows them. */
    void appendFormatted(byte[] src, int off, int n) {
        int end = off + n;
        int i = off;
        while (i < end) {
            int c = src[i++] & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                append(c);
            } else if (c < 0x80) {
                appendEscape(c);
            } else {
                int trail;
                int cp;
                if ((c & 0xe0) == 0xc0) {
                    trail = 1;
                    cp = c & 0x1f;
                } else if ((c & 0xf0) == 0xe0) {
                    trail = 2;
                    cp = c & 0x0f;
                } else if ((c & 0xf8) == 0xf0) {
                    trail = 3;
                    cp = c & 0x07;
                } else if ((c & 0xfc) == 0xf8) {
                    trail = 4;
                    cp = c & 0x03;
                } else if ((c & 0xfe) == 0xfc) {
                    trail = 5;
                    cp = c & 0x01;
                } else {
                    trail = -1;
                    cp = REPLACEMENT;
                }
                for (int k = 0; k < trail; k++) {
                    if (i >= end) {
                        cp = REPLACEMENT;
                        break;
                    }
                    int t = src[i] & 0xff;
                    if ((t & 0xc0) != 0x80) {
                        cp = REPLACEMENT; // the byte starts the next character
                        break;
                    }
                    i++;
                    cp = (cp << 6) | (t & 0x3f);
                }
                if (trail > 0 && !valid(cp)) {
                    cp = REPLACEMENT;
                }
                if (printable(cp)) {
                    appendCodePoint(cp);
                } else {
                    appendUnicodeEscape(cp);
                }
            }
        }
    }

    private void appendEscape(int c) {
        append('\\');
        switch (c) {
            case 0x07 -> append('a');
            case '\b' -> append('b');
            case '\f' -> append('f');
            case '\n' -> append('n');
            case '\r' -> append('r');
            case '\t' -> append('t');
            case 0x0b -> append('v');
            default -> {
                append('0' + ((c >> 6) & 3));
                append('0' + ((c >> 3) & 7));
                append('0' + (c & 7));
            }
        }
    }

    private void appendUnicodeEscape(int cp) {
        append('\\');
        int digits;
        if (cp <= 0xffff) {
            append('u');
            digits = 4;
        } else {
            append('U');
            digits = 8;
        }
        for (int k = digits - 1; k >= 0; k--) {
            append(HEX[(cp >>> (4 * k)) & 0xf]);
        }
    }

    /** glib's g_unichar_validate. */
    private static boolean valid(int cp) {
        return cp >= 0 && cp < 0x110000 && (cp & 0xfffff800) != 0xd800;
    }

    /** glib's g_unichar_isprint: anything but control, format, unassigned and surrogate. */
    private static boolean printable(int cp) {
        if (!valid(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT
                && type != Character.UNASSIGNED && type != Character.SURROGATE;
    }

    private void ensure(int n) {
        if (length + n > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + n));
        }
    }
}
