package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv4 ({@code ip}): every header field, options ({@link Ipv4Options}), fragment reassembly as
 * Wireshark does by default (the upper layers appear on the frame that completes the datagram;
 * earlier fragments carry {@code data}), and the hand-off by protocol number.
 *
 * <p>Like Wireshark there are two entry points: the registered {@code ip} dissector, which also
 * takes IPv6 packets (by the version nibble), and the one for ethertype 0x0800
 * ({@link #forEthertype()}), which flags anything but version 4 as bogus.
 */
public final class IpDissector implements Dissector {

    public static final FieldSpec IP = FieldSpec.protocol("ip", "Internet Protocol Version 4");
    public static final FieldSpec VERSION = Fields.u8("ip.version", "Version", "BASE_DEC");
    public static final FieldSpec HDR_LEN = Fields.u8("ip.hdr_len", "Header Length", "BASE_DEC");
    public static final FieldSpec DSFIELD = Fields.u8("ip.dsfield", "Differentiated Services Field", "BASE_HEX");
    public static final FieldSpec DSCP = Fields.uint("ip.dsfield.dscp", "Differentiated Services Codepoint",
            FieldType.UINT8, "BASE_DEC", 0xfc);
    public static final FieldSpec ECN = Fields.uint("ip.dsfield.ecn", "Explicit Congestion Notification",
            FieldType.UINT8, "BASE_DEC", 0x03);
    public static final FieldSpec LEN = Fields.u16("ip.len", "Total Length", "BASE_DEC");
    public static final FieldSpec ID = Fields.u16("ip.id", "Identification", "BASE_HEX_DEC");
    public static final FieldSpec FLAGS =
            Fields.uint("ip.flags", "Flags", FieldType.UINT8, "BASE_HEX", 0xe0);
    public static final FieldSpec FLAGS_RB = Fields.bool("ip.flags.rb", "Reserved bit", 8, 0x80);
    public static final FieldSpec FLAGS_DF = Fields.bool("ip.flags.df", "Don't fragment", 8, 0x40);
    public static final FieldSpec FLAGS_MF = Fields.bool("ip.flags.mf", "More fragments", 8, 0x20);
    public static final FieldSpec FRAG_OFFSET = Fields.uint("ip.frag_offset", "Fragment Offset",
            FieldType.UINT16, "BASE_DEC", 0x1fff);
    public static final FieldSpec TTL = Fields.u8("ip.ttl", "Time to Live", "BASE_DEC");
    public static final FieldSpec PROTO = Fields.u8("ip.proto", "Protocol", "BASE_DEC");
    public static final FieldSpec CHECKSUM = Fields.u16("ip.checksum", "Header Checksum", "BASE_HEX");
    public static final FieldSpec CHECKSUM_STATUS =
            Fields.u8("ip.checksum.status", "Header checksum status", "BASE_NONE");
    public static final FieldSpec SRC = Fields.ipv4("ip.src", "Source Address");
    public static final FieldSpec DST = Fields.ipv4("ip.dst", "Destination Address");
    public static final FieldSpec ADDR = Fields.ipv4("ip.addr", "Source or Destination Address");
    public static final FieldSpec SRC_HOST = Fields.string("ip.src_host", "Source Host");
    public static final FieldSpec DST_HOST = Fields.string("ip.dst_host", "Destination Host");
    public static final FieldSpec HOST = Fields.string("ip.host", "Source or Destination Host");

    static final FragmentFields FRAGMENTS = new FragmentFields("ip", "IPv4", true, "ip.reassembled_in");

    static final Expert.Info BOGUS_VERSION = Expert.Info.of("ip.bogus_ip_version",
            Expert.Group.PROTOCOL, Expert.Severity.ERROR, "Bogus IP version");
    static final Expert.Info BOGUS_HEADER_LENGTH = Expert.Info.of("ip.bogus_header_length",
            Expert.Group.PROTOCOL, Expert.Severity.ERROR, "Bogus IP header length");
    static final Expert.Info BOGUS_LENGTH = Expert.Info.of("ip.bogus_ip_length",
            Expert.Group.PROTOCOL, Expert.Severity.ERROR, "Bogus IP length");
    static final Expert.Info TTL_LNCB = Expert.Info.of("ip.ttl.lncb", Expert.Group.SEQUENCE,
            Expert.Severity.NOTE, "Time To Live");
    static final Expert.Info TTL_TOO_SMALL = Expert.Info.of("ip.ttl.too_small",
            Expert.Group.SEQUENCE, Expert.Severity.NOTE, "Time To Live");

    private static final List<FieldSpec> FIELDS = buildFields();

    private static List<FieldSpec> buildFields() {
        List<FieldSpec> f = new ArrayList<>(List.of(VERSION, HDR_LEN, DSFIELD, DSCP, ECN, LEN, ID,
                FLAGS, FLAGS_RB, FLAGS_DF, FLAGS_MF, FRAG_OFFSET, TTL, PROTO, CHECKSUM,
                CHECKSUM_STATUS, SRC, DST, ADDR, SRC_HOST, DST_HOST, HOST, BOGUS_VERSION.field(),
                BOGUS_HEADER_LENGTH.field(), BOGUS_LENGTH.field(), TTL_LNCB.field(),
                TTL_TOO_SMALL.field()));
        f.addAll(Ipv4Options.FIELDS);
        f.addAll(FRAGMENTS.all());
        return List.copyOf(f);
    }

    // blocks of the fixed header that are skipped when no field of theirs is wanted
    private static final FieldGroup DS_FIELDS = FieldGroup.of(DSFIELD, DSCP, ECN);
    private static final FieldGroup FLAG_FIELDS = FieldGroup.of(FLAGS, FLAGS_RB, FLAGS_DF, FLAGS_MF,
            FRAG_OFFSET);
    private static final FieldGroup CHECKSUM_FIELDS = FieldGroup.of(CHECKSUM, CHECKSUM_STATUS);

    private static final int MIN_HEADER = 20;
    private static final int MF = 0x2000;
    private static final int OFFSET_MASK = 0x1fff;
    private static final int PROTO_OSPF = 89;
    private static final int PROTO_PIM = 103;
    private static final int PROTO_IGMP = 2;

    /** Per-capture reassembly state. */
    private static final class Reassembly {
        final FragmentTable table = new FragmentTable();
    }

    private final Dissectors ds;
    private final boolean ethertypeEntry;

    public IpDissector(Dissectors ds) {
        this(ds, false);
    }

    private IpDissector(Dissectors ds, boolean ethertypeEntry) {
        this.ds = ds;
        this.ethertypeEntry = ethertypeEntry;
    }

    /** The entry point for ethertype 0x0800, where only version 4 is valid. */
    public Dissector forEthertype() {
        return new IpDissector(ds, true);
    }

    @Override
    public FieldSpec protocol() {
        return IP;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "IPv4";
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ipProto.protocolNames());
        out.add("ipv6");
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 1);
        int b0 = p.u8(buf, off);
        int version = b0 >>> 4;
        if (!ethertypeEntry && version != 4) {
            if (version == 6) {
                // Wireshark's "ip" dissector hands IPv6 on without an IPv4 item of its own
                p.dropProtocolItem();
                return callIpv6(p, buf, off, len);
            }
            p.setProtocolLength(1);
            int e = p.addUInt(VERSION, buf, off, 1, version);
            Expert.add(p, e, BOGUS_VERSION, buf, off);
            return 1;
        }
        int hlen = (b0 & 0x0f) * 4;
        p.setProtocolLength(hlen);
        int versionItem = p.addUInt(VERSION, buf, off, 1, version);
        if (version != 4) {
            Expert.add(p, versionItem, BOGUS_VERSION, buf, off, "Bogus IPv4 version");
            if (version == 6) {
                callIpv6(p, buf, off, len);
            }
            return len;
        }
        int hlenItem = p.addUInt(HDR_LEN, buf, off, 1, hlen);
        if (hlen < MIN_HEADER) {
            if (Expert.wanted(p, BOGUS_HEADER_LENGTH)) {
                Expert.add(p, hlenItem, BOGUS_HEADER_LENGTH, buf, off, String.format(
                        "Bogus IP header length (%d, must be at least %d)", hlen, MIN_HEADER));
            }
            return len;
        }
        // with the fixed header captured no read in it can fail: blocks of fields nobody wants
        // are skipped without changing where a short frame stops
        boolean fixedHeader = p.available(buf, off, MIN_HEADER);
        if (!fixedHeader || p.wantsAny(DS_FIELDS)) {
            addDsField(p, buf, off);
        }

        int ipLen = p.u16(buf, off + 2);
        int end = len;
        if (ipLen < hlen) {
            if (ipLen != 0) {
                int e = p.addUInt(LEN, buf, off + 2, 2, ipLen);
                Expert.add(p, e, BOGUS_LENGTH, buf, off + 2);
                return len;
            }
            // a zero length is taken as TCP segmentation offload: the frame says how long it is
            ipLen = len;
            int e = p.addUInt(LEN, buf, off + 2, 2, ipLen);
            if (e >= 0 && p.wantsText()) {
                p.setLabel(e, "Total Length: " + ipLen + " bytes (reported as 0, presumed to be because of"
                        + " \"TCP segmentation offload\" (TSO))");
                p.markGenerated(e);
            }
        } else {
            int e = p.addUInt(LEN, buf, off + 2, 2, ipLen);
            if (ipLen > len) {
                if (!p.inErrorPacket()) {
                    if (Expert.wanted(p, BOGUS_LENGTH)) {
                        Expert.add(p, e, BOGUS_LENGTH, buf, off + 2, String.format(
                                "IPv4 total length exceeds packet length (%d bytes)", len));
                    }
                }
            } else {
                end = ipLen;
            }
        }
        int id = p.u16(buf, off + 4);
        p.addUInt(ID, buf, off + 4, 2, id);
        int frag = p.u16(buf, off + 6);
        addFlags(p, buf, off, frag);
        int ttl = p.u8(buf, off + 8);
        int ttlItem = p.addUInt(TTL, buf, off + 8, 1, ttl);
        int proto = p.u8(buf, off + 9);
        p.addUInt(PROTO, buf, off + 9, 1, proto);
        if (!fixedHeader || p.wantsAny(CHECKSUM_FIELDS)) {
            Checksums.unverified(p, CHECKSUM, CHECKSUM_STATUS, buf, off + 10, 2, p.u16(buf, off + 10));
        }

        long src = p.u32(buf, off + 12);
        addAddress(p, buf, off + 12, SRC, SRC_HOST);
        int dstOff = hlen > MIN_HEADER ? Ipv4Options.destinationOffset(p, buf, off + MIN_HEADER,
                hlen - MIN_HEADER) : 0;
        long dst = p.u32(buf, off + 16 + dstOff);
        checkTtl(p, buf, off, ttlItem, ttl, proto, dst);
        if (dstOff != 0) {
            long cur = p.u32(buf, off + 16);
            p.addUInt(Ipv4Options.CUR_RT, buf, off + 16, 4, cur);
            if (p.wants(Ipv4Options.CUR_RT_HOST)) {
                p.addComputedString(Ipv4Options.CUR_RT_HOST, buf, off + 16, 4, Addresses.ipv4(cur));
            }
        } else {
            addDestination(p, buf, off + 16);
        }
        if (hlen > MIN_HEADER) {
            Calls.need(len, MIN_HEADER, hlen - MIN_HEADER);
            Ipv4Options.dissect(p, buf, off + MIN_HEADER, hlen - MIN_HEADER, -1);
        }
        p.setNetAddresses(4, 0, src, 0, dst);

        handOff(p, buf, off, hlen, end, ipLen, id, frag, proto, src, dst);
        return end;
    }

    private void handOff(Packet p, int buf, int off, int hlen, int end, int ipLen, int id,
                         int frag, int proto, long src, long dst) {
        boolean savedFragmented = p.fragmented();
        int payloadBuf = buf;
        int payloadOff = off + hlen;
        int payloadLen = end - hlen;
        boolean show = true;
        if ((frag & (MF | OFFSET_MASK)) != 0 && ipLen > hlen
                && p.available(buf, off + hlen, ipLen - hlen)) {
            long fragId = proto ^ id ^ src ^ dst;
            Reassembly state = p.session().state(Reassembly.class, Reassembly::new);
            FragmentTable.Reassembled r = state.table.add(
                    new FragmentTable.Key(4, 0, src, 0, dst, fragId), p.number(),
                    (frag & OFFSET_MASK) * 8, p.copy(buf, off + hlen, ipLen - hlen),
                    (frag & MF) != 0);
            if (r == null) {
                show = false;
            } else {
                payloadBuf = p.addBuffer("Reassembled IPv4", r.data());
                payloadOff = 0;
                payloadLen = r.data().length;
                FRAGMENTS.addTree(p, payloadBuf, r);
                p.setFragmented(false);
            }
        } else if ((frag & OFFSET_MASK) != 0) {
            show = false;
        } else {
            p.setFragmented((frag & MF) != 0);
        }
        if (!show) {
            Calls.data(p, ds, buf, off + hlen, Math.max(0, end - hlen));
        } else if (payloadLen > 0) {
            Dissector next = ds.ipProto.get(proto);
            if (next == null || Calls.ifNeeded(p, next, payloadBuf, payloadOff, payloadLen) == 0) {
                Calls.data(p, ds, payloadBuf, payloadOff, payloadLen);
            }
        }
        p.setFragmented(savedFragmented);
    }

    /**
     * The fields {@link #addHeaderOnly} adds: all but those of options and fragments and the
     * findings of broken headers. A session wanting another IPv4 field uses this dissector.
     */
    static final List<FieldSpec> HEADER_ONLY_FIELDS = List.of(IP, VERSION, HDR_LEN, DSFIELD, DSCP, ECN,
            LEN, ID, FLAGS, FLAGS_RB, FLAGS_DF, FLAGS_MF, FRAG_OFFSET, TTL, PROTO, CHECKSUM,
            CHECKSUM_STATUS, SRC, DST, ADDR, SRC_HOST, DST_HOST, HOST, TTL_LNCB.field(),
            TTL_TOO_SMALL.field());

    /**
     * Adds the {@link #HEADER_ONLY_FIELDS} of a captured, well-formed 20-byte header (no options,
     * not a fragment, a total length within the frame), in the order and with the values and
     * spans {@link #dissect} gives them, and sets the packet's addresses. The protocol item is the
     * caller's.
     */
    static void addHeaderOnly(Packet p, int buf, int off) {
        p.addUInt(VERSION, buf, off, 1, 4);
        p.addUInt(HDR_LEN, buf, off, 1, MIN_HEADER);
        if (p.wantsAny(DS_FIELDS)) {
            addDsField(p, buf, off);
        }
        p.addUInt(LEN, buf, off + 2, 2, p.u16(buf, off + 2));
        p.addUInt(ID, buf, off + 4, 2, p.u16(buf, off + 4));
        addFlags(p, buf, off, p.u16(buf, off + 6));
        int ttl = p.u8(buf, off + 8);
        int ttlItem = p.addUInt(TTL, buf, off + 8, 1, ttl);
        int proto = p.u8(buf, off + 9);
        p.addUInt(PROTO, buf, off + 9, 1, proto);
        if (p.wantsAny(CHECKSUM_FIELDS)) {
            Checksums.unverified(p, CHECKSUM, CHECKSUM_STATUS, buf, off + 10, 2, p.u16(buf, off + 10));
        }
        long src = p.u32(buf, off + 12);
        long dst = p.u32(buf, off + 16);
        addAddress(p, buf, off + 12, SRC, SRC_HOST);
        checkTtl(p, buf, off, ttlItem, ttl, proto, dst);
        addDestination(p, buf, off + 16);
        p.setNetAddresses(4, 0, src, 0, dst);
    }

    /** Sets the packet's network addresses to the header's at {@code off}. */
    static void setNetAddresses(Packet p, int buf, int off) {
        p.setNetAddresses(4, 0, p.u32(buf, off + 12), 0, p.u32(buf, off + 16));
    }

    /** The differentiated services byte and its two parts. */
    private static void addDsField(Packet p, int buf, int off) {
        int tos = p.u8(buf, off + 1);
        int saved = p.openSubtree(p.addUInt(DSFIELD, buf, off + 1, 1, tos));
        p.addUInt(DSCP, buf, off + 1, 1, tos >>> 2);
        p.addUInt(ECN, buf, off + 1, 1, tos & 0x03);
        p.closeSubtree(saved);
    }

    /** The flags and the fragment offset, when one of them is wanted. */
    private static void addFlags(Packet p, int buf, int off, int frag) {
        if (!p.wantsAny(FLAG_FIELDS)) {
            return;
        }
        int saved = p.openSubtree(p.addUInt(FLAGS, buf, off + 6, 1, frag >>> 13));
        p.addBoolean(FLAGS_RB, buf, off + 6, 1, (frag & 0x8000) != 0);
        p.addBoolean(FLAGS_DF, buf, off + 6, 1, (frag & 0x4000) != 0);
        p.addBoolean(FLAGS_MF, buf, off + 6, 1, (frag & MF) != 0);
        p.closeSubtree(saved);
        p.addUInt(FRAG_OFFSET, buf, off + 6, 2, frag & OFFSET_MASK);
    }

    private int callIpv6(Packet p, int buf, int off, int len) {
        Dissector v6 = ds.byName("ipv6");
        int taken = Calls.ifNeeded(p, v6, buf, off, len);
        return taken < 0 ? len : taken;
    }

    /** Wireshark's notes on a TTL unlikely for the destination. */
    static void checkTtl(Packet p, int buf, int off, int ttlItem, int ttl, int proto, long dst) {
        if ((dst & 0xffffff00L) == 0xe0000000L) {
            int valid;
            if (proto == PROTO_IGMP) {
                valid = 1;
            } else if (dst == 0xe0000012L || dst == 0xe0000066L || dst == 0xe00000fbL) {
                valid = 255;   // VRRP, GLBP, mDNS
            } else if (dst == 0xe00000fcL) {
                valid = -1;    // LLMNR: any
            } else {
                valid = 1;
            }
            if (valid >= 0 && ttl != valid) {
                if (Expert.wanted(p, TTL_LNCB)) {
                    Expert.add(p, ttlItem, TTL_LNCB, buf, off + 8, "\"Time To Live\" != " + valid
                            + " for a packet sent to the Local Network Control Block (see RFC 3171)");
                }
            }
        } else if (ttl < 5 && (dst & 0xf0000000L) != 0xe0000000L && proto != PROTO_PIM
                && proto != PROTO_OSPF) {
            if (Expert.wanted(p, TTL_TOO_SMALL)) {
                Expert.add(p, ttlItem, TTL_TOO_SMALL, buf, off + 8, "\"Time To Live\" only " + ttl);
            }
        }
    }

    private static void addAddress(Packet p, int buf, int at, FieldSpec addr, FieldSpec host) {
        long v = p.u32(buf, at);
        p.addUInt(addr, buf, at, 4, v);
        p.addUInt(ADDR, buf, at, 4, v);
        if (p.wants(host) || p.wants(HOST)) {
            String text = Addresses.ipv4(v);
            p.addComputedString(host, buf, at, 4, text);
            p.addComputedString(HOST, buf, at, 4, text);
        }
    }

    /** Adds {@code ip.dst} and its companions for the address at {@code at}. */
    static void addDestination(Packet p, int buf, int at) {
        addAddress(p, buf, at, DST, DST_HOST);
    }

    @Override
    public String label(Packet p, int entry) {
        int buf = p.rawBuffer(entry);
        int off = p.rawOffsetInBuffer(entry);
        try {
            int b0 = p.u8(buf, off);
            int hlen = (b0 & 0x0f) * 4;
            int ipLen = p.u16(buf, off + 2);
            if (b0 >>> 4 != 4 || hlen < MIN_HEADER || (ipLen < hlen && ipLen != 0)) {
                return null;
            }
            int dstOff = hlen > MIN_HEADER
                    ? Ipv4Options.destinationOffset(p, buf, off + MIN_HEADER, hlen - MIN_HEADER) : 0;
            String text = "Internet Protocol Version 4, Src: " + Addresses.ipv4(p.u32(buf, off + 12))
                    + ", Dst: " + Addresses.ipv4(p.u32(buf, off + 16 + dstOff));
            return dstOff == 0 ? text : text + ", Via: " + Addresses.ipv4(p.u32(buf, off + 16));
        } catch (Truncated t) {
            return null;
        }
    }
}
