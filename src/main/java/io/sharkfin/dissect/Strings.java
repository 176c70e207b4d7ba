package io.sharkfin.dissect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;

/** Text decoding as Wireshark does it for string fields: bad bytes become U+FFFD. */
public final class Strings {
    private Strings() {
    }

    /** A C string's text: up to its first NUL, all a C dissector sees of a string with a NUL in it. */
    public static String cString(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /**
     * C's {@code isspace} in the C locale, GLib's {@code g_ascii_isspace}: blank, tab, line feed,
     * vertical tab, form feed, carriage return.
     */
    public static boolean isCSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * The string as C's {@code vsnprintf} or {@code g_strlcpy} leaves it in a buffer of {@code size}
     * bytes with its NUL: a longer one is cut, unmarked, after {@code size - 1} bytes of its UTF-8,
     * a character the cut splits shown as U+FFFD (as Wireshark's output shows invalid UTF-8).
     */
    public static String inBuffer(String s, int size) {
        // a char takes at most three bytes of UTF-8: most strings need no encoding to know
        if (s.length() * 3 < size) {
            return s;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return b.length < size ? s : new String(b, 0, size - 1, StandardCharsets.UTF_8);
    }

    /**
     * The media type of a Content-Type value as Wireshark's HTTP code keeps it: up to the first
     * ';' or white space, A-Z lowered.
     */
    public static String mediaType(String contentType) {
        int end = 0;
        while (end < contentType.length() && contentType.charAt(end) != ';' && !isCSpace(contentType.charAt(end))) {
            end++;
        }
        return asciiLower(contentType.substring(0, end));
    }

    /** GLib's {@code g_ascii_tolower}: only A-Z change. */
    public static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** GLib's {@code g_ascii_strdown} (and wmem_ascii_strdown): only A-Z change. */
    public static String asciiLower(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) < 'A' || s.charAt(i) > 'Z')) {
            i++;
        }
        if (i == s.length()) {
            return s; // most media types and header names come lower-case: nothing to copy
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            sb.append((char) asciiLower(s.charAt(i)));
        }
        return sb.toString();
    }

    /** Each byte above 0x7f becomes U+FFFD (Wireshark's ENC_ASCII). */
    public static String asciiWithReplacement(byte[] raw) {
        char[] out = new char[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] >= 0 ? (char) raw[i] : '\uFFFD';
        }
        return new String(out);
    }

    /** UTF-8 where each invalid sequence becomes U+FFFD (Wireshark's ENC_UTF_8). */
    public static String utf8WithReplacement(byte[] raw) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(raw));
            return cb.toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return asciiWithReplacement(raw);
        }
    }

    /**
     * strutil.c's {@code get_token_len}: the length of a line's first token, which ends at a
     * blank, a CR or an LF (a line that starts with a blank has an empty one).
     */
    public static int tokenLength(byte[] line) {
        int n = 0;
        while (n < line.length && line[n] != ' ' && line[n] != '\r' && line[n] != '\n') {
            n++;
        }
        return n;
    }

    /** Where the next token starts after {@code from}: past the blanks there ({@code get_token_len}'s next_token). */
    public static int skipBlanks(byte[] line, int from) {
        int i = from;
        while (i < line.length && line[i] == ' ') {
            i++;
        }
        return i;
    }

    /** A C string read with ENC_ASCII: bytes past 0x7f as U+FFFD, up to the first NUL. */
    public static String asciiCString(byte[] raw) {
        return cString(asciiWithReplacement(raw));
    }

    /** Wireshark's {@code format_text} over the bytes of the wire: UTF-8 (bad sequences U+FFFD), escaped. */
    public static String formatText(byte[] raw) {
        return formatText(utf8WithReplacement(raw));
    }

    /**
     * Wireshark's {@code format_text}: printable characters as themselves, ASCII controls as C
     * escapes ({@code \r}, {@code \n}, octal for the rest), other non-printable characters as
     * {@code \}{@code uXXXX}, as the protocol tree shows text.
     */
    public static String formatText(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x20 && cp < 0x7f) {
                sb.append((char) cp);
            } else if (cp < 0x80) {
                sb.append('\\');
                switch (cp) {
                    case 0x07 -> sb.append('a');
                    case '\b' -> sb.append('b');
                    case '\f' -> sb.append('f');
                    case '\n' -> sb.append('n');
                    case '\r' -> sb.append('r');
                    case '\t' -> sb.append('t');
                    case 0x0b -> sb.append('v');
                    default -> sb.append((char) ('0' + ((cp >> 6) & 3))).append((char) ('0' + ((cp >> 3) & 7)))
                            .append((char) ('0' + (cp & 7)));
                }
            } else {
                int type = Character.getType(cp);
                if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                        || type == Character.SURROGATE) {
                    sb.append(cp <= 0xffff ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp));
                } else {
                    sb.appendCodePoint(cp);
                }
            }
        }
        return sb.toString();
    }

    /**
     * C's {@code strncmp(s, word, n) == 0} as dissectors compare a token with a keyword: {@code s}
     * a C string of {@code length} bytes read through {@code byteAt} (a NUL after them), so that a
     * token shorter than the keyword matches its start ("P" is "PORT" to packet-ftp.c).
     */
    public static boolean strncmpEquals(IntUnaryOperator byteAt, int length, String word, int n) {
        for (int i = 0; i < n; i++) {
            int a = i < length ? byteAt.applyAsInt(i) & 0xff : 0;
            int b = i < word.length() ? word.charAt(i) : 0;
            if (a != b) {
                return false;
            }
            if (a == 0) {
                return true;
            }
        }
        return true;
    }

    /**
     * {@code g_ascii_strncasecmp(bytes, word, n) == 0}: {@link #strncmpEquals} with A-Z folded
     * ({@code g_ascii_tolower}).
     */
    public static boolean strncaseEquals(IntUnaryOperator byteAt, int length, String word, int n) {
        for (int i = 0; i < n; i++) {
            int a = i < length ? asciiLower(byteAt.applyAsInt(i) & 0xff) : 0;
            int b = i < word.length() ? asciiLower(word.charAt(i)) : 0;
            if (a != b) {
                return false;
            }
            if (a == 0) {
                return true;
            }
        }
        return true;
    }
}
