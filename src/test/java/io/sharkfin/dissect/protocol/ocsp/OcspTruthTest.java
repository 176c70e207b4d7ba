package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.FieldDef;
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
    static final Path TRUTH = Path.of("src/test/resources/ocsp/truth");
    static final Path SYNTHETIC = Path.of("src/test/resources/ocsp/synthetic");

    /** The protocols whose fields the recordings hold (see record_truth.py). */
    static final Set<String> PROTOCOLS = Set.of("ocsp", "x509af", "x509ce", "x509if", "x509sat", "pkcs-1",
            "pkix1explicit", "pkix1implicit");
    static final List<String> EXTRA = List.of("frame.protocols", "_ws.malformed", "_ws.expert.message",
            "tls.handshake.ocsp_response_len",
            "tls.handshake.ocsp_response_list_len");

    static Stream<Path> truthFiles() throws IOException {
        return Files.list(TRUTH).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void everyOcspAndX509FieldAsTshark(Path truthFile) throws Exception {
        Map<Long, Map<String, String>> truth = TsharkTruth.read(truthFile);
        List<String> names = fieldNames(FieldRegistry.standard());
        Map<Long, Map<String, String>> got =
                TsharkTruth.dissect(TsharkTruth.captureOf(truthFile, ".tsv", SYNTHETIC), names, "ocsp");
        assertFalse(truth.isEmpty(), "no OCSP frame recorded");
        assertEquals(truth.keySet(), got.keySet(), "frames with an ocsp item");
        List<String> problems = new ArrayList<>();
        for (var entry : truth.entrySet()) {
            Map<String, String> want = entry.getValue();
            Map<String, String> have = got.get(entry.getKey());
            TreeSet<String> fields = new TreeSet<>(have.keySet());
            fields.addAll(want.keySet());
            TsharkTruth.compare(entry.getKey(), fields, want, have, problems);
        }
        TsharkTruth.assertNone(problems, truthFile.getFileName());
    }

    /** Every field sharkfin registers for the recorded protocols, the protocols themselves and the extras. */
    static List<String> fieldNames(FieldRegistry reg) {
        List<String> names = new ArrayList<>(EXTRA);
        for (FieldDef d : reg.dissected()) {
            if (PROTOCOLS.contains(d.protocol()) && !names.contains(d.name())) {
                names.add(d.name());
            }
        }
        return names;
    }
}
