package io.sharkfin.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.sharkfin.rules.BpfExpr.and;
import static io.sharkfin.rules.BpfExpr.id;
import static io.sharkfin.rules.BpfExpr.or;
import static io.sharkfin.rules.BpfExpr.prim;

/**
 * The kinds of frame in which a display filter sees headers that a capture filter, reading the
 * outermost headers at fixed places, cannot: a generated capture filter lets these frames
 * through whole rather than guess. Each kind is a capture filter that accepts at least every
 * such frame; a frame none of them accepts is <em>plain</em>.
 */
enum BpfEscape {
    /** ICMP and ICMPv6 errors quote the IP header (and the start of the payload) they answer. */
    ICMP_ERRORS("ICMP errors (which quote headers)",
            or(and(prim("icmp[0] != 0", "icmp", "ip"), prim("icmp[0] != 8", "icmp", "ip")),
                    and(prim("icmp6", "ip6"), prim("ip6[40] < 128", "ip6")))),
    /**
     * Tunnels and IPv6 extension headers: IP in IP (4, 41), GRE (47), VXLAN (UDP 4789), and the
     * hop-by-hop, routing, destination-options and AH headers (0, 43, 60, 51) after which libpcap
     * no longer finds the transport header.
     */
    TUNNELS("tunnels and IPv6 extension headers",
            or(id("proto", "0"), id("proto", "4"), id("proto", "41"), id("proto", "43"), id("proto", "47"),
                    id("proto", "51"), id("proto", "60"), id("udp port", "4789", "udp"))),
    /**
     * IP fragments: the display filter sees the reassembled packet on the last fragment. (IPv6
     * fragment header 44 as {@code proto 44}, which joins the tunnels' list.)
     */
    FRAGMENTS("IP fragments (the display filter reassembles them)",
            or(prim("ip[6:2] & 0x3fff != 0", "ip"), id("proto", "44")));

    /** Everything inside an IP packet can hide behind any of them. */
    static final Set<BpfEscape> INNER = EnumSet.allOf(BpfEscape.class);
    /** Link-layer headers (Ethernet, ARP, VLAN) recur only inside tunnels. */
    static final Set<BpfEscape> LINK_INNER = EnumSet.of(TUNNELS, FRAGMENTS);
    /** libpcap's transport tests accept a first fragment, which the display filter does not dissect. */
    static final Set<BpfEscape> FIRST_FRAGMENT = EnumSet.of(FRAGMENTS);

    private final String description;
    private final BpfExpr filter;

    BpfEscape(String description, BpfExpr filter) {
        this.description = description;
        this.filter = filter;
    }

    String description() {
        return description;
    }

    BpfExpr filter() {
        return filter;
    }

    /** The capture filter accepting every frame of the given kinds. */
    static BpfExpr filterOf(Set<BpfEscape> escapes) {
        return or(escapes.stream().sorted().map(BpfEscape::filter).toList());
    }

    /** The descriptions, in a fixed order. */
    static List<String> describe(Set<BpfEscape> escapes) {
        return escapes.stream().sorted().map(BpfEscape::description).toList();
    }
}
