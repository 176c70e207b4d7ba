package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.value.FValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates a checked filter into a libpcap capture filter that keeps a superset of the frames
 * the filter matches: a pre-filter for live capture.
 *
 * <p>Each leaf gets two translations: a superset (every frame the leaf can match passes) and a
 * subset (only frames the leaf certainly matches pass). {@code and}/{@code or} combine like for
 * like; {@code not} turns a subset into a superset and back. A leaf BPF cannot test has the
 * superset "everything" and the subset "nothing". Display filters also see inside ICMP error
 * quotes, tunnels and reassembled fragments, which BPF cannot; the superset of a header test
 * keeps such frames whole. The result is wrapped so that it also holds under one or two VLAN
 * tags (libpcap's {@code vlan} shifts the offsets of what follows).
 */
public final class BpfGenerator {
    static final String TRUE = "\u0001true";
    static final String FALSE = "\u0001false";

    /** ICMP errors (which quote an IP header) and IP tunnels: where inner headers hide. */
    static final String ENCAPSULATED = "(icmp and (icmp[icmptype] == icmp-unreach or icmp[icmptype] == icmp-sourcequench"
            + " or icmp[icmptype] == icmp-redirect or icmp[icmptype] == icmp-timxceed or icmp[icmptype] == icmp-paramprob))"
            + " or (icmp6 and ip6[40] < 5) or ip proto 4 or ip proto 41 or ip proto 47 or ip6 proto 41 or ip6 proto 47"
            + " or udp port 4789";
    /** IP fragments: the display filter sees their transport headers after reassembly. */
    static final String FRAGMENTS = "(ip[6:2] & 0x3fff != 0) or ip6 proto 44";

    private BpfGenerator() {
    }

    /** A capture filter, with and without the VLAN wrapper (libpcap refuses vlan on some links). */
    public record Expression(String plain, String wrapped) {
        /** Whether it keeps every frame (the empty filter). */
        public boolean all() {
            return plain.isEmpty();
        }
    }

    /** The rule: the VLAN-wrapped expression and the loss report. */
    public static GeneratedRule generate(RuleSource source) {
        List<Loss> losses = new ArrayList<>();
        Expression e = expression(source, losses);
        String text = e.all() ? "" : e.wrapped();
        if (e.all()) {
            losses.add(Loss.wider("nothing of the filter can be tested by BPF: the capture filter keeps every frame"));
        }
        return new GeneratedRule(GeneratedRule.Target.BPF, source.qualifiedId(), text, losses);
    }

    /** The capture filter of a source. */
    public static Expression expression(RuleSource source, List<Loss> losses) {
        if (source.filter().root() == null) {
            return new Expression("", "");
        }
        Pair p = translate(NormalForms.nnf(source.filter().root()), losses);
        if (p.superset.equals(TRUE)) {
            return new Expression("", "");
        }
        if (p.superset.equals(FALSE)) {
            // nothing can match: a filter no frame passes ("less 0" is never true)
            return new Expression("less 0", "less 0");
        }
        losses.add(Loss.wider("a capture filter is a pre-filter: it keeps whole flows of the protocols and "
                + "addresses named, and frames whose inner headers (ICMP errors, tunnels, fragments) it cannot see"));
        String plain = p.superset;
        if (plain.contains("vlan")) {
            return new Expression(plain, plain);
        }
        String wrapped = "(" + plain + ") or (vlan and ((" + plain + ") or (vlan and (" + plain + "))))";
        return new Expression(plain, wrapped);
    }

    /** The superset and subset translations of a test. */
    private record Pair(String superset, String subset) {
        static final Pair UNKNOWN = new Pair(TRUE, FALSE);

        static Pair exact(String e) {
            return new Pair(e, e);
        }
    }

    private static Pair translate(Typed.Test t, List<Loss> losses) {
        return switch (t) {
            case Typed.And a -> {
                Pair l = translate(a.left(), losses);
                Pair r = translate(a.right(), losses);
                yield new Pair(and(l.superset, r.superset), and(l.subset, r.subset));
            }
            case Typed.Or o -> {
                Pair l = translate(o.left(), losses);
                Pair r = translate(o.right(), losses);
                yield new Pair(or(l.superset, r.superset), or(l.subset, r.subset));
            }
            case Typed.Not n -> {
                Pair p = translate(n.operand(), new ArrayList<>());
                if (p.subset.equals(FALSE)) {
                    losses.add(Loss.wider("left out !" + Atom.describe(n.operand()) + " (a capture filter cannot exclude it)"));
                }
                yield new Pair(not(p.subset), not(p.superset));
            }
            case Typed.Fixed f -> Pair.exact(f.value() ? TRUE : FALSE);
            default -> {
                Pair p = leaf(Atom.of(t));
                if (p.superset.equals(TRUE)) {
                    losses.add(Loss.wider("left out " + Atom.describe(t) + " (a capture filter cannot test it)"));
                }
                yield p;
            }
        };
    }

    // ------------------------------------------------------------------ leaves

    private static Pair leaf(Atom a) {
        if (a.kind() == Atom.Kind.OTHER || a.kind() == Atom.Kind.FIXED || a.name() == null) {
            return Pair.UNKNOWN;
        }
        String n = a.name();
        if (a.field().isProtocol()) {
            return protocol(n);
        }
        Pair specific = switch (n) {
            case "ip.src" -> address(a, "ip src");
            case "ip.dst" -> address(a, "ip dst");
            case "ip.addr" -> address(a, "ip");
            case "ipv6.src" -> address(a, "ip6 src");
            case "ipv6.dst" -> address(a, "ip6 dst");
            case "ipv6.addr" -> address(a, "ip6");
            case "eth.src" -> ether(a, "ether src");
            case "eth.dst" -> ether(a, "ether dst");
            case "eth.addr" -> ether(a, "ether");
            case "tcp.port" -> port(a, "tcp");
            case "tcp.srcport" -> port(a, "tcp src");
            case "tcp.dstport" -> port(a, "tcp dst");
            case "udp.port" -> port(a, "udp");
            case "udp.srcport" -> port(a, "udp src");
            case "udp.dstport" -> port(a, "udp dst");
            case "tcp.flags.syn" -> tcpFlag(a, "tcp-syn");
            case "tcp.flags.ack" -> tcpFlag(a, "tcp-ack");
            case "tcp.flags.reset" -> tcpFlag(a, "tcp-rst");
            case "tcp.flags.fin" -> tcpFlag(a, "tcp-fin");
            case "tcp.flags.push" -> tcpFlag(a, "tcp-push");
            case "tcp.flags.urg" -> tcpFlag(a, "tcp-urg");
            case "icmp.type" -> numeric(a, "icmp[icmptype]", "icmp", FRAGMENTS);
            case "icmp.code" -> numeric(a, "icmp[icmpcode]", "icmp", FRAGMENTS);
            case "icmpv6.type" -> icmp6Type(a);
            case "ip.ttl" -> numeric(a, "ip[8]", "ip", ENCAPSULATED);
            case "ip.proto" -> numeric(a, "ip[9]", "ip", ENCAPSULATED);
            case "ip.flags.mf" -> ipBits(a, "ip[6] & 0x20", 0x20);
            case "ip.frag_offset" -> ipBits(a, "ip[6:2] & 0x1fff", -1);
            case "frame.len" -> frameLen(a);
            case "vlan.id" -> a.kind() == Atom.Kind.EXISTS || a.kind() == Atom.Kind.COMPARE || a.kind() == Atom.Kind.IN
                    ? new Pair("vlan", FALSE) : null;
            default -> null;
        };
        if (specific != null) {
            return specific;
        }
        // any other field of a protocol: at least that protocol's traffic
        String proto = n.contains(".") ? n.substring(0, n.indexOf('.')) : n;
        Pair p = protocol(proto.equals("x509sat") || proto.equals("x509af") || proto.equals("x509ce") ? "tls" : proto);
        return new Pair(p.superset, FALSE);
    }

    private static Pair protocol(String p) {
        String inner = "(" + ENCAPSULATED + ") or (" + FRAGMENTS + ")";
        return switch (p) {
            case "frame" -> Pair.exact(TRUE);
            case "eth" -> new Pair(TRUE, FALSE);
            case "ip" -> new Pair("ip", "ip");
            case "ipv6" -> new Pair("ip6 or ip proto 41", "ip6");
            case "tcp" -> new Pair("tcp or " + inner, "tcp");
            case "udp" -> new Pair("udp or " + inner, "udp");
            case "icmp" -> new Pair("icmp or " + FRAGMENTS, "icmp");
            case "icmpv6" -> new Pair("ip6", "icmp6");
            case "arp" -> Pair.exact("arp");
            case "vlan" -> new Pair("vlan", "vlan");
            case "dns", "mdns", "llmnr" -> new Pair("udp or tcp or " + inner, FALSE);
            case "http", "urlencoded-form", "tls", "ssl", "quic", "data-text-lines", "media" ->
                    new Pair("tcp or udp or " + inner, FALSE);
            default -> Pair.UNKNOWN;
        };
    }

    /** Values of an equality or set test, or null (a superset must then be "everything"). */
    private static List<FValue> equalities(Atom a) {
        if (a.function() != null) {
            return null;
        }
        if (a.kind() == Atom.Kind.IN) {
            return a.values();
        }
        if (a.kind() == Atom.Kind.COMPARE && a.op() == Typed.Op.EQ) {
            return a.values();
        }
        return null;
    }

    private static Pair address(Atom a, String prefix) {
        List<FValue> vals = equalities(a);
        if (vals == null) {
            return a.op() == Typed.Op.NE ? negatedEquality(a, prefix) : Pair.UNKNOWN;
        }
        String e = anyOf(vals, v -> prefix + (isNet(v) ? " net " : " host ") + Atom.text(v));
        return new Pair(or(e, ENCAPSULATED), e);
    }

    /** {@code f != v}: no occurrence equals v; the complement of the equality's subset/superset. */
    private static Pair negatedEquality(Atom a, String prefix) {
        Atom eq = new Atom(Atom.Kind.COMPARE, a.field(), null, Typed.Op.EQ, a.values(), null, a.text());
        Pair p = address(eq, prefix);
        return new Pair(not(p.subset), not(p.superset));
    }

    private static boolean isNet(FValue v) {
        return (v instanceof FValue.Ipv4 a && a.prefix() < 32) || (v instanceof FValue.Ipv6 b && b.prefix() < 128);
    }

    private static Pair ether(Atom a, String prefix) {
        List<FValue> vals = equalities(a);
        if (vals == null) {
            return Pair.UNKNOWN;
        }
        String e = anyOf(vals, v -> prefix + " " + Atom.text(v));
        return new Pair(or(e, ENCAPSULATED), e);
    }

    private static Pair port(Atom a, String prefix) {
        String e;
        List<FValue> vals = equalities(a);
        if (vals != null) {
            e = anyOf(vals, v -> prefix + " port " + Atom.text(v));
        } else if (a.kind() == Atom.Kind.COMPARE && a.function() == null && a.op() != Typed.Op.NE) {
            long n = Atom.number(a.values().getFirst());
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
            if (lo > hi) {
                return Pair.exact(FALSE);
            }
            e = prefix + " portrange " + lo + "-" + hi;
        } else {
            return Pair.UNKNOWN;
        }
        return new Pair(or(e, "(" + ENCAPSULATED + ") or (" + FRAGMENTS + ")"), e);
    }

    private static Pair tcpFlag(Atom a, String flag) {
        if (a.kind() != Atom.Kind.COMPARE || a.function() != null || (a.op() != Typed.Op.EQ && a.op() != Typed.Op.NE)) {
            return a.kind() == Atom.Kind.EXISTS ? protocol("tcp") : Pair.UNKNOWN;
        }
        boolean set = (Atom.number(a.values().getFirst()) != 0) == (a.op() == Typed.Op.EQ);
        String e = "tcp[tcpflags] & " + flag + (set ? " != 0" : " == 0");
        // libpcap reads tcp[] of IPv4 only: IPv6 TCP stays in the superset
        return new Pair(or(e, "ip6 or (" + ENCAPSULATED + ") or (" + FRAGMENTS + ")"), e);
    }

    private static Pair numeric(Atom a, String accessor, String guard, String alsoKeep) {
        String e = relation(a, accessor);
        if (e == null) {
            return a.kind() == Atom.Kind.EXISTS ? protocol(guard) : Pair.UNKNOWN;
        }
        String exact = guard + " and (" + e + ")";
        return new Pair(or(exact, alsoKeep), exact);
    }

    private static Pair icmp6Type(Atom a) {
        String e = relation(a, "ip6[40]");
        if (e == null) {
            return a.kind() == Atom.Kind.EXISTS ? protocol("icmpv6") : Pair.UNKNOWN;
        }
        String exact = "icmp6 and (" + e + ")";
        // ICMPv6 after extension headers: ip6[40] is not its type
        return new Pair(or(exact, "ip6 and not icmp6"), exact);
    }

    private static Pair ipBits(Atom a, String masked, int mask) {
        if (a.kind() != Atom.Kind.COMPARE || a.function() != null) {
            return Pair.UNKNOWN;
        }
        long n = Atom.number(a.values().getFirst());
        boolean nonZero = switch (a.op()) {
            case EQ -> n != 0;
            case NE, GT -> n == 0;
            default -> false;
        };
        boolean zero = (a.op() == Typed.Op.EQ && n == 0) || (a.op() == Typed.Op.LT && n == 1);
        if (!nonZero && !zero) {
            return Pair.UNKNOWN;
        }
        if (mask > 0 && nonZero && n != 1 && a.op() == Typed.Op.EQ) {
            return Pair.exact(FALSE);
        }
        String e = "ip and (" + masked + (nonZero ? " != 0" : " == 0") + ")";
        return new Pair(or(e, ENCAPSULATED), e);
    }

    private static Pair frameLen(Atom a) {
        String e = relation(a, "len");
        return e == null ? Pair.UNKNOWN : Pair.exact(e);
    }

    /** {@code accessor op n}, or null for anything but one number compared. */
    private static String relation(Atom a, String accessor) {
        if (a.kind() == Atom.Kind.IN && a.function() == null) {
            return anyOf(a.values(), v -> accessor + " == " + Atom.text(v));
        }
        if (a.kind() != Atom.Kind.COMPARE || a.function() != null || !Atom.numeric(a.values().getFirst())) {
            return null;
        }
        return accessor + " " + Atom.symbol(a.op()) + " " + Atom.number(a.values().getFirst());
    }

    // ------------------------------------------------------------------ combinators

    private static String anyOf(List<FValue> values, java.util.function.Function<FValue, String> f) {
        String out = FALSE;
        for (FValue v : values) {
            out = or(out, f.apply(v));
        }
        return out;
    }

    static String and(String a, String b) {
        if (a.equals(FALSE) || b.equals(FALSE)) {
            return FALSE;
        }
        if (a.equals(TRUE)) {
            return b;
        }
        if (b.equals(TRUE) || a.equals(b)) {
            return a;
        }
        return "(" + a + ") and (" + b + ")";
    }

    static String or(String a, String b) {
        if (a.equals(TRUE) || b.equals(TRUE)) {
            return TRUE;
        }
        if (a.equals(FALSE)) {
            return b;
        }
        if (b.equals(FALSE) || a.equals(b)) {
            return a;
        }
        return "(" + a + ") or (" + b + ")";
    }

    static String not(String a) {
        if (a.equals(TRUE)) {
            return FALSE;
        }
        if (a.equals(FALSE)) {
            return TRUE;
        }
        return "not (" + a + ")";
    }
}
