package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * ICMPv6 ({@code icmpv6}): type, code, checksum over the IPv6 pseudo-header, errors with the
 * quoted IPv6 packet (an error packet), echo with request/reply pairing, neighbour discovery
 * (RS, RA, NS, NA, redirect) with link-layer address, prefix, MTU and redirected-header options,
 * and MLD (v1 messages, v2 reports). Other types show their body as {@code icmpv6.data}.
 */
public final class Icmpv6Dissector implements Dissector {

    public static final FieldSpec ICMPV6 = FieldSpec.protocol("icmpv6", "Internet Control Message Protocol v6");
    public static final FieldSpec TYPE = Fields.u8("icmpv6.type", "Type", "BASE_DEC");
    public static final FieldSpec CODE = Fields.u8("icmpv6.code", "Code", "BASE_DEC");
    public static final FieldSpec CHECKSUM = Fields.u16("icmpv6.checksum", "Checksum", "BASE_HEX");
    public static final FieldSpec CHECKSUM_STATUS = Fields.u8("icmpv6.checksum.status", "Checksum Status", "BASE_NONE");
    public static final FieldSpec RESERVED = Fields.bytes("icmpv6.reserved", "Reserved");
    public static final FieldSpec DATA = Fields.bytes("icmpv6.data", "Data");
    public static final FieldSpec UNKNOWN_DATA = Fields.bytes("icmpv6.unknown_data", "Unknown Data");
    public static final FieldSpec MTU = Fields.u32("icmpv6.mtu", "MTU", "BASE_DEC");
    public static final FieldSpec POINTER = Fields.u32("icmpv6.pointer", "Pointer", "BASE_DEC");
    public static final FieldSpec LENGTH = Fields.u8("icmpv6.length", "Length of original datagram", "BASE_DEC");
    public static final FieldSpec ECHO_IDENTIFIER = Fields.u16("icmpv6.echo.identifier", "Identifier", "BASE_HEX");
    public static final FieldSpec ECHO_SEQUENCE = Fields.u16("icmpv6.echo.sequence_number", "Sequence", "BASE_DEC");
    public static final FieldSpec RESP_TO = Fields.frame("icmpv6.resp_to", "Response To");
    public static final FieldSpec RESPTIME = FieldSpec.of("icmpv6.resptime", "Response Time", FieldType.DOUBLE);
    public static final FieldSpec NS_TARGET = Fields.ipv6("icmpv6.nd.ns.target_address", "Target Address");
    public static final FieldSpec NA_FLAG = Fields.u32("icmpv6.nd.na.flag", "Flags", "BASE_HEX");
    public static final FieldSpec NA_FLAG_R = Fields.bool("icmpv6.nd.na.flag.r", "Router", 32, 0x80000000L);
    public static final FieldSpec NA_FLAG_S = Fields.bool("icmpv6.nd.na.flag.s", "Solicited", 32, 0x40000000L);
    public static final FieldSpec NA_FLAG_O = Fields.bool("icmpv6.nd.na.flag.o", "Override", 32, 0x20000000L);
    public static final FieldSpec NA_FLAG_RSV =
            Fields.uint("icmpv6.nd.na.flag.rsv", "Reserved", FieldType.UINT32, "BASE_DEC", 0x1fffffffL);
    public static final FieldSpec NA_TARGET = Fields.ipv6("icmpv6.nd.na.target_address", "Target Address");
    public static final FieldSpec RA_CUR_HOP_LIMIT = Fields.u8("icmpv6.nd.ra.cur_hop_limit", "Cur hop limit", "BASE_DEC");
    public static final FieldSpec RA_FLAG = Fields.u8("icmpv6.nd.ra.flag", "Flags", "BASE_HEX");
    public static final FieldSpec RA_FLAG_M = Fields.bool("icmpv6.nd.ra.flag.m", "Managed address configuration", 8, 0x80);
    public static final FieldSpec RA_FLAG_O = Fields.bool("icmpv6.nd.ra.flag.o", "Other configuration", 8, 0x40);
    public static final FieldSpec RA_FLAG_H = Fields.bool("icmpv6.nd.ra.flag.h", "Home Agent", 8, 0x20);
    public static final FieldSpec RA_FLAG_PRF = Fields.uint("icmpv6.nd.ra.flag.prf",
            "Prf (Default Router Preference)", FieldType.UINT8, "BASE_DEC", 0x18);
    public static final FieldSpec RA_FLAG_P = Fields.bool("icmpv6.nd.ra.flag.p", "Proxy", 8, 0x04);
    public static final FieldSpec RA_FLAG_RSV =
            Fields.uint("icmpv6.nd.ra.flag.rsv", "Reserved", FieldType.UINT8, "BASE_DEC", 0x03);
    public static final FieldSpec RA_ROUTER_LIFETIME =
            Fields.u16("icmpv6.nd.ra.router_lifetime", "Router lifetime (s)", "BASE_DEC");
    public static final FieldSpec RA_REACHABLE_TIME =
            Fields.u32("icmpv6.nd.ra.reachable_time", "Reachable time (ms)", "BASE_DEC");
    public static final FieldSpec RA_RETRANS_TIMER =
            Fields.u32("icmpv6.nd.ra.retrans_timer", "Retrans timer (ms)", "BASE_DEC");
    public static final FieldSpec RD_TARGET = Fields.ipv6("icmpv6.nd.rd.target_address", "Target Address");
    public static final FieldSpec RD_DESTINATION =
            Fields.ipv6("icmpv6.rd.na.destination_address", "Destination Address");
    public static final FieldSpec OPT = Fields.none("icmpv6.opt", "ICMPv6 Option");
    public static final FieldSpec OPT_TYPE = Fields.u8("icmpv6.opt.type", "Type", "BASE_DEC");
    public static final FieldSpec OPT_LENGTH = Fields.u8("icmpv6.opt.length", "Length", "BASE_DEC");
    public static final FieldSpec OPT_RESERVED = Fields.none("icmpv6.opt.reserved", "Reserved");
    /** Wireshark also registers these names as byte fields for non-Ethernet addresses. */
    public static final FieldSpec OPT_LINKADDR = Fields.ether("icmpv6.opt.linkaddr", "Link-layer address");
    public static final FieldSpec OPT_SRC_LINKADDR = Fields.ether("icmpv6.opt.src_linkaddr", "Source Link-layer address");
    public static final FieldSpec OPT_TARGET_LINKADDR =
            Fields.ether("icmpv6.opt.target_linkaddr", "Target Link-layer address");
    public static final FieldSpec OPT_PREFIX_LENGTH = Fields.u8("icmpv6.opt.prefix.length", "Prefix Length", "BASE_DEC");
    public static final FieldSpec OPT_PREFIX_FLAG = Fields.u8("icmpv6.opt.prefix.flag", "Flag", "BASE_HEX");
    public static final FieldSpec OPT_PREFIX_FLAG_L = Fields.bool("icmpv6.opt.prefix.flag.l", "On-link flag(L)", 8, 0x80);
    public static final FieldSpec OPT_PREFIX_FLAG_A =
            Fields.bool("icmpv6.opt.prefix.flag.a", "Autonomous address-configuration flag(A)", 8, 0x40);
    public static final FieldSpec OPT_PREFIX_FLAG_R = Fields.bool("icmpv6.opt.prefix.flag.r", "Router address flag(R)", 8, 0x20);
    public static final FieldSpec OPT_PREFIX_FLAG_RESERVED =
            Fields.uint("icmpv6.opt.prefix.flag.reserved", "Reserved", FieldType.UINT8, "BASE_DEC", 0x1f);
    public static final FieldSpec OPT_PREFIX_VALID =
            Fields.u32("icmpv6.opt.prefix.valid_lifetime", "Valid Lifetime", "BASE_DEC");
    public static final FieldSpec OPT_PREFIX_PREFERRED =
            Fields.u32("icmpv6.opt.prefix.preferred_lifetime", "Preferred Lifetime", "BASE_DEC");
    public static final FieldSpec OPT_PREFIX = Fields.ipv6("icmpv6.opt.prefix", "Prefix");
    public static final FieldSpec OPT_MTU = Fields.u32("icmpv6.opt.mtu", "MTU", "BASE_DEC");
    public static final FieldSpec OPT_REDIRECTED_PACKET = Fields.none("icmpv6.opt.redirected_packet", "Redirected Packet");
    public static final FieldSpec MLD_MRD =
            Fields.u16("icmpv6.mld.maximum_response_delay", "Maximum Response Delay [ms]", "BASE_DEC");
    public static final FieldSpec MLD_MULTICAST = Fields.ipv6("icmpv6.mld.multicast_address", "Multicast Address");
    public static final FieldSpec MLD_MRC =
            Fields.u16("icmpv6.mld.maximum_response_code", "Maximum Response Code", "BASE_DEC");
    public static final FieldSpec MLD_FLAG = Fields.u8("icmpv6.mld.flag", "Flags", "BASE_HEX");
    public static final FieldSpec MLD_FLAG_S =
            Fields.bool("icmpv6.mld.flag.s", "Suppress Router-Side Processing", 8, 0x08);
    public static final FieldSpec MLD_FLAG_QRV = Fields.uint("icmpv6.mld.flag.qrv",
            "QRV (Querier's Robustness Variable)", FieldType.UINT8, "BASE_DEC", 0x07);
    public static final FieldSpec MLD_FLAG_RSV =
            Fields.uint("icmpv6.mld.flag.reserved", "Reserved", FieldType.UINT8, "BASE_DEC", 0xf0);
    public static final FieldSpec MLD_QQI =
            Fields.u8("icmpv6.mld.qqi", "QQIC (Querier's Query Interval Code)", "BASE_DEC");
    public static final FieldSpec MLD_NB_SOURCES = Fields.u16("icmpv6.mld.nb_sources", "Number of Sources", "BASE_DEC");
    public static final FieldSpec MLD_SOURCE = Fields.ipv6("icmpv6.mld.source_address", "Source Address");
    public static final FieldSpec MLDR_RECORDS =
            Fields.u16("icmpv6.mldr.nb_mcast_records", "Number of Multicast Address Records", "BASE_DEC");
    public static final FieldSpec MLDR_MAR = Fields.none("icmpv6.mldr.mar", "Multicast Address Record");
    public static final FieldSpec MLDR_RECORD_TYPE = Fields.u8("icmpv6.mldr.mar.record_type", "Record Type", "BASE_DEC");
    public static final FieldSpec MLDR_AUX_LEN = Fields.u8("icmpv6.mldr.mar.aux_data_len", "Aux Data Len", "BASE_DEC");
    public static final FieldSpec MLDR_NB_SOURCES = Fields.u16("icmpv6.mldr.mar.nb_sources", "Number of Sources", "BASE_DEC");
    public static final FieldSpec MLDR_MULTICAST = Fields.ipv6("icmpv6.mldr.mar.multicast_address", "Multicast Address");
    public static final FieldSpec MLDR_SOURCE = Fields.ipv6("icmpv6.mldr.mar.source_address", "Source Address");
    public static final FieldSpec MLDR_AUX_DATA = Fields.bytes("icmpv6.mldr.mar.auxiliary_data", "Auxiliary Data");

    static final Expert.Info CHECKSUM_BAD = Expert.Info.of("icmpv6.checksum_bad.expert",
            Expert.Group.CHECKSUM, Expert.Severity.WARN, "Bad checksum");
    static final Expert.Info INVALID_OPTION_LENGTH = Expert.Info.of("icmpv6.invalid_option_length",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Invalid Option Length");
    static final Expert.Info UNDECODED_OPTION = Expert.Info.of("icmpv6.undecoded.option",
            Expert.Group.UNDECODED, Expert.Severity.NOTE, "Undecoded option");
    static final Expert.Info UNDECODED_TYPE = Expert.Info.of("icmpv6.undecoded.type",
            Expert.Group.UNDECODED, Expert.Severity.NOTE, "Undecoded type");
    static final Expert.Info UNKNOWN_DATA_EXPERT = Expert.Info.of("icmpv6.unknown_data.expert",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Unknown Data (not interpreted)");

    private static final List<FieldSpec> FIELDS = List.of(TYPE, CODE, CHECKSUM, CHECKSUM_STATUS,
            RESERVED, DATA, UNKNOWN_DATA, MTU, POINTER, LENGTH, ECHO_IDENTIFIER, ECHO_SEQUENCE, RESP_TO,
            RESPTIME, NS_TARGET, NA_FLAG, NA_FLAG_R, NA_FLAG_S, NA_FLAG_O, NA_FLAG_RSV, NA_TARGET,
            RA_CUR_HOP_LIMIT, RA_FLAG, RA_FLAG_M, RA_FLAG_O, RA_FLAG_H, RA_FLAG_PRF, RA_FLAG_P,
            RA_FLAG_RSV, MLD_MRC, MLD_FLAG, MLD_FLAG_S, MLD_FLAG_QRV, MLD_FLAG_RSV, MLD_QQI,
            MLD_NB_SOURCES, MLD_SOURCE, RA_ROUTER_LIFETIME, RA_REACHABLE_TIME, RA_RETRANS_TIMER, RD_TARGET,
            RD_DESTINATION, OPT, OPT_TYPE, OPT_LENGTH, OPT_RESERVED, OPT_LINKADDR, OPT_SRC_LINKADDR,
            OPT_TARGET_LINKADDR, OPT_PREFIX_LENGTH, OPT_PREFIX_FLAG, OPT_PREFIX_FLAG_L,
            OPT_PREFIX_FLAG_A, OPT_PREFIX_FLAG_R, OPT_PREFIX_FLAG_RESERVED, OPT_PREFIX_VALID,
            OPT_PREFIX_PREFERRED, OPT_PREFIX, OPT_MTU, OPT_REDIRECTED_PACKET, MLD_MRD, MLD_MULTICAST,
            MLDR_RECORDS, MLDR_MAR, MLDR_RECORD_TYPE, MLDR_AUX_LEN, MLDR_NB_SOURCES, MLDR_MULTICAST,
            MLDR_SOURCE, MLDR_AUX_DATA, CHECKSUM_BAD.field(), INVALID_OPTION_LENGTH.field(),
            UNDECODED_OPTION.field(), UNDECODED_TYPE.field(), UNKNOWN_DATA_EXPERT.field());

    private static final int DST_UNREACH = 1;
    private static final int PACKET_TOO_BIG = 2;
    private static final int TIME_EXCEEDED = 3;
    private static final int PARAM_PROB = 4;
    private static final int ECHO_REQUEST = 128;
    private static final int ECHO_REPLY = 129;
    private static final int MLD_QUERY = 130;
    private static final int MLD_REPORT = 131;
    private static final int MLD_DONE = 132;
    private static final int ROUTER_SOLICIT = 133;
    private static final int ROUTER_ADVERT = 134;
    private static final int NEIGHBOR_SOLICIT = 135;
    private static final int NEIGHBOR_ADVERT = 136;
    private static final int REDIRECT = 137;
    private static final int MLDV2_REPORT = 143;
    private static final int MLDV2_QUERY_MIN = 28;

    /** Per-capture echo pairing. */
    private static final class Echoes {
        final EchoTracker tracker = new EchoTracker();
    }

    private final Dissectors ds;

    public Icmpv6Dissector(Dissectors ds) {
        this.ds = ds;
    }

    @Override
    public FieldSpec protocol() {
        return ICMPV6;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "ICMPv6";
    }

    @Override
    public List<String> calls() {
        return List.of("ipv6", "data");
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        int type = p.u8(buf, off);
        p.addUInt(TYPE, buf, off, 1, type);
        int code = p.u8(buf, off + 1);
        p.addUInt(CODE, buf, off + 1, 1, code);
        int checksum = p.u16(buf, off + 2);
        int captured = Math.max(0, Math.min(len, p.bufferLength(buf) - off));
        if (!p.fragmented() && captured >= len && !p.inErrorPacket()) {
            if (Checksums.wanted(p, CHECKSUM, CHECKSUM_STATUS, CHECKSUM_BAD)) {
                long acc = pseudoHeaderSum(p, len);
                Checksums.verifyInCksum(p, CHECKSUM, CHECKSUM_STATUS, CHECKSUM_BAD, buf, off + 2,
                        checksum, Checksums.finish(Checksums.sum(p, buf, off, len, acc)));
            }
        } else {
            Checksums.unverified(p, CHECKSUM, CHECKSUM_STATUS, buf, off + 2, 2, checksum);
        }
        int at = off + 4;
        int end = off + len;
        if (type == ECHO_REQUEST || type == ECHO_REPLY) {
            int ident = p.u16(buf, at);
            p.addUInt(ECHO_IDENTIFIER, buf, at, 2, ident);
            int seq = p.u16(buf, at + 2);
            p.addUInt(ECHO_SEQUENCE, buf, at + 2, 2, seq);
            at += 4;
            if (!p.inErrorPacket() && (p.wants(RESP_TO) || p.wants(RESPTIME))) {
                track(p, buf, off, type, checksum, ((long) ident << 16) | seq);
            }
            Calls.data(p, ds, buf, at, end - at);
            return len;
        }
        switch (type) {
            case DST_UNREACH, TIME_EXCEEDED -> {
                int origLen = p.u8(buf, at);
                if (origLen != 0) {
                    p.addUInt(LENGTH, buf, at, 1, origLen);
                    p.addBytes(RESERVED, buf, at + 1, 3);
                } else {
                    p.addBytes(RESERVED, buf, at, 4);
                }
                contained(p, buf, at + 4, end - at - 4);
            }
            case PACKET_TOO_BIG -> {
                p.addUInt(MTU, buf, at, 4, p.u32(buf, at));
                contained(p, buf, at + 4, end - at - 4);
            }
            case PARAM_PROB -> {
                p.addUInt(POINTER, buf, at, 4, p.u32(buf, at));
                contained(p, buf, at + 4, end - at - 4);
            }
            case MLD_QUERY, MLD_REPORT, MLD_DONE -> {
                if (type == MLD_QUERY && captured >= MLDV2_QUERY_MIN) {
                    mldv2Query(p, buf, at);
                } else {
                    p.addUInt(MLD_MRD, buf, at, 2, p.u16(buf, at));
                    p.addBytes(RESERVED, buf, at + 2, 2);
                    p.addBytes(MLD_MULTICAST, buf, at + 4, 16);
                }
            }
            case ROUTER_SOLICIT -> {
                p.addBytes(RESERVED, buf, at, 4);
                options(p, buf, at + 4, end);
            }
            case ROUTER_ADVERT -> {
                p.addUInt(RA_CUR_HOP_LIMIT, buf, at, 1, p.u8(buf, at));
                int flags = p.u8(buf, at + 1);
                int e = p.addUInt(RA_FLAG, buf, at + 1, 1, flags);
                int saved = p.openSubtree(e);
                p.addBoolean(RA_FLAG_M, buf, at + 1, 1, (flags & 0x80) != 0);
                p.addBoolean(RA_FLAG_O, buf, at + 1, 1, (flags & 0x40) != 0);
                p.addBoolean(RA_FLAG_H, buf, at + 1, 1, (flags & 0x20) != 0);
                p.addUInt(RA_FLAG_PRF, buf, at + 1, 1, (flags & 0x18) >>> 3);
                p.addBoolean(RA_FLAG_P, buf, at + 1, 1, (flags & 0x04) != 0);
                p.addUInt(RA_FLAG_RSV, buf, at + 1, 1, flags & 0x03);
                p.closeSubtree(saved);
                p.addUInt(RA_ROUTER_LIFETIME, buf, at + 2, 2, p.u16(buf, at + 2));
                p.addUInt(RA_REACHABLE_TIME, buf, at + 4, 4, p.u32(buf, at + 4));
                p.addUInt(RA_RETRANS_TIMER, buf, at + 8, 4, p.u32(buf, at + 8));
                options(p, buf, at + 12, end);
            }
            case NEIGHBOR_SOLICIT -> {
                p.addBytes(RESERVED, buf, at, 4);
                p.addBytes(NS_TARGET, buf, at + 4, 16);
                options(p, buf, at + 20, end);
            }
            case NEIGHBOR_ADVERT -> {
                long flags = p.u32(buf, at);
                int e = p.addUInt(NA_FLAG, buf, at, 4, flags);
                int saved = p.openSubtree(e);
                p.addBoolean(NA_FLAG_R, buf, at, 4, (flags & 0x80000000L) != 0);
                p.addBoolean(NA_FLAG_S, buf, at, 4, (flags & 0x40000000L) != 0);
                p.addBoolean(NA_FLAG_O, buf, at, 4, (flags & 0x20000000L) != 0);
                p.addUInt(NA_FLAG_RSV, buf, at, 4, flags & 0x1fffffffL);
                p.closeSubtree(saved);
                p.addBytes(NA_TARGET, buf, at + 4, 16);
                options(p, buf, at + 20, end);
            }
            case REDIRECT -> {
                p.addBytes(RESERVED, buf, at, 4);
                p.addBytes(RD_TARGET, buf, at + 4, 16);
                p.addBytes(RD_DESTINATION, buf, at + 20, 16);
                options(p, buf, at + 36, end);
            }
            case MLDV2_REPORT -> mldv2Report(p, buf, at, end);
            default -> {
                if (Expert.wanted(p, UNDECODED_TYPE)) {
                    Expert.add(p, -1, UNDECODED_TYPE, buf, off, "Dissector for ICMPv6 Type (" + type
                            + ") code not implemented, Contact Wireshark developers if you want this supported");
                }
                p.addBytes(DATA, buf, at, Math.max(0, Math.min(end, off + captured) - at));
            }
        }
        return len;
    }

    /** The one's-complement sum of the IPv6 pseudo-header (addresses, length, next header). */
    private static long pseudoHeaderSum(Packet p, int len) {
        long acc = words(p.netSrcHi()) + words(p.netSrcLo()) + words(p.netDstHi()) + words(p.netDstLo());
        return acc + ((len >>> 16) & 0xffff) + (len & 0xffff) + 58;
    }

    /** The sum of the four 16-bit words of {@code v}. */
    private static long words(long v) {
        return ((v >>> 48) & 0xffff) + ((v >>> 32) & 0xffff) + ((v >>> 16) & 0xffff) + (v & 0xffff);
    }

    private void track(Packet p, int buf, int off, int type, int checksum, long k1) {
        EchoTracker tracker = p.session().state(Echoes.class, Echoes::new).tracker;
        if (type == ECHO_REQUEST) {
            tracker.request(p, checksum == 0xffff ? 0 : checksum, k1);
            return;
        }
        long s = ((~checksum) & 0xffff) + ((~0x0100) & 0xffff);
        s = (s & 0xffff) + (s >>> 16);
        s += s >>> 16;
        EchoTracker.Transaction t = tracker.reply(p, ~s & 0xffff, k1);
        if (t != null) {
            p.addUInt(RESP_TO, buf, off, 0, t.requestFrame);
            p.addDouble(RESPTIME, buf, off, 0, (p.frame().clockNanos() - t.requestTime) / 1e6);
        }
    }

    /** The packet an error message quotes: IPv6 when it looks like it, else data. */
    private void contained(Packet p, int buf, int off, int len) {
        p.enterErrorPacket();
        try {
            if ((p.u8(buf, off) & 0xf0) == 0x60) {
                Calls.ifNeeded(p, ds.byName("ipv6"), buf, off, len);
            } else {
                Calls.data(p, ds, buf, off, len);
            }
        } finally {
            p.leaveErrorPacket();
        }
    }

    private void options(Packet p, int buf, int at, int end) {
        while (end > at) {
            int optLen = p.u8(buf, at + 1) * 8;
            int opt = Calls.none(p, OPT, buf, at, optLen);
            int saved = p.openSubtree(opt);
            int type = p.u8(buf, at);
            p.addUInt(OPT_TYPE, buf, at, 1, type);
            int lenItem = p.addUInt(OPT_LENGTH, buf, at + 1, 1, optLen / 8);
            if (optLen == 0) {
                Expert.add(p, lenItem, INVALID_OPTION_LENGTH, buf, at + 1, "Invalid option length (Zero)");
                p.closeSubtree(saved);
                return;
            }
            int o = at + 2;
            switch (type) {
                case 1, 2 -> {
                    FieldSpec specific = type == 1 ? OPT_SRC_LINKADDR : OPT_TARGET_LINKADDR;
                    int n = optLen == 8 ? 6 : optLen - 2;
                    p.addBytes(OPT_LINKADDR, buf, o, n);
                    p.addBytes(specific, buf, o, n);
                    o += optLen == 8 ? 6 : optLen;
                }
                case 3 -> {
                    p.addUInt(OPT_PREFIX_LENGTH, buf, o, 1, p.u8(buf, o));
                    int flags = p.u8(buf, o + 1);
                    int e = p.addUInt(OPT_PREFIX_FLAG, buf, o + 1, 1, flags);
                    int inner = p.openSubtree(e);
                    p.addBoolean(OPT_PREFIX_FLAG_L, buf, o + 1, 1, (flags & 0x80) != 0);
                    p.addBoolean(OPT_PREFIX_FLAG_A, buf, o + 1, 1, (flags & 0x40) != 0);
                    p.addBoolean(OPT_PREFIX_FLAG_R, buf, o + 1, 1, (flags & 0x20) != 0);
                    p.addUInt(OPT_PREFIX_FLAG_RESERVED, buf, o + 1, 1, flags & 0x1f);
                    p.closeSubtree(inner);
                    p.addUInt(OPT_PREFIX_VALID, buf, o + 2, 4, p.u32(buf, o + 2));
                    p.addUInt(OPT_PREFIX_PREFERRED, buf, o + 6, 4, p.u32(buf, o + 6));
                    Calls.none(p, OPT_RESERVED, buf, o + 10, 4);
                    p.addBytes(OPT_PREFIX, buf, o + 14, 16);
                    o += 30;
                }
                case 4 -> {
                    Calls.none(p, OPT_RESERVED, buf, o, 6);
                    o += 6;
                    if (optLen > 8) {
                        Calls.none(p, OPT_REDIRECTED_PACKET, buf, o, optLen - 8);
                        contained(p, buf, o, optLen - 8);
                        o += optLen - 8;
                    }
                }
                case 5 -> {
                    Calls.none(p, OPT_RESERVED, buf, o, 2);
                    p.addUInt(OPT_MTU, buf, o + 2, 4, p.u32(buf, o + 2));
                    o += 6;
                }
                default -> {
                    if (Expert.wanted(p, UNDECODED_OPTION)) {
                        Expert.add(p, opt, UNDECODED_OPTION, buf, at, "Dissector for ICMPv6 Option ("
                                + type + ") code not implemented, Contact Wireshark developers if you want this supported");
                    }
                    p.addBytes(DATA, buf, o, optLen - 2);
                    o += optLen - 2;
                }
            }
            int next = at + optLen;
            if (next > o) {
                int e = p.addBytes(UNKNOWN_DATA, buf, o, next - o);
                Expert.add(p, e, UNKNOWN_DATA_EXPERT, buf, o);
            }
            p.closeSubtree(saved);
            at = next;
        }
    }

    private static void mldv2Query(Packet p, int buf, int at) {
        int mrc = p.u16(buf, at);
        if (mrc >= 32768) {
            // a floating-point code: mantissa and exponent
            mrc = ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >>> 12) + 3);
        }
        p.addUInt(MLD_MRC, buf, at, 2, mrc);
        p.addBytes(RESERVED, buf, at + 2, 2);
        p.addBytes(MLD_MULTICAST, buf, at + 4, 16);
        int flags = p.u8(buf, at + 20);
        int e = p.addUInt(MLD_FLAG, buf, at + 20, 1, flags);
        int saved = p.openSubtree(e);
        p.addBoolean(MLD_FLAG_S, buf, at + 20, 1, (flags & 0x08) != 0);
        p.addUInt(MLD_FLAG_QRV, buf, at + 20, 1, flags & 0x07);
        p.addUInt(MLD_FLAG_RSV, buf, at + 20, 1, (flags & 0xf0) >>> 4);
        p.closeSubtree(saved);
        int qqi = p.u8(buf, at + 21);
        if (qqi >= 128) {
            qqi = ((qqi & 0x0f) | 0x10) << (((qqi & 0x70) >>> 4) + 3);
        }
        p.addUInt(MLD_QQI, buf, at + 21, 1, qqi);
        int n = p.u16(buf, at + 22);
        p.addUInt(MLD_NB_SOURCES, buf, at + 22, 2, n);
        for (int i = 0; i < n; i++) {
            p.addBytes(MLD_SOURCE, buf, at + 24 + 16 * i, 16);
        }
    }

    private static void mldv2Report(Packet p, int buf, int at, int end) {
        p.addBytes(RESERVED, buf, at, 2);
        p.addUInt(MLDR_RECORDS, buf, at + 2, 2, p.u16(buf, at + 2));
        at += 4;
        while (at < end) {
            int nbSources = p.u16(buf, at + 2);
            int aux = p.u8(buf, at + 1);
            int e = Calls.noneClamped(p, MLDR_MAR, buf, at, 4 + 16 + 16 * nbSources + aux * 4);
            int saved = p.openSubtree(e);
            p.addUInt(MLDR_RECORD_TYPE, buf, at, 1, p.u8(buf, at));
            p.addUInt(MLDR_AUX_LEN, buf, at + 1, 1, aux);
            p.addUInt(MLDR_NB_SOURCES, buf, at + 2, 2, nbSources);
            p.addBytes(MLDR_MULTICAST, buf, at + 4, 16);
            at += 20;
            for (int i = 0; i < nbSources; i++) {
                p.addBytes(MLDR_SOURCE, buf, at, 16);
                at += 16;
            }
            if (aux != 0) {
                p.addBytes(MLDR_AUX_DATA, buf, at, aux * 4);
                at += aux * 4;
            }
            p.closeSubtree(saved);
        }
    }
}
