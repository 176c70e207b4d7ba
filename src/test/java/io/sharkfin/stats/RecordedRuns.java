package io.sharkfin.stats;

import io.sharkfin.cli.CliRun;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Statistics recorded from tshark as several runs over each test capture, their outputs one
 * after the other in src/test/resources/stats/KIND/CAPTURE.txt.gz
 * ({@code src/tools/record-statistics.sh}), and compared with sharkfin's same runs.
 */
final class RecordedRuns {
    static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    static final Path DISSECT = Path.of("src/test/resources/dissect");

    private RecordedRuns() {
    }

    /**
     * One test per capture: sharkfin's {@code runs} (arguments after {@code -r CAPTURE}) print
     * what tshark's printed. For a capture in {@code documented}, the outputs differ (else the
     * entry is stale) and are equal once both went through its function, which takes out what
     * the README lists as a difference.
     */
    static Stream<DynamicTest> compare(Path recordings, List<List<String>> runs,
                                       Map<String, UnaryOperator<String>> documented) throws IOException {
        List<Path> captures;
        try (Stream<Path> caps = Stream.concat(Files.list(CORPUS), Files.list(DISSECT))) {
            captures = caps.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng"))
                    .sorted().toList();
        }
        return captures.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            String expected = recorded(recordings.resolve(c.getFileName() + ".txt.gz"));
            String actual = sharkfin(c, runs);
            UnaryOperator<String> known = documented.get(c.getFileName().toString());
            if (known == null) {
                assertEquals(expected, actual);
            } else {
                assertNotEquals(expected, actual);
                assertEquals(known.apply(expected), known.apply(actual));
            }
        }));
    }

    private static String sharkfin(Path capture, List<List<String>> runs) {
        StringBuilder out = new StringBuilder();
        for (List<String> run : runs) {
            List<String> args = new ArrayList<>(List.of("-r", capture.toString()));
            args.addAll(run);
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            out.append(r.out());
        }
        return out.toString();
    }

    static String recorded(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
