package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/** Runs captures through the standard dissectors and reads the tshark recordings, for the HTTP tests. */
final class HttpRun {
    static final String SEP = "\u001f";
    static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
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
                        && reg.lookup(n).type() != io.sharkfin.dissect.FieldType.NONE)
                .forEach(names::add);
        return names;
    }

    /** Per frame that has an http or ssdp layer: field name → values joined by {@link #SEP}. */
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
                    if (d.isProtocol()) {
                        values.put(n, Integer.toString(p.count(d.id())));
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int e = p.first(d.id()); e >= 0; e = p.next(e)) {
                        if (sb.length() > 0 || e != p.first(d.id())) {
                            sb.append(SEP);
                        }
                        sb.append(text(d, p, e));
                    }
                    values.put(n, sb.toString());
                }
                out.put(p.number(), values);
            }
        }
        return out;
    }

    /**
     * A value as tshark -T fields prints it. tshark 4.0 shows the C escapes of string values
     * (CR as \r, LF as \n, ...) and other control characters as they are, which
     * FieldFormat does not do yet.
     */
    private static String text(FieldDef d, Packet p, int e) {
        return switch (d.type()) {
            case STRING, STRINGZ -> tsharkString(new String(p.bytes(e), StandardCharsets.UTF_8));
            default -> FieldFormat.format(p, e);
        };
    }

    static String tsharkString(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x0b -> sb.append("\\v");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static Map<Long, Map<String, String>> readTruth(Path file) throws IOException {
        Map<Long, Map<String, String>> truth = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split("\t", 3);
                truth.computeIfAbsent(Long.parseLong(p[0]), k -> new TreeMap<>()).put(p[1], p[2]);
            }
        }
        return truth;
    }
}
