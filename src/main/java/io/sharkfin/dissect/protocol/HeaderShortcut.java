package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.HeaderView;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.protocol.tcp.TcpDissector;

import java.lang.foreign.MemorySegment;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The most common frame in one straight pass: Ethernet II (with or without one 802.1Q tag), IPv4
 * without options that is not a fragment or IPv6 without extension headers, and TCP or UDP whose
 * payload no dissector of the session takes. It adds exactly what the dissectors would (the same
 * entries, layers, spans and parents; each dissector's {@code addHeaderOnly}, beside its
 * {@code dissect}, adds its fields) without their hand-offs, which are about a third of the cost.
 * A filter on addresses and ports ({@code ip.addr == 10.0.0.5 && tcp.port == 443}) then costs a
 * quarter less per frame, and a filter on DNS less on the frames that are not DNS.
 *
 * <p>It is used only where it cannot differ: the session wants no field of these layers beyond
 * what the pass adds, nor everything, and the frame is whole and well formed (anything else, or
 * a payload that a running dissector may take, goes through the dissectors). HeaderShortcutTest
 * compares both ways on every frame of the corpus, on damaged and on VLAN-tagged frames.
 *
 * <p>The same check of a frame's shape gives a {@link HeaderView} before dissection ({@link #view}):
 * a frame the pass takes can hold only the pass's and the frame's fields, and the view reads some
 * of their values from the bytes, for a {@link io.sharkfin.dissect.Sieve} to reject frames
 * undissected.
 */
final class HeaderShortcut implements HeaderView {
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_IPV6 = 0x86dd;
    private static final int ETH_HEADER = 14;
    private static final int VLAN_TAG = 4;
    private static final int IP_HEADER = 20;
    private static final int IPV6_HEADER = 40;
    private static final int TCP_HEADER = 20;
    private static final int UDP_HEADER = 8;
    private static final int PROTO_TCP = 6;
    private static final int PROTO_UDP = 17;

    // decided at the session's first frame (see decide)
    private boolean decided;
    private boolean enabled;
    private boolean vlanRuns;
    private boolean ipRuns;
    private boolean ipv6Runs;
    private TcpDissector tcp;
    private boolean tcpRuns;
    private boolean udpRuns;
    private boolean udpOwnersRun;
    private UdpDissector udp;
    private List<StatelessHeuristic> udpHeuristics;
    private PortDissectors udpPorts;
    private long frames;

    private void decide(Packet p, Dissectors ds) {
        decided = true;
        Session s = p.session();
        Dissector eth = ds.linkType.get(LinkType.ETHERNET);
        Dissector vlan = ds.ethertype.get(ETHERTYPE_VLAN);
        Dissector ip = ds.ethertype.get(ETHERTYPE_IPV4);
        Dissector ipv6 = ds.ethertype.get(ETHERTYPE_IPV6);
        Dissector tcpDissector = ds.ipProto.get(PROTO_TCP);
        Dissector udp = ds.ipProto.get(PROTO_UDP);
        vlanRuns = vlan instanceof VlanDissector && s.active(vlan);
        ipRuns = ip != null && s.active(ip);
        ipv6Runs = ipv6 instanceof Ipv6Dissector && s.active(ipv6);
        tcpRuns = tcpDissector != null && s.active(tcpDissector);
        udpRuns = udp != null && s.active(udp);
        tcp = tcpDissector instanceof TcpDissector t ? t : null;
        this.udp = udp instanceof UdpDissector u ? u : null;
        udpOwnersRun = udp instanceof UdpDissector u && u.ownersRun(p);
        udpHeuristics = udp instanceof UdpDissector u ? u.askableHeuristics(p) : null;
        enabled = !s.wantsAll() && !s.runsAllDissectors()
                && eth instanceof EthDissector && ip instanceof IpDissector && tcp != null
                && udp instanceof UdpDissector
                && onlyHeaderFieldsWanted(s, Stream.of(eth, vlan, ip, ipv6, tcpDissector, udp)
                        .filter(Objects::nonNull).toList());
        udpPorts = enabled ? new PortDissectors(s, ds.udpPort) : null;
        if (enabled) {
            prepareView(p, ds.frame());
        }
    }

    /** Whether every wanted field of these dissectors is one the pass adds. */
    private static boolean onlyHeaderFieldsWanted(Session s, List<Dissector> layers) {
        Set<FieldSpec> added = new HashSet<>();
        added.addAll(EthDissector.HEADER_ONLY_FIELDS);
        added.addAll(VlanDissector.HEADER_ONLY_FIELDS);
        added.addAll(IpDissector.HEADER_ONLY_FIELDS);
        added.addAll(Ipv6Dissector.HEADER_ONLY_FIELDS);
        added.addAll(TcpDissector.HEADER_ONLY_FIELDS);
        added.addAll(UdpDissector.HEADER_ONLY_FIELDS);
        for (Dissector d : layers) {
            for (FieldSpec f : d.fields()) {
                if (s.wants(f) && !added.contains(f)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ the frame as a HeaderView

    // how the view reads a field, by field id (0: it cannot)
    private static final byte IP_SRC = 1;
    private static final byte IP_DST = 2;
    private static final byte IP_ADDR = 3;
    private static final byte IP_PROTO = 4;
    private static final byte IP_TTL = 5;
    private static final byte TCP_SRCPORT = 6;
    private static final byte TCP_DSTPORT = 7;
    private static final byte TCP_PORT = 8;
    private static final byte UDP_SRCPORT = 9;
    private static final byte UDP_DSTPORT = 10;
    private static final byte UDP_PORT = 11;
    private static final byte TCP_FLAGS = 12;
    private static final byte TCP_FLAG = 13;
    private static final byte FRAME_NUMBER = 14;
    private static final byte FRAME_LEN = 15;
    private static final byte FRAME_CAP_LEN = 16;
    private static final byte ETH_TYPE = 17;
    private static final byte VLAN_ID = 18;
    private static final byte IP_LEN = 19;
    private static final byte IP_ID = 20;
    private static final byte IPV6_PLEN = 21;
    private static final byte IPV6_NXT = 22;
    private static final byte IPV6_HLIM = 23;
    private static final byte UDP_LENGTH = 24;
    private static final byte TCP_LEN = 25;
    private static final byte TCP_HDR_LEN = 26;
    // bytes-valued: MAC and IPv6 addresses
    private static final byte ETH_DST = 27;
    private static final byte ETH_SRC = 28;
    private static final byte ETH_ADDR = 29;
    private static final byte IPV6_SRC = 30;
    private static final byte IPV6_DST = 31;
    private static final byte IPV6_ADDR = 32;
    private static final int MAC = 6;
    private static final int IPV6_ADDRESS = 16;

    // the fields a frame that takes the pass can hold: those of the frame and of the layers the
    // pass adds (each dissector's HEADER_ONLY_FIELDS are all its addHeaderOnly adds)
    private BitSet holdable;
    private byte[] direct;
    // the bits of TCP's flags word a flag field shows, by field id
    private int[] flagBits;
    private Packet viewed;
    // the frame (by the session's count) whose shape view() found, and whether it fits
    private long shapeOf = -1;
    private boolean shapeFits;

    private void prepareView(Packet p, FrameDissector frame) {
        holdable = new BitSet();
        Stream.of(List.of(frame.protocol()), frame.fields(), EthDissector.HEADER_ONLY_FIELDS,
                        VlanDissector.HEADER_ONLY_FIELDS, IpDissector.HEADER_ONLY_FIELDS,
                        Ipv6Dissector.HEADER_ONLY_FIELDS, TcpDissector.HEADER_ONLY_FIELDS,
                        UdpDissector.HEADER_ONLY_FIELDS)
                .flatMap(List::stream).filter(f -> f.id() >= 0).forEach(f -> holdable.set(f.id()));
        direct = new byte[holdable.length()];
        // a field the session does not record is never added: the view does not read it either
        readable(p, IpDissector.SRC, IP_SRC);
        readable(p, IpDissector.DST, IP_DST);
        readable(p, IpDissector.ADDR, IP_ADDR);
        readable(p, IpDissector.PROTO, IP_PROTO);
        readable(p, IpDissector.TTL, IP_TTL);
        readable(p, TcpDissector.SRCPORT, TCP_SRCPORT);
        readable(p, TcpDissector.DSTPORT, TCP_DSTPORT);
        readable(p, TcpDissector.PORT, TCP_PORT);
        readable(p, UdpDissector.SRCPORT, UDP_SRCPORT);
        readable(p, UdpDissector.DSTPORT, UDP_DSTPORT);
        readable(p, UdpDissector.PORT, UDP_PORT);
        readable(p, FrameDissector.NUMBER, FRAME_NUMBER);
        readable(p, FrameDissector.LEN, FRAME_LEN);
        readable(p, FrameDissector.CAP_LEN, FRAME_CAP_LEN);
        readable(p, EthDissector.TYPE, ETH_TYPE);
        readable(p, VlanDissector.ID, VLAN_ID);
        readable(p, IpDissector.LEN, IP_LEN);
        readable(p, IpDissector.ID, IP_ID);
        readable(p, Ipv6Dissector.PLEN, IPV6_PLEN);
        readable(p, Ipv6Dissector.NXT, IPV6_NXT);
        readable(p, Ipv6Dissector.HLIM, IPV6_HLIM);
        readable(p, UdpDissector.LENGTH, UDP_LENGTH);
        readable(p, TcpDissector.LEN, TCP_LEN);
        readable(p, TcpDissector.HDR_LEN, TCP_HDR_LEN);
        readable(p, EthDissector.DST, ETH_DST);
        readable(p, EthDissector.SRC, ETH_SRC);
        readable(p, EthDissector.ADDR, ETH_ADDR);
        readable(p, Ipv6Dissector.SRC, IPV6_SRC);
        readable(p, Ipv6Dissector.DST, IPV6_DST);
        readable(p, Ipv6Dissector.ADDR, IPV6_ADDR);
        flagBits = new int[direct.length];
        TcpDissector.FLAG_BITS.forEach((f, bits) -> {
            // the word is a number, each flag a boolean
            readable(p, f, f.type() == FieldType.BOOLEAN ? TCP_FLAG : TCP_FLAGS);
            if (f.id() >= 0 && f.id() < flagBits.length) {
                flagBits[f.id()] = bits;
            }
        });
    }

    private void readable(Packet p, FieldSpec f, byte how) {
        if (f.id() >= 0 && f.id() < direct.length && p.wants(f)) {
            direct[f.id()] = how;
        }
    }

    /**
     * The frame as a {@link HeaderView} when the pass takes it (this object, valid until the next
     * frame), or null; adds nothing to the packet.
     */
    HeaderView view(Packet p, Dissectors ds, int length) {
        if (!decided) {
            decide(p, ds);
        }
        if (!enabled) {
            return null;
        }
        // a frame the sieve keeps is dissected next: the pass then takes the shape found here
        boolean fit = fits(p, length);
        shapeOf = p.session().framesDissected();
        shapeFits = fit;
        viewed = p;
        return shapeFits ? this : null;
    }

    @Override
    public boolean mayHold(int fieldId) {
        return holdable.get(fieldId);
    }

    @Override
    public int count(int fieldId) {
        int how = fieldId >= 0 && fieldId < direct.length ? direct[fieldId] : 0;
        return switch (how) {
            case 0 -> -1;
            case IP_SRC, IP_DST, IP_PROTO, IP_TTL -> hasIpv4() ? 1 : 0;
            case IP_ADDR -> hasIpv4() ? 2 : 0;
            case TCP_SRCPORT, TCP_DSTPORT -> hasTransport(PROTO_TCP, tcpRuns) ? 1 : 0;
            case TCP_PORT -> hasTransport(PROTO_TCP, tcpRuns) ? 2 : 0;
            case UDP_SRCPORT, UDP_DSTPORT -> hasTransport(PROTO_UDP, udpRuns) ? 1 : 0;
            case UDP_PORT -> hasTransport(PROTO_UDP, udpRuns) ? 2 : 0;
            case TCP_FLAGS, TCP_FLAG, TCP_LEN, TCP_HDR_LEN -> hasTransport(PROTO_TCP, tcpRuns) ? 1 : 0;
            case UDP_LENGTH -> hasTransport(PROTO_UDP, udpRuns) ? 1 : 0;
            case IP_LEN, IP_ID -> hasIpv4() ? 1 : 0;
            case IPV6_PLEN, IPV6_NXT, IPV6_HLIM, IPV6_SRC, IPV6_DST -> hasIpv6() ? 1 : 0;
            case IPV6_ADDR -> hasIpv6() ? 2 : 0;
            case VLAN_ID -> tagged ? 1 : 0;
            // the frame's own fields (FrameDissector adds those the session records), and
            // Ethernet's, which every frame of the pass has
            case FRAME_NUMBER, FRAME_LEN, FRAME_CAP_LEN, ETH_TYPE, ETH_DST, ETH_SRC -> 1;
            // destination, then source, as EthDissector adds them
            case ETH_ADDR -> 2;
            default -> -1;
        };
    }

    @Override
    public long value(int fieldId, int i) {
        int buf = Packet.FRAME_BUFFER;
        return switch (direct[fieldId]) {
            case IP_SRC -> viewed.u32(buf, l3 + 12);
            case IP_DST -> viewed.u32(buf, l3 + 16);
            // source, then destination, as IpDissector adds them
            case IP_ADDR -> viewed.u32(buf, l3 + 12 + 4 * i);
            case IP_PROTO -> viewed.u8(buf, l3 + 9);
            case IP_TTL -> viewed.u8(buf, l3 + 8);
            case TCP_SRCPORT, UDP_SRCPORT -> viewed.u16(buf, l4);
            case TCP_DSTPORT, UDP_DSTPORT -> viewed.u16(buf, l4 + 2);
            case TCP_PORT, UDP_PORT -> viewed.u16(buf, l4 + 2 * i);
            case TCP_FLAGS -> viewed.u16(buf, l4 + 12) & flagBits[fieldId];
            case TCP_FLAG -> (viewed.u16(buf, l4 + 12) & flagBits[fieldId]) != 0 ? 1 : 0;
            case FRAME_NUMBER -> viewed.frame().number();
            case FRAME_LEN -> viewed.frame().originalLength();
            case FRAME_CAP_LEN -> viewed.frame().capturedLength();
            case ETH_TYPE -> viewed.u16(buf, 12);
            case VLAN_ID -> viewed.u16(buf, ETH_HEADER) & 0x0fff;
            case IP_LEN -> viewed.u16(buf, l3 + 2);
            case IP_ID -> viewed.u16(buf, l3 + 4);
            case IPV6_PLEN -> viewed.u16(buf, l3 + 4);
            case IPV6_NXT -> viewed.u8(buf, l3 + 6);
            case IPV6_HLIM -> viewed.u8(buf, l3 + 7);
            case UDP_LENGTH -> viewed.u16(buf, l4 + 4);
            case TCP_LEN -> l4Len - tcpHeaderLength();
            case TCP_HDR_LEN -> tcpHeaderLength();
            default -> throw new IllegalArgumentException("field " + fieldId + " has no number in the view");
        };
    }

    private int tcpHeaderLength() {
        return (viewed.u8(Packet.FRAME_BUFFER, l4 + 12) >> 4) * 4;
    }

    @Override
    public int length(int fieldId) {
        return fieldId < 0 || fieldId >= direct.length ? 0 : switch (direct[fieldId]) {
            case ETH_DST, ETH_SRC, ETH_ADDR -> MAC;
            case IPV6_SRC, IPV6_DST, IPV6_ADDR -> IPV6_ADDRESS;
            default -> 0;
        };
    }

    @Override
    public MemorySegment bytes() {
        return viewed.bufferSegment(Packet.FRAME_BUFFER);
    }

    @Override
    public long offset(int fieldId, int i) {
        int at = switch (direct[fieldId]) {
            case ETH_DST -> 0;
            case ETH_SRC -> MAC;
            case ETH_ADDR -> MAC * i;
            case IPV6_SRC -> l3 + 8;
            case IPV6_DST -> l3 + 24;
            // source, then destination, as Ipv6Dissector adds them
            case IPV6_ADDR -> l3 + 8 + IPV6_ADDRESS * i;
            default -> throw new IllegalArgumentException("field " + fieldId + " has no bytes in the view");
        };
        return viewed.bufferBase(Packet.FRAME_BUFFER) + at;
    }

    private boolean hasIpv4() {
        return !v6 && ipRuns;
    }

    private boolean hasIpv6() {
        return v6 && ipv6Runs;
    }

    /** Whether addLayers adds this transport layer to the frame. */
    private boolean hasTransport(int protocol, boolean runs) {
        return proto == protocol && runs && (v6 ? ipv6Runs : ipRuns);
    }

    /** The session's pass. */
    static HeaderShortcut of(Session s) {
        return s.state(HeaderShortcut.class, HeaderShortcut::new);
    }

    /**
     * Makes a session dissect every frame through the dissectors, for comparisons; before its
     * first frame.
     */
    static void disable(Session s) {
        if (s.framesDissected() != 0) {
            throw new IllegalStateException("the session has dissected frames already");
        }
        of(s).decided = true;
    }

    /** How many frames of the session the pass dissected. */
    static long frames(Session s) {
        return of(s).frames;
    }

    /**
     * Dissects the frame's link layer and above when the pass applies to it, as the Ethernet
     * dissector called on all {@code length} bytes would; returns false, having added nothing,
     * when it does not.
     */
    boolean dissect(Packet p, Dissectors ds, int length) {
        if (!decided) {
            decide(p, ds);
        }
        if (!enabled || !(shapeOf == p.session().framesDissected() ? shapeFits : fits(p, length))) {
            return false;
        }
        frames++;
        addLayers(p, length);
        return true;
    }

    // the frame's shape, as fits found it
    private boolean tagged;
    private boolean v6;
    private int l3;
    private int proto;
    private int l4;
    private int l4Len;

    /** Whether the frame has a shape the pass takes and its payload goes to no dissector. */
    private boolean fits(Packet p, int length) {
        Frame f = p.frame();
        int captured = f.capturedLength();
        // length is the larger of the captured length and the length on the wire: a frame cut
        // by the snapshot length is left to the dissectors, which tell short from malformed
        if (f.linkType() != LinkType.ETHERNET || captured != length
                || captured < ETH_HEADER + IP_HEADER + UDP_HEADER) {
            return false;
        }
        int buf = Packet.FRAME_BUFFER;
        int type = p.u16(buf, 12);
        // one 802.1Q tag between Ethernet and IP (its dissector hands the rest on by type)
        tagged = type == ETHERTYPE_VLAN;
        l3 = ETH_HEADER;
        if (tagged) {
            if (!vlanRuns || captured < ETH_HEADER + VLAN_TAG + IP_HEADER + UDP_HEADER) {
                return false;
            }
            type = p.u16(buf, ETH_HEADER + 2);
            l3 = ETH_HEADER + VLAN_TAG;
        }
        v6 = type == ETHERTYPE_IPV6;
        if (type == ETHERTYPE_IPV4 && p.u8(buf, l3) == 0x45) {
            int ipLen = p.u16(buf, l3 + 2);
            int frag = p.u16(buf, l3 + 6);
            // not a fragment, and all of the datagram within the frame
            if ((frag & 0x3fff) != 0 || ipLen > captured - l3) {
                return false;
            }
            proto = p.u8(buf, l3 + 9);
            l4 = l3 + IP_HEADER;
            l4Len = ipLen - IP_HEADER;
        } else if (v6 && ipv6Runs && captured >= l3 + IPV6_HEADER + UDP_HEADER
                && p.u8(buf, l3) >>> 4 == 6) {
            int plen = p.u16(buf, l3 + 4);
            // TCP or UDP right after the fixed header, all of it within the frame (a zero length
            // leaves too little for either)
            if (plen > captured - l3 - IPV6_HEADER) {
                return false;
            }
            proto = p.u8(buf, l3 + 6);
            l4 = l3 + IPV6_HEADER;
            l4Len = plen;
        } else {
            return false;
        }
        if (proto == PROTO_TCP) {
            if (l4Len < TCP_HEADER) {
                return false;
            }
            int headerLength = (p.u8(buf, l4 + 12) >> 4) * 4;
            return headerLength >= TCP_HEADER && headerLength <= l4Len
                    && (!tcpRuns || tcp.headerOnly(p, p.u16(buf, l4), p.u16(buf, l4 + 2), headerLength > TCP_HEADER));
        }
        if (proto == PROTO_UDP) {
            int udpLen = p.u16(buf, l4 + 4);
            return udpLen >= UDP_HEADER && udpLen <= l4Len
                    && (!udpRuns || udpLen == UDP_HEADER || udpPayloadIdle(p, udpLen));
        }
        return false;
    }

    /**
     * Whether a running dissector owns the datagram's conversation, asked with the packet's
     * addresses and ports set as IP and UDP set them; they are put back afterwards, for the
     * dissectors that run when the pass does not.
     */
    private boolean ownerTakes(Packet p, int src, int dst) {
        int family = p.netFamily();
        long srcHi = p.netSrcHi();
        long srcLo = p.netSrcLo();
        long dstHi = p.netDstHi();
        long dstLo = p.netDstLo();
        int srcPort = p.srcPort();
        int dstPort = p.dstPort();
        if (v6) {
            Ipv6Dissector.setNetAddresses(p, Packet.FRAME_BUFFER, l3);
        } else {
            p.setNetAddresses(4, 0, p.u32(Packet.FRAME_BUFFER, l3 + 12), 0, p.u32(Packet.FRAME_BUFFER, l3 + 16));
        }
        p.setPorts(src, dst);
        boolean owned = udp.ownerTakes(p);
        p.setNetAddresses(family, srcHi, srcLo, dstHi, dstLo);
        p.setPorts(srcPort, dstPort);
        return owned;
    }

    /**
     * The layers as the dissectors' calls make them: each protocol's item is the parent of what
     * its dissector adds, including the next protocol's item; a protocol the session does not
     * run ends the frame.
     */
    private void addLayers(Packet p, int length) {
        int buf = Packet.FRAME_BUFFER;
        int ethItem = p.addLayer(EthDissector.ETH.id(), buf, 0, length);
        p.setProtocolLength(ethItem, ETH_HEADER);
        int outer = p.openSubtree(ethItem);
        EthDissector.addHeaderOnly(p, buf, 0);
        p.enterLayer(Ethertype.ETHERTYPE.id());
        if (tagged) {
            int vlanItem = p.addLayer(VlanDissector.VLAN.id(), buf, ETH_HEADER, length - ETH_HEADER);
            p.setProtocolLength(vlanItem, VLAN_TAG);
            p.openSubtree(vlanItem);
            VlanDissector.addHeaderOnly(p, buf, ETH_HEADER);
            p.enterLayer(Ethertype.ETHERTYPE.id());
        }
        if (v6 ? ipv6Runs : ipRuns) {
            int ipItem = p.addLayer(v6 ? Ipv6Dissector.IPV6.id() : IpDissector.IP.id(), buf, l3, length - l3);
            p.setProtocolLength(ipItem, v6 ? IPV6_HEADER : IP_HEADER);
            p.openSubtree(ipItem);
            if (v6) {
                Ipv6Dissector.addHeaderOnly(p, buf, l3);
            } else {
                IpDissector.addHeaderOnly(p, buf, l3);
            }
            if (proto == PROTO_TCP && tcpRuns) {
                int tcpItem = p.addLayer(tcp.protocol().id(), buf, l4, l4Len);
                // TCP sets its item's span, not its value, to the header (SegmentDissection)
                p.setLength(tcpItem, (p.u8(buf, l4 + 12) >> 4) * 4);
                p.openSubtree(tcpItem);
                TcpDissector.addHeaderOnly(p, buf, l4, l4Len);
            } else if (proto == PROTO_UDP && udpRuns) {
                int udpItem = p.addLayer(UdpDissector.UDP.id(), buf, l4, l4Len);
                p.setProtocolLength(udpItem, UDP_HEADER);
                p.openSubtree(udpItem);
                UdpDissector.addHeaderOnly(p, buf, l4);
            }
        }
        p.closeSubtree(outer);
    }

    /**
     * Whether no dissector of this session takes the UDP payload, as UdpDissector.handOff tries
     * them: no running dissector owns the conversation (QUIC, once it took a datagram of it), and
     * the first of the lower and the higher port that has a dissector has one that does not run
     * (it takes the payload unrun), or neither has one, {@code data} does not run and every
     * heuristic dissector that runs declines the payload when asked.
     */
    private boolean udpPayloadIdle(Packet p, int udpLen) {
        int src = p.u16(Packet.FRAME_BUFFER, l4);
        int dst = p.u16(Packet.FRAME_BUFFER, l4 + 2);
        if (udpOwnersRun && ownerTakes(p, src, dst)) {
            return false;
        }
        byte first = udpPorts.of(Math.min(src, dst));
        if (first == PortDissectors.NONE) {
            first = udpPorts.of(Math.max(src, dst));
        }
        if (first != PortDissectors.NONE) {
            return first == PortDissectors.IDLE;
        }
        if (udpHeuristics == null) {
            return false;
        }
        for (StatelessHeuristic h : udpHeuristics) {
            if (h.mightTake(p, Packet.FRAME_BUFFER, l4 + UDP_HEADER, udpLen - UDP_HEADER)) {
                return false;
            }
        }
        return true;
    }
}
