package io.sharkfin.filter.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Escape sequences of quoted strings and character constants, with Wireshark 4.0's rules
 * ({@code append_escaped_char}, {@code parse_universal_character_name} in scanner.l).
 */
final class StringEscapes {

    private StringEscapes() {
    }

    /** The byte a one-character escape ({@code \n}, {@code \"}, ...) stands for, or -1. */
    static int simpleEscape(int c) {
        return switch (c) {
            case 'a' -> 0x07;
            case 'b' -> 0x08;
            case 'f' -> 0x0c;
            case 'n' -> 0x0a;
            case 'r' -> 0x0d;
            case 't' -> 0x09;
            case 'v' -> 0x0b;
            case '\\', '\'', '"' -> c;
            default -> -1;
        };
    }

    /**
     * The code point of a universal character name starting at {@code s[from]} (backslash, {@code u} and 4 hex digits,
     * or {@code \UXXXXXXXX}), or -1 when 4.0 rejects it: fewer than 4 (8) hex digits, a code point
     * below U+00A0 other than {@code $ @ `} (4.0 refuses ASCII here), a surrogate, or beyond
     * U+10FFFF. Like C's {@code strtoull}, every hex digit that follows is read, not only 4 (8).
     *
     * @param end receives the index after the digits read (may be null)
     */
    static long universalCharacterName(byte[] s, int from, int[] end) {
        if (at(s, from) != '\\') {
            return -1;
        }
        int ndigits;
        if (at(s, from + 1) == 'u') {
            ndigits = 4;
        } else if (at(s, from + 1) == 'U') {
            ndigits = 8;
        } else {
            return -1;
        }
        for (int i = from + 2; i < from + 2 + ndigits; i++) {
            if (hexValue(at(s, i)) < 0) {
                return -1;
            }
        }
        long val = 0;
        int pos = from + 2;
        while (hexValue(at(s, pos)) >= 0) {
            val = val * 16 + hexValue(at(s, pos));
            if (val > 0xFFFFFFFFL) {
                return -1; // also covers strtoull's overflow
            }
            pos++;
        }
        if (val < 0xA0 && val != 0x24 && val != 0x40 && val != 0x60) {
            return -1;
        }
        if ((val >= 0xD800 && val <= 0xDFFF) || val > 0x10FFFF) {
            return -1;
        }
        if (end != null) {
            end[0] = pos;
        }
        return val;
    }

    /** The byte at {@code i}, or 0 past the end (C's terminating NUL). */
    static int at(byte[] s, int i) {
        return i < s.length ? s[i] & 0xff : 0;
    }

    static int hexValue(int c) {
        return HexFormat.isHexDigit(c) ? HexFormat.fromHexDigit(c) : -1;
    }

    /** Appends a code point in UTF-8. */
    static void appendUtf8(ByteArrayOutputStream out, int codePoint) {
        out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The token text Wireshark gives a string ({@code ws_escape_string} with quotes): control
     * characters, backslash and double quote escaped, other bytes as they are.
     */
    static String displayText(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 2);
        out.write('"');
        for (byte b : value) {
            int e = switch (b) {
                case 0x07 -> 'a';
                case 0x08 -> 'b';
                case 0x0c -> 'f';
                case 0x0a -> 'n';
                case 0x0d -> 'r';
                case 0x09 -> 't';
                case 0x0b -> 'v';
                case '"' -> '"';
                case '\\' -> '\\';
                case 0 -> '0';
                default -> -1;
            };
            if (e >= 0) {
                out.write('\\');
                out.write(e);
            } else {
                out.write(b);
            }
        }
        out.write('"');
        return out.toString(StandardCharsets.UTF_8);
    }
}
