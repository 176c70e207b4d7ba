package io.sharkfin.filter.value;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * Byte strings as Wireshark 4.0 writes and reads them in display filters: hex digits in pairs or
 * fours, separated by {@code :}, {@code -} or {@code .}, a lone digit before a separator or at the
 * end standing for one byte ({@code hex_str_to_bytes}), plus the literal rules of
 * {@code byte_array_from_literal} (leading colon, {@code 0xNN}, {@code 0bNNNNNNNN}).
 */
final class ByteStrings {

    private static final HexFormat HEX = HexFormat.of();

    private ByteStrings() {
    }

    /**
     * {@code hex_str_to_bytes}: the bytes, or null when the text is not a byte string. With
     * {@code forceSeparators} a group of two or four digits must be followed by a separator or
     * the end.
     */
    static byte[] hexToBytes(String s, boolean forceSeparators) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int p = 0;
        int n = s.length();
        while (p < n) {
            if (p + 3 < n && isHex(s, p) && isHex(s, p + 1) && isHex(s, p + 2) && isHex(s, p + 3)) {
                out.write(pair(s, p));
                out.write(pair(s, p + 2));
                p = afterGroup(s, p + 4, forceSeparators);
            } else if (p + 1 < n && isHex(s, p) && isHex(s, p + 1)) {
                out.write(pair(s, p));
                p = afterGroup(s, p + 2, forceSeparators);
            } else if (p + 1 < n && isHex(s, p) && isSeparator(s.charAt(p + 1))) {
                out.write(Character.digit(s.charAt(p), 16));
                p += 2;
            } else if (p + 1 == n && isHex(s, p)) {
                out.write(Character.digit(s.charAt(p), 16));
                p++;
            } else {
                return null;
            }
            if (p < 0) {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** Where scanning goes on after a digit group ending at {@code punct}; -1 to fail. */
    private static int afterGroup(String s, int punct, boolean forceSeparators) {
        if (punct < s.length()) {
            if (isSeparator(s.charAt(punct))) {
                return punct + 1;
            }
            if (forceSeparators) {
                return -1;
            }
        }
        return punct;
    }

    /**
     * {@code byte_array_from_literal}: the bytes of a literal, or a {@link ValueException} with
     * 4.0's message (which quotes the text after the prefixes were stripped).
     */
    static byte[] fromLiteral(String text) throws ValueException {
        String s = text.startsWith(":") ? text.substring(1) : text;
        if (s.length() == 4 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            s = s.substring(2);
        }
        if (s.length() == 10 && s.charAt(0) == '0' && (s.charAt(1) == 'b' || s.charAt(1) == 'B')
                && (s.charAt(2) == '0' || s.charAt(2) == '1')) {
            CNumber n = CNumber.strtol(s, 2, 2);
            if (!n.range() && n.end() == s.length() && n.value() >= 0 && n.value() <= 0xff) {
                return new byte[] {(byte) n.value()};
            }
        }
        byte[] bytes = hexToBytes(s, false);
        if (bytes == null) {
            throw new ValueException("\"" + s + "\" is not a valid byte string.");
        }
        return bytes;
    }

    /** {@code byte_array_from_charconst}: one byte, refused above 255. */
    static byte[] fromCharConst(long value) throws ValueException {
        if (value < 0 || value > 0xff) {
            throw new ValueException(
                    Long.toUnsignedString(value) + " is too large for a byte value");
        }
        return new byte[] {(byte) value};
    }

    /** Lower-case hex pairs joined by {@code separator}: {@code 00:e0:81}. */
    static String hex(byte[] bytes, char separator) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(HEX.toHexDigits(bytes[i]));
        }
        return sb.toString();
    }

    /** Lower-case hex digits without separators. */
    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    private static boolean isHex(String s, int i) {
        char c = s.charAt(i);
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == ':' || c == '.';
    }

    private static int pair(String s, int i) {
        return Character.digit(s.charAt(i), 16) * 16 + Character.digit(s.charAt(i + 1), 16);
    }
}
