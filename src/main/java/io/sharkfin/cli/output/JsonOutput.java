package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.Labels;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.TextItems;
import io.sharkfin.dissect.WiresharkCatalog;
import io.sharkfin.repl.view.ProtocolTree;

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
    private static final DateTimeFormatter EK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'")
            .withZone(ZoneOffset.UTC);

    private final List<FieldDef> fields;
    private final FieldColumns columns;
    private final boolean ek;
    private final PrintWriter out;
    private boolean first = true;

    JsonOutput(List<FieldDef> fields, boolean ek, PrintWriter out) {
        this.fields = fields;
        this.columns = new FieldColumns(fields);
        this.ek = ek;
        this.out = out;
    }

    @Override
    public BitSet fields(FieldRegistry registry) {
        BitSet ids = Outputs.ids(fields);
        columns.addFields(registry, ids);
        return ids;
    }

    @Override
    public void skipped(Packet p) {
        columns.observe(p);
    }

    @Override
    public boolean followsSkipped() {
        return columns.any();
    }

    @Override
    public boolean needsAllFields() {
        return fields.isEmpty();
    }

    @Override
    public void begin() {
        if (!ek) {
            out.print("["); // no frames make "[]", as tshark's json_dumper writes an empty array
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
        Map<String, Object> layers = !fields.isEmpty() ? selected(p) : ek ? ekTree(p) : tree(p);
        if (ek) {
            out.print("{\"index\":{\"_index\":\"packets-" + day + "\",\"_type\":\"doc\"}}\n");
            StringBuilder sb = new StringBuilder("{\"timestamp\":\"");
            // tshark prints the seconds (as unsigned) followed by three digits of milliseconds
            sb.append(Long.toUnsignedString(p.frame().epochSeconds()))
                    .append(String.format(Locale.ROOT, "%03d", p.frame().nanoOfSecond() / 1_000_000))
                    .append("\",\"layers\":");
            Json.write(fields.isEmpty() ? layers : ekKeys(layers), sb);
            out.print(sb.append("}\n"));
            return;
        }
        StringBuilder sb = new StringBuilder(first ? "\n" : ",\n");
        first = false;
        sb.append("  {\n    \"_index\": \"packets-").append(day).append("\",\n")
                .append("    \"_type\": \"doc\",\n    \"_score\": null,\n    \"_source\": {\n      \"layers\": ");
        Json.writePretty(layers, sb, 3);
        sb.append("\n    }\n  }");
        out.print(sb);
    }

    private Map<String, Object> selected(Packet p) {
        Map<String, Object> layers = new LinkedHashMap<>();
        SummaryColumns.Row row = columns.row(p);
        for (int i = 0; i < fields.size(); i++) {
            FieldDef d = fields.get(i);
            SummaryColumns.Column column = columns.at(i);
            if (column != null) {
                layers.put(d.name(), List.of(column.text(row)));
                continue;
            }
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

    /**
     * Every entry, nested as tshark's {@code -T json} nests them: the frame's layers side by side,
     * each an object of its items in the order of the protocol tree ({@link ProtocolTree}); an
     * item with items under it gives its value and a {@code name_tree} object of them (an item
     * without a value, a protocol or a label, gives the object under its own name). Hidden items
     * are in, as in tshark. A name repeated in one object gives an array of its values where
     * tshark repeats the key (its {@code --no-duplicate-keys}), so that JSON readers keep them all.
     */
    private static Map<String, Object> tree(Packet p) {
        Map<String, Object> layers = new LinkedHashMap<>();
        List<ProtocolTree.Node> nodes = ProtocolTree.layout(p);
        // where the items of each depth go: the object of the item above them
        List<Map<String, Object>> under = new ArrayList<>();
        under.add(layers);
        for (int i = 0; i < nodes.size(); i++) {
            ProtocolTree.Node node = nodes.get(i);
            int depth = Math.min(node.depth(), under.size() - 1);
            Map<String, Object> into = under.get(depth);
            boolean parent = i + 1 < nodes.size() && nodes.get(i + 1).depth() > node.depth();
            FieldDef d = p.registry().byId(p.field(node.entry()));
            boolean valued = !(d.isProtocol() || d.type() == FieldType.NONE);
            // a text item is keyed by its text, as tshark keys it
            String name = d.id() == TextItems.FIELD.id() ? ProtocolTree.text(p, node.entry()) : d.name();
            if (!parent && (valued || depth > 0 || d.isProtocol())) {
                put(into, name, valued ? FieldFormat.json(p, node.entry()) : d.isProtocol() ? protocolText(p, node.entry(), d) : "");
                if (valued && into.containsKey(name + "_tree")) {
                    put(into, name + "_tree", ""); // its key's other items have trees: an empty one
                }
                continue;
            }
            Map<String, Object> children = new LinkedHashMap<>();
            if (valued) {
                put(into, name, FieldFormat.json(p, node.entry()));
                // tshark writes a tree for each item of a key once one of them has one ("" if empty)
                for (int k = count(into, name + "_tree"); k < count(into, name) - 1; k++) {
                    put(into, name + "_tree", "");
                }
                put(into, name + "_tree", children);
            } else {
                put(into, name, children);
            }
            while (under.size() > depth + 1) {
                under.removeLast();
            }
            under.add(children);
        }
        return layers;
    }

    /**
     * A protocol item with nothing under it (the hidden {@code _ws.malformed} of a malformed
     * finding, a JSON body nothing of which could be read) gives its tree text, as print.c's
     * write_json_proto_node_no_value does.
     */
    private static String protocolText(Packet p, int e, FieldDef d) {
        String label = p.label(e);
        return label != null ? Labels.limited(label, 0) : d.title();
    }

    /**
     * Every entry as tshark's {@code -T ek} writes them (print.c's ek_fill_attr): each layer one
     * flat object, its items named after their protocol and themselves with underscores for dots
     * ({@code ip_ip_src}, {@code x509if_x509if_oid} in TLS's), booleans as JSON booleans and
     * absolute times in ISO 8601, items without a value as null; a protocol item inside a layer
     * ({@code _ws.expert}, the packet an ICMP error quotes) an object of its own holding its items;
     * an item Wireshark registers as a protocol of its own ({@code tcp.options.nop}) by its own
     * name, and text items under {@code text}, as tshark names them.
     */
    private static Map<String, Object> ekTree(Packet p) {
        Map<String, Object> layers = new LinkedHashMap<>();
        // the objects open at each depth: a layer's, then those of protocol items inside it
        List<Map<String, Object>> open = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        for (ProtocolTree.Node node : ProtocolTree.layout(p)) {
            FieldDef d = p.registry().byId(p.field(node.entry()));
            int depth = node.depth();
            while (!depths.isEmpty() && depths.getLast() >= depth) {
                depths.removeLast();
                open.removeLast();
            }
            // items outside every layer (the segments of a reassembled PDU) are the frame's own
            Map<String, Object> into = open.isEmpty() ? layers : open.getLast();
            if (d.isProtocol()) {
                Map<String, Object> object = new LinkedHashMap<>();
                put(into, d.name().replace('.', '_'), object);
                open.add(object);
                depths.add(depth);
                continue;
            }
            if (d.id() == TextItems.FIELD.id()) {
                put(into, "text", ProtocolTree.text(p, node.entry()));
                continue;
            }
            put(into, ekName(d), d.type() == FieldType.NONE ? null : ekValue(p, node.entry(), d));
        }
        return layers;
    }

    // each field's ek key, looked up once per name
    private static final Map<String, String> EK_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A field's ek key as print.c's ek_write_name makes it: the abbreviation of the protocol
     * Wireshark registers the field under, '_', the field's own ({@code
     * _ws_malformed__ws_malformed_expert}, {@code x509if_x509if_oid}), dots made underscores; a
     * name Wireshark registers as a protocol ({@code tcp.options.nop}) has no parent, so its own.
     * Wireshark's registrations are read from its catalogue; sharkfin's own fields from its.
     */
    private static String ekName(FieldDef d) {
        return EK_NAMES.computeIfAbsent(d.name(), n -> {
            FieldDef ws = WiresharkCatalog.shipped().lookup(n);
            FieldDef registered = ws != null ? ws : d;
            String key = registered.isProtocol() ? n : registered.protocol() + "_" + n;
            return key.replace('.', '_');
        });
    }

    private static Object ekValue(Packet p, int e, FieldDef d) {
        if (d.type() == FieldType.BOOLEAN) {
            return p.num(e) != 0;
        }
        if (d.type() == FieldType.ABSOLUTE_TIME) {
            return EK_TIME.format(Instant.ofEpochSecond(p.timeSeconds(e), p.timeNanos(e)));
        }
        return FieldFormat.json(p, e);
    }

    @SuppressWarnings("unchecked")
    /** How many values {@code key} has in {@code m}. */
    private static int count(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? 0 : v instanceof List<?> list ? list.size() : 1;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (!m.containsKey(key)) {
            m.put(key, value);
            return;
        }
        Object before = m.get(key);
        if (before instanceof List<?> list) {
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
