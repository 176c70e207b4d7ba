package io.sharkfin.filter.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Wireshark's "user accessible table" files (epan/uat_load.l): one record per line, fields
 * separated by commas, each field a double-quoted string with C-like escapes or a string of hex
 * pairs, {@code #} comment lines. Wireshark writes a quote or backslash inside a field as
 * {@code \x22} / {@code \x5c}.
 *
 * <p>One difference: for an unknown escape such as {@code \"} Wireshark keeps the character but
 * miscounts the field's length and truncates its end; here the field keeps all its characters.
 */
final class UatRecords {

    /** A record and the line it starts on (1-based). */
    record Record(int line, List<String> fields) {
    }

    private final String s;
    private final List<String> columns;
    private int pos;
    private int line = 1;

    private UatRecords(String s, List<String> columns) {
        this.s = s;
        this.columns = columns;
    }

    /** The records of a file whose records have the fields named {@code columns}. */
    static List<Record> parse(String fileText, List<String> columns) throws MacroTable.MacroTableException {
        return new UatRecords(fileText, columns).records();
    }

    private List<Record> records() throws MacroTable.MacroTableException {
        List<Record> out = new ArrayList<>();
        while (pos < s.length()) {
            skipBlanks();
            if (pos >= s.length()) {
                break;
            }
            char c = s.charAt(pos);
            if (c == '\n' || c == '\r') {
                skipNewline();
            } else if (c == '#') {
                skipToNextLine();
            } else {
                out.add(record());
            }
        }
        return out;
    }

    private Record record() throws MacroTable.MacroTableException {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            skipBlanks();
            fields.add(field(fields.size()));
            skipBlanks();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                if (fields.size() == columns.size()) {
                    skipToNextLine(); // extra fields are discarded, as Wireshark does
                    break;
                }
                continue;
            }
            if (pos >= s.length() || s.charAt(pos) == '\n' || s.charAt(pos) == '\r') {
                if (fields.size() < columns.size()) {
                    throw error("expecting field " + columns.get(fields.size()));
                }
                skipNewline();
                break;
            }
            throw error("unexpected char '" + s.charAt(pos) + "' while looking for field "
                    + columns.get(Math.min(fields.size(), columns.size() - 1)));
        }
        return new Record(startLine, fields);
    }

    private String field(int fieldIndex) throws MacroTable.MacroTableException {
        if (pos < s.length() && s.charAt(pos) == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < s.length() && MacroTable.isAsciiAlnum(s.charAt(pos))) {
            pos++;
        }
        String hex = s.substring(start, pos);
        if (hex.isEmpty()) {
            return ""; // an empty field: "a",,"b"
        }
        if (hex.length() % 2 != 0) {
            throw error("uneven hexstring for field " + columns.get(Math.min(fieldIndex, columns.size() - 1)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < hex.length(); i += 2) {
            out.write((StringEscapes.hexValue(hex.charAt(i)) << 4) | Math.max(0, StringEscapes.hexValue(hex.charAt(i + 1))));
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * A quoted field. uat_load.l's pattern lets a backslash-quote pair stand inside the field and
     * flex takes the longest match: the field ends at the last quote reachable that way.
     */
    private String quoted() throws MacroTable.MacroTableException {
        int open = pos;
        int close = -1;
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                close = i;
                if (s.charAt(i - 1) != '\\' || i - 1 == open) {
                    break;
                }
            }
        }
        if (close < 0) {
            throw error("unterminated quoted string");
        }
        for (int i = open; i < close; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        pos = close + 1;
        return unescape(s.substring(open + 1, close));
    }

    /** uat.c's {@code uat_unesc}. */
    private static String unescape(String in) {
        StringBuilder out = new StringBuilder(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c != '\\' || i + 1 >= in.length()) {
                out.append(c);
                continue;
            }
            char e = in.charAt(++i);
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'e' -> out.append('\u001b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> {
                    if (i + 2 < in.length() && StringEscapes.hexValue(in.charAt(i + 1)) >= 0
                            && StringEscapes.hexValue(in.charAt(i + 2)) >= 0) {
                        out.append((char) (StringEscapes.hexValue(in.charAt(i + 1)) * 16
                                + StringEscapes.hexValue(in.charAt(i + 2))));
                        i += 2;
                    } else {
                        out.append('x');
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < in.length() && in.charAt(i + 1) >= '0'
                                && in.charAt(i + 1) <= '7'; k++) {
                            v = v * 8 + (in.charAt(++i) - '0');
                        }
                        out.append((char) Math.min(v, 255));
                    } else {
                        out.append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    private void skipBlanks() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipNewline() {
        if (pos < s.length() && s.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < s.length() && s.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }

    private void skipToNextLine() {
        while (pos < s.length() && s.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < s.length()) {
            pos++;
        }
        line++;
    }

    private MacroTable.MacroTableException error(String message) {
        return new MacroTable.MacroTableException("line " + line + ": " + message);
    }
}
