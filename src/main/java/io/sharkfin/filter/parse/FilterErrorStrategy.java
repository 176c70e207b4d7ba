package io.sharkfin.filter.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * No recovery, no token insertion or deletion: the first token the grammar cannot take ends the
 * parse. In the fast SLL pass that only cancels the parse (the LL pass decides); in the LL pass
 * it is reported in tshark's words.
 */
final class FilterErrorStrategy extends DefaultErrorStrategy {

    private final boolean bail;
    private final String text;
    private final AstBuilder builder;

    /**
     * @param bail  cancel instead of reporting (SLL pass)
     * @param text  the filter text, for the error
     * @param builder told to stop before the exception unwinds the unfinished rules
     */
    FilterErrorStrategy(boolean bail, String text, AstBuilder builder) {
        this.bail = bail;
        this.text = text;
        this.builder = builder;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        throw fail(offending, e);
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw fail(recognizer.getCurrentToken(), e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw fail(recognizer.getCurrentToken(), new InputMismatchException(recognizer));
    }

    @Override
    public void sync(Parser recognizer) {
        // errors are found by the next decision or match, at the same token
    }

    private RuntimeException fail(Token offending, RecognitionException cause) {
        builder.abort();
        if (bail) {
            return new ParseCancellationException(cause);
        }
        return new ParseAbort(SyntaxErrors.unexpected(offending, text));
    }
}
