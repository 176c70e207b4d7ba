package io.sharkfin.filter.parse;

import io.sharkfin.filter.FilterException;
import org.antlr.v4.runtime.Token;

/** The two messages of lemon's {@code %syntax_error}, or the scanner's error on a bad token. */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    /** The error for a parse that cannot go on at {@code token}. */
    static FilterException unexpected(Token token, String text) {
        FilterToken t = (FilterToken) token;
        if (t.isError()) {
            return t.error();
        }
        if (t.getType() == Token.EOF) {
            return FilterException.atEnd("Unexpected end of filter expression.", text);
        }
        return new FilterException("\"" + t.displayText() + "\" was unexpected in this context.", text, t.span());
    }
}
