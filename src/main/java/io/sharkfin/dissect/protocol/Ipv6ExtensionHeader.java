package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv6 extension headers, each its own protocol as in Wireshark: hop-by-hop options
 * ({@code ipv6.hopopts}), routing ({@code ipv6.routing}, type 0 addresses decoded), fragment
 * ({@code ipv6.fraghdr}, with reassembly) and destination options ({@code ipv6.dstopts}).
 * Options: Pad1, PadN, router alert and jumbo payload are decoded, others shown as unknown data.
 */
public final class Ipv6ExtensionHeader implements Dissector {

    /** Which extension header an instance dissects. */
    public enum Kind {
        HOPOPTS("ipv6.hopopts", "IPv6 Hop-by-Hop Option", 0),
        ROUTING("ipv6.routing", "Routing Header for IPv6", 43),
        FRAGMENT("ipv6.fraghdr", "Fragment Header for IPv6", 44),
        DSTOPTS("ipv6.dstopts", "Destination Options for IPv6", 60);

        final FieldSpec protocol;
        final int number;
        final FieldSpec nxt;
        final FieldSpec len;
        final FieldSpec lenOct;

        Kind(String name, String title, int number) {
            this.protocol = FieldSpec.protocol(name, title).inProtocol(name);
            this.number = number;
            this.nxt = Fields.u8(name + ".nxt", "Next Header", "BASE_DEC").inProtocol(name);
            this.len = Fields.u8(name + ".len", "Length", "BASE_DEC").inProtocol(name);
            this.lenOct = Fields.u16(name + ".len_oct", "Length", "BASE_DEC").inProtocol(name);
        }

        /** The protocol number of this header. */
        public int number() {
            return number;
        }
    }

    static final FieldSpec OPT = Fields.none("ipv6.opt", "IPv6 Option");
    static final FieldSpec OPT_TYPE = Fields.u8("ipv6.opt.type", "Type", "BASE_HEX");
    static final FieldSpec OPT_TYPE_ACTION =
            Fields.uint("ipv6.opt.type.action", "Action", FieldType.UINT8, "BASE_DEC", 0xc0);
    static final FieldSpec OPT_TYPE_CHANGE = Fields.bool("ipv6.opt.type.change", "May Change", 8, 0x20);
    static final FieldSpec OPT_TYPE_REST =
            Fields.uint("ipv6.opt.type.rest", "Low-Order Bits", FieldType.UINT8, "BASE_HEX", 0x1f);
    static final FieldSpec OPT_LENGTH = Fields.u8("ipv6.opt.length", "Length", "BASE_DEC");
    static final FieldSpec OPT_PAD1 = Fields.none("ipv6.opt.pad1", "Pad1");
    /** Empty PadN prints as "&lt;none&gt;" (Wireshark's {@code BASE_ALLOW_ZERO}). */
    static final FieldSpec OPT_PADN = Fields.bytes("ipv6.opt.padn", "PadN").base("BASE_ALLOW_ZERO");
    static final FieldSpec OPT_ROUTER_ALERT = Fields.u16("ipv6.opt.router_alert", "Router Alert", "BASE_DEC");
    static final FieldSpec OPT_JUMBO = Fields.u32("ipv6.opt.jumbo", "Payload Length", "BASE_DEC");
    static final FieldSpec OPT_UNKNOWN = Fields.bytes("ipv6.opt.unknown", "Unknown Option Payload");
    static final FieldSpec ROUTING_TYPE = Fields.u8("ipv6.routing.type", "Type", "BASE_DEC").inProtocol("ipv6.routing");
    static final FieldSpec ROUTING_SEGLEFT =
            Fields.u8("ipv6.routing.segleft", "Segments Left", "BASE_DEC").inProtocol("ipv6.routing");
    static final FieldSpec ROUTING_UNKNOWN_DATA =
            Fields.bytes("ipv6.routing.unknown_data", "Type-Specific Data").inProtocol("ipv6.routing");
    static final FieldSpec ROUTING_SRC_RESERVED =
            Fields.bytes("ipv6.routing.src.reserved", "Reserved").inProtocol("ipv6.routing");
    static final FieldSpec ROUTING_SRC_ADDR =
            Fields.ipv6("ipv6.routing.src.addr", "Address").inProtocol("ipv6.routing");
    static final FieldSpec FRAG_NXT = Fields.u8("ipv6.fraghdr.nxt", "Next header", "BASE_DEC").inProtocol("ipv6.fraghdr");
    static final FieldSpec FRAG_RESERVED_OCTET =
            Fields.u8("ipv6.fraghdr.reserved_octet", "Reserved octet", "BASE_HEX").inProtocol("ipv6.fraghdr");
    static final FieldSpec FRAG_OFFSET = Fields.uint("ipv6.fraghdr.offset", "Offset", FieldType.UINT16,
            "BASE_DEC", 0xfff8).inProtocol("ipv6.fraghdr");
    static final FieldSpec FRAG_RESERVED_BITS = Fields.uint("ipv6.fraghdr.reserved_bits", "Reserved bits",
            FieldType.UINT16, "BASE_DEC", 0x0006).inProtocol("ipv6.fraghdr");
    static final FieldSpec FRAG_MORE = Fields.bool("ipv6.fraghdr.more", "More Fragments", 16, 0x0001)
            .inProtocol("ipv6.fraghdr");
    static final FieldSpec FRAG_IDENT = Fields.u32("ipv6.fraghdr.ident", "Identification", "BASE_HEX")
            .inProtocol("ipv6.fraghdr");

    static final Expert.Info OPT_UNKNOWN_DATA = Expert.Info.of("ipv6.opt.unknown_data.expert",
            Expert.Group.UNDECODED, Expert.Severity.NOTE, "Unknown Data (not interpreted)");
    static final Expert.Info OPT_INVALID_LEN = Expert.Info.of("ipv6.opt.invalid_len",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Invalid IPv6 option length");
    static final Expert.Info HOPOPTS_NOT_FIRST = new Expert.Info(
            Fields.none("ipv6.hopopts.not_first", "IPv6 Hop-by-Hop extension header must appear "
                    + "immediately after IPv6 header").inProtocol("ipv6.hopopts"),
            Expert.Group.PROTOCOL, Expert.Severity.ERROR,
            "IPv6 Hop-by-Hop extension header must appear immediately after IPv6 header");
    static final Expert.Info ROUTING_INVALID_LENGTH = new Expert.Info(
            Fields.none("ipv6.routing.invalid_length", "Invalid IPv6 Routing header length")
                    .inProtocol("ipv6.routing"),
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Invalid IPv6 Routing header length");
    static final Expert.Info ROUTING_INVALID_SEGLEFT = new Expert.Info(
            Fields.none("ipv6.routing.invalid_segleft",
                    "IPv6 Routing Header segments left field must not exceed address count")
                    .inProtocol("ipv6.routing"),
            Expert.Group.PROTOCOL, Expert.Severity.WARN,
            "IPv6 Routing Header segments left field must not exceed address count");
    static final Expert.Info ROUTING_UNDECODED = new Expert.Info(
            Fields.none("ipv6.routing.undecoded", "Undecoded IPv6 routing header field")
                    .inProtocol("ipv6.routing"),
            Expert.Group.UNDECODED, Expert.Severity.NOTE, "Undecoded IPv6 routing header field");
    static final Expert.Info ROUTING_DEPRECATED = new Expert.Info(
            Fields.none("ipv6.routing.deprecated", "Routing header type is deprecated")
                    .inProtocol("ipv6.routing"),
            Expert.Group.DEPRECATED, Expert.Severity.NOTE, "Routing header type is deprecated");
    static final Expert.Info MULTICAST_IN_ROUTE = new Expert.Info(
            Fields.none("ipv6.src_route_list.multicast_addr",
                    "Multicast addresses must not appear in the source route list")
                    .inProtocol("ipv6.routing"),
            Expert.Group.PROTOCOL, Expert.Severity.WARN,
            "Multicast addresses must not appear in the source route list");

    private static final List<FieldSpec> OPTION_FIELDS = List.of(OPT, OPT_TYPE, OPT_TYPE_ACTION,
            OPT_TYPE_CHANGE, OPT_TYPE_REST, OPT_LENGTH, OPT_PAD1, OPT_PADN, OPT_ROUTER_ALERT, OPT_JUMBO,
            OPT_UNKNOWN, OPT_UNKNOWN_DATA.field(), OPT_INVALID_LEN.field());

    private static final int PAD1 = 0x00;
    private static final int PADN = 0x01;
    private static final int ROUTER_ALERT = 0x05;
    private static final int JUMBO = 0xc2;

    private final Dissectors ds;
    private final Kind kind;
    private final List<FieldSpec> fields;

    public Ipv6ExtensionHeader(Dissectors ds, Kind kind) {
        this.ds = ds;
        this.kind = kind;
        List<FieldSpec> f = new ArrayList<>();
        switch (kind) {
            case HOPOPTS, DSTOPTS -> {
                f.addAll(List.of(kind.nxt, kind.len, kind.lenOct));
                if (kind == Kind.HOPOPTS) {
                    f.add(HOPOPTS_NOT_FIRST.field());
                }
                f.addAll(OPTION_FIELDS);
            }
            case ROUTING -> f.addAll(List.of(kind.nxt, kind.len, kind.lenOct, ROUTING_TYPE,
                    ROUTING_SEGLEFT, ROUTING_UNKNOWN_DATA, ROUTING_SRC_RESERVED, ROUTING_SRC_ADDR,
                    ROUTING_INVALID_LENGTH.field(), ROUTING_INVALID_SEGLEFT.field(),
                    ROUTING_UNDECODED.field(), ROUTING_DEPRECATED.field(), MULTICAST_IN_ROUTE.field()));
            case FRAGMENT -> f.addAll(List.of(FRAG_NXT, FRAG_RESERVED_OCTET, FRAG_OFFSET,
                    FRAG_RESERVED_BITS, FRAG_MORE, FRAG_IDENT));
        }
        this.fields = List.copyOf(f);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public FieldSpec protocol() {
        return kind.protocol;
    }

    @Override
    public List<FieldSpec> fields() {
        return fields;
    }

    @Override
    public String shortName() {
        return switch (kind) {
            case HOPOPTS -> "IPv6 Hop-by-Hop";
            case ROUTING -> "IPv6 Routing";
            case FRAGMENT -> "IPv6 Fragment";
            case DSTOPTS -> "IPv6 Destination";
        };
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ipProto.protocolNames());
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        return switch (kind) {
            case HOPOPTS, DSTOPTS -> options(p, buf, off, len);
            case ROUTING -> routing(p, buf, off, len);
            case FRAGMENT -> fragment(p, buf, off, len);
        };
    }

    private static Ipv6Dissector.PacketInfo info(Packet p) {
        return p.session().state(Ipv6Dissector.PacketInfo.class, Ipv6Dissector.PacketInfo::new);
    }

    private int options(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 2);
        int nxt = p.u8(buf, off);
        int total = (p.u8(buf, off + 1) + 1) << 3;
        p.setProtocolLength(total);
        info(p).fragPlen -= total;
        if (kind == Kind.HOPOPTS && !afterIpv6(p)) {
            Expert.add(p, -1, HOPOPTS_NOT_FIRST, buf, off);
        }
        p.addUInt(kind.nxt, buf, off, 1, nxt);
        p.addUInt(kind.len, buf, off + 1, 1, p.u8(buf, off + 1));
        p.addUInt(kind.lenOct, buf, off + 1, 1, total);
        int at = off + 2;
        int end = off + total;
        while (at < end) {
            int type = p.u8(buf, at);
            int optLen = p.u8(buf, at + 1);
            int opt = Calls.none(p, OPT, buf, at, type == PAD1 ? 1 : 2 + optLen);
            int saved = p.openSubtree(opt);
            int typeItem = p.addUInt(OPT_TYPE, buf, at, 1, type);
            if (type == PAD1) {
                p.addNone(OPT_PAD1, buf, at, 1);
                p.closeSubtree(saved);
                at++;
                continue;
            }
            int inner = p.openSubtree(typeItem);
            p.addUInt(OPT_TYPE_ACTION, buf, at, 1, type >>> 6);
            p.addBoolean(OPT_TYPE_CHANGE, buf, at, 1, (type & 0x20) != 0);
            p.addUInt(OPT_TYPE_REST, buf, at, 1, type & 0x1f);
            p.closeSubtree(inner);
            int lenItem = p.addUInt(OPT_LENGTH, buf, at + 1, 1, optLen);
            int data = at + 2;
            if (type == PADN) {
                p.addBytes(OPT_PADN, buf, data, optLen);
            } else if (type == ROUTER_ALERT) {
                if (optLen != 2) {
                    if (Expert.wanted(p, OPT_INVALID_LEN)) {
                        Expert.add(p, lenItem, OPT_INVALID_LEN, buf, at + 1,
                                "Router alert: Invalid Length (" + optLen + " bytes)");
                    }
                }
                p.addUInt(OPT_ROUTER_ALERT, buf, data, 2, p.u16(buf, data));
                if (optLen > 2) {
                    unknown(p, buf, data + 2, optLen - 2);
                }
            } else if (type == JUMBO) {
                if (optLen != 4) {
                    if (Expert.wanted(p, OPT_INVALID_LEN)) {
                        Expert.add(p, lenItem, OPT_INVALID_LEN, buf, at + 1,
                                "Jumbo Payload: Invalid length (" + optLen + " bytes)");
                    }
                }
                p.addUInt(OPT_JUMBO, buf, data, 4, p.u32(buf, data));
                if (optLen > 4) {
                    unknown(p, buf, data + 4, optLen - 4);
                }
            } else {
                unknown(p, buf, data, optLen);
            }
            p.closeSubtree(saved);
            at = data + optLen;
        }
        Ipv6Dissector.next(p, ds, nxt, buf, off + total, Math.max(0, len - total));
        return len;
    }

    private static void unknown(Packet p, int buf, int at, int n) {
        int e = p.addBytes(OPT_UNKNOWN, buf, at, n);
        Expert.add(p, e, OPT_UNKNOWN_DATA, buf, at);
    }

    /** Whether the layer before this one is IPv6 itself. */
    private static boolean afterIpv6(Packet p) {
        int n = p.layerCount();
        return n >= 2 && p.layerProtocol(n - 2) == Ipv6Dissector.IPV6.id();
    }

    private int routing(Packet p, int buf, int off, int len) {
        int nxt = p.u8(buf, off);
        p.addUInt(kind.nxt, buf, off, 1, nxt);
        int hdrLen = p.u8(buf, off + 1);
        int lenItem = p.addUInt(kind.len, buf, off + 1, 1, hdrLen);
        int total = (hdrLen + 1) * 8;
        p.setProtocolLength(total);
        p.addUInt(kind.lenOct, buf, off + 1, 1, total);
        info(p).fragPlen -= total;
        int type = p.u8(buf, off + 2);
        int typeItem = p.addUInt(ROUTING_TYPE, buf, off + 2, 1, type);
        int segleft = p.u8(buf, off + 3);
        int segItem = p.addUInt(ROUTING_SEGLEFT, buf, off + 3, 1, segleft);
        int data = off + 4;
        if (type == 0) {
            p.addBytes(ROUTING_SRC_RESERVED, buf, data, 4);
            if (hdrLen % 2 != 0) {
                Expert.add(p, lenItem, ROUTING_INVALID_LENGTH, buf, off + 1,
                        "IPv6 Routing Header extension header length must not be odd");
            }
            int count = hdrLen / 2;
            if (segleft > count) {
                if (Expert.wanted(p, ROUTING_INVALID_SEGLEFT)) {
                    Expert.add(p, segItem, ROUTING_INVALID_SEGLEFT, buf, off + 3, "IPv6 Type 0 Routing "
                            + "Header segments left field must not exceed address count (" + count + ")");
                }
            }
            int last = -1;
            for (int i = 0; i < count; i++) {
                int a = data + 4 + 16 * i;
                Calls.need(len, a - off, 16);
                int e = p.addBytes(ROUTING_SRC_ADDR, buf, a, 16);
                if (p.u8(buf, a) == 0xff) {
                    Expert.add(p, e, MULTICAST_IN_ROUTE, buf, a);
                }
                last = a;
            }
            if (last >= 0 && p.netFamily() == 6 && segleft > 0) {
                // the packet's final destination is the last address of the route
                p.setNetAddresses(6, p.netSrcHi(), p.netSrcLo(), p.u64(buf, last), p.u64(buf, last + 8));
            }
            Expert.add(p, typeItem, ROUTING_DEPRECATED, buf, off + 2);
        } else {
            int e = p.addBytes(ROUTING_UNKNOWN_DATA, buf, data, total - 4);
            Expert.add(p, e, ROUTING_UNDECODED, buf, data);
        }
        Ipv6Dissector.next(p, ds, nxt, buf, off + total, Math.max(0, len - total));
        return len;
    }

    private int fragment(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 8);
        int nxt = p.u8(buf, off);
        int offlg = p.u16(buf, off + 2);
        int fragOff = offlg & 0xfff8;
        boolean more = (offlg & 0x0001) != 0;
        long ident = p.u32(buf, off + 4);
        Ipv6Dissector.PacketInfo info = info(p);
        info.fragPlen -= 8;
        p.setProtocolLength(8);
        p.addUInt(FRAG_NXT, buf, off, 1, nxt);
        p.addUInt(FRAG_RESERVED_OCTET, buf, off + 1, 1, p.u8(buf, off + 1));
        p.addUInt(FRAG_OFFSET, buf, off + 2, 2, fragOff >>> 3);
        p.addUInt(FRAG_RESERVED_BITS, buf, off + 2, 2, (offlg & 0x0006) >>> 1);
        p.addBoolean(FRAG_MORE, buf, off + 2, 2, more);
        p.addUInt(FRAG_IDENT, buf, off + 4, 4, ident);
        int payload = off + 8;
        if (info.fragPlen > 0 && (fragOff != 0 || more)) {
            p.setFragmented(true);
            if (p.available(buf, payload, info.fragPlen)) {
                FragmentTable table = p.session().state(Reassembly.class, Reassembly::new).table;
                FragmentTable.Reassembled r = table.add(new FragmentTable.Key(6, p.netSrcHi(),
                                p.netSrcLo(), p.netDstHi(), p.netDstLo(), ident), p.number(), fragOff,
                        p.copy(buf, payload, info.fragPlen), more);
                if (r != null) {
                    int rb = p.addBuffer("Reassembled IPv6", r.data());
                    Ipv6Dissector.FRAGMENTS.addTree(p, rb, r);
                    p.setFragmented(false);
                    info.fragPlen = 0;
                    Ipv6Dissector.next(p, ds, nxt, rb, 0, r.data().length);
                    return len;
                }
            }
            Calls.data(p, ds, buf, payload, Math.max(0, len - 8));
            return len;
        }
        Ipv6Dissector.next(p, ds, nxt, buf, payload, Math.max(0, len - 8));
        return len;
    }

    @Override
    public String label(Packet p, int entry) {
        if (kind != Kind.ROUTING || !Addresses.has(p, entry, 3)) {
            return null;
        }
        int type = Addresses.u8At(p, entry, 2);
        io.sharkfin.dissect.ValueStrings names = p.registry().byId(ROUTING_TYPE.id()).strings();
        String name = names == null ? null : names.nameOf(type);
        return "Routing Header for IPv6 (" + (name != null ? name : "Unknown type " + type) + ")";
    }

    /** Per-capture IPv6 reassembly state. */
    private static final class Reassembly {
        final FragmentTable table = new FragmentTable();
    }
}
