package io.sharkfin.filter.value;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte strings as Wireshark 4.0's C code sees and prints them. */
final class StringEscapes {

    private StringEscapes() {
    }

    /**
     * {@code ws_escape_string(..., add_quotes)}: the bytes in double quotes with backslash
     * escapes for {@code \\ " NUL BEL BS FF LF CR TAB VT}; every other byte passes through.
     */
    static String quote(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 2);
        out.write('"');
        for (byte b : bytes) {
            int r = switch (b) {
                case 7 -> 'a';
                case 8 -> 'b';
                case 12 -> 'f';
                case 10 -> 'n';
                case 13 -> 'r';
                case 9 -> 't';
                case 11 -> 'v';
                case '"' -> '"';
                case '\\' -> '\\';
                case 0 -> '0';
                default -> -1;
            };
            if (r >= 0) {
                out.write('\\');
                out.write(r);
            } else {
                out.write(b);
            }
        }
        out.write('"');
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The text a C function receiving these bytes as a NUL-terminated string sees: everything
     * before the first NUL, decoded as UTF-8.
     */
    static String cString(byte[] bytes) {
        int n = 0;
        while (n < bytes.length && bytes[n] != 0) {
            n++;
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }
}
