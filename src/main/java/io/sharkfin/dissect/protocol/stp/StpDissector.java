package io.sharkfin.dissect.protocol.stp;

import static io.sharkfin.dissect.protocol.stp.StpFields.*;

import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.EthDissector;

import java.util.List;

/**
 * The Spanning Tree Protocol as packet-stp.c 4.0 dissects a BPDU: Configuration BPDUs and
 * Topology Change Notifications (802.1D), RST BPDUs (802.1w), MST BPDUs with their MSTI messages
 * in the 802.1s format or Cisco's older one, and SPT BPDUs (802.1aq), for LLC's SAP 0x42,
 * Ethernet type 0x8181 and Cisco's SNAP PIDs; the variant for Cisco's PVST+ ({@link #pvst()})
 * also reads the TLVs after the BPDU. Lengths are trusted as far as the C code trusts them, so
 * a BPDU whose lengths lie fails where tshark's does. Frames to a GARP address are no BPDUs.
 */
public final class StpDissector implements Dissector {
    static final FieldGroup OWN_FIELDS = FieldGroup.of(ALL);

    private static final int TYPE_CONF = 0x00;
    private static final int TYPE_RST = 0x02;
    private static final int TYPE_TCN = 0x80;
    /** Where a Configuration BPDU ends, and an RST BPDU's Version 1 Length sits. */
    private static final int CONF_SIZE = 35;
    private static final int TCN_SIZE = 4;
    private static final int VERSION_1_LENGTH_AT = 35;
    /** PVST+'s TLVs follow a BPDU padded to an RST BPDU's 36 bytes. */
    private static final int PVST_TLVS_AT = 36;
    private static final int MST_MIN_SIZE = 102;

    /** The legacy BPDU's flags, then an RST BPDU's (the fields' order in packet-stp.c's arrays). */
    private static final FieldSpec[] CONF_FLAGS = {FLAGS_TCACK, FLAGS_TC};
    static final FieldSpec[] RST_FLAGS = {FLAGS_TCACK, FLAGS_AGREEMENT, FLAGS_FORWARDING, FLAGS_LEARNING,
        FLAGS_PORT_ROLE, FLAGS_PROPOSAL, FLAGS_TC};
    private static final FieldSpec[] TIMES = {MSG_AGE, MAX_AGE, HELLO, FORWARD};

    private final Dissectors ds;
    private final boolean pvst;

    public StpDissector(Dissectors ds) {
        this(ds, false);
    }

    private StpDissector(Dissectors ds, boolean pvst) {
        this.ds = ds;
        this.pvst = pvst;
    }

    /** packet-stp.c's {@code bpdu_cisco}: a BPDU followed by Cisco's PVST+ TLVs. */
    public Dissector pvst() {
        return new StpDissector(ds, true);
    }

    @Override
    public FieldSpec protocol() {
        return STP;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    /**
     * packet-stp.c words its item ({@code proto_tree_add_protocol_format}), so that
     * {@code -e stp} prints the title rather than the name.
     */
    @Override
    public String label(Packet p, int entry) {
        return STP.title();
    }

    /** The PDU of a GARP application (GVRP, GMRP), which sharkfin shows as data. */
    @Override
    public List<String> calls() {
        return List.of("data");
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        int garp = garpApplication(p);
        if (garp >= 0) {
            return garp(p, garp, buf, off, len);
        }
        Bpdu b = new Bpdu(p, buf, off, len);
        Header h = Header.read(b);
        b.value(PROTOCOL, 0, 2, b.u16(0));
        int version = b.value(VERSION, 2, 1, h.version);
        if (h.version != 0 && (h.version < 2 || h.version > 4)) {
            b.expert(version, VERSION_SUPPORT, 2);
        }
        int type = b.value(TYPE, 3, 1, h.type);
        if (h.type == TYPE_TCN) {
            b.setActualLength(TCN_SIZE);
            return b.capturedLength();
        }
        if (h.type != TYPE_CONF && h.type != TYPE_RST) {
            b.expert(type, TYPE_UNKNOWN, 3);
            return b.capturedLength();
        }
        body(b, h);
        return b.capturedLength();
    }

    /** What follows the type in Configuration and RST BPDUs. */
    private void body(Bpdu b, Header h) {
        int bridge = b.u16(17);
        String bridgeMac = b.mac(19);
        b.flags(FLAGS, h.type == TYPE_RST ? RST_FLAGS : CONF_FLAGS, 4, h.flags);
        b.bridgeId(5, "Root Identifier", h.root, h.rootMac, ROOT_PRIO, ROOT_EXT, ROOT_HW);
        b.value(ROOT_COST, 13, 4, h.cost);
        b.bridgeId(17, "Bridge Identifier", bridge, bridgeMac, BRIDGE_PRIO, BRIDGE_EXT, BRIDGE_HW);
        b.value(PORT, 25, 2, h.port);
        for (int i = 0; i < TIMES.length; i++) {
            // in units of 1/256 second
            b.number(TIMES[i], 27 + 2 * i, 2, b.u16(27 + 2 * i) / 256.0);
        }
        if (h.type == TYPE_CONF) {
            if (pvst) {
                PvstTlvs.dissect(b, PVST_TLVS_AT);
            }
            b.setActualLength(CONF_SIZE);
            return;
        }
        int version1Length = b.u8(VERSION_1_LENGTH_AT);
        b.value(VERSION_1_LENGTH, VERSION_1_LENGTH_AT, 1, version1Length);
        // packet-stp.c's tests for an MST BPDU: version 3 or more, no Version 1 data, 102 bytes
        if (h.version >= 3 && version1Length == 0 && b.reportedLength() >= MST_MIN_SIZE) {
            MstExtension.dissect(b, h.version);
        } else if (pvst) {
            PvstTlvs.dissect(b, PVST_TLVS_AT);
        }
    }

    /**
     * The bytes packet-stp.c reads before its tree (the Info column's): the version and type,
     * and for Configuration and RST BPDUs the flags, root identifier, root path cost and port.
     * Wireshark adds the protocol's item after them, so a BPDU too short for them has none.
     */
    record Header(int version, int type, int flags, int root, String rootMac, long cost, int port) {
        static Header read(Bpdu b) {
            try {
                int type = b.u8(3);
                int version = b.u8(2);
                if (type != TYPE_CONF && type != TYPE_RST) {
                    return new Header(version, type, 0, 0, null, 0, 0);
                }
                int flags = b.u8(4);
                int root = b.u16(5);
                String rootMac = b.mac(7);
                long cost = b.u32(13);
                return new Header(version, type, flags, root, rootMac, cost, b.u16(25));
            } catch (Truncated t) {
                b.p.dropProtocolItem();
                throw t;
            }
        }
    }

    /** The last byte of the GARP group addresses 01:80:c2:00:00:2x (and GVRP's 0d). */
    private static final int GMRP = 0x20;
    private static final int GVRP = 0x21;
    private static final int GVRP_PROVIDER = 0x0d;

    /**
     * The GARP application whose address the frame goes to, which packet-stp.c checks before
     * anything else (GARP shares STP's SAP): the address's last byte, or -1. Wireshark reads the
     * destination of the Ethernet header the frame came in; sharkfin finds it for frames of the
     * Ethernet link type that hold no other Ethernet header (a tunnel's inner frame is taken for
     * a BPDU), and a Linux cooked capture has none, as in Wireshark.
     */
    private static int garpApplication(Packet p) {
        if (p.frame().linkType() != LinkType.ETHERNET || ethernetHeaders(p) != 1) {
            return -1;
        }
        int buf = Packet.FRAME_BUFFER;
        if (p.u16(buf, 0) != 0x0180 || p.u16(buf, 2) != 0xc200 || p.u8(buf, 4) != 0x00) {
            return -1;
        }
        int last = p.u8(buf, 5);
        return last == GVRP_PROVIDER || (last & 0xf0) == 0x20 ? last : -1;
    }

    private static int ethernetHeaders(Packet p) {
        int eth = EthDissector.ETH.id();
        int n = 0;
        for (int i = 0; i < p.layerCount(); i++) {
            if (p.layerProtocol(i) == eth) {
                n++;
            }
        }
        return n;
    }

    /**
     * A GARP PDU: GMRP's and GVRP's go to their dissectors, which sharkfin has not, so their
     * bytes are data; another application's adds nothing (Wireshark then keeps no STP layer, and
     * names it in the columns only).
     */
    private int garp(Packet p, int application, int buf, int off, int len) {
        if (application == GMRP || application == GVRP || application == GVRP_PROVIDER) {
            p.dropProtocolItem();
            p.callIfActive(ds.data(), buf, off, len);
        } else {
            p.dropLayer();
        }
        return len;
    }
}
