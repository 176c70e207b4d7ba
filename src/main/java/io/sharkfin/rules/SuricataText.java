package io.sharkfin.rules;

import java.nio.charset.StandardCharsets;

/** Escaping for Suricata rule text. */
final class SuricataText {
    private SuricataText() {
    }

    /**
     * A content string: printable ASCII as is, except the characters Suricata reserves
     * ({@code " ; \ |}), which go, like every other byte, into {@code |hh|} hex.
     */
    static String content(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        boolean inHex = false;
        for (byte x : b) {
            int c = x & 0xff;
            boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != ';' && c != '\\' && c != '|';
            if (plain) {
                if (inHex) {
                    sb.append('|');
                    inHex = false;
                }
                sb.append((char) c);
            } else {
                sb.append(inHex ? " " : "|").append(String.format("%02x", c));
                inHex = true;
            }
        }
        if (inHex) {
            sb.append('|');
        }
        return sb.toString();
    }

    /**
     * A regular expression for {@code pcre:"/.../"}: the delimiter escaped, and the quote and
     * semicolon (which end the option) written as regex hex escapes.
     */
    static String pcre(String regex) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char n = regex.charAt(i + 1);
                if (n == ';') {
                    sb.append("\\x3b");
                } else if (n == '"') {
                    sb.append("\\x22");
                } else {
                    sb.append(c).append(n);
                }
                i++;
                continue;
            }
            switch (c) {
                case '/' -> sb.append("\\/");
                case '"' -> sb.append("\\x22");
                case ';' -> sb.append("\\x3b");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A msg text: no quotes or semicolons. */
    static String msg(String s) {
        return s.replace('"', '\'').replace(';', ',').replace('\\', '/');
    }

    /** A metadata value: one word. */
    static String word(String s) {
        return s.replaceAll("[^A-Za-z0-9._/-]", "_");
    }
}
