package io.sharkfin.dissect.protocol.tls;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What tshark 4.0.17 recorded for the TLS and X.509 fields of a capture (made by
 * {@code src/test/resources/tls/make_tls_truth.py}) and what sharkfin gives for the same frames.
 */
final class TlsTruth {
    static final String SEP = "\u001f";
    static final Path TRUTH = Path.of("src/test/resources/tls/truth");
    static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    static final Path SYNTHETIC = Path.of("src/test/resources/tls/synthetic");

    private TlsTruth() {
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

    /** Each frame's recorded values of {@code names}, as the truth file writes them. */
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
        Map<Long, Map<String, String>> out = new LinkedHashMap<>();
        try (PacketStream packets = PacketStream.open(capture, ids)) {
            for (Packet p : packets) {
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
                        if (sb.length() > 0 || e != p.first(d.id())) {
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
