package io.sharkfin.repl.view;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Top-N tables of an application protocol's fields (DNS query names and types, HTTP hosts and
 * methods, TLS server names): for each field, how many selected frames carry each value (a value
 * repeated in one frame counts once), with the value's name where the field has names
 * ({@code A (1)}). Distinct values are capped so a capture of unique names cannot exhaust memory;
 * beyond the cap only already-seen values are counted.
 */
final class FieldTopStats implements Stats {

    private static final int DISTINCT_LIMIT = 100_000;

    /**
     * One table: a field's values, counted in the frames where {@code when} (if any) has the value
     * {@code whenValue} (the cipher suite a Server Hello chose, not those a Client Hello offered).
     */
    private record Column(String title, FieldDef def, FieldDef when, long whenValue) {
    }

    private final String protocol;
    private final FieldDef protocolDef;
    private final List<Column> columns = new ArrayList<>();
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final List<Boolean> capped = new ArrayList<>();
    private long frames;

    /** Titled fields: {title, field} or {title, field, condition field, condition value}. */
    private FieldTopStats(FieldRegistry registry, String protocol, String[][] titledFields) {
        this.protocol = protocol;
        this.protocolDef = registry.lookup(protocol);
        for (String[] tf : titledFields) {
            FieldDef d = registry.lookup(tf[1]);
            if (d != null) {
                FieldDef when = tf.length > 2 ? registry.lookup(tf[2]) : null;
                columns.add(new Column(tf[0], d, when, tf.length > 3 ? Long.parseLong(tf[3]) : 0));
                counts.add(new HashMap<>());
                capped.add(false);
            }
        }
    }

    static FieldTopStats dns(FieldRegistry r) {
        return new FieldTopStats(r, "dns", new String[][] {
            {"Query names", "dns.qry.name"}, {"Query types", "dns.qry.type"},
            {"Response codes", "dns.flags.rcode"}, {"Answer addresses", "dns.a"}});
    }

    static FieldTopStats http(FieldRegistry r) {
        return new FieldTopStats(r, "http", new String[][] {
            {"Hosts", "http.host"}, {"Request methods", "http.request.method"},
            {"Status codes", "http.response.code"}, {"User agents", "http.user_agent"},
            {"Request URIs", "http.request.uri"}});
    }

    static FieldTopStats tls(FieldRegistry r) {
        return new FieldTopStats(r, "tls", new String[][] {
            {"Server names (SNI)", "tls.handshake.extensions_server_name"},
            {"Handshake types", "tls.handshake.type"}, {"Record versions", "tls.record.version"},
            {"Cipher suites chosen by servers, in Server Hellos", "tls.handshake.ciphersuite", "tls.handshake.type", "2"},
            {"Client fingerprints", "tls.handshake.ja4"}});
    }

    @Override
    public List<String> fields() {
        List<String> out = new ArrayList<>();
        out.add(protocol);
        for (Column c : columns) {
            out.add(c.def().name());
            if (c.when() != null) {
                out.add(c.when().name());
            }
        }
        return out;
    }

    @Override
    public void add(Packet p) {
        if (protocolDef != null && protocolDef.dissected() && p.has(protocolDef.id())) {
            frames++;
        }
        for (int i = 0; i < columns.size(); i++) {
            FieldDef d = columns.get(i).def();
            if (!d.dissected() || !applies(p, columns.get(i))) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int e = p.first(d.id()); e >= 0; e = p.next(e)) {
                seen.add(value(p, e, d));
            }
            Map<String, Long> m = counts.get(i);
            for (String v : seen) {
                if (m.size() < DISTINCT_LIMIT || m.containsKey(v)) {
                    m.merge(v, 1L, Long::sum);
                } else {
                    capped.set(i, true);
                }
            }
        }
    }

    private static boolean applies(Packet p, Column c) {
        if (c.when() == null) {
            return true;
        }
        if (!c.when().dissected()) {
            return false;
        }
        for (int e = p.first(c.when().id()); e >= 0; e = p.next(e)) {
            if (p.num(e) == c.whenValue()) {
                return true;
            }
        }
        return false;
    }

    private static String value(Packet p, int e, FieldDef d) {
        String text = FieldFormat.format(p, e);
        if (d.type().isInteger() || d.type() == FieldType.BOOLEAN) {
            String name = ValueNames.of(d, p.num(e));
            if (name != null) {
                return name + " (" + text + ")";
            }
        }
        return text;
    }

    @Override
    public List<String> render(String filter) {
        List<String> out = new ArrayList<>();
        String upper = protocol.toUpperCase(java.util.Locale.ROOT);
        if (protocolDef == null || !protocolDef.dissected()) {
            out.add(upper + " is not dissected by this build of sharkfin, so its fields never occur.");
            return out;
        }
        out.add(upper + " statistics" + Headings.scope(filter) + ": " + frames + " frames with " + protocol);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (!c.def().dissected()) {
                continue;
            }
            Map<String, Long> m = counts.get(i);
            out.add("");
            out.add(c.title() + " (" + c.def().name() + "): " + Math.min(TOP, m.size()) + " of " + m.size()
                    + " values" + (capped.get(i) ? " (capped)" : ""));
            if (m.isEmpty()) {
                continue;
            }
            Table t = new Table(new String[] {"Frames", "Value"}, new boolean[] {true, false});
            m.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP)
                    .forEach(en -> t.add(en.getValue(), en.getKey()));
            for (String line : t.lines()) {
                out.add("  " + line);
            }
        }
        return out;
    }
}
