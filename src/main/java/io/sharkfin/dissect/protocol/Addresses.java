package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Text forms of addresses read from a packet, as Wireshark prints them without name resolution, and
 * the text forms glibc's {@code inet_pton} reads (display-filter literals, FTP's EPRT arguments).
 */
public final class Addresses {
    private Addresses() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code 00:1b:d4:1b:a4:d8} from 6 bytes of the entry's raw span at {@code rel}. */
    static String macAt(Packet p, int entry, int rel) {
        return mac(p.rawSeg(entry), p.rawOff(entry) + rel);
    }

    /** {@code 00:1b:d4:1b:a4:d8} from the 6 bytes at {@code off} of buffer {@code buf} ({@code tvb_ether_to_str}). */
    public static String mac(Packet p, int buf, int off) {
        return mac(p.bufferSegment(buf), p.bufferBase(buf) + off);
    }

    /** {@code 00:1b:d4:1b:a4:d8} from a MAC address held in the low 48 bits of a number. */
    static String mac(long mac) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 5; i >= 0; i--) {
            int b = (int) (mac >>> (8 * i)) & 0xff;
            sb.append(HEX[b >> 4]).append(HEX[b & 0xf]);
            if (i > 0) {
                sb.append(':');
            }
        }
        return sb.toString();
    }

    /** bytes_to_str shows this many bytes, then an ellipsis. */
    private static final int MAX_BYTES_SHOWN = 36;

    /**
     * Wireshark's {@code bytes_to_str}: {@code len} bytes at {@code off} of buffer {@code buf} in
     * hex, without separators, the first 36 of them followed by an ellipsis when there are more.
     */
    public static String bytes(Packet p, int buf, int off, int len) {
        String s = java.util.HexFormat.of().formatHex(p.copy(buf, off, Math.min(len, MAX_BYTES_SHOWN)));
        return len > MAX_BYTES_SHOWN ? s + "…" : s;
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

    /** {@code inet_pton(AF_INET)}: exactly four decimal parts 0-255 without leading zeros. */
    public static Integer parseIpv4(String s) {
        return parseIpv4(s, 0, s.length());
    }

    private static Integer parseIpv4(String s, int from, int to) {
        int address = 0;
        int part = 0;
        int octets = 0;
        boolean sawDigit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (sawDigit && part == 0) {
                    return null;
                }
                part = part * 10 + (c - '0');
                if (part > 255) {
                    return null;
                }
                if (!sawDigit) {
                    if (++octets > 4) {
                        return null;
                    }
                    sawDigit = true;
                }
            } else if (c == '.' && sawDigit) {
                if (octets == 4) {
                    return null;
                }
                address = (address << 8) | part;
                part = 0;
                sawDigit = false;
            } else {
                return null;
            }
        }
        if (octets < 4 || !sawDigit) {
            return null;
        }
        return (address << 8) | part;
    }

    /** {@code inet_pton(AF_INET6)}: the 16 bytes, or null. */
    public static byte[] parseIpv6(String s) {
        byte[] out = new byte[16];
        int n = s.length();
        int i = 0;
        if (n == 0) {
            return null;
        }
        if (s.charAt(0) == ':') {
            if (n < 2 || s.charAt(1) != ':') {
                return null;
            }
            i = 1;
        }
        int tp = 0;
        int colonp = -1;
        int curtok = i;
        int xdigits = 0;
        int val = 0;
        while (i < n) {
            char c = s.charAt(i++);
            int digit = Character.digit(c, 16);
            if (digit >= 0 && c < 128) {
                if (xdigits == 4) {
                    return null;
                }
                val = (val << 4) | digit;
                xdigits++;
                continue;
            }
            if (c == ':') {
                curtok = i;
                if (xdigits == 0) {
                    if (colonp >= 0) {
                        return null;
                    }
                    colonp = tp;
                    continue;
                } else if (i == n) {
                    return null;
                }
                if (tp + 2 > 16) {
                    return null;
                }
                out[tp++] = (byte) (val >> 8);
                out[tp++] = (byte) val;
                xdigits = 0;
                val = 0;
                continue;
            }
            if (c == '.' && tp + 4 <= 16) {
                Integer v4 = parseIpv4(s, curtok, n);
                if (v4 != null) {
                    for (int k = 3; k >= 0; k--) {
                        out[tp++] = (byte) (v4 >>> (8 * k));
                    }
                    xdigits = 0;
                    break;
                }
            }
            return null;
        }
        if (xdigits > 0) {
            if (tp + 2 > 16) {
                return null;
            }
            out[tp++] = (byte) (val >> 8);
            out[tp++] = (byte) val;
        }
        if (colonp >= 0) {
            if (tp == 16) {
                return null;
            }
            int moved = tp - colonp;
            System.arraycopy(out, colonp, out, 16 - moved, moved);
            java.util.Arrays.fill(out, colonp, 16 - moved, (byte) 0);
            tp = 16;
        }
        return tp == 16 ? out : null;
    }
}
