package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.value.FValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static io.sharkfin.rules.BpfEscape.FIRST_FRAGMENT;
import static io.sharkfin.rules.BpfEscape.INNER;
import static io.sharkfin.rules.BpfEscape.LINK_INNER;
import static io.sharkfin.rules.BpfExpr.FALSE;
import static io.sharkfin.rules.BpfExpr.TRUE;
import static io.sharkfin.rules.BpfExpr.and;
import static io.sharkfin.rules.BpfExpr.id;
import static io.sharkfin.rules.BpfExpr.not;
import static io.sharkfin.rules.BpfExpr.or;
import static io.sharkfin.rules.BpfExpr.prim;

/**
 * The capture-filter translation of one leaf test, exact on plain frames where libpcap can read
 * the field.
 *
 * <p>On a plain frame (no escape of the leaf applies) each header field read here occurs once
 * per header and only in the outermost headers, so libpcap's test of that header is the
 * display filter's test. Escapes: a superset needs all the inner-header escapes of its layer (the
 * display filter also matches a value seen inside an ICMP error, a tunnel or a reassembled
 * fragment). A subset of an "any occurrence" test ({@code ==}, {@code >}, {@code in},
 * presence) only needs what makes libpcap read the outer header differently from the display
 * filter: first fragments for transport headers, nothing for IP and Ethernet. A subset of
 * {@code !=} ("no occurrence equals") needs all escapes again, since an inner occurrence may
 * equal the value.
 */
final class BpfLeaves {
    /** A leaf's translation and, when it is not exact on plain frames, why. */
    record Leaf(BpfTranslation translation, String approximation) {
    }

    private static final Leaf UNKNOWN = new Leaf(BpfTranslation.UNKNOWN, "a capture filter cannot test it");

    /** Protocols carried by TCP or UDP (or bodies and certificates inside them). */
    private static final Set<String> OVER_TCP_UDP = Set.of("http", "ssdp", "urlencoded-form", "data-text-lines",
            "media", "xml", "json", "png", "image-gif", "image-jfif", "tls", "ssl", "quic", "ocsp", "x509af", "x509if",
            "x509sat", "x509ce", "pkcs-1", "pkix1implicit", "pkix1explicit", "nbns", "rip", "dhcp");
    /** Protocols Wireshark registers on TCP only (SSH on SCTP too): their presence needs no UDP. */
    private static final Map<String, BpfExpr> OVER_TCP = Map.of("ssh", or(prim("tcp"), prim("sctp")),
            "ftp", prim("tcp"), "ftp-data", prim("tcp"), "mysql", prim("tcp"), "x11", prim("tcp"), "nbss", prim("tcp"),
            "ajp13", prim("tcp"));
    /** DNS, mDNS and LLMNR: UDP on their ports (and DTLS), any TCP (DoT, DoH bodies), SCTP. */
    private static final BpfExpr DNS_CARRIERS = or(prim("tcp"), prim("sctp"),
            id("udp port", "53", "udp"), id("udp port", "853", "udp"), id("udp port", "5353", "udp"),
            id("udp port", "5355", "udp"));

    /** Header fields libpcap reads at a fixed place once their protocol is known. */
    private record Accessor(String text, BpfExpr guard, Set<BpfEscape> subsetEscapes) {
    }

    private static final Map<String, Accessor> ACCESSORS = Map.ofEntries(
            Map.entry("ip.len", new Accessor("ip[2:2]", TRUE, Set.of())),
            Map.entry("ip.id", new Accessor("ip[4:2]", TRUE, Set.of())),
            Map.entry("ip.ttl", new Accessor("ip[8]", TRUE, Set.of())),
            Map.entry("ip.proto", new Accessor("ip[9]", TRUE, Set.of())),
            Map.entry("ipv6.plen", new Accessor("ip6[4:2]", TRUE, Set.of())),
            Map.entry("ipv6.nxt", new Accessor("ip6[6]", TRUE, Set.of())),
            Map.entry("ipv6.hlim", new Accessor("ip6[7]", TRUE, Set.of())),
            Map.entry("icmp.type", new Accessor("icmp[icmptype]", TRUE, FIRST_FRAGMENT)),
            Map.entry("icmp.code", new Accessor("icmp[icmpcode]", TRUE, FIRST_FRAGMENT)),
            // libpcap's icmp6[] needs libpcap 1.10; without extension headers ICMPv6 starts at ip6[40]
            Map.entry("icmpv6.type", new Accessor("ip6[40]", prim("icmp6", "ip6"), FIRST_FRAGMENT)),
            Map.entry("icmpv6.code", new Accessor("ip6[41]", prim("icmp6", "ip6"), FIRST_FRAGMENT)));

    private static final Map<String, Integer> TCP_FLAGS = Map.of("tcp.flags.fin", 0x01, "tcp.flags.syn", 0x02,
            "tcp.flags.reset", 0x04, "tcp.flags.push", 0x08, "tcp.flags.ack", 0x10, "tcp.flags.urg", 0x20,
            "tcp.flags.ece", 0x40, "tcp.flags.cwr", 0x80);

    private BpfLeaves() {
    }

    /**
     * Where the translated filter runs: on an Ethernet link after {@code vlanDepth} VLAN tags
     * (the generator repeats the filter after each tag, where {@code vlan} fields are known to
     * exist), or on a link without Ethernet headers (loopback, raw IP, Linux cooked), where
     * libpcap has neither {@code ether} nor {@code vlan}.
     */
    record Link(boolean ethernet, int vlanDepth) {
        static final Link OTHER = new Link(false, 0);
    }

    /** The translation of a leaf on a link. */
    static Leaf of(Typed.Test t, Link link) {
        Atom a = Atom.of(t);
        if (a.kind() == Atom.Kind.OTHER || a.kind() == Atom.Kind.FIXED || a.name() == null) {
            return UNKNOWN;
        }
        String protocol = protocolOf(a.name());
        if (a.function() == Typed.Function.COUNT && countMayBeZero(a)) {
            return UNKNOWN; // holds where the field is absent: no protocol to require
        }
        if (!link.ethernet() && (protocol.equals("vlan") || protocol.equals("eth"))) {
            return new Leaf(BpfTranslation.UNKNOWN, "a capture filter cannot test it on links without Ethernet headers");
        }
        if (protocol.equals("vlan")) {
            return vlan(a, link.vlanDepth());
        }
        if (protocol.equals("eth") && a.kind() == Atom.Kind.EXISTS && a.field().isProtocol()) {
            return new Leaf(BpfTranslation.exact(TRUE, Set.of(), Set.of()), null); // every frame of an Ethernet link
        }
        if (a.kind() == Atom.Kind.EXISTS && a.field().isProtocol()) {
            BpfTranslation p = presence(protocol);
            return new Leaf(p, p.superset().equals(p.subset()) ? null : "a capture filter cannot recognise it");
        }
        Leaf header = a.function() == null ? header(a) : null;
        if (header != null) {
            return header;
        }
        // any other test of a field needs at least its protocol
        BpfTranslation p = presence(protocol);
        return new Leaf(BpfTranslation.superset(p.superset(), p.supersetEscapes()),
                p.superset().equals(TRUE) ? "a capture filter cannot test it"
                        : "a capture filter cannot read " + protocol + " beyond its presence");
    }

    private static String protocolOf(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    /** Whether {@code count(f) op n} holds for a field that does not occur (count 0). */
    private static boolean countMayBeZero(Atom a) {
        if (a.kind() != Atom.Kind.COMPARE || !Atom.numeric(a.values().getFirst())) {
            return true;
        }
        long n = Atom.number(a.values().getFirst());
        return switch (a.op()) {
            case EQ -> n == 0;
            case NE -> n != 0;
            case LT -> n > 0;
            case LE -> n >= 0;
            case GT -> n < 0;
            case GE -> n <= 0;
        };
    }

    /** The presence of a protocol. */
    static BpfTranslation presence(String protocol) {
        return switch (protocol) {
            case "frame" -> BpfTranslation.exact(TRUE, Set.of(), Set.of());
            case "ip" -> BpfTranslation.exact(prim("ip"), INNER, Set.of());
            case "ipv6" -> BpfTranslation.exact(prim("ip6"), INNER, Set.of());
            case "tcp", "udp", "icmp" -> BpfTranslation.exact(prim(protocol, "ip"), INNER, FIRST_FRAGMENT);
            case "icmpv6" -> BpfTranslation.exact(prim("icmp6", "ip6"), INNER, FIRST_FRAGMENT);
            case "arp" -> BpfTranslation.exact(prim("arp"), LINK_INNER, Set.of());
            case "gre" -> BpfTranslation.exact(id("proto", "47"), INNER, FIRST_FRAGMENT);
            case "vxlan" -> BpfTranslation.exact(id("udp port", "4789", "udp"), INNER, FIRST_FRAGMENT);
            case "dns", "mdns", "llmnr" -> BpfTranslation.superset(DNS_CARRIERS, INNER);
            default -> OVER_TCP.containsKey(protocol) ? BpfTranslation.superset(OVER_TCP.get(protocol), INNER)
                    : OVER_TCP_UDP.contains(protocol) ? BpfTranslation.superset(or(prim("tcp"), prim("udp")), INNER)
                    : BpfTranslation.UNKNOWN;
        };
    }

    /**
     * VLAN fields: absent from an untagged frame (unless a tunnel carries a tagged frame),
     * present after a tag. The tag's own values are not tested: after a tag every test of them
     * may hold. (An 802.1ad-only tag is no 802.1Q {@code vlan}: nothing is certain.)
     */
    private static Leaf vlan(Atom a, int depth) {
        if (depth == 0) {
            return new Leaf(new BpfTranslation(FALSE, FALSE, LINK_INNER, Set.of()), null);
        }
        boolean presence = a.kind() == Atom.Kind.EXISTS;
        return new Leaf(BpfTranslation.UNKNOWN, presence ? null : "a capture filter keeps every tagged frame for it");
    }

    // ------------------------------------------------------------------ header fields

    private static Leaf header(Atom a) {
        String n = a.name();
        BpfTranslation t = switch (n) {
            case "ip.src" -> address(a, "ip src", prim("ip"), INNER);
            case "ip.dst" -> address(a, "ip dst", prim("ip"), INNER);
            case "ip.addr" -> address(a, "ip", prim("ip"), INNER);
            case "ipv6.src" -> address(a, "ip6 src", prim("ip6"), INNER);
            case "ipv6.dst" -> address(a, "ip6 dst", prim("ip6"), INNER);
            case "ipv6.addr" -> address(a, "ip6", prim("ip6"), INNER);
            case "eth.src" -> address(a, "ether src", TRUE, LINK_INNER);
            case "eth.dst" -> address(a, "ether dst", TRUE, LINK_INNER);
            case "eth.addr" -> address(a, "ether host", TRUE, LINK_INNER);
            case "tcp.port" -> port(a, "tcp", "");
            case "tcp.srcport" -> port(a, "tcp", "src ");
            case "tcp.dstport" -> port(a, "tcp", "dst ");
            case "udp.port" -> port(a, "udp", "");
            case "udp.srcport" -> port(a, "udp", "src ");
            case "udp.dstport" -> port(a, "udp", "dst ");
            case "ip.flags.mf" -> ipBit(a, "ip[6] & 0x20", false);
            case "ip.flags.df" -> ipBit(a, "ip[6] & 0x40", false);
            case "ip.frag_offset" -> ipBit(a, "ip[6:2] & 0x1fff", true);
            case "frame.len" -> relation(a, "len", TRUE, true, Set.of(), Set.of());
            default -> {
                if (TCP_FLAGS.containsKey(n)) {
                    yield tcpFlag(a, TCP_FLAGS.get(n));
                }
                Accessor acc = ACCESSORS.get(n);
                yield acc == null ? null : relation(a, acc.text(), acc.guard(), false, INNER, acc.subsetEscapes());
            }
        };
        return t == null ? null : new Leaf(t, null);
    }

    /** Values of an equality or set test, or null. */
    private static List<FValue> equalities(Atom a) {
        if (a.kind() == Atom.Kind.IN || (a.kind() == Atom.Kind.COMPARE && a.op() == Typed.Op.EQ)) {
            return a.values();
        }
        return null;
    }

    private static boolean notEqual(Atom a) {
        return a.kind() == Atom.Kind.COMPARE && a.op() == Typed.Op.NE;
    }

    /**
     * An address: {@code == / in} is "some occurrence equals", libpcap's {@code host} (or
     * {@code net} for a prefix); {@code !=} is "present and no occurrence equals".
     */
    private static BpfTranslation address(Atom a, String qualifier, BpfExpr guard, Set<BpfEscape> inner) {
        if (a.kind() == Atom.Kind.EXISTS) {
            return BpfTranslation.exact(guard, inner, Set.of());
        }
        boolean linkHeader = qualifier.startsWith("ether");
        Function<FValue, BpfExpr> one = v -> {
            if (linkHeader) {
                return BpfExpr.linkHeader(qualifier, Atom.text(v));
            }
            String kind = isNet(v) ? " net" : " host";
            return id(qualifier + kind, Atom.text(v), qualifier.startsWith("ip6") ? "ip6" : "ip");
        };
        List<FValue> values = equalities(a);
        if (values != null) {
            return BpfTranslation.exact(anyOf(values, one), inner, Set.of());
        }
        if (notEqual(a)) {
            return BpfTranslation.exact(and(guard, not(one.apply(a.values().getFirst()))), inner, inner);
        }
        return null;
    }

    private static boolean isNet(FValue v) {
        return (v instanceof FValue.Ipv4 a && a.prefix() < 32) || (v instanceof FValue.Ipv6 b && b.prefix() < 128);
    }

    /** A port: {@code == / in} as {@code port}, an order as {@code portrange}, {@code !=} as "present and not". */
    private static BpfTranslation port(Atom a, String protocol, String direction) {
        if (a.kind() == Atom.Kind.EXISTS) {
            return BpfTranslation.exact(prim(protocol, "ip"), INNER, FIRST_FRAGMENT);
        }
        if (a.kind() != Atom.Kind.IN && a.kind() != Atom.Kind.COMPARE) {
            return null;
        }
        if (!a.values().stream().allMatch(Atom::numeric)) {
            return null;
        }
        String qualifier = protocol + " " + direction + "port";
        List<FValue> values = equalities(a);
        if (values != null) {
            return BpfTranslation.exact(anyOf(values, v -> id(qualifier, Atom.text(v), protocol)), INNER, FIRST_FRAGMENT);
        }
        long n = Atom.number(a.values().getFirst());
        if (a.op() == Typed.Op.NE) {
            return BpfTranslation.exact(and(prim(protocol, "ip"), not(id(qualifier, Long.toString(n), protocol))), INNER, INNER);
        }
        long lo = switch (a.op()) {
            case GT -> n + 1;
            case GE -> n;
            default -> 0;
        };
        long hi = switch (a.op()) {
            case LT -> n - 1;
            case LE -> n;
            default -> 65535;
        };
        lo = Math.max(lo, 0);
        hi = Math.min(hi, 65535);
        if (lo > hi) {
            return BpfTranslation.exact(FALSE, Set.of(), Set.of());
        }
        BpfExpr e = lo == 0 && hi == 65535 ? prim(protocol, "ip")
                : lo == hi ? id(qualifier, Long.toString(lo), protocol)
                : id(protocol + " " + direction + "portrange", lo + "-" + hi, protocol);
        return BpfTranslation.exact(e, INNER, FIRST_FRAGMENT);
    }

    /** A TCP flag: one bit of the flags byte, equal to 0 or 1 (on a plain frame {@code !=} is the other value). */
    private static BpfTranslation tcpFlag(Atom a, int bit) {
        if (a.kind() == Atom.Kind.EXISTS) {
            return BpfTranslation.exact(prim("tcp", "ip"), INNER, FIRST_FRAGMENT);
        }
        if (a.kind() != Atom.Kind.COMPARE || (a.op() != Typed.Op.EQ && a.op() != Typed.Op.NE)
                || !Atom.numeric(a.values().getFirst())) {
            return null;
        }
        long v = Atom.number(a.values().getFirst());
        boolean set = (v != 0) == (a.op() == Typed.Op.EQ);
        if (a.op() == Typed.Op.EQ && v != 0 && v != 1) {
            return BpfTranslation.exact(FALSE, Set.of(), Set.of()); // a one-bit field is 0 or 1
        }
        return BpfTranslation.exact(new BpfExpr.TcpFlags(bit, set ? bit : 0), INNER,
                notEqual(a) ? INNER : FIRST_FRAGMENT);
    }

    /**
     * A flag or the fragment offset of the IPv4 header, tested for zero or non-zero (the offset's
     * unit differs between the field and the header: {@code == 5} is only "non-zero" here).
     */
    private static BpfTranslation ipBit(Atom a, String masked, boolean offset) {
        if (a.kind() == Atom.Kind.EXISTS) {
            return BpfTranslation.exact(prim("ip"), INNER, Set.of());
        }
        if (a.kind() != Atom.Kind.COMPARE || !Atom.numeric(a.values().getFirst())) {
            return null;
        }
        long n = Atom.number(a.values().getFirst());
        if (!offset && a.op() == Typed.Op.EQ && n > 1) {
            return BpfTranslation.exact(FALSE, Set.of(), Set.of()); // a one-bit field is 0 or 1
        }
        Boolean nonZero = switch (a.op()) {
            case EQ -> n != 0;
            case NE -> n == 0 ? Boolean.TRUE : offset || n > 1 ? null : Boolean.FALSE;
            case GT -> n == 0 ? Boolean.TRUE : null;
            case GE -> n == 1 ? Boolean.TRUE : null;
            case LT -> n == 1 ? Boolean.FALSE : null;
            case LE -> n == 0 ? Boolean.FALSE : null;
        };
        if (nonZero == null) {
            return null;
        }
        BpfExpr e = prim(masked + (nonZero ? " != 0" : " == 0"), "ip");
        if (offset && a.op() == Typed.Op.EQ && n > 0) {
            return BpfTranslation.superset(e, INNER);
        }
        return BpfTranslation.exact(e, INNER, notEqual(a) ? INNER : Set.of());
    }

    /** {@code accessor op n} for one number, or {@code accessor == v} for each of a set. */
    private static BpfTranslation relation(Atom a, String accessor, BpfExpr guard, boolean linkHeader,
                                           Set<BpfEscape> inner, Set<BpfEscape> subsetEscapes) {
        if (a.kind() == Atom.Kind.EXISTS) {
            return BpfTranslation.exact(guard.equals(TRUE) ? presence(protocolOf(a.name())).superset() : guard,
                    inner, subsetEscapes);
        }
        if ((a.kind() != Atom.Kind.IN && a.kind() != Atom.Kind.COMPARE) || !a.values().stream().allMatch(Atom::numeric)) {
            return null;
        }
        // ip[8] implies ip, icmp[icmptype] icmp: libpcap checks the protocol of its accessor
        String[] implied = guard.equals(TRUE) && accessor.contains("[")
                ? new String[] {accessor.substring(0, accessor.indexOf('['))} : new String[0];
        Function<String, BpfExpr> test = text -> linkHeader ? BpfExpr.linkHeader("", text) : prim(text, implied);
        BpfExpr e = a.kind() == Atom.Kind.IN
                ? anyOf(a.values(), v -> test.apply(accessor + " == " + Atom.number(v)))
                : test.apply(accessor + " " + Atom.symbol(a.op()) + " " + Atom.number(a.values().getFirst()));
        return BpfTranslation.exact(and(guard, e), inner, notEqual(a) ? inner : subsetEscapes);
    }

    private static BpfExpr anyOf(List<FValue> values, Function<FValue, BpfExpr> f) {
        List<BpfExpr> out = new ArrayList<>();
        for (FValue v : values) {
            out.add(f.apply(v));
        }
        return or(out);
    }
}
