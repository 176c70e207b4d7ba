package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.FieldRegistry;
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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every TLS and X.509 field sharkfin produces, in every frame of the corpus (and of the synthetic
 * captures) that tshark 4.0.17 dissects as TLS, equals what tshark recorded
 * (src/test/resources/tls/truth): same values in the same order, same frame.protocols, same
 * expert infos. Frames that are QUIC (TLS inside QUIC) are left to the QUIC dissector's tests.
 */
class TlsTruthTest {

    static Stream<Path> truthFiles() throws IOException {
        return Files.list(TlsTruth.TRUTH).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void everyFieldOfEveryTlsFrameAsTshark(Path truthFile) throws Exception {
        Map<Long, Map<String, String>> truth = TsharkTruth.read(truthFile);
        List<String> names = TlsTruth.fieldNames(FieldRegistry.standard());
        Set<String> ours = new TreeSet<>(names);
        Map<Long, Map<String, String>> got =
                TsharkTruth.dissect(TsharkTruth.captureOf(truthFile, ".tsv", TlsTruth.SYNTHETIC), names, null);
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (var entry : truth.entrySet()) {
            Map<String, String> want = entry.getValue();
            if (want.getOrDefault("frame.protocols", "").contains(":quic")) {
                continue;
            }
            compared++;
            Map<String, String> have = got.getOrDefault(entry.getKey(), Map.of());
            TreeSet<String> fields = new TreeSet<>(have.keySet());
            for (String f : want.keySet()) {
                if (ours.contains(f)) {
                    fields.add(f);
                }
            }
            TsharkTruth.compare(entry.getKey(), fields, want, have, problems);
        }
        assertTrue(compared > 0, "no TLS frame compared");
        TsharkTruth.assertNone(problems, truthFile.getFileName());
    }
}
