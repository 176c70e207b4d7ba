package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.TestCaptures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the TLS tests' captures and tshark recordings are (made by
 * {@code src/test/resources/tls/make_tls_truth.py}, read with {@link io.sharkfin.dissect.TsharkTruth}),
 * and which fields the recordings cover.
 */
final class TlsTruth {
    static final Path TRUTH = Path.of("src/test/resources/tls/truth");
    static final Path CORPUS = TestCaptures.CORPUS;
    static final Path SYNTHETIC = Path.of("src/test/resources/tls/synthetic");

    private TlsTruth() {
    }

    /** Names of every field sharkfin registers for the protocols the truth covers. */
    static List<String> fieldNames(FieldRegistry reg) {
        List<String> names = new ArrayList<>();
        for (FieldDef d : reg.dissected()) {
            String proto = d.protocol();
            if (proto.equals("tls") || proto.startsWith("x509") || proto.equals("pkcs-1")
                    || proto.startsWith("pkix1")) {
                if (!d.name().startsWith("tls.cert.") && !d.name().startsWith("tls.handshake.ja4")) {
                    names.add(d.name());
                }
            }
        }
        names.add("frame.protocols");
        names.add("_ws.malformed");
        names.add("_ws.expert");
        names.add("_ws.expert.message");
        names.add("_ws.expert.severity");
        names.add("_ws.expert.group");
        return names;
    }
}
