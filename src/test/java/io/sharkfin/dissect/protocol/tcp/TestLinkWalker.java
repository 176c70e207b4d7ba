package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * A test-only stand-in for the link and IP layers (written elsewhere): it walks Ethernet (with
 * VLAN tags), Linux cooked v1/v2, BSD loopback and raw IP down to an unfragmented IPv4 or IPv6
 * datagram, sets the network addresses, and hands the IP payload to the IP-protocol table with
 * the length the IP header reports. It registers only for link types nobody else handles, so once
 * the real dissectors are merged they are the ones the tests exercise.
 */
final class TestLinkWalker implements Dissector {
    static final FieldSpec PROTO = FieldSpec.protocol("x-tcptest-link", "TCP test link walker");

    private static final int[] LINK_TYPES = {LinkType.ETHERNET, LinkType.NULL, LinkType.LOOP,
        LinkType.RAW, LinkType.RAW_12, LinkType.RAW_14, LinkType.LINUX_SLL, LinkType.LINUX_SLL2,
        LinkType.IPV4, LinkType.IPV6};

    private final Dissectors dissectors;

    private TestLinkWalker(Dissectors dissectors) {
        this.dissectors = dissectors;
    }

    /** The standard dissectors plus this walker (and whatever {@code more} adds). */
    static Dissectors dissectors(java.util.function.Consumer<Dissectors> more) {
        return Dissectors.extended(ds -> {
            TestLinkWalker w = ds.add(new TestLinkWalker(ds));
            for (int lt : LINK_TYPES) {
                if (ds.linkType.get(lt) == null) {
                    ds.linkType.register(lt, w);
                }
            }
            more.accept(ds);
        });
    }

    @Override
    public FieldSpec protocol() {
        return PROTO;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of();
    }

    @Override
    public List<String> calls() {
        return List.of("tcp");
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        int lt = p.frame().linkType();
        int end = offset + length;
        switch (lt) {
            case LinkType.ETHERNET -> {
                int off = offset + 12;
                int type = p.u16(buf, off);
                while (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
                    off += 4;
                    type = p.u16(buf, off);
                }
                ip(p, buf, off + 2, end, type);
            }
            case LinkType.LINUX_SLL -> ip(p, buf, offset + 16, end, p.u16(buf, offset + 14));
            case LinkType.LINUX_SLL2 -> ip(p, buf, offset + 20, end, p.u16(buf, offset));
            case LinkType.NULL, LinkType.LOOP -> {
                long family = p.u32le(buf, offset);
                if (family > 0xffff) {
                    family = p.u32(buf, offset);
                }
                ip(p, buf, offset + 4, end, family == 2 ? 0x0800 : 0x86dd);
            }
            default -> ip(p, buf, offset, end, (p.u8(buf, offset) >> 4) == 6 ? 0x86dd : 0x0800);
        }
        return length;
    }

    private void ip(Packet p, int buf, int off, int end, int ethertype) {
        if (ethertype == 0x0800) {
            int ihl = (p.u8(buf, off) & 0x0f) * 4;
            int total = p.u16(buf, off + 2);
            if (total == 0) {
                total = end - off; // TCP segmentation offload: Wireshark takes the frame's length
            }
            int frag = p.u16(buf, off + 6);
            if ((frag & 0x3fff) != 0) {
                return; // fragments: Wireshark reassembles them; the corpus has none over TCP
            }
            p.setNetAddresses(4, 0, p.u32(buf, off + 12), 0, p.u32(buf, off + 16));
            transport(p, buf, off + ihl, total - ihl, p.u8(buf, off + 9));
        } else if (ethertype == 0x86dd) {
            int plen = p.u16(buf, off + 4);
            int nh = p.u8(buf, off + 6);
            p.setNetAddresses(6, p.u64(buf, off + 8), p.u64(buf, off + 16), p.u64(buf, off + 24),
                    p.u64(buf, off + 32));
            int at = off + 40;
            while (nh == 0 || nh == 43 || nh == 60 || nh == 44 || nh == 51) {
                int next = p.u8(buf, at);
                if (nh == 44) {
                    if ((p.u16(buf, at + 2) & 0xfff9) != 0) {
                        return;
                    }
                    at += 8;
                } else if (nh == 51) {
                    at += (p.u8(buf, at + 1) + 2) * 4;
                } else {
                    at += (p.u8(buf, at + 1) + 1) * 8;
                }
                nh = next;
            }
            transport(p, buf, at, plen - (at - off - 40), nh);
        }
    }

    /** An ICMP error quotes the IP datagram that caused it: dissect that as an error packet. */
    private void icmpError(Packet p, int buf, int off, int len) {
        int type = p.u8(buf, off);
        if (type == 3 || type == 4 || type == 5 || type == 11 || type == 12) {
            p.enterErrorPacket();
            try {
                ip(p, buf, off + 8, off + len, 0x0800);
            } finally {
                p.leaveErrorPacket();
            }
        }
    }

    /**
     * Calls the transport dissector. {@link Packet#call} handles {@code Truncated}; any other
     * exception is a bug, which the session would swallow: it is turned into an error the tests see.
     */
    private void transport(Packet p, int buf, int off, int len, int proto) {
        if (proto == 1 && dissectors.ipProto.get(1) == null) {
            icmpError(p, buf, off, len);
            return;
        }
        Dissector d = dissectors.ipProto.get(proto);
        if (d != null && len >= 0 && p.session().active(d)) {
            try {
                p.call(d, buf, off, len);
            } catch (RuntimeException e) {
                throw new AssertionError("dissector failed on frame " + p.number(), e);
            }
        }
    }
}
