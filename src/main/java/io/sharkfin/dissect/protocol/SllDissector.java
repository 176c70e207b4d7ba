package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Linux cooked capture ({@code sll}), version 1 (16-byte header) and version 2 (20 bytes),
 * told apart by the frame's link type. Protocols above 1536 go through {@link Ethertype};
 * smaller values are Linux protocol numbers (3: Ethernet, 4: LLC).
 */
public final class SllDissector implements Dissector {

    public static final FieldSpec SLL = FieldSpec.protocol("sll", "Linux cooked-mode capture");
    public static final FieldSpec PKTTYPE = Fields.u16("sll.pkttype", "Packet type", "BASE_DEC");
    public static final FieldSpec HATYPE = Fields.u16("sll.hatype", "Link-layer address type", "BASE_DEC");
    public static final FieldSpec HALEN = Fields.u16("sll.halen", "Link-layer address length", "BASE_DEC");
    public static final FieldSpec SRC_ETH = Fields.ether("sll.src.eth", "Source");
    public static final FieldSpec SRC_IPV4 = Fields.ipv4("sll.src.ipv4", "Source");
    public static final FieldSpec SRC_OTHER = Fields.bytes("sll.src.other", "Source");
    public static final FieldSpec UNUSED = Fields.bytes("sll.unused", "Unused");
    public static final FieldSpec LTYPE = Fields.u16("sll.ltype", "Protocol", "BASE_HEX");
    public static final FieldSpec GRETYPE = Fields.u16("sll.gretype", "Protocol", "BASE_HEX");
    public static final FieldSpec ETYPE = Fields.u16("sll.etype", "Protocol", "BASE_HEX");
    public static final FieldSpec TRAILER = Fields.bytes("sll.trailer", "Trailer");
    public static final FieldSpec IFINDEX = Fields.u32("sll.ifindex", "Interface index", "BASE_DEC");

    private static final List<FieldSpec> FIELDS = List.of(PKTTYPE, HATYPE, HALEN, SRC_ETH, SRC_IPV4,
            SRC_OTHER, UNUSED, LTYPE, GRETYPE, ETYPE, TRAILER, IFINDEX);

    private static final int V1_HEADER = 16;
    private static final int V2_HEADER = 20;
    private static final int ADDRESS_SPACE = 8;
    /** Linux compares protocol numbers with 1536, not 1500. */
    private static final int MAX_LINUX_PROTOCOL = 1536;
    private static final int ARPHRD_IPGRE = 778;
    private static final int LINUX_SLL_P_ETHERNET = 3;
    private static final int LINUX_SLL_P_802_2 = 4;

    private final Dissectors ds;
    private final Dissector ethWithoutFcs;

    public SllDissector(Dissectors ds, EthDissector eth) {
        this.ds = ds;
        this.ethWithoutFcs = eth.withoutFcs();
    }

    @Override
    public FieldSpec protocol() {
        return SLL;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ethertype.protocolNames());
        out.add("eth");
        out.add("llc");
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        boolean v2 = p.frame().linkType() == LinkType.LINUX_SLL2;
        int header = v2 ? V2_HEADER : V1_HEADER;
        Calls.needBeforeItem(p, buf, off, len, v2 ? 11 : 4);
        p.setProtocolLength(header);
        int protocol;
        int hatype;
        if (v2) {
            hatype = p.u16(buf, off + 8);
            protocol = addProtocolType(p, buf, off, hatype);
            p.addUInt(IFINDEX, buf, off + 4, 4, p.u32(buf, off + 4));
            p.addUInt(HATYPE, buf, off + 8, 2, hatype);
            p.addUInt(PKTTYPE, buf, off + 10, 1, p.u8(buf, off + 10));
            addAddress(p, buf, off + 11, 1);
        } else {
            int pkttype = p.u16(buf, off);
            hatype = p.u16(buf, off + 2);
            p.addUInt(PKTTYPE, buf, off, 2, pkttype);
            p.addUInt(HATYPE, buf, off + 2, 2, hatype);
            addAddress(p, buf, off + 4, 2);
            protocol = addProtocolType(p, buf, off + 14, hatype);
        }
        Calls.need(len, 0, header);
        if (protocol <= MAX_LINUX_PROTOCOL) {
            Dissector next = switch (protocol) {
                case LINUX_SLL_P_ETHERNET -> ethWithoutFcs;
                case LINUX_SLL_P_802_2 -> ds.byName("llc");
                default -> null;
            };
            if (next == null || Calls.ifNeeded(p, next, buf, off + header, len - header) == 0) {
                Calls.data(p, ds, buf, off + header, len - header);
            }
        } else if (hatype != ARPHRD_IPGRE) {
            Ethertype.dispatch(p, ds, protocol, buf, off, len, header, TRAILER, 0);
        }
        return len;
    }

    private static int addProtocolType(Packet p, int buf, int at, int hatype) {
        int protocol = p.u16(buf, at);
        FieldSpec f = protocol <= MAX_LINUX_PROTOCOL ? LTYPE : hatype == ARPHRD_IPGRE ? GRETYPE : ETYPE;
        p.addUInt(f, buf, at, 2, protocol);
        return protocol;
    }

    /** The link-layer address length field and the source address after it. */
    private static void addAddress(Packet p, int buf, int lenAt, int lenSize) {
        int halen = lenSize == 1 ? p.u8(buf, lenAt) : p.u16(buf, lenAt);
        p.addUInt(HALEN, buf, lenAt, lenSize, halen);
        int at = lenAt + lenSize;
        switch (halen) {
            case 4 -> p.addIPv4(SRC_IPV4, buf, at);
            case 6 -> p.addBytes(SRC_ETH, buf, at, 6);
            case 0 -> { }
            default -> p.addBytes(SRC_OTHER, buf, at, Math.min(halen, ADDRESS_SPACE));
        }
        if (halen < ADDRESS_SPACE) {
            p.addBytes(UNUSED, buf, at + halen, ADDRESS_SPACE - halen);
        }
    }

    @Override
    public String label(Packet p, int entry) {
        return p.rawLen(entry) == V2_HEADER && p.frame().linkType() == LinkType.LINUX_SLL2
                ? "Linux cooked capture v2" : "Linux cooked capture v1";
    }
}
