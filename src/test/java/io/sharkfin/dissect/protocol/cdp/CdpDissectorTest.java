package io.sharkfin.dissect.protocol.cdp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.repl.view.ProtocolTree;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded tshark output of {@code cdp.pcapng} (tree, fields, summary, filter cases)
 * cannot show: where sharkfin's values are deliberately not tshark's, and the summary's pass,
 * which reads other bytes than the tree's.
 */
class CdpDissectorTest {

    private static final List<Frame> FRAMES = TestCaptures.read(TestCaptures.DISSECT.resolve("cdp.pcapng"));

    private static Packet frame(int number) {
        return TestCaptures.dissect(Session.full(), FRAMES.get(number - 1));
    }

    private static String cell(Packet p, String field) {
        return FieldFormat.cell(p, p.registry().lookup(field).id());
    }

    /**
     * packet-cdp.c hands the prefix to FT_IPv4 in host byte order, so tshark's value reads
     * 0.1.40.10 for the 10.40.1.0/24 its tree shows; sharkfin's value is the address the tree
     * shows, so {@code cdp.ip_prefix == 10.40.1.0} finds it (README, Differences).
     */
    @Test
    void anIpPrefixIsTheAddressItsItemShows() {
        Packet p = frame(5);
        assertEquals("10.40.1.0,10.40.2.0", cell(p, "cdp.ip_prefix"));
        List<String> tree = ProtocolTree.of(p).stream().map(ProtocolTree.Line::text).toList();
        assertTrue(tree.contains("IP Prefix: 10.40.1.0/24"), tree.toString());
        assertTrue(tree.contains("IP Prefix: 10.40.2.0/23"), tree.toString());
    }

    /**
     * The port ID's stated length leaves out 3 bytes: the item takes them (the byte after the
     * stated end is text, not a TLV type), the Info column keeps the stated length.
     */
    @Test
    void aShortPortIdLengthIsStretchedInTheTreeOnly() {
        Packet p = frame(5);
        assertEquals("Serial0/0/0:", cell(p, "cdp.portid"));
        CdpColumns.Info info = new CdpColumns().of(p, cdpEntry(p));
        assertEquals("Device ID: edge-rtr  Port ID: Serial0/0  ", info.text());
    }

    /**
     * EnergyWise is read only when a tree is built: a table with a bad inner length is malformed
     * in the tree (the finding, then the TLV read past the PDU), while tshark's summary, which
     * builds none, skips the TLV by its length and shows no error.
     */
    @Test
    void energyWiseErrorsAreTheTreesAlone() {
        Packet p = frame(15);
        assertTrue(p.malformed());
        assertTrue(p.has(p.registry().lookup("cdp.nrgyz_tlv.length.invalid").id()));
        CdpColumns.Info info = new CdpColumns().of(p, cdpEntry(p));
        assertNull(info.exception());
        assertEquals("", info.text());
    }

    /** The summary's pass fails where the tree's does when a TLV runs past the PDU. */
    @Test
    void aTlvPastThePduFailsBothPasses() {
        Packet p = frame(17);
        assertTrue(p.malformed());
        CdpColumns.Info info = new CdpColumns().of(p, cdpEntry(p));
        assertTrue(info.exception() != null && info.exception().isMalformed());
        assertEquals("Device ID: edge-rtr  ", info.text());
        assertFalse(frame(1).malformed());
    }

    private static int cdpEntry(Packet p) {
        int id = p.registry().lookup("cdp").id();
        for (int e = 0; e < p.entryCount(); e++) {
            if (p.field(e) == id) {
                return e;
            }
        }
        throw new AssertionError("no CDP layer");
    }
}
