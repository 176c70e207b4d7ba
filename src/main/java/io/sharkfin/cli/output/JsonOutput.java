package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code -T json} (one array of frame objects, as tshark) and {@code -T ek} (newline-delimited
 * Elasticsearch bulk records). With {@code -e} fields the layers are those fields; without, every
 * field grouped by protocol. A field occurring several times gives an array of its values.
 */
final class JsonOutput implements FrameOutput {
    private static final DateTimeFormatter INDEX_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneOffset.UTC);

    private final List<FieldDef> fields;
    private final boolean ek;
    private final PrintWriter out;
    private boolean first = true;

    JsonOutput(List<FieldDef> fields, boolean ek, PrintWriter out) {
        this.fields = fields;
        this.ek = ek;
        this.out = out;
    }

    @Override
    public BitSet fields(FieldRegistry registry) {
        return Outputs.ids(fields);
    }

    @Override
    public boolean needsAllFields() {
        return fields.isEmpty();
    }

    @Override
    public void begin() {
        if (!ek) {
            out.print("[\n");
        }
    }

    @Override
    public void end() {
        if (!ek) {
            out.print(first ? "]\n" : "\n]\n");
        }
    }

    @Override
    public void frame(Packet p) {
        String day = INDEX_DAY.format(Instant.ofEpochSecond(p.frame().epochSeconds()));
        Map<String, Object> layers = fields.isEmpty() ? tree(p) : selected(p);
        if (ek) {
            out.print("{\"index\":{\"_index\":\"packets-" + day + "\",\"_type\":\"doc\"}}\n");
            StringBuilder sb = new StringBuilder("{\"timestamp\":\"");
            // tshark prints the seconds (as unsigned) followed by three digits of milliseconds
            sb.append(Long.toUnsignedString(p.frame().epochSeconds()))
                    .append(String.format(Locale.ROOT, "%03d", p.frame().nanoOfSecond() / 1_000_000))
                    .append("\",\"layers\":");
            Json.write(ekKeys(layers), sb);
            out.print(sb.append("}\n"));
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (!first) {
            sb.append(",\n");
        }
        first = false;
        sb.append("  {\n    \"_index\": \"packets-").append(day).append("\",\n")
                .append("    \"_type\": \"doc\",\n    \"_score\": null,\n    \"_source\": {\n      \"layers\": ");
        Json.write(layers, sb);
        sb.append("\n    }\n  }");
        out.print(sb);
    }

    private Map<String, Object> selected(Packet p) {
        Map<String, Object> layers = new LinkedHashMap<>();
        for (FieldDef d : fields) {
            if (!d.dissected() || p.first(d.id()) < 0) {
                continue;
            }
            List<String> vals = new ArrayList<>();
            for (int e = p.first(d.id()); e >= 0; e = p.next(e)) {
                vals.add(FieldFormat.format(p, e));
            }
            layers.put(d.name(), vals);
        }
        return layers;
    }

    /** Every entry, grouped under its protocol; repeated names become arrays. */
    private static Map<String, Object> tree(Packet p) {
        Map<String, Object> layers = new LinkedHashMap<>();
        Map<String, Object> current = null;
        for (int e = 0; e < p.entryCount(); e++) {
            FieldDef d = p.registry().byId(p.field(e));
            if (d.type() == FieldType.PROTOCOL && p.parent(e) < 0 || d.type() == FieldType.PROTOCOL
                    && p.registry().byId(p.field(p.parent(e))).name().equals("frame")) {
                current = new LinkedHashMap<>();
                put(layers, d.name(), current);
                continue;
            }
            if (current == null) {
                current = new LinkedHashMap<>();
                put(layers, "frame", current);
            }
            put(current, d.name(), FieldFormat.format(p, e));
        }
        return layers;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> m, String key, Object value) {
        Object before = m.get(key);
        if (before == null) {
            m.put(key, value);
        } else if (before instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            List<Object> list = new ArrayList<>();
            list.add(before);
            list.add(value);
            m.put(key, list);
        }
    }

    /** EK field names use '_' where tshark names have '.'. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> ekKeys(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> en : m.entrySet()) {
            Object v = en.getValue();
            out.put(en.getKey().replace('.', '_'), v instanceof Map<?, ?> sub ? ekKeys((Map<String, Object>) sub) : v);
        }
        return out;
    }
}
