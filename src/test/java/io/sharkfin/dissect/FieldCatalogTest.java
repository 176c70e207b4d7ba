package io.sharkfin.dissect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every field sharkfin dissects exists in Wireshark 4.0.17 with the same type, display base and
 * bitmask (they decide how values print and compare), under the same protocol (which names it in
 * {@code sharkfin fields} and the keys of {@code -T ek}).
 */
class FieldCatalogTest {

    /**
     * Names Wireshark registers more than once with different types; sharkfin keeps the variant
     * its dissector produces most (see the field's Javadoc).
     */
    private static final Set<String> DUPLICATE_NAMES = Set.of("llc.control.ftype",
            "icmpv6.opt.linkaddr", "icmpv6.opt.src_linkaddr", "icmpv6.opt.target_linkaddr",
            "ip.version", "ip.opt.len.invalid");

    @Test
    void dissectedFieldsMatchWiresharksCatalogue() {
        WiresharkCatalog catalog = WiresharkCatalog.shipped();
        List<String> problems = new ArrayList<>();
        for (FieldDef mine : FieldRegistry.standard().dissected()) {
            FieldDef ws = catalog.lookup(mine.name());
            if (ws == null && mine.description().startsWith("sharkfin:")) {
                continue; // sharkfin's own field (JA4, tls.cert.*), listed by `sharkfin fields`
            }
            if (ws == null) {
                problems.add(mine.name() + ": not a Wireshark 4.0 field");
                continue;
            }
            if (DUPLICATE_NAMES.contains(mine.name())) {
                continue;
            }
            if (ws.isProtocol() && mine.type() == FieldType.BYTES
                    && (mine.name().startsWith("ip.options.") || mine.name().startsWith("tcp.options."))) {
                // IPv4 and TCP options are protocols "in name only" whose values are their bytes
                // (tshark -G fields shows them as protocols, without their value type)
                continue;
            }
            // tshark -G fields prints no display for times; sharkfin keeps the real one
            // nor flags such as BASE_ALLOW_ZERO, which sharkfin keeps where they change the output
            String display = mine.type() == FieldType.ABSOLUTE_TIME || mine.display().equals("BASE_ALLOW_ZERO")
                    ? "" : mine.display();
            String a = mine.type() + " " + display + " 0x" + Long.toHexString(mine.bitmask()) + parent(mine);
            String b = ws.type() + " " + ws.display() + " 0x" + Long.toHexString(ws.bitmask()) + parent(ws);
            if (!a.equals(b)) {
                problems.add(mine.name() + ": " + a + " but Wireshark has " + b);
            }
            // the title is what -V draws before the value ("Key: 0x00001234"); a name Wireshark
            // registers twice keeps the title its catalogue does not list (tls.handshake.type is
            // SSLv2's "Handshake Message Type" there, TLS's "Handshake Type" in the tree)
            if (!mine.title().equals(ws.title()) && !mine.name().equals("tls.handshake.type")) {
                problems.add(mine.name() + ": titled \"" + mine.title() + "\" but Wireshark has \"" + ws.title() + "\"");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The protocol a field is registered under (a protocol has none). */
    private static String parent(FieldDef d) {
        return d.isProtocol() ? "" : " in " + d.protocol();
    }

    /**
     * Value names of dissected fields come from the small core table: a registry that reached for
     * the big one would add most of a second to every start.
     */
    @Test
    void dissectedProtocolsAreInTheCoreValueTable() {
        WiresharkCatalog catalog = WiresharkCatalog.shipped();
        List<String> outside = new ArrayList<>();
        for (FieldDef mine : FieldRegistry.standard().dissected()) {
            if (!catalog.isCore(mine.protocol()) && !outside.contains(mine.protocol())) {
                outside.add(mine.protocol());
            }
        }
        assertEquals(List.of(), outside, "protocols missing from CORE in src/tools/gen-wireshark-catalog.py");
    }
}
