package io.sharkfin.dissect.protocol.stp;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded tshark output of {@code stp.pcapng} and {@code synthetic.pcapng} (tree,
 * fields, summary, filter cases in {@code sharkfin-cases.tsv}) cannot show: frames to GARP's
 * addresses, which share STP's SAP but are no BPDUs, and that a session whose filter does not
 * name STP never runs it.
 */
class StpDissectorTest {

    private static final List<Frame> SYNTHETIC = TestCaptures.read(TestCaptures.DISSECT.resolve("synthetic.pcapng"));
    private static final List<Frame> STP = TestCaptures.read(TestCaptures.DISSECT.resolve("stp.pcapng"));

    /** The synthetic capture's BPDUs: over 802.3 and LLC, behind an 802.1Q tag, in a Linux cooked capture. */
    @Test
    void theSyntheticCapturesBpdusAreStp() {
        Session s = Session.needing(List.of("frame.protocols", "stp.root.hw"));
        assertEquals("eth:llc:stp", protocols(s, SYNTHETIC.get(32)));
        assertEquals("eth:ethertype:vlan:llc:stp", protocols(s, SYNTHETIC.get(57)));
        assertEquals("sll:llc:stp", protocols(s, SYNTHETIC.get(81)));
        assertEquals("00:00:00:00:00:00", TestCaptures.cell(TestCaptures.dissect(s, SYNTHETIC.get(81)), "stp.root.hw"));
    }

    /**
     * A frame to GVRP's address (01:80:c2:00:00:21) goes through STP's dissector without a tree
     * item of its own: tshark hands it to GVRP ({@code eth:llc:stp:gvrp}), sharkfin, which has no
     * GVRP, to data; {@code stp} matches neither.
     */
    @Test
    void gvrpIsNoBpdu() {
        Packet p = TestCaptures.dissect(Session.full(), llcFrame("01:80:c2:00:00:21",
                new byte[] {0, 1, 1, 4, 1, 0, 10, 0, 0}));
        assertEquals("eth:llc:stp:data", p.protocols());
        assertFalse(p.has(p.registry().lookup("stp").id()));
        assertFalse(p.malformed());
    }

    /**
     * Another GARP application's address (01:80:c2:00:00:2f): packet-stp.c names it in the
     * columns only, and tshark keeps neither an STP layer nor data ({@code eth:llc}).
     */
    @Test
    void anUnknownGarpApplicationLeavesNoLayer() {
        Packet p = TestCaptures.dissect(Session.full(), llcFrame("01:80:c2:00:00:2f", new byte[] {0, 1}));
        assertEquals("eth:llc", p.protocols());
        assertFalse(p.malformed());
    }

    /**
     * The per-frame cost of sessions that do not need STP is none: a filter on LLC alone leaves
     * the BPDU undissected, and so does one on another protocol; naming an STP field runs it.
     */
    @Test
    void aSessionThatDoesNotNameStpDoesNotRunIt() {
        for (List<String> fields : List.of(List.of("llc.dsap"), List.of("ip.addr"), List.of("cdp"))) {
            Session s = Session.needing(fields);
            Packet p = TestCaptures.dissect(s, STP.getFirst());
            assertFalse(TestCaptures.hasLayer(p, "stp"), fields.toString());
            assertFalse(s.active(s.dissectors().byName("stp")), fields.toString());
        }
        Session s = Session.needing(List.of("stp.flags.tc"));
        assertTrue(TestCaptures.hasLayer(TestCaptures.dissect(s, STP.getFirst()), "stp"));
    }

    private static String protocols(Session s, Frame f) {
        return TestCaptures.dissect(s, f).protocols();
    }

    /** An 802.3 frame to {@code destination} with LLC to the BPDU SAP and {@code payload}, padded to 60 bytes. */
    private static Frame llcFrame(String destination, byte[] payload) {
        byte[] data = new byte[60];
        String[] octets = destination.split(":");
        for (int i = 0; i < 6; i++) {
            data[i] = (byte) Integer.parseInt(octets[i], 16);
        }
        byte[] source = {0, 0x1c, 0x0e, (byte) 0x87, (byte) 0x85, 0};
        System.arraycopy(source, 0, data, 6, 6);
        data[12] = 0;
        data[13] = (byte) (3 + payload.length);
        data[14] = 0x42;
        data[15] = 0x42;
        data[16] = 3;
        System.arraycopy(payload, 0, data, 17, payload.length);
        return new Frame().set(1, 0, data.length, data.length, LinkType.ETHERNET, 0,
                MemorySegment.ofArray(Arrays.copyOf(data, data.length)), 0);
    }
}
