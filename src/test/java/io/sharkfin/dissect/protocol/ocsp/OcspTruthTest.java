package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.FieldRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every OCSP and X.509 field (and frame.protocols) of every frame that holds OCSP equals what
 * tshark 4.0.17 recorded (src/test/resources/ocsp/truth): the OCSP responses TLS carries in
 * ja4-browsers-x509.pcapng (frames 8 and 44) and in a CertificateStatus of type ocsp_multi, and
 * OCSP requests and responses over HTTP (openssl's, and hand-built ones using every OCSP
 * extension), in the same order, in the same frames and no others.
 */
class OcspTruthTest {

    static Stream<Path> truthFiles() throws IOException {
        return Files.list(OcspTruth.TRUTH).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void everyOcspAndX509FieldAsTshark(Path truthFile) throws Exception {
        Map<Long, Map<String, String>> truth = OcspTruth.read(truthFile);
        List<String> names = OcspTruth.fieldNames(FieldRegistry.standard());
        Map<Long, Map<String, String>> got = OcspTruth.run(OcspTruth.capture(truthFile), names);
        assertFalse(truth.isEmpty(), "no OCSP frame recorded");
        assertEquals(truth.keySet(), got.keySet(), "frames with an ocsp item");
        List<String> problems = new ArrayList<>();
        for (var entry : truth.entrySet()) {
            Map<String, String> want = entry.getValue();
            Map<String, String> have = got.get(entry.getKey());
            TreeSet<String> fields = new TreeSet<>(have.keySet());
            fields.addAll(want.keySet());
            for (String f : fields) {
                String w = want.getOrDefault(f, "");
                String h = have.getOrDefault(f, "");
                if (!w.equals(h)) {
                    problems.add("frame " + entry.getKey() + " " + f + ": tshark [" + show(w) + "] ours [" + show(h) + "]");
                }
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(40, problems.size())),
                problems.size() + " differences in " + truthFile.getFileName());
    }

    private static String show(String s) {
        String t = s.replace(OcspTruth.SEP, "|");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
