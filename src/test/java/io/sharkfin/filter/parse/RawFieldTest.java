package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.syntax.Expr;
import io.sharkfin.filter.syntax.LayerRange;
import io.sharkfin.filter.syntax.Operand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @field}, the raw bytes of a field (Wireshark 4.2; 4.0 rejects every "@"). Only an "@"
 * glued to a known name is the extension: anywhere else the "@" is what 4.0 complains about.
 */
class RawFieldTest {

    private static final FieldRegistry REGISTRY = FieldRegistry.standard();

    @Test
    void rawFieldsAreFieldsMarkedRaw() throws FilterException {
        Expr.Relation r = assertInstanceOf(Expr.Relation.class,
                FilterParser.parse("@tcp.port[1] == 0xc3", REGISTRY, MacroTable.empty()).root());
        Operand.Field f = assertInstanceOf(Operand.Field.class, assertInstanceOf(Operand.Slice.class, r.left()).entity());
        assertTrue(f.raw());
        assertEquals("tcp.port", f.name());
        assertEquals("@tcp.port", f.token());
        assertEquals(Span.of(0, 9), f.span());
        Operand.Field layered = assertInstanceOf(Operand.Field.class, assertInstanceOf(Expr.Test.class,
                FilterParser.parse("@ip.src#2", REGISTRY, MacroTable.empty()).root()).operand());
        assertEquals(List.of(LayerRange.single(2)), layered.layers());
    }

    @Test
    void anyOtherAtIsUnexpectedAsIn40() {
        for (String filter : new String[] {"tcp.port == @", "@nosuch == 1", "a@b", "@ tcp", "@@tcp"}) {
            FilterException e = assertThrows(FilterException.class,
                    () -> FilterParser.parse(filter, REGISTRY, MacroTable.empty()), filter);
            assertEquals("\"@\" was unexpected in this context.", e.getMessage(), filter);
            assertEquals(1, e.span().length(), filter);
            assertEquals('@', filter.charAt(e.span().start()), filter);
        }
    }
}
