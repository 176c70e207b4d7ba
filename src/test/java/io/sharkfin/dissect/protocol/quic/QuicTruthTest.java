package io.sharkfin.dissect.protocol.quic;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every QUIC field of every frame of the corpus captures with QUIC, compared with what tshark
 * 4.0.17 recorded (src/test/resources/quic/truth/*.fields.tsv, made by make_quic_truth.py): the
 * same fields with the same values in the same order, the same number of quic items, the same
 * expert findings, and the same protocol layers — TLS stood in for by a recorder that adds one
 * {@code tls} layer per hand-off — and no frame QUIC takes that tshark does not.
 */
class QuicTruthTest {

    /** TLS's own fields: TLS is another dissector's (its input is checked in QuicCryptoTest). */
    private static final Set<String> NOT_QUIC = Set.of("tls.handshake.type",
            "tls.handshake.extensions_server_name");

    static Stream<Path> truthFiles() throws IOException {
        try (Stream<Path> s = Files.list(QuicRun.QUIC.resolve("truth"))) {
            return s.filter(f -> f.getFileName().toString().endsWith(".fields.tsv")).sorted().toList().stream();
        }
    }

    static Path captureOf(Path truthFile, String suffix) {
        String capture = truthFile.getFileName().toString().replace(suffix, "");
        return Files.exists(QuicRun.CAPTURES.resolve(capture)) ? QuicRun.CAPTURES.resolve(capture)
                : QuicRun.QUIC.resolve(capture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void everyQuicFieldOfEveryFrameAsTshark(Path truthFile) throws Exception {
        Map<Long, Map<String, String>> truth = readTruth(truthFile);
        QuicRun.Result run = QuicRun.run(captureOf(truthFile, ".fields.tsv"));
        List<String> problems = new ArrayList<>();
        int quicFrames = 0;
        for (QuicRun.FrameView f : run.frames()) {
            Map<String, String> expected = truth.getOrDefault(f.number(), Map.of());
            if (expected.isEmpty()) {
                if (f.values().containsKey("quic")) {
                    problems.add("frame " + f.number() + ": QUIC here, not in tshark");
                }
                continue;
            }
            quicFrames++;
            compareFrame(f, expected, problems);
        }
        assertTrue(quicFrames > 0, "no QUIC frame in " + truthFile);
        assertEquals(truth.size(), quicFrames, "frames with QUIC");
        assertEquals(List.of(), problems.subList(0, Math.min(40, problems.size())),
                problems.size() + " differences");
    }

    private static void compareFrame(QuicRun.FrameView f, Map<String, String> expected, List<String> problems) {
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(f.values().keySet());
        names.removeAll(NOT_QUIC);
        names.remove("frame.protocols");
        names.remove("_ws.malformed");
        for (String name : names) {
            String want = expected.getOrDefault(name, "");
            String got = f.values().getOrDefault(name, "");
            if (!want.equals(got)) {
                problems.add("frame " + f.number() + " " + name + ": tshark [" + show(want) + "] ours ["
                        + show(got) + "]");
            }
        }
        String layers = expected.getOrDefault("frame.protocols", "");
        if (!layers.equals(f.layers())) {
            problems.add("frame " + f.number() + " layers: tshark " + layers + " ours " + f.layers());
        }
        boolean malformed = expected.containsKey("_ws.malformed");
        if (malformed != f.malformed()) {
            problems.add("frame " + f.number() + " malformed: tshark " + malformed + " ours " + f.malformed());
        }
    }

    private static String show(String s) {
        String t = s.replace(QuicRun.SEP, "|");
        return t.length() > 120 ? t.substring(0, 120) + "..." : t;
    }

    static Map<Long, Map<String, String>> readTruth(Path file) throws IOException {
        Map<Long, Map<String, String>> truth = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t", 3);
            truth.computeIfAbsent(Long.parseLong(p[0]), k -> new TreeMap<>()).put(p[1], p[2]);
        }
        return truth;
    }
}
