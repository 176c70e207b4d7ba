package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.OuiVendors;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Ethernet ({@code eth}): Ethernet II frames hand their payload on by type through
 * {@link Ethertype}; IEEE 802.3 frames (type field up to 1500) by length to LLC. The FCS is
 * guessed as Wireshark does when the capture does not say (see {@link EthernetTrailer}).
 */
public final class EthDissector implements Dissector {

    public static final FieldSpec ETH = FieldSpec.protocol("eth", "Ethernet");
    public static final FieldSpec DST = Fields.ether("eth.dst", "Destination");
    public static final FieldSpec DST_RESOLVED =
            Fields.string("eth.dst_resolved", "Destination (resolved)");
    public static final FieldSpec DST_OUI =
            Fields.uint("eth.dst.oui", "Destination OUI", FieldType.UINT24, "BASE_OUI");
    public static final FieldSpec SRC = Fields.ether("eth.src", "Source");
    public static final FieldSpec DST_OUI_RESOLVED =
            Fields.string("eth.dst.oui_resolved", "Destination OUI (resolved)");
    public static final FieldSpec SRC_RESOLVED = Fields.string("eth.src_resolved", "Source (resolved)");
    public static final FieldSpec SRC_OUI =
            Fields.uint("eth.src.oui", "Source OUI", FieldType.UINT24, "BASE_OUI");
    public static final FieldSpec SRC_OUI_RESOLVED = Fields.string("eth.src.oui_resolved", "Source OUI (resolved)");
    public static final FieldSpec LEN = Fields.u16("eth.len", "Length", "BASE_DEC");
    public static final FieldSpec TYPE = Fields.u16("eth.type", "Type", "BASE_HEX");
    public static final FieldSpec INVALID_LENTYPE =
            Fields.u16("eth.invalid_lentype", "Invalid length/type", "BASE_HEX_DEC");
    public static final FieldSpec ADDR = Fields.ether("eth.addr", "Address");
    public static final FieldSpec ADDR_RESOLVED = Fields.string("eth.addr_resolved", "Address (resolved)");
    public static final FieldSpec ADDR_OUI =
            Fields.uint("eth.addr.oui", "Address OUI", FieldType.UINT24, "BASE_OUI");
    public static final FieldSpec ADDR_OUI_RESOLVED =
            Fields.string("eth.addr.oui_resolved", "Address OUI (resolved)");
    public static final FieldSpec PADDING = Fields.bytes("eth.padding", "Padding");
    public static final FieldSpec TRAILER = Fields.bytes("eth.trailer", "Trailer");
    public static final FieldSpec FCS = Fields.u32("eth.fcs", "Frame check sequence", "BASE_HEX");
    public static final FieldSpec FCS_STATUS = Fields.u8("eth.fcs.status", "FCS Status", "BASE_NONE");
    public static final FieldSpec DST_LG = Fields.bool("eth.dst.lg", "LG bit", 24, 0x020000);
    public static final FieldSpec DST_IG = Fields.bool("eth.dst.ig", "IG bit", 24, 0x010000);
    public static final FieldSpec SRC_LG = Fields.bool("eth.src.lg", "LG bit", 24, 0x020000);
    public static final FieldSpec SRC_IG = Fields.bool("eth.src.ig", "IG bit", 24, 0x010000);
    public static final FieldSpec LG = Fields.bool("eth.lg", "LG bit", 24, 0x020000);
    public static final FieldSpec IG = Fields.bool("eth.ig", "IG bit", 24, 0x010000);

    static final Expert.Info INVALID_LENTYPE_EXPERT = Expert.Info.of("eth.invalid_lentype.expert",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Invalid length/type");
    static final Expert.Info SRC_NOT_GROUP = Expert.Info.of("eth.src_not_group",
            Expert.Group.PROTOCOL, Expert.Severity.WARN,
            "Source MAC must not be a group address: IEEE 802.3-2002, Section 3.2.3(b)");
    static final Expert.Info LEN_PAST_END = Expert.Info.of("eth.len.past_end",
            Expert.Group.MALFORMED, Expert.Severity.ERROR,
            "Length field value goes past the end of the payload");
    static final Expert.Info PADDING_BAD = Expert.Info.of("eth.padding_bad",
            Expert.Group.PROTOCOL, Expert.Severity.NOTE,
            "Padding identification may be inaccurate and impact trailer dissector");

    private static final List<FieldSpec> FIELDS = List.of(DST, DST_RESOLVED, DST_OUI, DST_OUI_RESOLVED, SRC,
            SRC_RESOLVED, SRC_OUI, SRC_OUI_RESOLVED, LEN, TYPE, INVALID_LENTYPE, ADDR, ADDR_RESOLVED, ADDR_OUI,
            ADDR_OUI_RESOLVED, PADDING,
            TRAILER, FCS, FCS_STATUS, DST_LG, DST_IG, SRC_LG, SRC_IG, LG, IG,
            INVALID_LENTYPE_EXPERT.field(), SRC_NOT_GROUP.field(), LEN_PAST_END.field(),
            PADDING_BAD.field(), Ethertype.ETHERTYPE);

    /** What each address adds; a session wanting none of it does not look at the addresses. */
    private static final FieldGroup DST_FIELDS = FieldGroup.of(DST, DST_RESOLVED, DST_OUI, DST_OUI_RESOLVED,
            ADDR, ADDR_RESOLVED, ADDR_OUI, ADDR_OUI_RESOLVED, DST_LG, DST_IG, LG, IG);
    private static final FieldGroup SRC_FIELDS = FieldGroup.builder().add(SRC, SRC_RESOLVED, SRC_OUI,
            SRC_OUI_RESOLVED, ADDR, ADDR_RESOLVED, ADDR_OUI, ADDR_OUI_RESOLVED, SRC_LG, SRC_IG, LG, IG)
            .add(SRC_NOT_GROUP).build();

    private static final int HEADER = 14;
    /** Largest 802.3 length; larger type values up to 0x600 are invalid. */
    private static final int MAX_802_3_LEN = 1500;
    private static final int MIN_ETHERNET_II_TYPE = 1536;
    /** The capture does not say whether frames end in an FCS. */
    private static final int FCS_UNKNOWN = -1;

    private final Dissectors ds;
    private final int fcsLen;

    /** Ethernet as a link type: whether frames end in an FCS is guessed. */
    public EthDissector(Dissectors ds) {
        this(ds, FCS_UNKNOWN);
    }

    private EthDissector(Dissectors ds, int fcsLen) {
        this.ds = ds;
        this.fcsLen = fcsLen;
    }

    /** Ethernet carried inside another protocol (GRE, VXLAN, Linux cooked), which has no FCS. */
    public Dissector withoutFcs() {
        return new EthDissector(ds, 0);
    }

    @Override
    public FieldSpec protocol() {
        return ETH;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "Ethernet";
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ethertype.protocolNames());
        out.add("llc");
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, HEADER);
        p.setProtocolLength(HEADER);
        int type = p.u16(buf, off + 12);
        if (type <= MAX_802_3_LEN && isCiscoIsl(p, buf, off)) {
            // ISL frames are not dissected: show them as data after the header
            Calls.data(p, ds, buf, off, len);
            return len;
        }
        if (type > MAX_802_3_LEN && type < MIN_ETHERNET_II_TYPE) {
            addAddresses(p, buf, off, false);
            int e = p.addUInt(INVALID_LENTYPE, buf, off + 12, 2, type);
            if (Expert.wanted(p, INVALID_LENTYPE_EXPERT)) {
                Expert.add(p, e, INVALID_LENTYPE_EXPERT, buf, off + 12,
                        String.format("Invalid length/type: 0x%04x (%d)", type, type));
            }
            Calls.data(p, ds, buf, off + HEADER, len - HEADER);
            return len;
        }
        if (type <= MAX_802_3_LEN && type != 0) {
            boolean is8022 = is8022(p, buf, off);
            addAddresses(p, buf, off, false);
            Ieee8023.dissect(p, ds, type, is8022, buf, off, len, HEADER, LEN, TRAILER, LEN_PAST_END,
                    fcsLen);
            return len;
        }
        addHeaderOnly(p, buf, off);
        Ethertype.dispatch(p, ds, type, buf, off, len, HEADER, TRAILER, fcsLen);
        return len;
    }

    /**
     * The fields {@link #addHeaderOnly} adds: those of an Ethernet II header, without its
     * trailer. A session wanting another Ethernet field uses this dissector.
     */
    static final List<FieldSpec> HEADER_ONLY_FIELDS = List.of(ETH, DST, DST_RESOLVED, DST_OUI,
            DST_OUI_RESOLVED, SRC, SRC_RESOLVED, SRC_OUI, SRC_OUI_RESOLVED, TYPE, ADDR, ADDR_RESOLVED, ADDR_OUI,
            ADDR_OUI_RESOLVED, DST_LG, DST_IG, SRC_LG, SRC_IG,
            LG, IG, SRC_NOT_GROUP.field(), Ethertype.ETHERTYPE);

    /**
     * Adds the {@link #HEADER_ONLY_FIELDS} of a captured Ethernet II header, in the order and
     * with the values and spans {@link #dissect} gives them. The protocol item is the caller's.
     */
    static void addHeaderOnly(Packet p, int buf, int off) {
        addAddresses(p, buf, off, true);
        p.addUInt(TYPE, buf, off + 12, 2, p.u16(buf, off + 12));
    }

    /** Cisco ISL frames start with 01-00-0C-00-00 or 0C-00-0C-00-00. */
    private static boolean isCiscoIsl(Packet p, int buf, int off) {
        int b0 = p.u8(buf, off);
        return (b0 == 0x01 || b0 == 0x0c) && p.u8(buf, off + 1) == 0 && p.u8(buf, off + 2) == 0x0c
                && p.u8(buf, off + 3) == 0 && p.u8(buf, off + 4) == 0;
    }

    /** 802.3 payloads are LLC unless they start with 0xffff (raw IPX). */
    private static boolean is8022(Packet p, int buf, int off) {
        return !p.available(buf, off + HEADER, 2) || p.u16(buf, off + HEADER) != 0xffff;
    }

    /** The two addresses; the caller made sure the header's 14 bytes are there. */
    private static void addAddresses(Packet p, int buf, int off, boolean checkGroup) {
        if (p.wantsAny(DST_FIELDS)) {
            addAddress(p, buf, off, DST, DST_RESOLVED, DST_OUI, DST_OUI_RESOLVED, DST_LG, DST_IG, false);
        }
        if (p.wantsAny(SRC_FIELDS)) {
            addAddress(p, buf, off + 6, SRC, SRC_RESOLVED, SRC_OUI, SRC_OUI_RESOLVED, SRC_LG, SRC_IG, checkGroup);
        }
    }

    private static void addAddress(Packet p, int buf, int at, FieldSpec addr, FieldSpec resolved,
                                   FieldSpec oui, FieldSpec vendor, FieldSpec lg, FieldSpec ig,
                                   boolean checkGroup) {
        int item = p.addBytes(addr, buf, at, 6);
        if (checkGroup && (p.u8(buf, at) & 0x01) != 0) {
            Expert.add(p, item, SRC_NOT_GROUP, buf, at);
        }
        int saved = p.openSubtree(item);
        int first3 = p.u24(buf, at);
        // without name resolution a MAC address resolves to itself
        String text = p.wants(resolved) || p.wants(ADDR_RESOLVED) ? Addresses.mac(p, buf, at) : null;
        if (text != null) {
            p.addComputedString(resolved, buf, at, 6, text);
        }
        p.addUInt(oui, buf, at, 3, first3);
        // the manuf file's name, even without name resolution, as tshark -n; none when unknown
        String name = p.wants(vendor) || p.wants(ADDR_OUI_RESOLVED) ? OuiVendors.of(first3) : null;
        if (name != null) {
            p.addComputedString(vendor, buf, at, 6, name);
        }
        p.addBytes(ADDR, buf, at, 6);
        if (text != null) {
            p.addComputedString(ADDR_RESOLVED, buf, at, 6, text);
        }
        p.addUInt(ADDR_OUI, buf, at, 3, first3);
        if (name != null) {
            p.addComputedString(ADDR_OUI_RESOLVED, buf, at, 6, name);
        }
        boolean lgBit = (first3 & 0x020000) != 0;
        boolean igBit = (first3 & 0x010000) != 0;
        p.addBoolean(lg, buf, at, 3, lgBit);
        p.addBoolean(LG, buf, at, 3, lgBit);
        p.addBoolean(ig, buf, at, 3, igBit);
        p.addBoolean(IG, buf, at, 3, igBit);
        p.closeSubtree(saved);
    }

    @Override
    public String label(Packet p, int entry) {
        if (!Addresses.has(p, entry, HEADER)) {
            return null;
        }
        int type = Addresses.u16At(p, entry, 12);
        String src = Addresses.macAt(p, entry, 6);
        String dst = Addresses.macAt(p, entry, 0);
        if (type > MAX_802_3_LEN && type < MIN_ETHERNET_II_TYPE) {
            return "Ethernet Unknown, Src: " + src + ", Dst: " + dst;
        }
        if (type <= MAX_802_3_LEN && type != 0) {
            boolean raw = Addresses.has(p, entry, HEADER + 2) && Addresses.u16At(p, entry, HEADER) == 0xffff;
            return raw ? "IEEE 802.3 Ethernet Raw " : "IEEE 802.3 Ethernet ";
        }
        return "Ethernet II, Src: " + src + ", Dst: " + dst;
    }
}
