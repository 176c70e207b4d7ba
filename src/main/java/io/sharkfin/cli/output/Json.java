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

    /** A JSON string literal. */
    public static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        string(s, sb);
        return sb.toString();
    }

    static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                // tshark's json_dumper writes "</" as "<\/", so that the text cannot close an HTML script
                case '/' -> sb.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
