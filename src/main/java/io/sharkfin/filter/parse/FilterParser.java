package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.grammar.DisplayFilterLexer;
import io.sharkfin.filter.grammar.DisplayFilterParser;
import io.sharkfin.filter.syntax.Expr;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parsing stage of the display-filter compiler: macro expansion, scanning and parsing into
 * an {@link io.sharkfin.filter.syntax.Expr} tree, with the errors of Wireshark/tshark 4.0.17
 * (same first error, same message, same location). Names are resolved as far as the grammar
 * does: a registered name becomes a field, anything else a literal whose meaning the semantic
 * check decides.
 *
 * <p>Beyond 4.0: {@code @field} and {@code ${@field}} (the raw bytes of a field).
 */
public final class FilterParser {

    private FilterParser() {
    }

    /**
     * Parses a filter.
     *
     * @param text     the filter as typed
     * @param registry the names a filter may use
     * @param macros   the macros {@code ${name}} may use
     * @return the tree (null root for an empty filter), the expanded text, deprecated tokens
     * @throws FilterException the first error, as tshark reports it; its span refers to the
     *                         expanded text ({@link Span#NONE} for macro errors and an unexpected end)
     */
    public static ParsedFilter parse(String text, FieldRegistry registry, MacroTable macros)
            throws FilterException {
        NameResolver names = new NameResolver(registry);
        String expanded;
        try {
            expanded = new MacroExpander(macros, names).expand(text);
        } catch (MacroExpander.MacroException e) {
            throw new FilterException(e.getMessage(), text, Span.NONE);
        }
        try {
            return new ParsedFilter(parseExpanded(expanded, names), expanded, names.deprecatedTokens());
        } catch (ParseAbort e) {
            throw e.filterException();
        }
    }

    private static Expr parseExpanded(String text, NameResolver names) {
        DisplayFilterLexer lexer = new DisplayFilterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new LexerGuard());
        CommonTokenStream tokens = new CommonTokenStream(new ScannerTokenSource(lexer, text, names));
        DisplayFilterParser parser = new DisplayFilterParser(tokens);
        parser.removeErrorListeners();

        // The grammar needs one token of lookahead, so SLL never fails where LL succeeds; the LL
        // pass only runs to report an error the way LL prediction sees it.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        AstBuilder builder = new AstBuilder(parser, text, names);
        parser.setErrorHandler(new FilterErrorStrategy(true, text, builder));
        parser.addParseListener(builder);
        try {
            parser.sentence();
            return builder.root();
        } catch (ParseCancellationException | ParseAbort firstPass) {
            names.forgetGrammarNotices();
            tokens.seek(0);
            parser.reset();
            parser.removeParseListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            AstBuilder second = new AstBuilder(parser, text, names);
            parser.setErrorHandler(new FilterErrorStrategy(false, text, second));
            parser.addParseListener(second);
            parser.sentence();
            return second.root();
        }
    }

    /** Every character matches some lexer rule; a lexer error would be a grammar bug. */
    private static final class LexerGuard extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                int charPositionInLine, String msg, RecognitionException e) {
            throw new IllegalStateException("display-filter lexer cannot scan: " + msg);
        }
    }
}
