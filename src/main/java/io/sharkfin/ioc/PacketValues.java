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

    private static final int CACHE = 4096;

    private final IocFields f;
    private final TextValues texts = new TextValues();
    // the text of recently seen addresses, direct-mapped by value: most frames repeat a few hosts
    private final long[] cacheHi = new long[CACHE];
    private final long[] cacheLo = new long[CACHE];
    private final boolean[] cacheV6 = new boolean[CACHE];
    private final String[] cacheText = new String[CACHE];

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

    /**
     * The first occurrence of a field among the entries {@code [from, to)}, or -1: the fields of one
     * message when a frame completes several (entries are in tree order).
     */
    public static int within(Packet p, int field, int from, int to) {
        for (int e = first(p, field); e >= 0 && e < to; e = p.next(e)) {
            if (e >= from) {
                return e;
            }
        }
        return -1;
    }

    /** {@link Packet#lastBefore}, -1 for a field this build lacks. */
    public static int before(Packet p, int field, int e) {
        return field < 0 ? -1 : p.lastBefore(field, e);
    }

    /** {@link Packet#firstAfter}, {@link Integer#MAX_VALUE} for a field this build lacks. */
    public static int after(Packet p, int field, int e) {
        return field < 0 ? Integer.MAX_VALUE : p.firstAfter(field, e);
    }

    /** The last occurrence of a field, or -1. */
    public static int last(Packet p, int field) {
        return field < 0 ? -1 : p.last(field);
    }

    /** The first occurrence of a field as {@link #text}, or null. */
    public static String firstText(Packet p, int field) {
        int e = first(p, field);
        return e < 0 ? null : text(p, e);
    }

    /** The value of an entry as text (strings as they are, numbers and addresses as tshark prints them). */
    public static String text(Packet p, int e) {
        FieldType t = p.registry().byId(p.field(e)).type();
        return t.isString() ? p.string(e) : FieldFormat.format(p, e);
    }

    /**
     * The value of a string entry; repeated values are the same instance, found without decoding
     * or allocating ({@link TextValues}).
     */
    public String string(Packet p, int e) {
        return texts.of(p, e);
    }

    /** The number of the first occurrence of a field, or {@code absent}. */
    public static long num(Packet p, int field, long absent) {
        int e = first(p, field);
        return e < 0 ? absent : p.num(e);
    }

    private static int slot(long hi, long lo) {
        return (int) ((hi * 0x9E3779B97F4A7C15L + lo) * 0x9E3779B97F4A7C15L >>> 52) & (CACHE - 1);
    }

    /** The dotted text of an IPv4 address (cached: answers repeat). */
    public String ipv4(long address) {
        int slot = slot(0, address);
        String text = cacheText[slot];
        if (text != null && cacheHi[slot] == 0 && cacheLo[slot] == address && !cacheV6[slot]) {
            return text;
        }
        text = ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
        cacheHi[slot] = 0;
        cacheLo[slot] = address;
        cacheV6[slot] = false;
        cacheText[slot] = text;
        return text;
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
        if (v4 < 0 && v6 < 0) {
            return null;
        }
        long hi;
        long lo;
        int e;
        if (v4 > v6) {
            e = v4;
            hi = 0;
            lo = p.num(v4);
        } else {
            e = v6;
            hi = p.seg(v6).get(BE64, p.off(v6));
            lo = p.seg(v6).get(BE64, p.off(v6) + 8);
        }
        int slot = slot(hi, lo);
        String text = cacheText[slot];
        boolean v6addr = e == v6;
        if (text != null && cacheHi[slot] == hi && cacheLo[slot] == lo && cacheV6[slot] == v6addr) {
            return text;
        }
        text = FieldFormat.format(p, e);
        cacheHi[slot] = hi;
        cacheLo[slot] = lo;
        cacheV6[slot] = v6addr;
        cacheText[slot] = text;
        return text;
    }

    /**
     * The innermost source address as numbers, without allocating: {@code out[0], out[1]} hold the
     * address (IPv4 in {@code out[1]}, {@code out[0] = 0}) and {@code out[2]} its family (4 or 6).
     * Returns false without an IP layer.
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
