package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldFormat;

import java.lang.foreign.MemorySegment;

/**
 * IPv4 and IPv6 text forms as glibc's {@code inet_pton} accepts and {@code inet_ntop} writes
 * them, which is what Wireshark 4.0 uses. tshark resolves no host names by default, so a name is
 * never an address here.
 */
final class IpAddresses {

    private IpAddresses() {
    }

    /** {@code inet_pton(AF_INET)}: exactly four decimal parts 0-255 without leading zeros. */
    static Integer parseIpv4(String s) {
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
    static byte[] parseIpv6(String s) {
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

    /** Dotted quad of an address held in an int, most significant byte first. */
    static String formatIpv4(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff)
                + "." + (address & 0xff);
    }

    /**
     * {@code inet_ntop(AF_INET6)}: lower-case groups, the longest run of two or more zero
     * groups as {@code ::}, and the last 32 bits dotted for {@code ::a.b.c.d} and
     * {@code ::ffff:a.b.c.d}.
     */
    static String formatIpv6(byte[] a) {
        StringBuilder sb = new StringBuilder(39);
        FieldFormat.appendIPv6(MemorySegment.ofArray(a), 0, sb);
        return sb.toString();
    }

    /** The netmask of a prefix length 0-32. */
    static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }
}
