package io.sharkfin.filter.parse;

import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * A token as Wireshark's scanner hands it to the grammar: its type, the text Wireshark quotes in
 * messages about it ({@link #displayText()}), its location, and what the scanner made of it
 * (string bytes, character value, resolved name) or the error the scanner raised on it.
 */
final class FilterToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    private final String displayText;
    private final Span span;
    private final Object value;
    private final FilterException error;

    private FilterToken(Token source, int type, String displayText, Span span, Object value,
                        FilterException error) {
        super(source);
        setType(type);
        this.displayText = displayText;
        this.span = span;
        this.value = value;
        this.error = error;
    }

    static FilterToken of(Token source, int type, String displayText, Span span, Object value) {
        return new FilterToken(source, type, displayText, span, value, null);
    }

    /** A token the scanner rejected; the parser reports {@code error} when it reaches it. */
    static FilterToken error(Token source, int type, FilterException error) {
        return new FilterToken(source, type, null, error.span(), null, error);
    }

    /** The token's text in Wireshark's messages ("X" was unexpected in this context). */
    String displayText() {
        return displayText;
    }

    /** Wireshark's location of the token (column start and length). */
    Span span() {
        return span;
    }

    /** What the scanner made of it: {@code byte[]} for a string, {@code Long} for a character
     *  constant, {@link ResolvedName} for {@code .name} and {@code @name}; otherwise null. */
    Object value() {
        return value;
    }

    /** The scanner's error, or null. */
    FilterException error() {
        return error;
    }

    boolean isError() {
        return error != null;
    }
}
