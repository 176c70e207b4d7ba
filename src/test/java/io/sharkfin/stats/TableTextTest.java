package io.sharkfin.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The C formats of tshark's tables: format_size and printf's %f. */
class TableTextTest {

    @Test
    void sizesAreBytesBelowTenOfTheNextUnitThenWholeUnitsCut() {
        assertEquals("0 bytes", TableText.size(0));
        assertEquals("9999 bytes", TableText.size(9_999));
        assertEquals("10 kB", TableText.size(10_000));
        assertEquals("10 kB", TableText.size(10_999));
        assertEquals("9999 kB", TableText.size(9_999_999));
        assertEquals("10 MB", TableText.size(10_000_000));
        assertEquals("1925 MB", TableText.size(1_925_821_224L));
        assertEquals("10 GB", TableText.size(10_000_000_000L));
        assertEquals("12 TB", TableText.size(12_345_678_901_234L));
    }

    @Test
    void fixedRoundsTheDoublesExactValueHalfToEvenAsPrintfDoes() {
        // 0.15 is 0.1499999999999999944... as a double: printf("%.1f") gives 0.1, Java's %.1f 0.2
        assertEquals("0.1", TableText.fixed(0.15, 1, 1));
        assertEquals("0.2", TableText.fixed(0.25 - 0.05, 1, 1));
        assertEquals("0.2", TableText.fixed(0.25, 1, 1)); // an exact tie goes to even
        assertEquals("    0.0885", TableText.fixed(0.0885, 10, 4));
        assertEquals("-0.0000", TableText.fixed(-0.00001, 1, 4));
        // 0 frames over a negative time (frames out of order): C prints the sign of -0.0
        assertEquals("-0.0000", TableText.fixed(0f / -5.0, 1, 4));
        assertEquals("0.0000", TableText.fixed(0.0, 1, 4));
        assertEquals("   -1.500000000", TableText.fixed(TableText.seconds(-1, -500_000_000), 15, 9));
    }

    @Test
    void paddingNeverCuts() {
        assertEquals("  ab", TableText.pad("ab", 4));
        assertEquals("ab  ", TableText.padRight("ab", 4));
        assertEquals("abcdef", TableText.pad("abcdef", 4));
        assertEquals("abcdef", TableText.padRight("abcdef", 4));
    }
}
