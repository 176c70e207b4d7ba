package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Packet;

/**
 * A stand-in for the link, network and transport dissectors, for tests only: it skips Ethernet
 * (with VLAN tags), Linux cooked, loopback and raw-IP headers, IPv4 and IPv6 (with extension
 * headers; fragments are not reassembled), and ICMP/ICMPv6 errors (whose quoted datagram it
 * walks as an error packet), records addresses and ports as the real layers do, and hands UDP
 * and TCP payloads to the dissectors of the standard port tables, lower port first (then, if
 * {@link #heuristics} is set, to the DNS heuristic for UDP).
 */
final class TestLowerLayers {
    private static final int BUF = Packet.FRAME_BUFFER;
    private final Dissectors dissectors = Dissectors.standard();

    /** IPv4 addresses of every IPv4 header walked in the current frame (for ip.addr). */
    private long[] ipv4 = new long[8];
    private int ipv4Count;
    /** Whether the current frame had a UDP header (for {@code udp}). */
    boolean udp;
    /**
     * Whether to try the DNS heuristic on unclaimed UDP ports: only where Wireshark has no
     * dissector for either port, which this stand-in cannot know for real captures.
     */
    boolean heuristics;

    /** Walks the frame now in {@code p}. */
    void walk(Packet p) {
        ipv4Count = 0;
        udp = false;
        int link = p.frame().linkType();
        int len = p.frame().originalLength(); // lengths are the reported ones, as in Wireshark
        switch (link) {
            case LinkType.ETHERNET -> {
                int off = 12;
                int type = p.u16(BUF, off);
                off += 2;
                while (type == 0x8100 || type == 0x88a8) {
                    type = p.u16(BUF, off + 2);
                    off += 4;
                }
                network(p, type, off, len - off);
            }
            case LinkType.LINUX_SLL -> network(p, p.u16(BUF, 14), 16, len - 16);
            case LinkType.LINUX_SLL2 -> network(p, p.u16(BUF, 0), 20, len - 20);
            case LinkType.NULL, LinkType.LOOP -> {
                long family = link == LinkType.NULL ? p.u32le(BUF, 0) : p.u32(BUF, 0);
                if (family > 0xffff) {
                    family = Long.reverseBytes(family) >>> 32;
                }
                network(p, family == 2 ? 0x0800 : 0x86dd, 4, len - 4);
            }
            default -> network(p, (p.u8(BUF, 0) >> 4) == 6 ? 0x86dd : 0x0800, 0, len);
        }
    }

    private void address(long a) {
        if (ipv4Count == ipv4.length) {
            ipv4 = java.util.Arrays.copyOf(ipv4, ipv4Count * 2);
        }
        ipv4[ipv4Count++] = a;
    }

    /** The IPv4 addresses seen in the current frame (allocates). */
    java.util.List<Long> ipv4Addresses() {
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (int i = 0; i < ipv4Count; i++) {
            out.add(ipv4[i]);
        }
        return out;
    }

    private void network(Packet p, int type, int off, int len) {
        if (type == 0x0800) {
            ipv4(p, off, len);
        } else if (type == 0x86dd) {
            ipv6(p, off, len);
        }
    }

    private void ipv4(Packet p, int off, int len) {
        int ihl = (p.u8(BUF, off) & 0x0f) * 4;
        int total = Math.min(p.u16(BUF, off + 2), len);
        int fragment = p.u16(BUF, off + 6);
        int proto = p.u8(BUF, off + 9);
        p.setNetAddresses(4, 0, p.u32(BUF, off + 12), 0, p.u32(BUF, off + 16));
        address(p.u32(BUF, off + 12));
        address(p.u32(BUF, off + 16));
        if ((fragment & 0x3fff) != 0) {
            return; // a fragment: no reassembly here
        }
        transport(p, proto, off + ihl, total - ihl);
    }

    private void ipv6(Packet p, int off, int len) {
        int payload = Math.min(p.u16(BUF, off + 4), len - 40);
        int next = p.u8(BUF, off + 6);
        p.setNetAddresses(6, p.u64(BUF, off + 8), p.u64(BUF, off + 16), p.u64(BUF, off + 24),
                p.u64(BUF, off + 32));
        off += 40;
        while (next == 0 || next == 43 || next == 60) {
            int ext = (p.u8(BUF, off + 1) + 1) * 8;
            next = p.u8(BUF, off);
            off += ext;
            payload -= ext;
        }
        if (next == 44) {
            return;
        }
        transport(p, next, off, payload);
    }

    private void transport(Packet p, int proto, int off, int len) {
        switch (proto) {
            case 17 -> udp(p, off, len);
            case 6 -> tcp(p, off, len);
            case 1, 58 -> icmp(p, proto, off, len);
            default -> {
            }
        }
    }

    private void icmp(Packet p, int proto, int off, int len) {
        int type = p.u8(BUF, off);
        boolean error = proto == 1 ? (type == 3 || type == 4 || type == 5 || type == 11 || type == 12)
                : (type >= 1 && type <= 4);
        if (!error || len <= 8) {
            return;
        }
        p.enterErrorPacket();
        try {
            int inner = off + 8;
            if (proto == 1) {
                ipv4(p, inner, len - 8);
            } else {
                ipv6(p, inner, len - 8);
            }
        } finally {
            p.leaveErrorPacket();
        }
    }

    private void udp(Packet p, int off, int len) {
        int sport = p.u16(BUF, off);
        int dport = p.u16(BUF, off + 2);
        int ulen = p.u16(BUF, off + 4);
        int payload = (ulen >= 8 && ulen <= len ? ulen : len) - 8;
        p.setPorts(sport, dport);
        udp = true;
        Dissector d = byPort(dissectors.udpPort.get(Math.min(sport, dport)),
                dissectors.udpPort.get(Math.max(sport, dport)));
        if (d == null && heuristics && DnsDissector.looksLikeDns(p, BUF, off + 8, payload)) {
            d = dissectors.byName("dns");
        }
        if (d != null) {
            p.call(d, BUF, off + 8, payload);
        }
    }

    private void tcp(Packet p, int off, int len) {
        int sport = p.u16(BUF, off);
        int dport = p.u16(BUF, off + 2);
        int header = (p.u8(BUF, off + 12) >> 4) * 4;
        p.setPorts(sport, dport);
        Dissector d = byPort(dissectors.tcpPort.get(Math.min(sport, dport)),
                dissectors.tcpPort.get(Math.max(sport, dport)));
        if (d != null && len > header) {
            p.call(d, BUF, off + header, len - header);
        }
    }

    private static Dissector byPort(Dissector low, Dissector high) {
        return low != null ? low : high;
    }
}
