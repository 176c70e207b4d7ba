package io.sharkfin.pack;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A YAML scalar's value and where each of its characters sits in the file, so that an error
 * span inside a filter ({@link io.sharkfin.filter.Span}) is reported at the file's line and
 * column, whatever the scalar's style (plain, quoted, literal {@code |} or folded {@code >}
 * block).
 *
 * <p>The value is aligned with the raw text of the scalar: each non-blank character of the value
 * is found at the next equal character of the raw text (skipping quotes, indentation and escape
 * backslashes); blanks and line breaks, which folding and indentation change, stay at the current
 * raw position. Characters produced by escapes ({@code \x41}) map near their escape.
 */
public final class ScalarText {
    /** How far ahead a character is looked for before it is taken to come from an escape. */
    private static final int LOOKAHEAD = 12;

    private final Path file;
    private final String value;
    private final int[] lines;
    private final int[] columns;

    private ScalarText(Path file, String value, int[] lines, int[] columns) {
        this.file = file;
        this.value = value;
        this.lines = lines;
        this.columns = columns;
    }

    /**
     * Aligns {@code value} with {@code source.substring(start, end)}.
     *
     * @param source    the whole file text
     * @param start     char index where the scalar's node starts (its quote or block indicator)
     * @param end       char index where it ends
     */
    static ScalarText align(Path file, String source, int start, int end, String value) {
        LineIndex index = new LineIndex(source);
        int r = skipIndicator(source, start, end);
        int[] pos = new int[value.length() + 1];
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                pos[i] = Math.min(r, Math.max(start, end - 1));
                if (r < end && Character.isWhitespace(source.charAt(r))) {
                    r++;
                }
                continue;
            }
            int found = -1;
            for (int k = r; k < end && k < r + LOOKAHEAD; k++) {
                if (source.charAt(k) == c) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                pos[i] = Math.min(r, Math.max(start, end - 1));
                r = Math.min(r + 1, end);
            } else {
                pos[i] = found;
                r = found + 1;
            }
        }
        pos[value.length()] = r;
        int[] lines = new int[pos.length];
        int[] cols = new int[pos.length];
        for (int i = 0; i < pos.length; i++) {
            lines[i] = index.line(pos[i]);
            cols[i] = index.column(pos[i]);
        }
        return new ScalarText(file, value, lines, cols);
    }

    /** A value with no known place: every offset maps to {@code at}. */
    static ScalarText at(SourcePosition at, String value) {
        int[] lines = new int[value.length() + 1];
        int[] cols = new int[value.length() + 1];
        Arrays.fill(lines, at.line());
        Arrays.fill(cols, at.column());
        return new ScalarText(at.file(), value, lines, cols);
    }

    private static int skipIndicator(String s, int start, int end) {
        if (start >= end) {
            return start;
        }
        char c = s.charAt(start);
        if (c == '"' || c == '\'') {
            return start + 1;
        }
        if (c == '|' || c == '>') {
            int nl = s.indexOf('\n', start);
            return nl < 0 || nl >= end ? end : nl + 1;
        }
        return start;
    }

    /** The scalar's value. */
    public String value() {
        return value;
    }

    /** The file position of character {@code offset} of the value (clamped to the value). */
    public SourcePosition position(int offset) {
        int o = Math.max(0, Math.min(offset, lines.length - 1));
        return new SourcePosition(file, lines[o], columns[o]);
    }

    /** 1-based line and column of char indexes in a text. */
    static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            starts = new int[n];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
        }

        int line(int index) {
            int i = Arrays.binarySearch(starts, index);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int column(int index) {
            return index - starts[line(index) - 1] + 1;
        }
    }
}
