package io.sharkfin.filter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile filters: whatever the text, the compiler returns a filter or a {@link FilterException},
 * within bounded time — never a StackOverflowError or another exception.
 */
class CompilerRobustnessTest {

    /** Compiles, accepting a FilterException; anything else fails the test. */
    static void compileOrReject(String text) {
        try {
            Filter.compile(text);
        } catch (FilterException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
        } catch (Throwable t) {
            fail("compiling " + abbreviate(text) + " threw " + t, t);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "… (" + s.length() + " chars)" : s;
    }

    @Test
    void tenThousandNestedParenthesesAreRejectedQuickly() {
        String deep = "(".repeat(10_000) + "ip" + ")".repeat(10_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () -> compileOrReject(deep));
        String nots = "!".repeat(10_000) + "ip";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () -> compileOrReject(nots));
    }

    @Test
    void hundredThousandSetMembersCompileQuickly() {
        String set = "tcp.port in {" + IntStream.range(0, 100_000).mapToObj(i -> Integer.toString(i % 65_536))
                .collect(Collectors.joining(",")) + "}";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () -> Filter.compile(set));
    }

    @Test
    void longChainsCompile() {
        String chain = IntStream.range(0, 20_000).mapToObj(i -> "tcp.port == " + (i % 65_536))
                .collect(Collectors.joining(" || "));
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> compileOrReject(chain));
    }

    /** Filters of the corpus and the probes, mutated character by character. */
    static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/corpus/captures/tools/filters.txt"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> mutatedFilters() throws IOException {
        List<String> seeds = seeds();
        Arbitrary<String> alphabet = Arbitraries.strings().withChars("(){}[]!=<>~&|,.:-+*/%#$@\"'\\ ")
                .withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(0).ofMaxLength(4);
        return net.jqwik.api.Combinators.combine(Arbitraries.of(seeds), Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 6), alphabet).as((seed, at, cut, insert) -> {
                    int i = Math.min(at, seed.length());
                    int j = Math.min(seed.length(), i + cut);
                    return seed.substring(0, i) + insert + seed.substring(j);
                });
    }

    @Property(tries = 600)
    void mutatedFiltersCompileOrFailCleanly(@ForAll("mutatedFilters") String filter) {
        compileOrReject(filter);
    }

    @Property(tries = 400)
    void randomTextCompilesOrFailsCleanly(@ForAll String text) {
        compileOrReject(text);
    }
}
