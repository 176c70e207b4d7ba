package io.sharkfin.repl.edit;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

import java.util.List;

/**
 * Tells JLine where the word being completed starts and ends. Filters are not split at blanks
 * as shell words are ({@code ip.src==10.0.0.1} is three words to the filter language, and a
 * quoted value is one), so the word comes from the {@link CompletionEngine}'s analysis of the
 * line. Lines are never continued: a filter is one line.
 */
final class ReplParser implements Parser {

    private final CompletionEngine engine;

    ReplParser(CompletionEngine engine) {
        this.engine = engine;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context != ParseContext.COMPLETE) {
            return new Line(line, cursor, cursor, cursor);
        }
        int[] bounds = engine.wordBounds(line, cursor);
        return new Line(line, cursor, Math.min(bounds[0], cursor), Math.max(bounds[1], cursor));
    }

    /** A line with one word, {@code [start, end)}, around the cursor. */
    private record Line(String line, int cursor, int start, int end) implements CompletingParsedLine {

        @Override
        public String word() {
            return line.substring(start, end);
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return end - start;
        }
    }
}
