package io.sharkfin.dissect.protocol.lldp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded tshark output of {@code lldp.pcapng} (tree, summary, filter cases in
 * sharkfin-cases.tsv) does not show by itself: the values analysts read switch names and ports
 * from, and that a session whose filter does not mention LLDP leaves it undissected.
 */
class LldpDissectorTest {

    private static final List<Frame> FRAMES = TestCaptures.read(TestCaptures.DISSECT.resolve("lldp.pcapng"));

    private static Packet frame(Session s, int number) {
        return TestCaptures.dissect(s, FRAMES.get(number - 1));
    }

    /** tshark -n -r lldp.pcapng -T fields -e lldp.tlv.system.name -e lldp.chassis.id.mac -e lldp.port.id ... (frame 1). */
    @Test
    void aSwitchAnnouncementGivesItsNameChassisAndPort() {
        Packet p = frame(Session.full(), 1);
        assertEquals("sw1", TestCaptures.cell(p, "lldp.tlv.system.name"));
        assertEquals("00:1e:bd:4c:22:81", TestCaptures.cell(p, "lldp.chassis.id.mac"));
        assertEquals("Gi1/0/1", TestCaptures.cell(p, "lldp.port.id"));
        assertEquals("120", TestCaptures.cell(p, "lldp.time_to_live"));
        assertEquals("10.20.0.2", TestCaptures.cell(p, "lldp.mgn.addr.ip4"));
        assertEquals("2001:db8:20::2", TestCaptures.cell(p, "lldp.mgn.addr.ip6"));
        assertEquals("20", TestCaptures.cell(p, "lldp.ieee.802_1.port_vlan.id"));
        assertEquals("users", TestCaptures.cell(p, "lldp.ieee.802_1.vlan.name"));
        assertEquals("1522", TestCaptures.cell(p, "lldp.ieee.802_3.max_frame_size"));
        assertFalse(p.malformed());
    }

    /** A TLV past the end of the PDU is malformed; a frame cut by the capture is short, not malformed. */
    @Test
    void liesAndCutsAreMarkedAsTsharkMarksThem() {
        Packet cut = frame(Session.full(), 14);
        assertTrue(cut.shortFrame());
        Packet past = frame(Session.full(), 15);
        assertTrue(past.malformed());
        assertEquals("sw1", TestCaptures.cell(frame(Session.needing(List.of("lldp.tlv.system.name")), 13),
                "lldp.tlv.system.name"));
    }

    /** A filter that does not read LLDP does not make it run: the frames are Ethernet's alone. */
    @Test
    void aFilterWithoutLldpLeavesItUndissected() {
        Session s = Session.needing(List.of("eth.type", "eth.src"));
        List<String> layers = new ArrayList<>();
        for (int n = 1; n <= FRAMES.size(); n++) {
            layers.add(frame(s, n).protocols());
        }
        assertTrue(layers.stream().noneMatch(l -> l.contains("lldp")), layers.toString());
        assertTrue(TestCaptures.hasLayer(frame(Session.needing(List.of("lldp")), 1), "lldp"));
    }
}
