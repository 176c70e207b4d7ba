package io.sharkfin.stats;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.Filter;

import java.util.BitSet;

/**
 * Where a table's records come from, as Wireshark's taps give them: one per header of the
 * table's type in a frame that passes the table's filter, with the frame's length and relative
 * time. The headers an ICMP or ICMPv6 error quotes are left out (tap.c skips records queued
 * inside an error packet). A TCP or UDP header's addresses are those of the IP layer it is in.
 */
final class Tap {

    /**
     * One header: its addresses as Wireshark writes them (IPv6 or not), ports (0 without),
     * conversation id (-1: none), and for TCP and UDP the entry of its source port.
     */
    record Header(String src, String dst, boolean ipv6, int srcPort, int dstPort, long conversationId, int entry) {
    }

    /** Receives the transport headers of a frame. */
    interface TransportSink {
        void header(Header h);
    }

    /** Receives the headers of a frame. */
    interface Sink {
        void header(Header h, long bytes, long relSeconds, int relNanos);
    }

    final TableType type;
    final String filterText;
    private final Filter filter;
    private final int src;
    private final int dst;
    private final int ipSrc;
    private final int ipDst;
    private final int ipv6Src;
    private final int ipv6Dst;
    private final int srcPort;
    private final int dstPort;
    private final int conversationId;
    private final int relative;
    private final int fragmentOffset;
    private final int fragmentMore;
    private final int reassembled;
    private final TapFields ids;

    Tap(TableType type, FieldRegistry registry, Filter filter, String filterText) {
        this.type = type;
        this.filter = filter;
        this.filterText = filterText;
        ids = new TapFields(registry);
        src = ids.id(type.src);
        dst = ids.id(type.dst);
        boolean ports = type.hasPorts();
        ipSrc = ports ? ids.id("ip.src") : -1;
        ipDst = ports ? ids.id("ip.dst") : -1;
        ipv6Src = ports ? ids.id("ipv6.src") : -1;
        ipv6Dst = ports ? ids.id("ipv6.dst") : -1;
        srcPort = ids.id(type.srcPort);
        dstPort = ids.id(type.dstPort);
        conversationId = ids.id(type.conversationId);
        relative = ids.id("frame.time_relative");
        boolean v6 = type == TableType.IPV6;
        fragmentOffset = v6 ? ids.id("ipv6.fraghdr.offset") : -1;
        fragmentMore = v6 ? ids.id("ipv6.fraghdr.more") : -1;
        reassembled = v6 ? ids.id("ipv6.reassembled.length") : -1;
    }

    /** The fields the session must record: those read, and the filter's. */
    BitSet fields() {
        BitSet fields = ids.fields();
        fields.or(filterFields());
        return fields;
    }

    /** The fields the table's filter names. */
    BitSet filterFields() {
        return TapFilter.fields(filter);
    }

    /** Gives {@code sink} the frame's headers of this table's type, if the frame passes the filter. */
    void read(Packet p, Sink sink) {
        if (filter != null && !filter.test(p)) {
            return;
        }
        int t = relative < 0 ? -1 : p.first(relative);
        long seconds = t < 0 ? 0 : p.timeSeconds(t);
        int nanos = t < 0 ? 0 : p.timeNanos(t);
        long bytes = p.frame().originalLength();
        if (type.hasPorts()) {
            transports(p, h -> sink.header(h, bytes, seconds, nanos));
        } else {
            for (int s = first(p, src), d = first(p, dst); s >= 0 && d >= 0; s = p.next(s), d = p.next(d)) {
                if (!ids.quoted(p, s) && !fragmentOnly(p, s)) {
                    sink.header(new Header(FieldFormat.format(p, s), FieldFormat.format(p, d), type == TableType.IPV6,
                            0, 0, -1, s), bytes, seconds, nanos);
                }
            }
        }
    }

    /** Gives {@code sink} each TCP or UDP header of the frame (of a TCP or UDP table), not those ICMP errors quote. */
    void transports(Packet p, TransportSink sink) {
        for (int s = first(p, srcPort); s >= 0; s = p.next(s)) {
            Header h = transport(p, s);
            if (h != null) {
                sink.header(h);
            }
        }
    }

    /** The first entry of a field, or -1 (also for a field this build does not dissect). */
    private static int first(Packet p, int field) {
        return field < 0 ? -1 : p.first(field);
    }

    /** The first entry of {@code field} after {@code e} in the same layer (protocol occurrence), or -1. */
    static int inLayer(Packet p, int field, int e) {
        if (field < 0) {
            return -1;
        }
        int x = p.firstAfter(field, e);
        return x != Integer.MAX_VALUE && p.layer(x) == p.layer(e) ? x : -1;
    }

    /** The TCP or UDP header whose source port is entry {@code s}, or null when it is quoted or incomplete. */
    private Header transport(Packet p, int s) {
        if (ids.quoted(p, s)) {
            return null;
        }
        int d = inLayer(p, dstPort, s);
        if (d < 0) {
            return null;
        }
        // the innermost IP layer before the header holds its addresses
        int v4 = ipSrc < 0 ? -1 : p.lastBefore(ipSrc, s);
        int v6 = ipv6Src < 0 ? -1 : p.lastBefore(ipv6Src, s);
        int a = Math.max(v4, v6);
        int b = a < 0 ? -1 : p.lastBefore(a == v4 ? ipDst : ipv6Dst, s);
        if (a < 0 || b < 0) {
            return null;
        }
        int c = inLayer(p, conversationId, s);
        return new Header(FieldFormat.format(p, a), FieldFormat.format(p, b), a == v6, (int) p.num(s), (int) p.num(d),
                c < 0 ? -1 : p.num(c), s);
    }

    /**
     * Whether the IPv6 header at {@code s} carries a fragment that is not reassembled in this
     * frame: packet-ipv6.c queues its tap only when the extension header chain ends, which the
     * fragment header ends first.
     */
    private boolean fragmentOnly(Packet p, int s) {
        if (fragmentOffset < 0) {
            return false;
        }
        int next = p.next(s);
        int end = next < 0 ? Integer.MAX_VALUE : next;
        int offset = p.firstAfter(fragmentOffset, s);
        if (offset >= end) {
            return false;
        }
        int more = fragmentMore < 0 ? Integer.MAX_VALUE : p.firstAfter(fragmentMore, s);
        boolean fragment = p.num(offset) != 0 || more < end && p.num(more) != 0;
        return fragment && (reassembled < 0 || p.firstAfter(reassembled, s) >= end);
    }
}
