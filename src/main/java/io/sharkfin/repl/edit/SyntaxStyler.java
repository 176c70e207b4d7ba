package io.sharkfin.repl.edit;

import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.grammar.DisplayFilterLexer;
import io.sharkfin.filter.parse.DisplayFilterFunctions;
import io.sharkfin.repl.LiveValidator;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Colours filter text by token, with the filter language's own lexer: field names, operators and
 * logical words, literals, strings, function names; the whole line on the background of its
 * validation state, and the span of an error underlined.
 */
final class SyntaxStyler {

    private final Palette palette;
    private final Predicate<String> isName;

    SyntaxStyler(Palette palette, Predicate<String> isName) {
        this.palette = palette;
        this.isName = isName;
    }

    /** Appends {@code text} styled for {@code verdict}; {@code offset} is where it starts in the error's text. */
    void append(String text, LiveValidator.Verdict verdict, AttributedStringBuilder out) {
        AttributedStyle base = palette.background(verdict.state());
        AttributedStyle[] styles = new AttributedStyle[text.length()];
        Arrays.fill(styles, base);
        if (verdict.state() != LiveValidator.State.EMPTY) {
            colourTokens(text, base, styles);
            markError(verdict.error(), styles);
        }
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && styles[j].equals(styles[i])) {
                j++;
            }
            out.style(styles[i]).append(text, i, j);
            i = j;
        }
        out.style(AttributedStyle.DEFAULT);
    }

    private void colourTokens(String text, AttributedStyle base, AttributedStyle[] styles) {
        DisplayFilterLexer lexer = new DisplayFilterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            AttributedStyle s = style(t, k + 1 < tokens.size() ? tokens.get(k + 1) : null, base);
            int from = Math.max(0, t.getStartIndex());
            int to = Math.min(text.length(), t.getStopIndex() + 1);
            for (int i = from; i < to; i++) {
                styles[i] = s;
            }
        }
    }

    private AttributedStyle style(Token t, Token next, AttributedStyle base) {
        return switch (t.getType()) {
            case DisplayFilterLexer.UNPARSED -> {
                boolean call = next != null && next.getType() == DisplayFilterLexer.LPAREN;
                if (call && DisplayFilterFunctions.lookup(t.getText()).isPresent()) {
                    yield base.foreground(palette.function()).bold();
                }
                yield isName.test(t.getText()) ? base.foreground(palette.field())
                        : base.foreground(palette.literal());
            }
            case DisplayFilterLexer.FIELD, DisplayFilterLexer.RAW_FIELD -> base.foreground(palette.field());
            case DisplayFilterLexer.LITERAL, DisplayFilterLexer.INTEGER, DisplayFilterLexer.RANGE_NODE ->
                    base.foreground(palette.literal());
            case DisplayFilterLexer.TEST_AND, DisplayFilterLexer.TEST_OR, DisplayFilterLexer.TEST_NOT,
                 DisplayFilterLexer.ANY, DisplayFilterLexer.ALL, DisplayFilterLexer.TEST_IN ->
                    base.foreground(palette.keyword()).bold();
            case DisplayFilterLexer.TEST_ANY_EQ, DisplayFilterLexer.TEST_ALL_NE, DisplayFilterLexer.TEST_ALL_EQ,
                 DisplayFilterLexer.TEST_ANY_NE, DisplayFilterLexer.TEST_ANY_NE_DEPRECATED,
                 DisplayFilterLexer.TEST_GT, DisplayFilterLexer.TEST_GE, DisplayFilterLexer.TEST_LT,
                 DisplayFilterLexer.TEST_LE, DisplayFilterLexer.TEST_CONTAINS, DisplayFilterLexer.TEST_MATCHES,
                 DisplayFilterLexer.BITWISE_AND, DisplayFilterLexer.PLUS, DisplayFilterLexer.MINUS,
                 DisplayFilterLexer.STAR, DisplayFilterLexer.RSLASH, DisplayFilterLexer.PERCENT ->
                    base.foreground(palette.operator());
            case DisplayFilterLexer.DQUOTE_OPEN, DisplayFilterLexer.DQUOTE_CLOSE, DisplayFilterLexer.DQ_TEXT,
                 DisplayFilterLexer.DQ_ESCAPE, DisplayFilterLexer.DQ_HEX, DisplayFilterLexer.DQ_OCTAL,
                 DisplayFilterLexer.DQ_UCN4, DisplayFilterLexer.DQ_UCN8, DisplayFilterLexer.DQ_STRAY_BACKSLASH,
                 DisplayFilterLexer.SQUOTE_OPEN, DisplayFilterLexer.SQUOTE_CLOSE, DisplayFilterLexer.SQ_TEXT,
                 DisplayFilterLexer.SQ_ESCAPE, DisplayFilterLexer.SQ_STRAY_BACKSLASH ->
                    base.foreground(palette.string());
            case DisplayFilterLexer.UNEXPECTED_CHAR, DisplayFilterLexer.LAYER_UNEXPECTED ->
                    base.foreground(palette.error()).bold();
            default -> base.foreground(palette.punctuation());
        };
    }

    private void markError(FilterException error, AttributedStyle[] styles) {
        if (error == null) {
            return;
        }
        Span s = error.caret();
        if (!s.isKnown()) {
            return;
        }
        int from = Math.min(s.start(), styles.length);
        int to = Math.min(Math.max(s.end(), s.start() + 1), styles.length);
        for (int i = from; i < to; i++) {
            styles[i] = styles[i].foreground(palette.error()).bold().underline();
        }
    }
}
