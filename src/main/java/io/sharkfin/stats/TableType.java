package io.sharkfin.stats;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The headers a conversation or endpoint table counts, by the name tshark gives the table
 * ({@code -z conv,tcp}): the fields a header's addresses and ports are read from, and the
 * table's title (the protocol's short name).
 */
enum TableType {
    ETH("eth", "Ethernet", "eth.src", "eth.dst", null, null, null),
    IP("ip", "IPv4", "ip.src", "ip.dst", null, null, null),
    IPV6("ipv6", "IPv6", "ipv6.src", "ipv6.dst", null, null, null),
    // a TCP conversation is one tcp.stream: a reused port pair starts another
    TCP("tcp", "TCP", null, null, "tcp.srcport", "tcp.dstport", "tcp.stream"),
    UDP("udp", "UDP", null, null, "udp.srcport", "udp.dstport", null);

    static final String NAMES = Arrays.stream(values()).map(t -> t.name).collect(Collectors.joining(", "));

    final String name;
    final String title;
    /** The address fields of a link or network table; null for TCP and UDP, whose addresses are the IP layer's. */
    final String src;
    final String dst;
    final String srcPort;
    final String dstPort;
    /** A field that splits conversations of the same addresses and ports, or null. */
    final String conversationId;

    TableType(String name, String title, String src, String dst, String srcPort, String dstPort,
              String conversationId) {
        this.name = name;
        this.title = title;
        this.src = src;
        this.dst = dst;
        this.srcPort = srcPort;
        this.dstPort = dstPort;
        this.conversationId = conversationId;
    }

    boolean hasPorts() {
        return srcPort != null;
    }

    static TableType named(String name) {
        for (TableType t : values()) {
            if (t.name.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
