package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.syntax.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Depth limits and robustness. 4.0's parser stack (100 entries) overflows at a depth that
 * depends on the construct; nesting-4.0.17.tsv records, per family of ever deeper filters, the
 * depth at which 4.0 starts to misparse (gen_nesting_cases.py). sharkfin accepts exactly one step
 * less and rejects the overflowing filter with a clear error at the overflowing token.
 * Huge inputs must be compiled or rejected within a second, without a StackOverflowError.
 */
class NestingTest {

    private static final String NESTING = "Filter nesting is too deep (Wireshark's parser stack holds at most 100 symbols).";
    private static final FieldRegistry REGISTRY = FieldRegistry.standard();

    static Stream<Arguments> families() {
        return OracleCases.rows("nesting-4.0.17.tsv").stream()
                .map(r -> Arguments.of(r[0], Integer.parseInt(r[1]), r[2], r[3]));
    }

    @ParameterizedTest(name = "{0}: overflows at depth {1}")
    @MethodSource("families")
    void acceptsWhatWiresharkParsesAndRejectsTheOverflow(String family, int depth, String deepestHandled,
                                                         String overflowing) throws Exception {
        FilterParser.parse(deepestHandled, REGISTRY, MacroTable.wiresharkDefaults());
        FilterException e = assertThrows(FilterException.class,
                () -> FilterParser.parse(overflowing, REGISTRY, MacroTable.wiresharkDefaults()));
        assertEquals(NESTING, e.getMessage());
        assertTrue(e.span().isKnown());
    }

    @Test
    void pointsAtTheTokenThatOverflows() {
        // 98 "(": the bottom entry, 97 "(", "tcp" reduced to an expression, and ")" make 101
        String filter = "(".repeat(98) + "tcp" + ")".repeat(98);
        FilterException e = assertThrows(FilterException.class,
                () -> FilterParser.parse(filter, REGISTRY, MacroTable.empty()));
        assertEquals(Span.of(101, 1), e.span());
    }

    @Test
    void rejectsTenThousandNestedParenthesesQuickly() {
        assertQuick(() -> "(".repeat(10_000) + "tcp" + ")".repeat(10_000), false);
        assertQuick(() -> "not ".repeat(10_000) + "tcp", false);
        assertQuick(() -> "tcp.port == " + "{".repeat(10_000) + "1" + "}".repeat(10_000), false);
        assertQuick(() -> "max(".repeat(10_000) + "tcp.port" + ")".repeat(10_000) + " == 1", false);
        assertQuick(() -> String.join(" < ", java.util.Collections.nCopies(10_000, "tcp.port")), false);
    }

    @Test
    void compilesOneHundredThousandSetMembersQuickly() {
        assertQuick(() -> {
            StringBuilder sb = new StringBuilder("tcp.port in {");
            for (int i = 0; i < 100_000; i++) {
                sb.append(i == 0 ? "" : ", ").append(i % 65_536).append(i % 7 == 0 ? "..65535" : "");
            }
            return sb.append('}').toString();
        }, true);
    }

    @Test
    void compilesLongFlatChainsQuickly() {
        assertQuick(() -> "tcp" + " and tcp".repeat(100_000), true);
        assertQuick(() -> "frame" + "[0]".repeat(100_000), true);
        assertQuick(() -> "tcp.port == 1" + " + 1".repeat(100_000), true);
        assertQuick(() -> "max(tcp.port" + ", 1".repeat(100_000) + ") == 1", true);
        assertQuick(() -> "frame[" + "0,".repeat(100_000) + "0] == 00", true);
    }

    @Test
    void deepAndChainBuildsADeepTree() throws Exception {
        ParsedFilter p = FilterParser.parse("tcp" + " and tcp".repeat(100_000), REGISTRY, MacroTable.empty());
        int depth = 0;
        for (Expr e = p.root(); e instanceof Expr.And and; e = and.left()) {
            depth++;
        }
        assertEquals(100_000, depth);
    }

    /**
     * Parses within a second of CPU time, allowing three attempts: the first pays for class loading
     * and JIT compilation, and the tests share the machine with other work, which is why the time
     * measured is the thread's CPU time rather than the wall clock.
     */
    private static void assertQuick(Supplier<String> filter, boolean accepted) {
        String text = filter.get();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && best > 1_000_000_000L; attempt++) {
            long start = threads.getCurrentThreadCpuTime();
            Object result;
            try {
                result = FilterParser.parse(text, REGISTRY, MacroTable.empty());
            } catch (FilterException e) {
                result = e;
            }
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            if (accepted) {
                assertInstanceOf(ParsedFilter.class, result);
            } else {
                assertEquals(NESTING, assertInstanceOf(FilterException.class, result).getMessage());
            }
        }
        assertTrue(best <= 1_000_000_000L, "took " + best / 1_000_000 + " ms of CPU time");
    }
}
