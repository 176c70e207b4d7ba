package io.sharkfin.cli.output.summary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Wireshark's {@code format_text}: text from the wire made printable for a column. ASCII control
 * characters become C escapes (backslash and r, t, ... or three octal digits), other unprintable
 * characters a backslash, u and four hex digits; bytes that are not UTF-8 become the replacement character.
 */
final class FormatText {

    private FormatText() {
    }

    static String of(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int ch = s.codePointAt(i);
            i += Character.charCount(ch);
            switch (ch) {
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x0b -> sb.append("\\v");
                default -> {
                    if (ch < 0x80 && (ch < 0x20 || ch == 0x7f)) {
                        sb.append('\\').append(String.format("%03o", ch));
                    } else if (ch >= 0x80 && !printable(ch)) {
                        sb.append(String.format(ch <= 0xffff ? "\\" + "u%04x" : "\\" + "U%08x", ch));
                    } else {
                        sb.appendCodePoint(ch);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** GLib's {@code g_unichar_isprint}: not a control, format, unassigned or surrogate code point. */
    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.SURROGATE;
    }
}
