package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.TestPackets;
import io.sharkfin.dissect.Truncated;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the DNS dissectors over a capture (below them, {@link TestLowerLayers}) for tests. */
final class DnsRun {
    static final String SEP = "\u001f";

    /** What one frame gave: every recorded field's values as tshark prints them, and more. */
    record FrameView(long number, Map<String, String> values, String layers, boolean malformed,
                     List<Long> ipv4Addresses, boolean udp) {
        String get(String field) {
            return values.getOrDefault(field, "");
        }

        List<String> all(String field) {
            String v = get(field);
            return v.isEmpty() && !values.containsKey(field) ? List.of() : List.of(v.split(SEP, -1));
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

    /**
     * Wireshark registers dns.rr.udp_payload_size twice, hex for mDNS and decimal for DNS; one
     * definition can hold only the first, so DNS frames print it in decimal here.
     */
    private static FieldDef displayed(FieldDef d, Packet p) {
        if (d.name().equals("dns.rr.udp_payload_size") && !p.protocols().contains("mdns")) {
            return new FieldDef(d.id(), d.name(), d.title(), d.type(), d.protocol(), "BASE_DEC", 0,
                    d.description(), d.strings(), true);
        }
        return d;
    }

    /**
     * Runs a capture. The DNS heuristic is tried on unclaimed UDP ports only for the hand-made
     * captures of src/test/resources/dns, whose ports no other Wireshark dissector takes.
     */
    static List<FrameView> run(Path capture, List<String> fields) throws IOException {
        List<Frame> frames = TestCaptures.read(capture);
        Packet p = TestPackets.needing(fields);
        return run(frames, p, fields, capture.startsWith(TestCaptures.DNS));
    }

    static List<FrameView> run(List<Frame> frames, Packet p, List<String> fields, boolean heuristics) {
        FieldRegistry reg = p.registry();
        TestLowerLayers lower = new TestLowerLayers();
        lower.heuristics = heuristics;
        List<FrameView> out = new ArrayList<>();
        for (Frame f : frames) {
            TestPackets.begin(p, f);
            try {
                lower.walk(p);
            } catch (Truncated t) {
                p.markTruncated(t);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : fields) {
                FieldDef d = reg.lookup(name);
                if (d != null && d.dissected() && p.has(d.id())) {
                    values.put(name, d.isProtocol() ? Integer.toString(p.count(d.id()))
                            : FieldText.values(p, displayed(d, p), SEP));
                }
            }
            out.add(new FrameView(f.number(), values, p.protocols(), p.malformed(),
                    lower.ipv4Addresses(), lower.udp));
        }
        return out;
    }
}
