package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.FieldRegistry;
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
        Map<Long, Map<String, String>> truth = TlsTruth.read(truthFile);
        List<String> names = TlsTruth.fieldNames(FieldRegistry.standard());
        Set<String> ours = new TreeSet<>(names);
        Map<Long, Map<String, String>> got = TlsTruth.run(TlsTruth.capture(truthFile), names);
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
            for (String f : fields) {
                String w = want.getOrDefault(f, "");
                String h = have.getOrDefault(f, "");
                if (!w.equals(h)) {
                    problems.add("frame " + entry.getKey() + " " + f + ": tshark [" + show(w) + "] ours [" + show(h) + "]");
                }
            }
        }
        assertTrue(compared > 0, "no TLS frame compared");
        assertEquals(List.of(), problems.subList(0, Math.min(40, problems.size())),
                problems.size() + " differences in " + truthFile.getFileName());
    }

    private static String show(String s) {
        String t = s.replace(TlsTruth.SEP, "|");
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }
}
