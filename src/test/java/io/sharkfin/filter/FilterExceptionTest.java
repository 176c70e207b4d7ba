package io.sharkfin.filter;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FilterExceptionTest {

    @Test
    void anUnexpectedEndKeepsTsharksNoPlaceButShowsTheCaretPastTheText() {
        FilterException e = assertThrows(FilterException.class, () -> Filter.compile("tcp.port == 80 &&  "));
        assertEquals("Unexpected end of filter expression.", e.getMessage());
        assertEquals(Span.NONE, e.span());
        assertEquals(Span.of(17, 0), e.caret());
        assertEquals("""
                Unexpected end of filter expression.
                    tcp.port == 80 &&\s\s
                                     ^""", e.render());
    }

    @Test
    void anErrorWithAPlaceDrawsItsCaretThereAndNamesTheNearestField() {
        FilterException e = assertThrows(FilterException.class, () -> Filter.compile("tcp.prot == 80"));
        assertEquals(Span.of(0, 8), e.span());
        assertEquals(e.span(), e.caret());
        assertEquals("""
                Left side of "==" expression must be a field or function, not tcp.prot.
                    tcp.prot == 80
                    ^~~~~~~~
                Did you mean tcp.port?""", e.render());
    }
}
