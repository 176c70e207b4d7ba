package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Text forms of addresses read from a packet, as Wireshark prints them without name resolution. */
public final class Addresses {
    private Addresses() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code 00:1b:d4:1b:a4:d8} from 6 bytes of the entry's raw span at {@code rel}. */
    static String macAt(Packet p, int entry, int rel) {
        return mac(p.rawSeg(entry), p.rawOff(entry) + rel);
    }

    static String mac(Packet p, int buf, int off) {
        return mac(p.bufferSegment(buf), p.bufferBase(buf) + off);
    }

    static String mac(MemorySegment seg, long off) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                sb.append(':');
            }
            int b = seg.get(ValueLayout.JAVA_BYTE, off + i) & 0xff;
            sb.append(HEX[b >> 4]).append(HEX[b & 0xf]);
        }
        return sb.toString();
    }

    /** An IPv4 address held as an unsigned 32-bit number, dotted. */
    public static String ipv4(long v) {
        StringBuilder sb = new StringBuilder(15);
        FieldFormat.appendIPv4(v, sb);
        return sb.toString();
    }

    /** The IPv6 address at {@code off} of buffer {@code buf}, in RFC 5952's text. */
    public static String ipv6(Packet p, int buf, int off) {
        return ipv6(p.bufferSegment(buf), p.bufferBase(buf) + off);
    }

    static String ipv6(MemorySegment seg, long off) {
        StringBuilder sb = new StringBuilder(39);
        FieldFormat.appendIPv6(seg, off, sb);
        return sb.toString();
    }

    /** Whether the first {@code n} bytes of the entry's raw span were captured. */
    static boolean has(Packet p, int entry, int n) {
        return p.rawOffsetInBuffer(entry) + (long) n <= p.bufferLength(p.rawBuffer(entry));
    }

    /** Reads a big-endian unsigned 32-bit value from the entry's raw span at {@code rel}. */
    static long u32At(Packet p, int entry, int rel) {
        MemorySegment s = p.rawSeg(entry);
        long o = p.rawOff(entry) + rel;
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (s.get(ValueLayout.JAVA_BYTE, o + i) & 0xff);
        }
        return v;
    }

    /** Reads a big-endian unsigned 16-bit value from the entry's raw span at {@code rel}. */
    static int u16At(Packet p, int entry, int rel) {
        MemorySegment s = p.rawSeg(entry);
        long o = p.rawOff(entry) + rel;
        return ((s.get(ValueLayout.JAVA_BYTE, o) & 0xff) << 8) | (s.get(ValueLayout.JAVA_BYTE, o + 1) & 0xff);
    }

    static int u8At(Packet p, int entry, int rel) {
        return p.rawSeg(entry).get(ValueLayout.JAVA_BYTE, p.rawOff(entry) + rel) & 0xff;
    }
}
