package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.TsharkTruth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void everyQuicFieldOfEveryFrameAsTshark(Path truthFile) throws Exception {
        Map<Long, Map<String, String>> truth = TsharkTruth.read(truthFile);
        QuicRun.Result run = QuicRun.run(TsharkTruth.captureOf(truthFile, ".fields.tsv", QuicRun.QUIC));
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
        TsharkTruth.assertNone(problems, truthFile.getFileName());
    }

    private static void compareFrame(QuicRun.FrameView f, Map<String, String> expected, List<String> problems) {
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(f.values().keySet());
        names.removeAll(NOT_QUIC);
        names.remove("frame.protocols");
        names.remove("_ws.malformed");
        TsharkTruth.compare(f.number(), names, expected, f.values(), problems);
        String layers = expected.getOrDefault("frame.protocols", "");
        if (!layers.equals(f.layers())) {
            problems.add("frame " + f.number() + " layers: tshark " + layers + " ours " + f.layers());
        }
        boolean malformed = expected.containsKey("_ws.malformed");
        if (malformed != f.malformed()) {
            problems.add("frame " + f.number() + " malformed: tshark " + malformed + " ours " + f.malformed());
        }
    }
}
