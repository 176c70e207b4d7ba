package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.ByteArrays;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.FrameArray;
import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FrameScreen;
import io.sharkfin.dissect.HeaderView;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.dissect.protocol.tcp.TcpDissector;

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
 * <p>The same check of a frame's shape gives a {@link HeaderView} before dissection ({@link #view},
 * {@link ShortcutView}): a frame the pass takes can hold only the pass's and the frame's fields,
 * and the view reads some of their values from the bytes, for a
 * {@link io.sharkfin.dissect.Sieve} to reject frames undissected.
 *
 * <p>The pass is also the session's {@link FrameScreen}: the commonest of these frames (untagged
 * IPv4 carrying TCP or UDP), where what runs was settled at the session's first frames and no
 * conversation needs looking up, are shown to the sieve straight from the capture's buffer,
 * before the session's packet is reset to them. For a filter on addresses and ports that is most
 * frames, and their whole cost is a few header reads.
 */
final class HeaderShortcut implements FrameScreen {
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_IPV6 = 0x86dd;
    private static final int ETH_HEADER = 14;
    private static final int VLAN_TAG = 4;
    private static final int IP_HEADER = 20;
    private static final int IPV6_HEADER = 40;
    private static final int TCP_HEADER = TcpDissector.MIN_HEADER;
    private static final int UDP_HEADER = 8;
    private static final int PROTO_TCP = 6;
    private static final int PROTO_UDP = 17;

    // decided at the session's first frame (see decide)
    private boolean decided;
    private boolean enabled;
    private Session session;
    private boolean ethRuns;
    // how TCP takes a segment as its header alone, asked until its first segment settles it
    private TcpDissector.HeaderOnly tcpHeaders = TcpDissector.HeaderOnly.NOT_YET;
    // the array behind the frames screened, read in place
    private final FrameArray screenedArray = new FrameArray();
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
    // the frames the pass takes as a HeaderView (for sieves), and the frame (by the session's
    // count) whose shape view() found, with whether it fits
    private ShortcutView headers;
    private long shapeOf = -1;
    // the packet's addresses and ports while the view borrows them for a conversation lookup
    private final PacketEndpoints borrowed = new PacketEndpoints();
    private boolean shapeFits;

    private void decide(Packet p, Dissectors ds) {
        decided = true;
        Session s = p.session();
        session = s;
        Dissector eth = ds.linkType.get(LinkType.ETHERNET);
        Dissector vlan = ds.ethertype.get(ETHERTYPE_VLAN);
        Dissector ip = ds.ethertype.get(ETHERTYPE_IPV4);
        Dissector ipv6 = ds.ethertype.get(ETHERTYPE_IPV6);
        Dissector tcpDissector = ds.ipProto.get(PROTO_TCP);
        Dissector udp = ds.ipProto.get(PROTO_UDP);
        ethRuns = eth != null && s.active(eth);
        vlanRuns = vlan instanceof VlanDissector && s.active(vlan);
        ipRuns = ip != null && s.active(ip);
        ipv6Runs = ipv6 instanceof Ipv6Dissector && s.active(ipv6);
        tcpRuns = tcpDissector != null && s.active(tcpDissector);
        udpRuns = udp != null && s.active(udp);
        tcp = tcpDissector instanceof TcpDissector t ? t : null;
        this.udp = udp instanceof UdpDissector u ? u : null;
        udpOwnersRun = this.udp != null && this.udp.ownersRun(p);
        udpHeuristics = this.udp != null ? this.udp.askableHeuristics(p) : null;
        enabled = !s.wantsAll() && !s.runsAllDissectors()
                && eth instanceof EthDissector && ip instanceof IpDissector && tcp != null
                && this.udp != null
                && onlyHeaderFieldsWanted(s, Stream.of(eth, vlan, ip, ipv6, tcpDissector, udp)
                        .filter(Objects::nonNull).toList());
        udpPorts = enabled ? new PortDissectors(s, ds.udpPort) : null;
        headers = enabled ? new ShortcutView(this, p, ds.frame()) : null;
    }

    /** Every field the pass may add: each of its dissectors' {@code HEADER_ONLY_FIELDS}. */
    static final List<FieldSpec> FIELDS = Stream.of(EthDissector.HEADER_ONLY_FIELDS,
                    VlanDissector.HEADER_ONLY_FIELDS, IpDissector.HEADER_ONLY_FIELDS,
                    Ipv6Dissector.HEADER_ONLY_FIELDS, TcpDissector.HEADER_ONLY_FIELDS,
                    UdpDissector.HEADER_ONLY_FIELDS)
            .flatMap(List::stream).toList();

    /** Whether every wanted field of these dissectors is one the pass adds. */
    private static boolean onlyHeaderFieldsWanted(Session s, List<Dissector> layers) {
        Set<FieldSpec> added = new HashSet<>(FIELDS);
        for (Dissector d : layers) {
            for (FieldSpec f : d.fields()) {
                if (s.wants(f) && !added.contains(f)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The frame as a {@link HeaderView} when the pass takes it (valid until the next frame), or
     * null; adds nothing to the packet.
     */
    HeaderView view(Packet p, Dissectors ds, int length) {
        if (!decided) {
            decide(p, ds);
        }
        if (!enabled) {
            return null;
        }
        // a frame the sieve keeps is dissected next: the pass then takes the shape found here
        boolean fit = fits(p, length, true);
        shapeOf = p.session().framesDissected();
        shapeFits = fit;
        return shapeFits ? headers.of(p) : null;
    }

    /** This pass as the session's {@link FrameScreen}, once its first frame decided it: null before. */
    FrameScreen screen() {
        return !decided ? null : enabled && ethRuns ? this : FrameScreen.NONE;
    }

    /**
     * The sieve's verdict on the frame's bytes, read from the capture's buffer through the same
     * view: for an untagged IPv4 datagram over Ethernet, not a fragment, whose TCP or UDP payload
     * goes to no dissector whatever its conversation ({@link #fitsStatelessly}). The normal path
     * (view, then dissection) decides every other frame.
     */
    @Override
    public Sieve.Verdict verdict(Frame f, Sieve sieve) {
        if (tcpRuns && tcpHeaders == TcpDissector.HeaderOnly.NOT_YET) {
            tcpHeaders = tcp.headerOnlyStatelessly(session);
        }
        if (tcpRuns && tcpHeaders == TcpDissector.HeaderOnly.BY_CONVERSATION) {
            // TCP's conversations decide (a filter on a protocol above TCP): most frames are TCP,
            // which the screen cannot take, and a look at the others cost more than it saved
            return Sieve.Verdict.OPEN;
        }
        byte[] a = screenedArray.of(f);
        if (a == null) {
            return Sieve.Verdict.OPEN;
        }
        int at = (int) screenedArray.offset(f);
        return fitsStatelessly(f, a, at) ? sieve.verdict(headers.ofBytes(f, a, at)) : Sieve.Verdict.OPEN;
    }

    /**
     * {@link #fits} for the frames whose answer needs nothing but their bytes (at {@code at} of
     * {@code a}): untagged IPv4 without options over Ethernet, whole and not a fragment, carrying
     * TCP while TCP keeps no conversation state, or UDP while no dissector owns a conversation and
     * the ports (or the lack of any heuristic dissector) tell that none takes the payload. Sets
     * the shape as fits does; false for any other frame, whatever fits would say.
     */
    private boolean fitsStatelessly(Frame f, byte[] a, int at) {
        int captured = f.capturedLength();
        // a frame cut by the snapshot length is left to the dissectors, as in fits
        if (f.linkType() != LinkType.ETHERNET || f.originalLength() > captured
                || captured < ETH_HEADER + IP_HEADER + UDP_HEADER
                || ByteArrays.be16(a, at + 12) != ETHERTYPE_IPV4 || a[at + ETH_HEADER] != 0x45) {
            return false;
        }
        tagged = false;
        v6 = false;
        l3 = ETH_HEADER;
        quietOwner = null;
        if (!ipv4(captured, ByteArrays.be16(a, at + l3 + 2), ByteArrays.be16(a, at + l3 + 6), a[at + l3 + 9] & 0xff)) {
            return false;
        }
        if (proto == PROTO_TCP) {
            if (l4Len < TCP_HEADER) {
                return false;
            }
            int headerLength = ((a[at + l4 + 12] & 0xff) >> 4) * 4;
            return tcpHeaderFits(headerLength) && (!tcpRuns || tcpHeaders == TcpDissector.HeaderOnly.ALWAYS
                    || tcpHeaders == TcpDissector.HeaderOnly.WITHOUT_OPTIONS && headerLength == TCP_HEADER);
        }
        if (proto == PROTO_UDP) {
            int udpLen = ByteArrays.be16(a, at + l4 + 4);
            return udpLengthFits(udpLen) && (!udpRuns || udpLen == UDP_HEADER
                    || !udpOwnersRun && portsIdle(ByteArrays.be16(a, at + l4), ByteArrays.be16(a, at + l4 + 2)));
        }
        return false;
    }

    // the shape of the frame fits last looked at: addLayers and the view read it alike

    boolean tagged() {
        return tagged;
    }

    int l3() {
        return l3;
    }

    int l4() {
        return l4;
    }

    int l4Length() {
        return l4Len;
    }

    /**
     * The dissector that owns the frame's UDP conversation and takes its payload quietly
     * ({@link ConversationOwner#takesQuietly}: it adds only its own fields), or null when no
     * dissector takes the payload. Such a frame has the view but not the pass.
     */
    ConversationOwner quietOwner() {
        return quietOwner;
    }

    /** Whether the frame has an IPv4 layer that its dissector's session runs. */
    boolean hasIpv4() {
        return !v6 && ipRuns;
    }

    /** Whether the frame has an IPv6 layer that its dissector's session runs. */
    boolean hasIpv6() {
        return v6 && ipv6Runs;
    }

    /** Whether the frame has this transport layer (6: TCP, 17: UDP), run with the IP layer below. */
    boolean hasTransport(int protocol) {
        return proto == protocol && (protocol == PROTO_TCP ? tcpRuns : udpRuns) && (v6 ? ipv6Runs : ipRuns);
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
        if (!enabled || !(shapeOf == p.session().framesDissected() ? shapeFits : fits(p, length, false))
                || quietOwner != null) {
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
    private ConversationOwner quietOwner;

    /**
     * Whether the frame has a shape the pass takes and its payload goes to no dissector, or,
     * when the view asks ({@code quiet}), to one that takes it quietly ({@link #quietOwner} set).
     */
    private boolean fits(Packet p, int length, boolean quiet) {
        quietOwner = null;
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
            if (!ipv4(captured, p.u16(buf, l3 + 2), p.u16(buf, l3 + 6), p.u8(buf, l3 + 9))) {
                return false;
            }
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
            return l4Len >= TCP_HEADER && tcpHeaderFits((p.u8(buf, l4 + 12) >> 4) * 4)
                    && (!tcpRuns || tcpHeaderOnly(p));
        }
        if (proto == PROTO_UDP) {
            int udpLen = p.u16(buf, l4 + 4);
            return udpLengthFits(udpLen) && (!udpRuns || udpLen == UDP_HEADER || udpPayloadIdle(p, udpLen, quiet));
        }
        return false;
    }

    // the rules of the shape that fits and fitsStatelessly share, on values read from the header

    /**
     * Whether an IPv4 datagram without options at {@link #l3} (total length {@code ipLen}, flags
     * and fragment offset {@code frag}) is no fragment and lies within the frame's
     * {@code captured} bytes; sets the transport's place and protocol.
     */
    private boolean ipv4(int captured, int ipLen, int frag, int protocol) {
        if ((frag & 0x3fff) != 0 || ipLen > captured - l3) {
            return false;
        }
        proto = protocol;
        l4 = l3 + IP_HEADER;
        l4Len = ipLen - IP_HEADER;
        return true;
    }

    /** Whether a TCP header of this length is well formed and within the segment. */
    private boolean tcpHeaderFits(int headerLength) {
        return headerLength >= TCP_HEADER && headerLength <= l4Len;
    }

    /** Whether a UDP datagram's length is well formed and within the IP payload. */
    private boolean udpLengthFits(int udpLen) {
        return udpLen >= UDP_HEADER && udpLen <= l4Len;
    }

    /**
     * Whether TCP takes the segment as its header alone, asked with the packet's addresses set
     * as IP sets them when TCP may look its conversation up.
     */
    private boolean tcpHeaderOnly(Packet p) {
        if (!tcp.looksUpConversations(p)) {
            return tcp.headerOnly(p, Packet.FRAME_BUFFER, l4, l4Len);
        }
        setEndpoints(p, p.u16(Packet.FRAME_BUFFER, l4), p.u16(Packet.FRAME_BUFFER, l4 + 2));
        boolean headerOnly = tcp.headerOnly(p, Packet.FRAME_BUFFER, l4, l4Len);
        borrowed.restore(p);
        return headerOnly;
    }

    /**
     * Whether a running dissector owns the datagram's conversation, asked with the packet's
     * addresses and ports set as IP and UDP set them. When {@code quiet} asks, an owner that
     * takes the datagram's payload quietly is kept in {@link #quietOwner}.
     */
    private boolean ownerTakes(Packet p, int src, int dst, int udpLen, boolean quiet) {
        setEndpoints(p, src, dst);
        ConversationOwner owner = udp.owner(p);
        if (owner != null && quiet
                && owner.takesQuietly(p, Packet.FRAME_BUFFER, l4 + UDP_HEADER, udpLen - UDP_HEADER)) {
            quietOwner = owner;
        }
        borrowed.restore(p);
        return owner != null;
    }

    /**
     * Sets the packet's network addresses from the frame's IP header and its ports, as IP and
     * the transport set them, keeping what they were in {@link #borrowed}, to be put back
     * afterwards for the dissectors that run when the pass does not.
     */
    private void setEndpoints(Packet p, int srcPort, int dstPort) {
        borrowed.save(p);
        if (v6) {
            Ipv6Dissector.setNetAddresses(p, Packet.FRAME_BUFFER, l3);
        } else {
            IpDissector.setNetAddresses(p, Packet.FRAME_BUFFER, l3);
        }
        p.setPorts(srcPort, dstPort);
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
        if (hasIpv4() || hasIpv6()) {
            int ipItem = p.addLayer(v6 ? Ipv6Dissector.IPV6.id() : IpDissector.IP.id(), buf, l3, length - l3);
            p.setProtocolLength(ipItem, v6 ? IPV6_HEADER : IP_HEADER);
            p.openSubtree(ipItem);
            if (v6) {
                Ipv6Dissector.addHeaderOnly(p, buf, l3);
            } else {
                IpDissector.addHeaderOnly(p, buf, l3);
            }
            if (hasTransport(PROTO_TCP)) {
                int tcpItem = p.addLayer(tcp.protocol().id(), buf, l4, l4Len);
                // TCP sets its item's span, not its value, to the header (SegmentDissection)
                p.setLength(tcpItem, (p.u8(buf, l4 + 12) >> 4) * 4);
                p.openSubtree(tcpItem);
                TcpDissector.addHeaderOnly(p, buf, l4, l4Len);
            } else if (hasTransport(PROTO_UDP)) {
                int udpItem = p.addLayer(UdpDissector.UDP.id(), buf, l4, l4Len);
                p.setProtocolLength(udpItem, UDP_HEADER);
                p.openSubtree(udpItem);
                UdpDissector.addHeaderOnly(p, buf, l4);
            }
        }
        p.closeSubtree(outer);
    }

    /**
     * {@link #udpPayloadIdle} for a datagram whose conversation no dissector owns, where no
     * heuristic dissector needs asking: the first of its ports with a dissector has one that does
     * not run, or neither has one and no heuristic dissector runs. False where one must be asked.
     */
    private boolean portsIdle(int src, int dst) {
        byte first = firstPortDissector(src, dst);
        return first != PortDissectors.NONE ? first == PortDissectors.IDLE
                : udpHeuristics != null && udpHeuristics.isEmpty();
    }

    /** The lower port's dissector's state, or the higher port's when the lower has none, as UDP tries them. */
    private byte firstPortDissector(int src, int dst) {
        byte first = udpPorts.of(Math.min(src, dst));
        return first != PortDissectors.NONE ? first : udpPorts.of(Math.max(src, dst));
    }

    /**
     * Whether no dissector of this session takes the UDP payload, as UdpDissector.handOff tries
     * them, or the running dissector that owns the conversation (QUIC, once it took a datagram of
     * it) takes it quietly ({@link #quietOwner}). Otherwise: no running dissector owns it, and
     * the first of the lower and the higher port that has a dissector has one that does not run
     * (it takes the payload unrun), or neither has one, {@code data} does not run and every
     * heuristic dissector that runs declines the payload when asked.
     */
    private boolean udpPayloadIdle(Packet p, int udpLen, boolean quiet) {
        int src = p.u16(Packet.FRAME_BUFFER, l4);
        int dst = p.u16(Packet.FRAME_BUFFER, l4 + 2);
        if (udpOwnersRun && ownerTakes(p, src, dst, udpLen, quiet)) {
            return quietOwner != null;
        }
        byte first = firstPortDissector(src, dst);
        if (first != PortDissectors.NONE) {
            return first == PortDissectors.IDLE;
        }
        if (udpHeuristics == null) {
            return false;
        }
        if (udpHeuristics.isEmpty()) {
            return true;
        }
        // a heuristic may look the conversation up (QUIC's), as it would in UDP's hand-off
        setEndpoints(p, src, dst);
        boolean declined = true;
        for (StatelessHeuristic h : udpHeuristics) {
            if (h.mightTake(p, Packet.FRAME_BUFFER, l4 + UDP_HEADER, udpLen - UDP_HEADER)) {
                declined = false;
                break;
            }
        }
        borrowed.restore(p);
        return declined;
    }
}
