package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.BitSet;

/**
 * What packet-ip.c's "ip" and packet-ipv6.c's "ipv6" taps give the generic IP stats trees
 * (pinfo_stats_tree.c): one record per IP header of the family (not those an ICMP error quotes,
 * not an IPv6 fragment left unreassembled), each read with the frame's final {@code pinfo}: the
 * addresses of its innermost IP header outside a quoted datagram, the port type and destination
 * port of its last TCP or UDP header, quoted or not.
 */
final class IpTap {

    /** A frame's records: how many, and the {@code pinfo} they are all read with. */
    record Records(int count, String netSrc, String netDst, String portType, int destPort) {
    }

    private final boolean v6;
    private final Tap ipv4;
    private final Tap ipv6;
    private final TapFields ports;
    private final int tcpSrc;
    private final int tcpDst;
    private final int udpSrc;
    private final int udpDst;

    IpTap(FieldRegistry registry, boolean v6) {
        this.v6 = v6;
        ipv4 = new Tap(TableType.IP, registry, null, null);
        ipv6 = new Tap(TableType.IPV6, registry, null, null);
        ports = new TapFields(registry);
        tcpSrc = ports.id("tcp.srcport");
        tcpDst = ports.id("tcp.dstport");
        udpSrc = ports.id("udp.srcport");
        udpDst = ports.id("udp.dstport");
    }

    BitSet fields() {
        BitSet fields = ipv4.fields();
        fields.or(ipv6.fields());
        fields.or(ports.fields());
        return fields;
    }

    /** The frame's records (a count of 0 when it has no header of the family). */
    Records read(Packet p) {
        // one pass over both families: the records are the family's headers, net_src the innermost's
        int[] count = {0};
        Tap.Header[] net = {null};
        Tap.Sink headers = (h, bytes, s, n) -> {
            if (h.ipv6() == v6) {
                count[0]++;
            }
            if (net[0] == null || h.entry() > net[0].entry()) {
                net[0] = h;
            }
        };
        ipv4.read(p, headers);
        ipv6.read(p, headers);
        if (count[0] == 0) {
            return new Records(0, null, null, null, 0);
        }
        // packet-icmp.c puts back the addresses after the datagram an error quotes, not its ports
        int t = tcpSrc < 0 ? -1 : p.last(tcpSrc);
        int u = udpSrc < 0 ? -1 : p.last(udpSrc);
        int s = Math.max(t, u);
        int d = s < 0 ? -1 : Tap.inLayer(p, s == t ? tcpDst : udpDst, s);
        String type = s < 0 ? "NONE" : s == t ? "TCP" : "UDP";
        return new Records(count[0], net[0].src(), net[0].dst(), type, d < 0 ? 0 : (int) p.num(d));
    }
}
