package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What tshark 4.0.17 recorded for the OCSP and X.509 fields of the frames holding OCSP (made by
 * {@code src/test/resources/ocsp/record_truth.py}) and what sharkfin gives for the same frames.
 */
final class OcspTruth {
    static final String SEP = "\u001f";
    static final Path TRUTH = Path.of("src/test/resources/ocsp/truth");
    static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    static final Path SYNTHETIC = Path.of("src/test/resources/ocsp/synthetic");

    /** The protocols whose fields the recordings hold (see record_truth.py). */
    static final Set<String> PROTOCOLS = Set.of("ocsp", "x509af", "x509ce", "x509if", "x509sat", "pkcs-1",
            "pkix1explicit", "pkix1implicit");
    static final List<String> EXTRA = List.of("frame.protocols", "_ws.malformed", "_ws.expert.message",
            "tls.handshake.ocsp_response_len",
            "tls.handshake.ocsp_response_list_len");

    private OcspTruth() {
    }

    /** frame → field → values joined with {@link #SEP} (protocols: their count). */
    static Map<Long, Map<String, String>> read(Path file) throws IOException {
        Map<Long, Map<String, String>> truth = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t", 3);
            truth.computeIfAbsent(Long.parseLong(p[0]), k -> new TreeMap<>()).put(p[1], p[2]);
        }
        return truth;
    }

    static Path capture(Path truthFile) {
        String name = truthFile.getFileName().toString().replaceFirst("\\.tsv$", "");
        Path corpus = CORPUS.resolve(name);
        return Files.exists(corpus) ? corpus : SYNTHETIC.resolve(name);
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

    /** The values of {@code names} in each frame that has an {@code ocsp} item, as the truth writes them. */
    static Map<Long, Map<String, String>> run(Path capture, List<String> names) throws Exception {
        FieldRegistry reg = FieldRegistry.standard();
        BitSet ids = new BitSet();
        List<FieldDef> defs = new ArrayList<>();
        for (String n : names) {
            FieldDef d = reg.lookup(n);
            if (d != null && d.dissected()) {
                ids.set(d.id());
                defs.add(d);
            }
        }
        FieldDef ocsp = reg.lookup("ocsp");
        ids.set(ocsp.id());
        Map<Long, Map<String, String>> out = new TreeMap<>();
        try (PacketStream packets = PacketStream.open(capture, ids)) {
            for (Packet p : packets) {
                if (!p.has(ocsp.id())) {
                    continue;
                }
                Map<String, String> values = new TreeMap<>();
                for (FieldDef d : defs) {
                    if (!p.has(d.id())) {
                        continue;
                    }
                    if (d.isProtocol()) {
                        values.put(d.name(), Integer.toString(p.count(d.id())));
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int e = p.first(d.id()); e >= 0; e = p.next(e)) {
                        if (e != p.first(d.id())) {
                            sb.append(SEP);
                        }
                        FieldFormat.append(p, e, sb);
                    }
                    values.put(d.name(), sb.toString());
                }
                out.put(p.number(), values);
            }
        }
        return out;
    }
}
