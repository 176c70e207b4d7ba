package io.sharkfin.filter.value;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The scanner's part of a right-hand side, as far as the value tests need it: the bytes of a
 * quoted string after Wireshark 4.0's escapes and the number of a character constant. Returns
 * null for tokens the scanner itself would reject (those are not value errors).
 */
final class FilterTokens {

    private FilterTokens() {
    }

    /** {@code "..."} or {@code r"..."} to bytes; null if malformed. */
    static byte[] string(String token) {
        boolean raw = token.startsWith("r\"") || token.startsWith("R\"");
        String body = token.substring(raw ? 2 : 1);
        if (!body.endsWith("\"") || body.isEmpty()) {
            return null;
        }
        body = body.substring(0, body.length() - 1);
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        if (raw) {
            return body.replace("\\\"", "").contains("\"") ? null : utf8;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b == '"') {
                return null; // the string ended before the token did
            }
            if (b != '\\') {
                out.write(b);
                continue;
            }
            if (++i >= utf8.length) {
                return null;
            }
            char c = (char) utf8[i];
            int simple = simpleEscape(c);
            if (simple >= 0) {
                out.write(simple);
            } else if (c == 'x') {
                int v = 0;
                int n = 0;
                while (n < 2 && i + 1 < utf8.length && Character.digit(utf8[i + 1], 16) >= 0) {
                    v = v * 16 + Character.digit(utf8[++i], 16);
                    n++;
                }
                if (n == 0) {
                    return null;
                }
                out.write(v);
            } else if (c >= '0' && c <= '7') {
                int v = c - '0';
                int n = 1;
                while (n < 3 && i + 1 < utf8.length && utf8[i + 1] >= '0' && utf8[i + 1] <= '7') {
                    v = v * 8 + (utf8[++i] - '0');
                    n++;
                }
                if (v > 255) {
                    return null;
                }
                out.write(v);
            } else {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** {@code 'c'} to its value; null if not exactly one (escaped) character. */
    static Long charConst(String token) {
        if (token.length() < 3 || token.charAt(0) != '\'' || !token.endsWith("'")) {
            return null;
        }
        String body = token.substring(1, token.length() - 1);
        if (body.length() == 1 && body.charAt(0) != '\\') {
            return (long) body.charAt(0);
        }
        if (body.length() < 2 || body.charAt(0) != '\\') {
            return null;
        }
        char c = body.charAt(1);
        if (body.length() == 2 && c != 'n') {
            int simple = simpleEscape(c);
            if (simple >= 0) {
                return (long) simple;
            }
        }
        try {
            if (c == 'x' && body.length() <= 4 && body.length() > 2) {
                return Long.parseLong(body.substring(2), 16);
            }
            if (c >= '0' && c <= '7' && body.length() <= 4) {
                long v = Long.parseLong(body.substring(1), 8);
                return v > 255 ? null : v;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int simpleEscape(char c) {
        return switch (c) {
            case '\\' -> '\\';
            case '"' -> '"';
            case '\'' -> '\'';
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '0' -> -1;
            default -> -1;
        };
    }
}
