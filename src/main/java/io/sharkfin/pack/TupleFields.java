package io.sharkfin.pack;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.BitSet;

/** Reads a frame's {@link FiveTuple} from the fields ip/ipv6/tcp/udp/icmp record. */
final class TupleFields {
    private final int ipSrc;
    private final int ipDst;
    private final int ip6Src;
    private final int ip6Dst;
    private final int tcpSrc;
    private final int tcpDst;
    private final int udpSrc;
    private final int udpDst;
    private final int icmp;
    private final int icmp6;
    private final int ipProto;

    TupleFields(FieldRegistry registry) {
        ipSrc = id(registry, "ip.src");
        ipDst = id(registry, "ip.dst");
        ip6Src = id(registry, "ipv6.src");
        ip6Dst = id(registry, "ipv6.dst");
        tcpSrc = id(registry, "tcp.srcport");
        tcpDst = id(registry, "tcp.dstport");
        udpSrc = id(registry, "udp.srcport");
        udpDst = id(registry, "udp.dstport");
        icmp = id(registry, "icmp");
        icmp6 = id(registry, "icmpv6");
        ipProto = id(registry, "ip.proto");
    }

    private static int id(FieldRegistry registry, String name) {
        FieldDef d = registry.lookup(name);
        return d != null && d.dissected() ? d.id() : -1;
    }

    /** Adds the fields a tuple reads to a session's field set. */
    void addTo(BitSet fields) {
        for (int id : new int[] {ipSrc, ipDst, ip6Src, ip6Dst, tcpSrc, tcpDst, udpSrc, udpDst, icmp, icmp6, ipProto}) {
            if (id >= 0) {
                fields.set(id);
            }
        }
    }

    FiveTuple of(Packet p) {
        String src = first(p, ipSrc, ip6Src);
        String dst = first(p, ipDst, ip6Dst);
        if (has(p, tcpSrc)) {
            return new FiveTuple("tcp", src, port(p, tcpSrc), dst, port(p, tcpDst));
        }
        if (has(p, udpSrc)) {
            return new FiveTuple("udp", src, port(p, udpSrc), dst, port(p, udpDst));
        }
        String proto = has(p, icmp) ? "icmp" : has(p, icmp6) ? "icmpv6"
                : has(p, ipProto) ? FieldFormat.format(p, p.first(ipProto)) : "";
        return new FiveTuple(proto, src, -1, dst, -1);
    }

    private static boolean has(Packet p, int id) {
        return id >= 0 && p.has(id);
    }

    private static String first(Packet p, int v4, int v6) {
        if (has(p, v4)) {
            return FieldFormat.format(p, p.first(v4));
        }
        if (has(p, v6)) {
            return FieldFormat.format(p, p.first(v6));
        }
        return "";
    }

    private static int port(Packet p, int id) {
        return has(p, id) ? (int) p.num(p.first(id)) : -1;
    }
}
