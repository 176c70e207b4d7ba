package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv6 ({@code ipv6}): the fixed header with the addresses' hidden companions (hosts, 6to4,
 * Teredo, SLAAC, ISATAP and NAT64-embedded IPv4), then extension headers
 * ({@link Ipv6ExtensionHeader}) and the payload by next-header number.
 */
public final class Ipv6Dissector implements Dissector {

    public static final FieldSpec IPV6 = FieldSpec.protocol("ipv6", "Internet Protocol Version 6");
    public static final FieldSpec VERSION = Fields.u8("ipv6.version", "Version", "BASE_DEC");
    public static final FieldSpec TCLASS =
            Fields.uint("ipv6.tclass", "Traffic Class", FieldType.UINT32, "BASE_HEX", 0x0ff00000);
    public static final FieldSpec TCLASS_DSCP = Fields.uint("ipv6.tclass.dscp",
            "Differentiated Services Codepoint", FieldType.UINT32, "BASE_DEC", 0x0fc00000);
    public static final FieldSpec TCLASS_ECN = Fields.uint("ipv6.tclass.ecn",
            "Explicit Congestion Notification", FieldType.UINT32, "BASE_DEC", 0x00300000);
    public static final FieldSpec FLOW =
            Fields.uint("ipv6.flow", "Flow Label", FieldType.UINT24, "BASE_HEX", 0x0fffff);
    public static final FieldSpec PLEN = Fields.u16("ipv6.plen", "Payload Length", "BASE_DEC");
    public static final FieldSpec NXT = Fields.u8("ipv6.nxt", "Next Header", "BASE_DEC");
    public static final FieldSpec HLIM = Fields.u8("ipv6.hlim", "Hop Limit", "BASE_DEC");
    public static final FieldSpec SRC = Fields.ipv6("ipv6.src", "Source Address");
    public static final FieldSpec SRC_HOST = Fields.string("ipv6.src_host", "Source Host");
    public static final FieldSpec DST = Fields.ipv6("ipv6.dst", "Destination Address");
    public static final FieldSpec DST_HOST = Fields.string("ipv6.dst_host", "Destination Host");
    public static final FieldSpec ADDR = Fields.ipv6("ipv6.addr", "Source or Destination Address");
    public static final FieldSpec HOST = Fields.string("ipv6.host", "Source or Destination Host");

    /** The hidden fields derived from one address (6to4, Teredo, SLAAC, ISATAP, NAT64). */
    private record Derived(FieldSpec gw6to4, FieldSpec sla6to4, FieldSpec teredoServer,
                           FieldSpec teredoPort, FieldSpec teredoClient, FieldSpec slaac,
                           FieldSpec isatap, FieldSpec embed) {
        static Derived of(String prefix, String title) {
            return new Derived(
                    Fields.ipv4("ipv6." + prefix + "6to4_gw_ipv4", title + "6to4 Gateway IPv4"),
                    Fields.u16("ipv6." + prefix + "6to4_sla_id", title + "6to4 SLA ID", "BASE_DEC"),
                    Fields.ipv4("ipv6." + prefix + "ts_ipv4", title + "Teredo Server IPv4"),
                    Fields.u16("ipv6." + prefix + "tc_port", title + "Teredo Port", "BASE_DEC"),
                    Fields.ipv4("ipv6." + prefix + "tc_ipv4", title + "Teredo Client IPv4"),
                    Fields.ether("ipv6." + prefix + "slaac_mac", title + "SLAAC MAC"),
                    Fields.ipv4("ipv6." + prefix + "isatap_ipv4", title + "ISATAP IPv4"),
                    Fields.ipv4("ipv6." + prefix + "embed_ipv4", title + "Embedded IPv4"));
        }

        List<FieldSpec> all() {
            return List.of(gw6to4, sla6to4, teredoServer, teredoPort, teredoClient, slaac, isatap, embed);
        }
    }

    private static final Derived SRC_DERIVED = Derived.of("src_", "Source ");
    private static final Derived DST_DERIVED = Derived.of("dst_", "Destination ");
    private static final Derived ANY_DERIVED = Derived.of("", "");
    public static final FieldSpec EMBED_IPV4_PREFIX =
            Fields.bytes("ipv6.embed_ipv4_prefix", "Embedded IPv4 Prefix");

    static final Expert.Info BOGUS_VERSION = Expert.Info.of("ipv6.bogus_ipv6_version",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Bogus IP version");
    static final Expert.Info INVALID_HEADER = Expert.Info.of("ipv6.invalid_header",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Invalid IPv6 header");
    static final Expert.Info PLEN_ZERO = Expert.Info.of("ipv6.plen_zero", Expert.Group.PROTOCOL,
            Expert.Severity.CHAT,
            "IPv6 payload length equals 0 (maybe because of \"TCP segmentation offload\" (TSO))");
    static final Expert.Info PLEN_EXCEEDS_FRAMING = Expert.Info.of("ipv6.plen_exceeds_framing",
            Expert.Group.PROTOCOL, Expert.Severity.WARN,
            "IPv6 payload length does not match expected framing length");
    static final Expert.Info JUMBO_MISSING = Expert.Info.of("ipv6.opt.jumbo.missing",
            Expert.Group.MALFORMED, Expert.Severity.ERROR,
            "IPv6 payload length equals 0 and Hop-By-Hop present and Jumbo Payload option missing");

    static final FragmentFields FRAGMENTS = new FragmentFields("ipv6", "IPv6", false,
            "ipv6.reassembled.in");

    private static final List<FieldSpec> FIELDS = buildFields();

    private static List<FieldSpec> buildFields() {
        List<FieldSpec> f = new ArrayList<>(List.of(VERSION, TCLASS, TCLASS_DSCP, TCLASS_ECN, FLOW,
                PLEN, NXT, HLIM, SRC, SRC_HOST, DST, DST_HOST, ADDR, HOST, EMBED_IPV4_PREFIX,
                BOGUS_VERSION.field(), INVALID_HEADER.field(), PLEN_ZERO.field(),
                PLEN_EXCEEDS_FRAMING.field(), JUMBO_MISSING.field()));
        f.addAll(SRC_DERIVED.all());
        f.addAll(DST_DERIVED.all());
        f.addAll(ANY_DERIVED.all());
        f.addAll(FRAGMENTS.all());
        return List.copyOf(f);
    }

    static final int HEADER = 40;
    static final int NXT_HOPOPTS = 0;
    static final int NXT_NONE = 59;

    /** What the extension headers of the packet being dissected need to know about it. */
    static final class PacketInfo {
        int plen;
        int jumboPlen;
        /** Payload length left for a fragment header (Wireshark's {@code frag_plen}). */
        int fragPlen;
    }

    private final Dissectors ds;

    public Ipv6Dissector(Dissectors ds) {
        this.ds = ds;
    }

    @Override
    public FieldSpec protocol() {
        return IPV6;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "IPv6";
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ipProto.protocolNames());
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        p.setProtocolLength(HEADER);
        int b0 = p.u8(buf, off);
        int version = b0 >>> 4;
        int versionItem = p.addUInt(VERSION, buf, off, 1, version);
        p.hide(p.addUInt(IpDissector.VERSION, buf, off, 1, version)); // for filters only, as packet-ipv6.c
        if (version != 6) {
            Expert.add(p, versionItem, BOGUS_VERSION, buf, off, "Bogus IPv6 version");
            return 1;
        }
        if (len < HEADER) {
            Expert.add(p, -1, INVALID_HEADER, buf, off, "IPv6 header must be exactly 40 bytes");
        }
        addClassAndFlow(p, buf, off);
        int plen = p.u16(buf, off + 4);
        int nxt = p.u8(buf, off + 6);
        int plenItem = p.addUInt(PLEN, buf, off + 4, 2, plen);
        if (plen == 0 && nxt != NXT_HOPOPTS && nxt != NXT_NONE) {
            Expert.add(p, plenItem, PLEN_ZERO, buf, off + 4);
        }
        addHopAndAddresses(p, buf, off, nxt);

        int effective = plen;
        PacketInfo info = p.session().state(PacketInfo.class, PacketInfo::new);
        info.plen = plen;
        info.jumboPlen = 0;
        if (plen == 0 && nxt == NXT_HOPOPTS) {
            int jumbo = jumboLength(p, buf, off + HEADER);
            if (jumbo != 0) {
                effective = jumbo;
                info.jumboPlen = jumbo;
            } else {
                Expert.add(p, plenItem, JUMBO_MISSING, buf, off + 4);
            }
        }
        int reported = len - HEADER;
        if (!p.inErrorPacket() && effective > reported) {
            if (Expert.wanted(p, PLEN_EXCEEDS_FRAMING)) {
                Expert.add(p, plenItem, PLEN_EXCEEDS_FRAMING, buf, off + 4, String.format(
                        "IPv6 payload length exceeds framing length (%d bytes)", reported));
            }
        }
        info.fragPlen = plen;
        setNetAddresses(p, buf, off);
        int end = Math.min(len, HEADER + effective);
        boolean savedFragmented = p.fragmented();
        next(p, ds, nxt, buf, off + HEADER, Math.max(0, end - HEADER));
        p.setFragmented(savedFragmented);
        return end;
    }

    /**
     * The fields {@link #addHeaderOnly} adds: all but those of extension headers and fragments and
     * the findings of broken headers. A session wanting another IPv6 field uses this dissector.
     */
    static final List<FieldSpec> HEADER_ONLY_FIELDS = buildHeaderOnlyFields();

    private static List<FieldSpec> buildHeaderOnlyFields() {
        List<FieldSpec> f = new ArrayList<>(List.of(IPV6, VERSION, TCLASS, TCLASS_DSCP, TCLASS_ECN, FLOW,
                PLEN, NXT, HLIM, SRC, SRC_HOST, DST, DST_HOST, ADDR, HOST, EMBED_IPV4_PREFIX));
        f.addAll(SRC_DERIVED.all());
        f.addAll(DST_DERIVED.all());
        f.addAll(ANY_DERIVED.all());
        return List.copyOf(f);
    }

    /**
     * Adds the {@link #HEADER_ONLY_FIELDS} (and {@code ip.version}) of a captured fixed header
     * whose payload length is not zero and fits the frame, in the order and with the values and
     * spans {@link #dissect} gives them, and sets the packet's addresses. The protocol item is the
     * caller's. The per-frame lengths dissect keeps for extension headers are not set: none
     * follows.
     */
    static void addHeaderOnly(Packet p, int buf, int off) {
        p.addUInt(VERSION, buf, off, 1, 6);
        p.hide(p.addUInt(IpDissector.VERSION, buf, off, 1, 6));
        addClassAndFlow(p, buf, off);
        p.addUInt(PLEN, buf, off + 4, 2, p.u16(buf, off + 4));
        addHopAndAddresses(p, buf, off, p.u8(buf, off + 6));
        setNetAddresses(p, buf, off);
    }

    private static void addClassAndFlow(Packet p, int buf, int off) {
        long first = p.u32(buf, off);
        int tc = (int) ((first >>> 20) & 0xff);
        int saved = p.openSubtree(p.addUInt(TCLASS, buf, off, 4, tc));
        p.addUInt(TCLASS_DSCP, buf, off, 4, tc >>> 2);
        p.addUInt(TCLASS_ECN, buf, off, 4, tc & 0x03);
        p.closeSubtree(saved);
        p.addUInt(FLOW, buf, off + 1, 3, first & 0x0fffff);
    }

    /** Next header, hop limit, the addresses and what they embed. */
    private static void addHopAndAddresses(Packet p, int buf, int off, int nxt) {
        p.addUInt(NXT, buf, off + 6, 1, nxt);
        p.addUInt(HLIM, buf, off + 7, 1, p.u8(buf, off + 7));
        addAddress(p, buf, off + 8, SRC, SRC_HOST);
        addAddress(p, buf, off + 24, DST, DST_HOST);
        addDerived(p, buf, off + 8, off + 24);
    }

    /** Sets the packet's network addresses to the header's at {@code off}. */
    static void setNetAddresses(Packet p, int buf, int off) {
        p.setNetAddresses(6, p.u64(buf, off + 8), p.u64(buf, off + 16), p.u64(buf, off + 24),
                p.u64(buf, off + 32));
    }

    /** Hands data on by next-header number (Wireshark's {@code ipv6_dissect_next}). */
    static void next(Packet p, Dissectors ds, int nxt, int buf, int off, int len) {
        if (nxt != NXT_NONE) {
            Dissector d = ds.ipProto.get(nxt);
            // a protocol the session does not need is not run, and its bytes are not data either
            if (d != null && Calls.ifNeeded(p, d, buf, off, len) != 0) {
                return;
            }
        }
        Calls.data(p, ds, buf, off, len);
    }

    private static int jumboLength(Packet p, int buf, int off) {
        try {
            int len = (p.u8(buf, off + 1) + 1) * 8;
            int at = off + 2;
            while (at < off + len) {
                int type = p.u8(buf, at);
                if (type == 0) {
                    at++;
                    continue;
                }
                int optLen = p.u8(buf, at + 1);
                if (type == 0xc2 && optLen == 4) {
                    return (int) p.u32(buf, at + 2);
                }
                at += 2 + optLen;
            }
        } catch (Truncated t) {
            // a header that is not there has no jumbo option
        }
        return 0;
    }

    private static void addAddress(Packet p, int buf, int at, FieldSpec addr, FieldSpec host) {
        p.addBytes(addr, buf, at, 16);
        p.addBytes(ADDR, buf, at, 16);
        if (p.wants(host) || p.wants(HOST)) {
            p.u8(buf, at + 15);
            String text = Addresses.ipv6(p, buf, at);
            p.addComputedString(host, buf, at, 16, text);
            p.addComputedString(HOST, buf, at, 16, text);
        }
    }

    private static void addDerived(Packet p, int buf, int src, int dst) {
        add6to4(p, buf, src, SRC_DERIVED);
        add6to4(p, buf, dst, DST_DERIVED);
        addTeredo(p, buf, src, SRC_DERIVED);
        addTeredo(p, buf, dst, DST_DERIVED);
        addSlaac(p, buf, src, SRC_DERIVED);
        addSlaac(p, buf, dst, DST_DERIVED);
        addIsatap(p, buf, src, SRC_DERIVED);
        addIsatap(p, buf, dst, DST_DERIVED);
        addEmbedded(p, buf, src, SRC_DERIVED);
        addEmbedded(p, buf, dst, DST_DERIVED);
    }

    private static void add6to4(Packet p, int buf, int at, Derived d) {
        if (p.u16(buf, at) != 0x2002) {
            return;
        }
        for (Derived f : new Derived[] {d, ANY_DERIVED}) {
            p.addIPv4(f.gw6to4, buf, at + 2);
            p.addUInt(f.sla6to4, buf, at + 6, 2, p.u16(buf, at + 6));
        }
    }

    private static void addTeredo(Packet p, int buf, int at, Derived d) {
        if (p.u32(buf, at) != 0x20010000L) {
            return;
        }
        int port = p.u16(buf, at + 10) ^ 0xffff;
        long client = p.u32(buf, at + 12) ^ 0xffffffffL;
        for (Derived f : new Derived[] {d, ANY_DERIVED}) {
            p.addIPv4(f.teredoServer, buf, at + 4);
            p.addUInt(f.teredoPort, buf, at + 10, 2, port);
            p.addUInt(f.teredoClient, buf, at + 12, 4, client);
        }
    }

    private static void addSlaac(Packet p, int buf, int at, Derived d) {
        if ((p.u8(buf, at + 8) & 0x02) == 0 || p.u16(buf, at + 11) != 0xfffe) {
            return;
        }
        if (!p.wants(d.slaac) && !p.wants(ANY_DERIVED.slaac)) {
            return;
        }
        byte[] mac = {(byte) (p.u8(buf, at + 8) & ~0x02), (byte) p.u8(buf, at + 9),
            (byte) p.u8(buf, at + 10), (byte) p.u8(buf, at + 13), (byte) p.u8(buf, at + 14),
            (byte) p.u8(buf, at + 15)};
        p.addComputedBytes(d.slaac, buf, at + 8, 8, mac);
        p.addComputedBytes(ANY_DERIVED.slaac, buf, at + 8, 8, mac);
    }

    private static void addIsatap(Packet p, int buf, int at, Derived d) {
        if ((p.u32(buf, at + 8) & 0xfcffffffL) != 0x00005efeL) {
            return;
        }
        p.addIPv4(d.isatap, buf, at + 12);
        p.addIPv4(ANY_DERIVED.isatap, buf, at + 12);
    }

    /** Only the well-known NAT64 prefix 64:ff9b::/96 (Wireshark configures no others). */
    private static void addEmbedded(Packet p, int buf, int at, Derived d) {
        if (p.u32(buf, at) != 0x0064ff9bL || p.u32(buf, at + 4) != 0 || p.u32(buf, at + 8) != 0) {
            return;
        }
        p.addBytes(EMBED_IPV4_PREFIX, buf, at, 12);
        p.addIPv4(d.embed, buf, at + 12);
        p.addIPv4(ANY_DERIVED.embed, buf, at + 12);
    }

    @Override
    public String label(Packet p, int entry) {
        if (!Addresses.has(p, entry, HEADER) || Addresses.u8At(p, entry, 0) >>> 4 != 6) {
            return null;
        }
        int buf = p.rawBuffer(entry);
        int off = p.rawOffsetInBuffer(entry);
        return "Internet Protocol Version 6, Src: " + Addresses.ipv6(p, buf, off + 8) + ", Dst: "
                + Addresses.ipv6(p, buf, off + 24);
    }
}
