package io.sharkfin.ioc;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Reads the analysis fields out of a dissected {@link Packet}. Addresses come from the innermost
 * network layer (the one a tunnel or an ICMP error quotes last), which is the conversation the
 * application fields above it belong to. Strings are built only when asked for, so frames that
 * carry no indicator cost no allocation.
 */
public final class PacketValues {

    private static final ValueLayout.OfLong BE64 =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private final IocFields f;

    public PacketValues(IocFields fields) {
        this.f = fields;
    }

    public IocFields fields() {
        return f;
    }

    /** The first occurrence of a field, or -1 (also for fields this build lacks). */
    public static int first(Packet p, int field) {
        return field < 0 ? -1 : p.first(field);
    }

    /** The last occurrence of a field, or -1. */
    public static int last(Packet p, int field) {
        int e = first(p, field);
        if (e < 0) {
            return -1;
        }
        for (int n = p.next(e); n >= 0; n = p.next(n)) {
            e = n;
        }
        return e;
    }

    /** The value of an entry as text (strings as they are, numbers and addresses as tshark prints them). */
    public static String text(Packet p, int e) {
        FieldType t = p.registry().byId(p.field(e)).type();
        return t.isString() ? p.string(e) : FieldFormat.format(p, e);
    }

    /** The number of the first occurrence of a field, or {@code absent}. */
    public static long num(Packet p, int field, long absent) {
        int e = first(p, field);
        return e < 0 ? absent : p.num(e);
    }

    /** Whether the innermost network layer is IPv6 (false for IPv4 and for frames without IP). */
    public boolean innerIsIpv6(Packet p) {
        int v4 = last(p, f.ipSrc);
        int v6 = last(p, f.ipv6Src);
        return v6 > v4;
    }

    /** Whether the frame has an IPv4 or IPv6 layer. */
    public boolean hasIp(Packet p) {
        return first(p, f.ipSrc) >= 0 || first(p, f.ipv6Src) >= 0;
    }

    /** Source address of the innermost network layer as text, or null without one. */
    public String src(Packet p) {
        return address(p, f.ipSrc, f.ipv6Src);
    }

    /** Destination address of the innermost network layer as text, or null without one. */
    public String dst(Packet p) {
        return address(p, f.ipDst, f.ipv6Dst);
    }

    private String address(Packet p, int v4Field, int v6Field) {
        int v4 = last(p, v4Field);
        int v6 = last(p, v6Field);
        int e = Math.max(v4, v6);
        return e < 0 ? null : FieldFormat.format(p, e);
    }

    /**
     * The innermost source address as two longs, without allocating: IPv4 in {@code out[1]} with
     * {@code out[0] = 4}, IPv6 as {@code out[0], out[1]} with a marker bit pattern avoided by the
     * caller through {@code out[2]} = family. Returns false without an IP layer.
     */
    public boolean srcKey(Packet p, long[] out) {
        int v4 = last(p, f.ipSrc);
        int v6 = last(p, f.ipv6Src);
        if (v4 < 0 && v6 < 0) {
            return false;
        }
        if (v4 > v6) {
            out[0] = 0;
            out[1] = p.num(v4);
            out[2] = 4;
        } else {
            out[0] = p.seg(v6).get(BE64, p.off(v6));
            out[1] = p.seg(v6).get(BE64, p.off(v6) + 8);
            out[2] = 6;
        }
        return true;
    }

    /** The transport ports of the innermost TCP or UDP header: {@code {src, dst}}, or null. */
    public int[] ports(Packet p) {
        int s = last(p, f.tcpSrcPort);
        if (s >= 0) {
            return new int[] {(int) p.num(s), (int) p.num(last(p, f.tcpDstPort))};
        }
        s = last(p, f.udpSrcPort);
        if (s >= 0) {
            return new int[] {(int) p.num(s), (int) p.num(last(p, f.udpDstPort))};
        }
        return null;
    }
}
