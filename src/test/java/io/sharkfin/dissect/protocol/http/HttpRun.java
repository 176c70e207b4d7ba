package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.cli.output.FieldText;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.TsharkTruth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs captures through the standard dissectors and reads the tshark recordings, for the HTTP tests. */
final class HttpRun {
    static final Path CORPUS = TestCaptures.CORPUS;
    static final Path HTTP = Path.of("src/test/resources/http");

    private HttpRun() {
    }

    /** The fields the recordings hold (see record-truth.py). */
    static final List<String> PROTOCOLS = List.of("http", "ssdp", "media", "data-text-lines", "xml", "json",
            "urlencoded-form", "image-jfif", "image-gif", "png", "data", "_ws.malformed", "_ws.expert");

    static List<String> fieldNames() {
        List<String> names = new ArrayList<>(PROTOCOLS);
        names.addAll(List.of("frame.protocols", "_ws.expert.message", "_ws.expert.severity", "_ws.expert.group"));
        FieldRegistry reg = FieldRegistry.standard();
        reg.dissected().stream().map(FieldDef::name)
                .filter(n -> (n.startsWith("http.") || n.startsWith("media.") || n.startsWith("urlencoded-form."))
                        && reg.lookup(n).type() != io.sharkfin.dissect.FieldType.NONE
                        // sharkfin's own fields (http.file_data.sha256, ...) are not tshark's
                        && !reg.lookup(n).description().startsWith("sharkfin:"))
                .forEach(names::add);
        return names;
    }

    /** Per frame that has an http or ssdp layer: field name → values joined by {@link TsharkTruth#SEP}. */
    static Map<Long, Map<String, String>> run(Path capture, List<String> names) throws Exception {
        FieldRegistry reg = FieldRegistry.standard();
        BitSet ids = new BitSet();
        for (String n : names) {
            FieldDef d = reg.lookup(n);
            if (d != null && d.dissected()) {
                ids.set(d.id());
            }
        }
        Map<Long, Map<String, String>> out = new TreeMap<>();
        try (PacketStream packets = PacketStream.open(capture, ids)) {
            for (Packet p : packets) {
                String layers = p.protocols();
                if (!(":" + layers + ":").contains(":http:") && !(":" + layers + ":").contains(":ssdp:")) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                values.put("frame.protocols", layers);
                for (String n : names) {
                    FieldDef d = reg.lookup(n);
                    if (d == null || !d.dissected() || !p.has(d.id())) {
                        continue;
                    }
                    values.put(n, TsharkTruth.values(p, d, (q, e, sb) -> sb.append(text(d, q, e))));
                }
                out.put(p.number(), values);
            }
        }
        return out;
    }

    /**
     * A value as tshark -T fields prints it: strings as the command line writes them
     * ({@link FieldText}: CR as \r, LF as \n, ...; other control characters as they are),
     * which FieldFormat does not do.
     */
    private static String text(FieldDef d, Packet p, int e) {
        return switch (d.type()) {
            case STRING, STRINGZ -> FieldText.escaped(new String(p.bytes(e), StandardCharsets.UTF_8));
            default -> FieldFormat.format(p, e);
        };
    }
}
