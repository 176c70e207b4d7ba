package io.sharkfin.dissect;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The catalogue's value names are read table by table when first used
 * ({@link ValueStrings#deferred}): reading finds each table's fields, as the whole-file reading
 * did, and a table's rows are read once.
 */
class DeferredValueStringsTest {

    @Test
    void aDeferredTableIsReadOnceWhenFirstUsed() {
        AtomicInteger reads = new AtomicInteger();
        ValueStrings vs = ValueStrings.deferred(() -> {
            reads.incrementAndGet();
            return ValueStrings.values(new long[] {6, 17}, new String[] {"TCP", "UDP"});
        });
        assertEquals(0, reads.get(), "nothing read before use");
        assertEquals("UDP", vs.nameOf(17));
        assertEquals(ValueStrings.Kind.VALUES, vs.kind());
        assertEquals(2, vs.size());
        assertEquals("TCP", vs.name(0));
        assertNull(vs.nameOf(1));
        assertEquals(1, reads.get(), "read once");
    }

    @Test
    void tablesAreFoundByTheirFieldsAndReadAsBefore() {
        String text = "#a.one\tb.two\nV\t1\tone\nV\t0x10\tsixteen\n"
                + "#c.empty\n"
                + "#d.flag\nT\tSet\tNot set\n"
                + "#a.one\nR\t1\t5\tsmall\nR\t6\t9\t\n";
        Map<String, ValueStrings> tables = WiresharkCatalog.parseValues(text);
        assertEquals(java.util.Set.of("a.one", "b.two", "d.flag"), tables.keySet(), "a table without rows is none");
        ValueStrings b = tables.get("b.two");
        assertEquals(ValueStrings.Kind.VALUES, b.kind());
        assertEquals("sixteen", b.nameOf(16));
        assertEquals("one", b.nameOf(1));
        ValueStrings a = tables.get("a.one");
        assertEquals(ValueStrings.Kind.RANGES, a.kind(), "a field named again takes the later table");
        assertEquals("small", a.nameOf(3));
        assertEquals("", a.nameOf(7));
        assertNull(a.nameOf(10));
        ValueStrings d = tables.get("d.flag");
        assertEquals(ValueStrings.Kind.TRUE_FALSE, d.kind());
        assertEquals("Set", d.nameOf(1));
        assertEquals("Not set", d.nameOf(0));
    }

    @Test
    void theShippedCatalogueNamesTheValuesOfDissectedFields() {
        FieldRegistry r = FieldRegistry.standard();
        assertEquals("TCP", r.lookup("ip.proto").strings().nameOf(6));
        assertEquals("No such name", r.lookup("dns.flags.rcode").strings().nameOf(3));
        assertSame(r.lookup("ip.proto").strings(), r.lookup("ip.proto").strings());
        assertFalse(r.lookup("ip.proto").strings().toString().isEmpty());
    }
}
