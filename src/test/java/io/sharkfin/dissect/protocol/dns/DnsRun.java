package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.TsharkTruth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs captures through the real pipeline and collects what the DNS tests compare. */
final class DnsRun {
    static final Path CAPTURES = TestCaptures.CORPUS;
    /** The DNS tests' own captures and truth files. */
    static final Path DNS = Path.of("src/test/resources/dns");

    /** What one frame gave: every recorded field's values as tshark prints them, and more. */
    record FrameView(long number, Map<String, String> values, String layers, boolean malformed) {
        String get(String field) {
            return values.getOrDefault(field, "");
        }

        List<String> all(String field) {
            String v = get(field);
            return v.isEmpty() && !values.containsKey(field) ? List.of() : List.of(v.split(TsharkTruth.SEP, -1));
        }

        boolean has(String field) {
            return values.containsKey(field);
        }
    }

    private DnsRun() {
    }

    /** Every field of the DNS dissectors, their protocols and the expert fields. */
    static List<String> allFieldNames() {
        List<String> names = new ArrayList<>();
        names.add("dns");
        names.add("mdns");
        names.add("llmnr");
        for (var f : DnsDissector.FIELDS) {
            names.add(f.name());
        }
        return names;
    }

    /** Runs a capture with a session that needs {@code fields}. */
    static List<FrameView> run(Path capture, List<String> fields) {
        Session s = Session.needing(fields);
        List<FrameView> out = new ArrayList<>();
        TestCaptures.each(s, capture, p -> out.add(view(p, fields)));
        return out;
    }

    /** Runs frames made by a test through {@code s}. */
    static List<FrameView> run(Session s, List<Frame> frames, List<String> fields) {
        List<FrameView> out = new ArrayList<>();
        for (Frame f : frames) {
            out.add(view(TestCaptures.dissect(s, f), fields));
        }
        return out;
    }

    /** The values of {@code fields} in a dissected packet (protocols as their number of occurrences). */
    static FrameView view(Packet p, List<String> fields) {
        FieldRegistry reg = p.registry();
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : fields) {
            FieldDef d = reg.lookup(name);
            if (d != null && d.dissected() && p.has(d.id())) {
                values.put(name, values(p, d));
            }
        }
        return new FrameView(p.number(), values, p.protocols(), p.malformed());
    }

    private static String values(Packet p, FieldDef d) {
        if (d.name().equals("dns.rr.udp_payload_size") && !p.protocols().contains("mdns")) {
            // Wireshark registers this name twice, in hex for mDNS and in decimal for DNS; one
            // definition holds only the first, so DNS frames print it in decimal here
            return TsharkTruth.values(p, d, (q, e, sb) -> sb.append(q.num(e)));
        }
        return TsharkTruth.values(p, d);
    }
}
