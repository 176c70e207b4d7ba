package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * IPv4 header options as Wireshark 4.0 shows them: under a text item {@code Options: (N bytes)}
 * that names the options with a length, each option an {@code ip.options.*} item (its bytes,
 * drawn as {@code IP Option - Record Route (11 bytes)}) holding the type with its
 * copy/class/number parts and the length; record route, source routes, timestamp, router alert,
 * stream id, MTU and traceroute options also show their contents. A source route moves
 * {@code ip.dst} into the option (the header's destination becomes {@code ip.cur_rt}).
 */
final class Ipv4Options {
    private Ipv4Options() {
    }

    static final FieldSpec OPT_EOL = Fields.bytes("ip.options.eol", "IP Option - End of Options List (EOL)");
    static final FieldSpec OPT_NOP = Fields.bytes("ip.options.nop", "IP Option - No-Operation (NOP)");
    static final FieldSpec OPT_SECURITY = Fields.bytes("ip.options.security", "IP Option - Security");
    static final FieldSpec OPT_ROUTE = Fields.bytes("ip.options.route", "IP Option - Loose Source Route");
    static final FieldSpec OPT_TIMESTAMP = Fields.bytes("ip.options.timestamp", "IP Option - Time Stamp");
    static final FieldSpec OPT_EXT_SECURITY =
            Fields.bytes("ip.options.ext_security", "IP Option - Extended Security");
    static final FieldSpec OPT_CIPSO = Fields.bytes("ip.options.cipso", "IP Option - Commercial Security");
    static final FieldSpec OPT_RECORD_ROUTE =
            Fields.bytes("ip.options.record_route", "IP Option - Record Route");
    static final FieldSpec OPT_SID = Fields.bytes("ip.options.sid", "IP Option - Stream ID");
    static final FieldSpec OPT_SOURCE_ROUTE =
            Fields.bytes("ip.options.source_route", "IP Option - Strict Source Route");
    static final FieldSpec OPT_MTU_PROBE = Fields.bytes("ip.options.mtu_probe", "IP Option - MTU Probe");
    static final FieldSpec OPT_MTU_REPLY = Fields.bytes("ip.options.mtu_reply", "IP Option - MTU Reply");
    static final FieldSpec OPT_TRACEROUTE = Fields.bytes("ip.options.traceroute", "IP Option - Traceroute");
    static final FieldSpec OPT_ROUTER_ALERT =
            Fields.bytes("ip.options.routeralert", "IP Option - Router Alert");
    static final FieldSpec OPT_SDB =
            Fields.bytes("ip.options.sdb", "IP Option - Selective Directed Broadcast");
    static final FieldSpec OPT_QS = Fields.bytes("ip.options.qs", "IP Option - Quick-Start");

    static final FieldSpec TYPE = Fields.u8("ip.opt.type", "Type", "BASE_DEC");
    static final FieldSpec TYPE_COPY = Fields.bool("ip.opt.type.copy", "Copy on fragmentation", 8, 0x80);
    static final FieldSpec TYPE_CLASS = Fields.uint("ip.opt.type.class", "Class", FieldType.UINT8, "BASE_DEC", 0x60);
    static final FieldSpec TYPE_NUMBER =
            Fields.uint("ip.opt.type.number", "Number", FieldType.UINT8, "BASE_DEC", 0x1f);
    static final FieldSpec LEN = Fields.u8("ip.opt.len", "Length", "BASE_DEC");
    static final FieldSpec PTR = Fields.u8("ip.opt.ptr", "Pointer", "BASE_DEC");
    static final FieldSpec SID = Fields.u16("ip.opt.sid", "Stream Identifier", "BASE_DEC");
    static final FieldSpec MTU = Fields.u16("ip.opt.mtu", "MTU", "BASE_DEC");
    static final FieldSpec ID_NUMBER = Fields.u16("ip.opt.id_number", "ID Number", "BASE_DEC");
    static final FieldSpec OHC = Fields.u16("ip.opt.ohc", "Outbound Hop Count", "BASE_DEC");
    static final FieldSpec RHC = Fields.u16("ip.opt.rhc", "Return Hop Count", "BASE_DEC");
    static final FieldSpec ORIGINATOR = Fields.ipv4("ip.opt.originator", "Originator IP Address");
    static final FieldSpec RA = Fields.u16("ip.opt.ra", "Router Alert", "BASE_DEC");
    static final FieldSpec OVERFLOW =
            Fields.uint("ip.opt.overflow", "Overflow", FieldType.UINT8, "BASE_DEC", 0xf0);
    static final FieldSpec FLAG = Fields.uint("ip.opt.flag", "Flag", FieldType.UINT8, "BASE_HEX", 0x0f);
    static final FieldSpec TIME_STAMP = Fields.u32("ip.opt.time_stamp", "Time stamp", "BASE_DEC");
    static final FieldSpec TIME_STAMP_ADDR = Fields.ipv4("ip.opt.time_stamp_addr", "Address");
    static final FieldSpec REC_RT = Fields.ipv4("ip.rec_rt", "Recorded Route");
    static final FieldSpec REC_RT_HOST = Fields.string("ip.rec_rt_host", "Recorded Route Host");
    static final FieldSpec CUR_RT = Fields.ipv4("ip.cur_rt", "Current Route");
    static final FieldSpec CUR_RT_HOST = Fields.string("ip.cur_rt_host", "Current Route Host");
    static final FieldSpec SRC_RT = Fields.ipv4("ip.src_rt", "Source Route");
    static final FieldSpec SRC_RT_HOST = Fields.string("ip.src_rt_host", "Source Route Host");
    static final FieldSpec EMPTY_RT = Fields.ipv4("ip.empty_rt", "Empty Route");
    static final FieldSpec EMPTY_RT_HOST = Fields.string("ip.empty_rt_host", "Empty Route Host");

    private static final FieldSpec LEN_INVALID_FIELD = Fields.none("ip.opt.len.invalid", "Invalid length for option");
    static final Expert.Info LEN_INVALID = new Expert.Info(LEN_INVALID_FIELD, Expert.Group.PROTOCOL,
            Expert.Severity.WARN, "Invalid length for option");
    static final Expert.Info PTR_BEFORE_ADDRESS = Expert.Info.of("ip.opt.ptr.before_address",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Pointer points before first address");
    static final Expert.Info PTR_MIDDLE_ADDRESS = Expert.Info.of("ip.opt.ptr.middle_address",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Pointer points to middle of address");
    static final Expert.Info SUBOPT_TOO_LONG = Expert.Info.of("ip.subopt_too_long",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Suboption would go past end of option");
    static final Expert.Info NOP_RUN = Expert.Info.of("ip.nop", Expert.Group.PROTOCOL,
            Expert.Severity.WARN, "4 NOP in a row - a router may have removed some options");

    static final List<FieldSpec> FIELDS = List.of(OPT_EOL, OPT_NOP, OPT_SECURITY, OPT_ROUTE,
            OPT_TIMESTAMP, OPT_EXT_SECURITY, OPT_CIPSO, OPT_RECORD_ROUTE, OPT_SID, OPT_SOURCE_ROUTE,
            OPT_MTU_PROBE, OPT_MTU_REPLY, OPT_TRACEROUTE, OPT_ROUTER_ALERT, OPT_SDB, OPT_QS, TYPE,
            TYPE_COPY, TYPE_CLASS, TYPE_NUMBER, LEN, PTR, SID, MTU, ID_NUMBER, OHC, RHC, ORIGINATOR,
            RA, OVERFLOW, FLAG, TIME_STAMP, TIME_STAMP_ADDR, REC_RT, REC_RT_HOST, CUR_RT, CUR_RT_HOST,
            SRC_RT, SRC_RT_HOST, EMPTY_RT, EMPTY_RT_HOST, LEN_INVALID_FIELD,
            PTR_BEFORE_ADDRESS.field(), PTR_MIDDLE_ADDRESS.field(), SUBOPT_TOO_LONG.field(),
            NOP_RUN.field());

    private static final int EOOL = 0;
    private static final int NOP = 1;
    private static final int SEC = 0x82;
    private static final int LSR = 0x83;
    private static final int TS = 0x44;
    private static final int ESEC = 0x85;
    private static final int CIPSO = 0x86;
    private static final int RR = 0x07;
    private static final int SID_TYPE = 0x88;
    private static final int SSR = 0x89;
    private static final int MTUP = 0x0b;
    private static final int MTUR = 0x0c;
    private static final int TR = 0x52;
    private static final int RTRALT = 0x94;
    private static final int SDB = 0x95;
    private static final int QS = 0x19;
    private static final int MAX_LEN = 40;

    /**
     * How far beyond the header's destination field the real destination lies when a valid
     * source route option is present (Wireshark's {@code get_dst_offset}), else 0.
     */
    static int destinationOffset(Packet p, int buf, int off, int length) {
        int at = off;
        while (length > 0) {
            int opt = p.u8(buf, at);
            length--;
            if (opt != EOOL && opt != NOP) {
                if (length == 0) {
                    return 0;
                }
                int len = p.u8(buf, at + 1);
                length--;
                if (len < 2 || len - 2 > length) {
                    return 0;
                }
                if (opt == SSR || opt == LSR) {
                    int ptr = p.u8(buf, at + 2);
                    if (ptr < 4 || (ptr & 3) != 0 || ptr > len) {
                        return 0;
                    }
                    return (at - off) + 4 + (len - 4);
                }
                at += len;
                length -= len - 2;
            } else {
                at++;
            }
            if (opt == EOOL) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Adds the options in {@code [off, off + length)} beneath a text item {@code Options: (N
     * bytes), Name, ...} in the current subtree (packet-ip.c's, named after each option with a
     * length as its dissector returns).
     */
    static void dissect(Packet p, int buf, int off, int length, int ipItem) {
        String title = "Options: (" + length + " bytes)";
        int options = p.addText(buf, off, Math.max(0, Math.min(length, p.bufferLength(buf) - off)), title, false);
        StringBuilder names = options < 0 ? null : new StringBuilder(title);
        int saved = p.openSubtree(options);
        try {
            dissect(p, buf, off, length, ipItem, names);
        } finally {
            p.closeSubtree(saved);
            if (names != null) {
                p.setLabel(options, names);
            }
        }
    }

    private static void dissect(Packet p, int buf, int off, int length, int ipItem, StringBuilder names) {
        int at = off;
        int nopCount = 0;
        while (length > 0) {
            int opt = p.u8(buf, at);
            length--;
            if (opt == EOOL || opt == NOP) {
                if (opt == NOP) {
                    if (nopCount == 0 || at % 4 != 0) {
                        nopCount++;
                        if (nopCount == 4) {
                            Expert.add(p, ipItem, NOP_RUN, buf, at);
                        }
                    } else {
                        nopCount = 0;
                    }
                }
                FieldSpec item = opt == EOOL ? OPT_EOL : OPT_NOP;
                int e = p.addBytes(item, buf, at, 1);
                if (names != null) {
                    p.setLabel(e, item.title()); // a protocol's item: its name alone
                }
                int saved = p.openSubtree(e);
                addType(p, buf, at);
                p.closeSubtree(saved);
                at++;
            } else {
                // proto_tree_add_expert_format: the finding is an item of its own among the options
                if (length == 0) {
                    if (Expert.wanted(p, LEN_INVALID)) {
                        Expert.addItem(p, LEN_INVALID, buf, at, 1, nameOf(opt) + " (length byte past end of options)");
                    }
                    return;
                }
                int optlen = p.u8(buf, at + 1);
                length--;
                if (optlen < 2) {
                    if (Expert.wanted(p, LEN_INVALID)) {
                        Expert.addItem(p, LEN_INVALID, buf, at, 2, nameOf(opt)
                                + " (with too-short option length = " + bytes(optlen) + ")");
                    }
                    return;
                }
                if (optlen - 2 > length) {
                    if (Expert.wanted(p, LEN_INVALID)) {
                        Expert.addItem(p, LEN_INVALID, buf, at, length, nameOf(opt) + " (option length = "
                                + bytes(optlen) + " says option goes past end of options)");
                    }
                    return;
                }
                FieldSpec item = itemOf(opt);
                if (item != null) {
                    int e = p.addBytes(item, buf, at, optlen);
                    int saved = p.openSubtree(e);
                    try {
                        dissectOption(p, opt, buf, at, optlen);
                    } finally {
                        p.closeSubtree(saved);
                        if (names != null) {
                            // a fixed-length option names the length it should have (ip_fixed_option_header)
                            p.setLabel(e, item.title() + " (" + bytes(fixedLength(opt, optlen)) + ")"
                                    + summary(p, opt, buf, at, optlen));
                            names.append(", ").append(nameOf(opt));
                        }
                    }
                } else if (p.wantsText()) {
                    p.addText(buf, at, optlen, nameOf(opt) + " (" + bytes(optlen) + ")", false);
                }
                at += optlen;
                length -= optlen - 2;
            }
            if (opt == EOOL) {
                break;
            }
        }
    }

    /** The length a fixed-length option must have (the length header checks it against), else {@code optlen}. */
    private static int fixedLength(int opt, int optlen) {
        return switch (opt) {
            case SID_TYPE, MTUP, MTUR, RTRALT -> 4;
            case TR -> 12;
            case QS -> 8;
            default -> optlen;
        };
    }

    /** What packet-ip.c appends to an option's item after its length (Router Alert's value). */
    private static String summary(Packet p, int opt, int buf, int at, int optlen) {
        if (opt == RTRALT && optlen >= 4 && p.available(buf, at + 2, 2)) {
            int value = p.u16(buf, at + 2);
            String name = p.registry().byId(RA.id()).valueName(value);
            return ": " + (name != null ? name : "Unknown (" + value + ")") + " (" + value + ")";
        }
        return "";
    }

    private static FieldSpec itemOf(int opt) {
        return switch (opt) {
            case SEC -> OPT_SECURITY;
            case LSR -> OPT_ROUTE;
            case TS -> OPT_TIMESTAMP;
            case ESEC -> OPT_EXT_SECURITY;
            case CIPSO -> OPT_CIPSO;
            case RR -> OPT_RECORD_ROUTE;
            case SID_TYPE -> OPT_SID;
            case SSR -> OPT_SOURCE_ROUTE;
            case MTUP -> OPT_MTU_PROBE;
            case MTUR -> OPT_MTU_REPLY;
            case TR -> OPT_TRACEROUTE;
            case RTRALT -> OPT_ROUTER_ALERT;
            case SDB -> OPT_SDB;
            case QS -> OPT_QS;
            default -> null;
        };
    }

    /** The short name Wireshark gives an option in messages. */
    private static String nameOf(int opt) {
        return switch (opt) {
            case SEC -> "Security";
            case LSR -> "Loose Source Route";
            case TS -> "Time Stamp";
            case ESEC -> "Extended Security";
            case CIPSO -> "Commercial Security";
            case RR -> "Record Route";
            case SID_TYPE -> "Stream ID";
            case SSR -> "Strict Source Route";
            case MTUP -> "MTU Probe";
            case MTUR -> "MTU Reply";
            case TR -> "Traceroute";
            case RTRALT -> "Router Alert";
            case SDB -> "Selective Directed Broadcast";
            case QS -> "Quick-Start";
            default -> String.format("Unknown (0x%02x)", opt);
        };
    }

    private static String bytes(int n) {
        return n + (n == 1 ? " byte" : " bytes");
    }

    private static void addType(Packet p, int buf, int at) {
        int type = p.u8(buf, at);
        int e = p.addUInt(TYPE, buf, at, 1, type);
        int saved = p.openSubtree(e);
        p.addBoolean(TYPE_COPY, buf, at, 1, (type & 0x80) != 0);
        p.addUInt(TYPE_CLASS, buf, at, 1, (type & 0x60) >>> 5);
        p.addUInt(TYPE_NUMBER, buf, at, 1, type & 0x1f);
        p.closeSubtree(saved);
    }

    private static void dissectOption(Packet p, int opt, int buf, int at, int optlen) {
        switch (opt) {
            case LSR, SSR -> route(p, buf, at, optlen, 3);
            case RR -> recordRoute(p, buf, at, optlen);
            case TS -> timestamp(p, buf, at, optlen);
            case SID_TYPE -> fixed(p, opt, buf, at, optlen, SID);
            case MTUP, MTUR -> fixed(p, opt, buf, at, optlen, MTU);
            case RTRALT -> fixed(p, opt, buf, at, optlen, RA);
            case TR -> {
                fixedHeader(p, buf, at, optlen, fixedLength(opt, optlen));
                p.addUInt(ID_NUMBER, buf, at + 2, 2, p.u16(buf, at + 2));
                p.addUInt(OHC, buf, at + 4, 2, p.u16(buf, at + 4));
                p.addUInt(RHC, buf, at + 6, 2, p.u16(buf, at + 6));
                p.addIPv4(ORIGINATOR, buf, at + 8);
            }
            case QS -> fixedHeader(p, buf, at, optlen, fixedLength(opt, optlen));
            default -> varHeader(p, buf, at, optlen);
        }
    }

    private static void varHeader(Packet p, int buf, int at, int optlen) {
        addType(p, buf, at);
        int e = p.addUInt(LEN, buf, at + 1, 1, p.u8(buf, at + 1));
        if (optlen > MAX_LEN) {
            Expert.add(p, e, LEN_INVALID, buf, at + 1);
        }
    }

    private static void fixedHeader(Packet p, int buf, int at, int optlen, int expected) {
        addType(p, buf, at);
        int e = p.addUInt(LEN, buf, at + 1, 1, p.u8(buf, at + 1));
        if (optlen != expected && Expert.wanted(p, LEN_INVALID)) {
            Expert.add(p, e, LEN_INVALID, buf, at + 1, nameOf(p.u8(buf, at)) + " (with option length = "
                    + bytes(optlen) + "; should be " + expected + ")");
        }
    }

    private static void fixed(Packet p, int opt, int buf, int at, int optlen, FieldSpec value) {
        fixedHeader(p, buf, at, optlen, fixedLength(opt, optlen));
        Calls.need(optlen, 2, 2);
        p.addUInt(value, buf, at + 2, 2, p.u16(buf, at + 2));
    }

    private static void route(Packet p, int buf, int at, int optlen, int minLen) {
        varHeader(p, buf, at, optlen);
        int ptr = p.u8(buf, at + 2);
        int ptrItem = p.addUInt(PTR, buf, at + 2, 1, ptr);
        if (ptr < minLen + 1 || (ptr & 3) != 0) {
            Expert.add(p, ptrItem, ptr < minLen + 1 ? PTR_BEFORE_ADDRESS : PTR_MIDDLE_ADDRESS, buf, at + 2);
            return;
        }
        int optoffset = 3;
        for (int left = optlen - 3; left > 0; left -= 4, optoffset += 4) {
            if (left < 4) {
                Expert.add(p, ptrItem, SUBOPT_TOO_LONG, buf, at + 2);
                break;
            }
            int a = at + optoffset;
            if (ptr > optlen) {
                address(p, buf, a, REC_RT, REC_RT_HOST);
            } else if (optoffset == optlen - 4) {
                IpDissector.addDestination(p, buf, a);
            } else if (optoffset + 1 < ptr) {
                address(p, buf, a, REC_RT, REC_RT_HOST);
            } else {
                address(p, buf, a, SRC_RT, SRC_RT_HOST, optoffset + 1 == ptr);
            }
        }
    }

    private static void recordRoute(Packet p, int buf, int at, int optlen) {
        varHeader(p, buf, at, optlen);
        int ptr = p.u8(buf, at + 2);
        int ptrItem = p.addUInt(PTR, buf, at + 2, 1, ptr);
        if (ptr < 4 || (ptr & 3) != 0) {
            Expert.add(p, ptrItem, ptr < 4 ? PTR_BEFORE_ADDRESS : PTR_MIDDLE_ADDRESS, buf, at + 2);
            return;
        }
        int optoffset = 3;
        for (int left = optlen - 3; left > 0; left -= 4, optoffset += 4) {
            if (left < 4) {
                Expert.add(p, ptrItem, SUBOPT_TOO_LONG, buf, at + 2);
                break;
            }
            int a = at + optoffset;
            if (ptr > optlen || optoffset + 1 < ptr) {
                address(p, buf, a, REC_RT, REC_RT_HOST);
            } else {
                address(p, buf, a, EMPTY_RT, EMPTY_RT_HOST, optoffset + 1 == ptr);
            }
        }
    }

    private static void timestamp(Packet p, int buf, int at, int optlen) {
        varHeader(p, buf, at, optlen);
        int ptr = p.u8(buf, at + 2);
        int ptrItem = p.addUInt(PTR, buf, at + 2, 1, ptr);
        if (p.wantsText()) {
            p.setLabel(ptrItem, "Pointer: " + ptr + (ptr == 1 ? " (header is full)" : ptr < 5
                    ? " (points before first address)" : ((ptr - 1) & 3) != 0 ? " (points to middle of field)" : ""));
        }
        int flagByte = p.u8(buf, at + 3);
        p.addUInt(OVERFLOW, buf, at + 3, 1, flagByte >>> 4);
        int flag = flagByte & 0x0f;
        p.addUInt(FLAG, buf, at + 3, 1, flag);
        int a = at + 4;
        int left = optlen - 4;
        while (left > 0) {
            if (flag == 1 || flag == 3) {
                if (left < 8) {
                    Expert.add(p, -1, SUBOPT_TOO_LONG, buf, a);
                    break;
                }
                int addr = p.addIPv4(TIME_STAMP_ADDR, buf, a);
                if (p.u32(buf, a) == 0 && p.wantsText()) {
                    p.setLabel(addr, "Address: -");
                }
                p.addUInt(TIME_STAMP, buf, a + 4, 4, p.u32(buf, a + 4));
                a += 8;
                left -= 8;
            } else {
                if (left < 4) {
                    Expert.add(p, -1, SUBOPT_TOO_LONG, buf, a);
                    break;
                }
                p.addUInt(TIME_STAMP, buf, a, 4, p.u32(buf, a));
                a += 4;
                left -= 4;
            }
        }
    }

    private static void address(Packet p, int buf, int at, FieldSpec addr, FieldSpec host) {
        address(p, buf, at, addr, host, false);
    }

    /** A route's address; the slot the pointer points at reads {@code 10.0.0.1 <- (next)}. */
    private static void address(Packet p, int buf, int at, FieldSpec addr, FieldSpec host, boolean next) {
        long v = p.u32(buf, at);
        int e = p.addUInt(addr, buf, at, 4, v);
        if (next && p.wantsText()) {
            p.setLabel(e, addr.title() + ": " + Addresses.ipv4(v) + " <- (next)");
        }
        if (p.wants(host)) {
            p.addComputedString(host, buf, at, 4, Addresses.ipv4(v));
        }
    }
}
