package io.sharkfin.cli.output;

import java.util.List;
import java.util.Map;

/**
 * Minimal JSON writing for outputs made of maps, lists and strings, escaped as tshark's JSON
 * output escapes them (the CLI's -T json/ek and the NDJSON alerts of {@code pack run}): compact,
 * or laid out as Wireshark's {@code json_dumper} pretty-prints, so that line tools (grep, diff)
 * see {@code -T json} as they see tshark's.
 */
public final class Json {
    private Json() {
    }

    static void write(Object v, StringBuilder sb) {
        switch (v) {
            case Map<?, ?> m -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    string(String.valueOf(e.getKey()), sb);
                    sb.append(':');
                    write(e.getValue(), sb);
                }
                sb.append('}');
            }
            case List<?> l -> {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(l.get(i), sb);
                }
                sb.append(']');
            }
            case Number n -> sb.append(n);
            case Boolean b -> sb.append(b);
            case null -> sb.append("null");
            default -> string(v.toString(), sb);
        }
    }

    /**
     * {@code v} as {@code json_dumper} pretty-prints it at nesting {@code depth}: each member or
     * element on a line of its own, indented two spaces a level, {@code "name": value}, and an
     * empty object or array as {@code {}} or {@code []}.
     */
    static void writePretty(Object v, StringBuilder sb, int depth) {
        switch (v) {
            case Map<?, ?> m -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    member(sb, depth + 1, first);
                    first = false;
                    string(String.valueOf(e.getKey()), sb);
                    sb.append(": ");
                    writePretty(e.getValue(), sb, depth + 1);
                }
                close(sb, depth, !first, '}');
            }
            case List<?> l -> {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    member(sb, depth + 1, i == 0);
                    writePretty(l.get(i), sb, depth + 1);
                }
                close(sb, depth, !l.isEmpty(), ']');
            }
            default -> write(v, sb);
        }
    }

    private static void member(StringBuilder sb, int depth, boolean first) {
        if (!first) {
            sb.append(',');
        }
        newline(sb, depth);
    }

    private static void close(StringBuilder sb, int depth, boolean any, char bracket) {
        if (any) {
            newline(sb, depth);
        }
        sb.append(bracket);
    }

    /** A line break and the indentation of {@code depth}. */
    static void newline(StringBuilder sb, int depth) {
        sb.append('\n').repeat(' ', 2 * depth);
    }

    /** How a string's characters are escaped. */
    public enum Escapes {
        /**
         * As tshark's {@code json_dumper} escapes them: quotes, backslashes and control characters,
         * and {@code </} as {@code <\/}; everything else as it is.
         */
        WIRESHARK,
        /**
         * Valid JSON and JavaScript whatever the text: also U+2028 and U+2029 (line ends to
         * JavaScript) and lone surrogates (no character at all) as {@code \\uXXXX}.
         */
        STRICT
    }

    /** A JSON string literal, escaped as tshark escapes it. */
    public static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        string(s, sb, Escapes.WIRESHARK);
        return sb.toString();
    }

    static void string(String s, StringBuilder sb) {
        string(s, sb, Escapes.WIRESHARK);
    }

    /**
     * Appends a JSON string literal. Runs of characters that need no escape are appended whole:
     * per character, the writing of a report (which runs once, mostly before the JIT has compiled
     * this) took a quarter of its time.
     */
    public static void string(String s, StringBuilder sb, Escapes escapes) {
        sb.append('"');
        boolean strict = escapes == Escapes.STRICT;
        int plain = 0; // the first character not appended yet
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x2028
                    && (c != '/' || strict || i == 0 || s.charAt(i - 1) != '<')) {
                continue;
            }
            String escaped = escape(s, i, c, strict);
            if (escaped == null) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++; // a valid pair stays as it is
                }
                continue;
            }
            sb.append(s, plain, i).append(escaped);
            plain = i + 1;
        }
        sb.append(s, plain, n).append('"');
    }

    /** How character {@code c} at {@code i} is written, or null when as it is. */
    private static String escape(String s, int i, char c, boolean strict) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            // tshark's json_dumper writes "</" as "<\/", so that the text cannot close an HTML script
            case '/' -> "\\/"; // after '<' (the loop passes every other '/')
            default -> {
                boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                        && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
                yield c < 0x20 || (strict && (c == 0x2028 || c == 0x2029 || loneSurrogate))
                        ? String.format("\\u%04x", (int) c) : null;
            }
        };
    }
}
