package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.ByteArrays;
import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.HeaderView;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.tcp.TcpDissector;

import java.lang.foreign.MemorySegment;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * A frame the header pass takes, as a {@link HeaderView}: its packet can hold only the frame's
 * fields and those the pass adds (each dissector's {@code HEADER_ONLY_FIELDS}), and, for a
 * datagram whose conversation's owner takes it quietly ({@link HeaderShortcut#quietOwner}), the
 * owner's fields. The fields below are read straight from the header bytes at the places, and
 * with the values, the dissectors' {@code addHeaderOnly} give them. The shape (where each layer
 * starts, which layers the session runs) is the one {@link HeaderShortcut} found for the frame.
 */
final class ShortcutView implements HeaderView {
    private static final int ETH_HEADER = 14;
    private static final int PROTO_TCP = 6;
    private static final int PROTO_UDP = 17;

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
    // the protocols themselves: the view knows which layers the frame has, not their bytes
    private static final byte ETH_LAYER = 33;
    private static final byte VLAN_LAYER = 34;
    private static final byte IP_LAYER = 35;
    private static final byte IPV6_LAYER = 36;
    private static final byte TCP_LAYER = 37;
    private static final byte UDP_LAYER = 38;
    private static final int MAC = 6;
    private static final int IPV6_ADDRESS = 16;

    // the fields a frame that takes the pass can hold: those of the frame and of the layers the
    // pass adds (each dissector's HEADER_ONLY_FIELDS are all its addHeaderOnly adds)
    private final BitSet holdable = new BitSet();
    private final byte[] direct;
    // the bits of TCP's flags word a flag field shows, by field id
    private final int[] flagBits;
    private final HeaderShortcut shape;
    private Packet viewed;
    // or, without a packet, the frame and where its bytes start in the capture's array
    private Frame bytesFrame;
    private byte[] bytesArray;
    private int bytesAt;
    // the fields of the last quiet owner asked about (QUIC, in practice the only one)
    private ConversationOwner fieldsOf;
    private BitSet ownerFields;

    /** The view of a session's frames, for the fields its packet {@code p} records. */
    ShortcutView(HeaderShortcut shape, Packet p, FrameDissector frame) {
        this.shape = shape;
        Stream.of(List.of(frame.protocol()), frame.fields(), HeaderShortcut.FIELDS)
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
        readable(p, EthDissector.ETH, ETH_LAYER);
        readable(p, VlanDissector.VLAN, VLAN_LAYER);
        readable(p, IpDissector.IP, IP_LAYER);
        readable(p, Ipv6Dissector.IPV6, IPV6_LAYER);
        readable(p, TcpDissector.TCP, TCP_LAYER);
        readable(p, UdpDissector.UDP, UDP_LAYER);
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

    @Override
    public boolean mayHold(int fieldId) {
        ConversationOwner owner = shape.quietOwner();
        return holdable.get(fieldId) || owner != null && ownerFields(owner).get(fieldId);
    }

    /** The fields a dissector that takes a payload quietly may add: its protocol and its fields. */
    private BitSet ownerFields(ConversationOwner owner) {
        if (owner != fieldsOf) {
            BitSet ids = new BitSet();
            owner.ownFields().fields().stream().filter(f -> f.id() >= 0).forEach(f -> ids.set(f.id()));
            fieldsOf = owner;
            ownerFields = ids;
        }
        return ownerFields;
    }

    @Override
    public int count(int fieldId) {
        int how = fieldId >= 0 && fieldId < direct.length ? direct[fieldId] : 0;
        return switch (how) {
            case 0 -> -1;
            case IP_SRC, IP_DST, IP_PROTO, IP_TTL, IP_LEN, IP_ID, IP_LAYER -> shape.hasIpv4() ? 1 : 0;
            case IP_ADDR -> shape.hasIpv4() ? 2 : 0;
            case TCP_SRCPORT, TCP_DSTPORT, TCP_FLAGS, TCP_FLAG, TCP_LEN, TCP_HDR_LEN, TCP_LAYER ->
                    shape.hasTransport(PROTO_TCP) ? 1 : 0;
            case TCP_PORT -> shape.hasTransport(PROTO_TCP) ? 2 : 0;
            case UDP_SRCPORT, UDP_DSTPORT, UDP_LENGTH, UDP_LAYER -> shape.hasTransport(PROTO_UDP) ? 1 : 0;
            case UDP_PORT -> shape.hasTransport(PROTO_UDP) ? 2 : 0;
            case IPV6_PLEN, IPV6_NXT, IPV6_HLIM, IPV6_SRC, IPV6_DST, IPV6_LAYER -> shape.hasIpv6() ? 1 : 0;
            case IPV6_ADDR -> shape.hasIpv6() ? 2 : 0;
            case VLAN_ID, VLAN_LAYER -> shape.tagged() ? 1 : 0;
            // the frame's own fields (FrameDissector adds those the session records), and
            // Ethernet's, which every frame of the pass has
            case FRAME_NUMBER, FRAME_LEN, FRAME_CAP_LEN, ETH_TYPE, ETH_DST, ETH_SRC, ETH_LAYER -> 1;
            // destination, then source, as EthDissector adds them
            case ETH_ADDR -> 2;
            default -> -1;
        };
    }

    @Override
    public long value(int fieldId, int i) {
        return switch (direct[fieldId]) {
            case IP_SRC -> u32(shape.l3() + 12);
            case IP_DST -> u32(shape.l3() + 16);
            // source, then destination, as IpDissector adds them
            case IP_ADDR -> u32(shape.l3() + 12 + 4 * i);
            case IP_PROTO -> u8(shape.l3() + 9);
            case IP_TTL -> u8(shape.l3() + 8);
            case TCP_SRCPORT, UDP_SRCPORT -> u16(shape.l4());
            case TCP_DSTPORT, UDP_DSTPORT -> u16(shape.l4() + 2);
            case TCP_PORT, UDP_PORT -> u16(shape.l4() + 2 * i);
            case TCP_FLAGS -> u16(shape.l4() + 12) & flagBits[fieldId];
            case TCP_FLAG -> (u16(shape.l4() + 12) & flagBits[fieldId]) != 0 ? 1 : 0;
            case FRAME_NUMBER -> frame().number();
            case FRAME_LEN -> frame().originalLength();
            case FRAME_CAP_LEN -> frame().capturedLength();
            case ETH_TYPE -> u16(12);
            case VLAN_ID -> u16(ETH_HEADER) & 0x0fff;
            case IP_LEN -> u16(shape.l3() + 2);
            case IP_ID -> u16(shape.l3() + 4);
            case IPV6_PLEN -> u16(shape.l3() + 4);
            case IPV6_NXT -> u8(shape.l3() + 6);
            case IPV6_HLIM -> u8(shape.l3() + 7);
            case UDP_LENGTH -> u16(shape.l4() + 4);
            case TCP_LEN -> shape.l4Length() - tcpHeaderLength();
            case TCP_HDR_LEN -> tcpHeaderLength();
            default -> throw new IllegalArgumentException("field " + fieldId + " has no number in the view");
        };
    }

    private int tcpHeaderLength() {
        return (u8(shape.l4() + 12) >> 4) * 4;
    }

    // the frame's bytes: the packet's buffer 0, or the capture's array when there is no packet

    private int u8(int off) {
        return bytesArray != null ? bytesArray[bytesAt + off] & 0xff : viewed.u8(Packet.FRAME_BUFFER, off);
    }

    private int u16(int off) {
        return bytesArray != null ? ByteArrays.be16(bytesArray, bytesAt + off) : viewed.u16(Packet.FRAME_BUFFER, off);
    }

    private long u32(int off) {
        return bytesArray != null ? ByteArrays.be32(bytesArray, bytesAt + off) & 0xffffffffL
                : viewed.u32(Packet.FRAME_BUFFER, off);
    }

    private Frame frame() {
        return bytesArray != null ? bytesFrame : viewed.frame();
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
        return bytesArray != null ? bytesFrame.segment() : viewed.bufferSegment(Packet.FRAME_BUFFER);
    }

    @Override
    public long offset(int fieldId, int i) {
        int at = switch (direct[fieldId]) {
            case ETH_DST -> 0;
            case ETH_SRC -> MAC;
            case ETH_ADDR -> MAC * i;
            case IPV6_SRC -> shape.l3() + 8;
            case IPV6_DST -> shape.l3() + 24;
            // source, then destination, as Ipv6Dissector adds them
            case IPV6_ADDR -> shape.l3() + 8 + IPV6_ADDRESS * i;
            default -> throw new IllegalArgumentException("field " + fieldId + " has no bytes in the view");
        };
        return (bytesArray != null ? bytesFrame.offset() : viewed.bufferBase(Packet.FRAME_BUFFER)) + at;
    }

    /** The view of the frame of {@code p} that the shape describes now. */
    ShortcutView of(Packet p) {
        viewed = p;
        bytesArray = null;
        bytesFrame = null;
        return this;
    }

    /**
     * The view of a frame that has no packet, whose bytes start at {@code at} of {@code array}
     * (the capture's buffer; its segment is the frame's), as the shape describes it now. Its
     * reads are not checked against the captured length as the packet's are: the screen's shape
     * check ({@code HeaderShortcut.fitsStatelessly}) found every header the view reads captured.
     */
    ShortcutView ofBytes(Frame f, byte[] array, int at) {
        viewed = null;
        bytesFrame = f;
        bytesArray = array;
        bytesAt = at;
        return this;
    }
}
