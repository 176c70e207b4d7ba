package io.sharkfin.filter.parse;

import io.sharkfin.filter.FilterException;

/**
 * Carries a {@link FilterException} out of ANTLR callbacks, which cannot throw checked
 * exceptions; {@link FilterParser} unwraps it.
 */
final class ParseAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseAbort(FilterException cause) {
        super(cause.getMessage(), cause, false, false);
    }

    FilterException filterException() {
        return (FilterException) getCause();
    }
}
