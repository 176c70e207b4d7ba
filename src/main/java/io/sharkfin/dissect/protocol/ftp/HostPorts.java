package io.sharkfin.dissect.protocol.ftp;

import io.sharkfin.dissect.protocol.Addresses;
import io.sharkfin.dissect.protocol.CNumbers;

import java.nio.charset.StandardCharsets;

/**
 * packet-ftp.c's readers of the address and port in a PORT command or PASV reply
 * ({@code parse_port_pasv}), an EPRT command ({@code parse_eprt_request}) and an EPSV reply
 * ({@code parse_extended_pasv_response}), with the C library calls they rest on: {@code sscanf}'s
 * {@code %d}, GLib's {@code g_ascii_strtoull} behind {@code ws_strtou16}/{@code ws_strtou32}, and
 * {@code inet_pton}. Each reads a C string: the argument bytes up to the first NUL, as
 * {@code wmem_strndup} copies them. Offsets and lengths are computed as there, including its
 * guesses (an item length from a number's value, the arguments one space after the command).
 */
final class HostPorts {
    private HostPorts() {
    }

    /** A PORT command's or PASV reply's address (unsigned, network order), port and their text spans. */
    record PortPasv(long address, int port, int offset, int addressLength, int portLength) {
    }

    /** An EPRT command's family, address (IPv4 unsigned, or IPv6's 16 bytes), port and text lengths. */
    record Eprt(int family, long ipv4, byte[] ipv6, int port, int addressLength, int portLength) {
    }

    /** An EPSV reply's port and its text span. */
    record Epsv(int port, int offset, int portLength) {
    }

    /** The bytes of {@code raw} up to its first NUL. */
    static byte[] cString(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                return java.util.Arrays.copyOf(raw, i);
            }
        }
        return raw;
    }

    /**
     * {@code parse_port_pasv}: six comma-separated numbers starting at a digit, trying each run of
     * digits in turn; the address from the first four, the port from the low bytes of the last two.
     */
    static PortPasv portPasv(byte[] args) {
        byte[] s = cString(args);
        int p = 0;
        int[] v = new int[6];
        while (true) {
            while (p < s.length && !CNumbers.isDigit(s[p])) {
                p++;
            }
            if (p == s.length) {
                return null;
            }
            if (scanSix(s, p, v)) {
                int port = ((v[4] & 0xff) << 8) | (v[5] & 0xff);
                long address = ((v[0] << 24) | (v[1] << 16) | (v[2] << 8) | v[3]) & 0xffffffffL;
                int portLength = width(v[4]) + 1 + width(v[5]);
                int addressLength = width(v[0]) + 1 + width(v[1]) + 1 + width(v[2]) + 1 + width(v[3]);
                return new PortPasv(address, port, p, addressLength, portLength);
            }
            while (p < s.length && CNumbers.isDigit(s[p])) {
                p++;
            }
        }
    }

    /** How many characters packet-ftp.c takes a number's text to have, from its value. */
    private static int width(int value) {
        return value < 10 ? 1 : value < 100 ? 2 : 3;
    }

    /** {@code sscanf(s + from, "%d,%d,%d,%d,%d,%d", ...) == 6}, the values into {@code out}. */
    private static boolean scanSix(byte[] s, int from, int[] out) {
        int i = from;
        for (int n = 0; n < 6; n++) {
            if (n > 0) {
                if (i >= s.length || s[i] != ',') {
                    return false;
                }
                i++;
            }
            CNumbers.Digits d = CNumbers.digits(s, i);
            if (d == null) {
                return false;
            }
            // glibc converts with strtol (clamped to a long) and stores the int it truncates to
            long l;
            if (d.negative()) {
                l = d.overflow() || Long.compareUnsigned(d.magnitude(), Long.MIN_VALUE) > 0 ? Long.MIN_VALUE : -d.magnitude();
            } else {
                l = d.overflow() || d.magnitude() < 0 ? Long.MAX_VALUE : d.magnitude();
            }
            out[n] = (int) l;
            i = d.end();
        }
        return true;
    }

    /**
     * {@code isvalid_rfc2428_delimiter}: a printable, non-blank ASCII character that is not a hex
     * digit, a dot or a colon.
     */
    static boolean isDelimiter(int c) {
        if (c <= 0x20 || c >= 0x7f) {
            return false;
        }
        int lower = c >= 'A' && c <= 'Z' ? c + 32 : c;
        return "0123456789abcdef.:".indexOf(lower) < 0;
    }

    /**
     * {@code parse_eprt_request}: {@code <d>family<d>address<d>port<d>} with a delimiter that
     * occurs exactly four times; null where packet-ftp.c returns FALSE. An address that does not
     * parse fails only once the port was read as well.
     */
    static Eprt eprt(byte[] line) {
        if (line.length < 4) {
            return null;
        }
        byte[] s = cString(line);
        int len = s.length;
        if (len == 0 || !isDelimiter(s[0] & 0xff)) {
            return null;
        }
        byte delimiter = s[0];
        int seen = 0;
        for (int n = 0; n < len; n++) {
            if (s[n] == delimiter) {
                seen++;
            }
        }
        if (seen != 4) {
            return null;
        }
        seen = 1;
        int last = 0;
        long family = -1;
        long ipv4 = 0;
        byte[] ipv6 = null;
        int port = 0;
        int addressLength = 0;
        int portLength = 0;
        boolean ok = true;
        for (int n = 1; n < len; n++) {
            if (s[n] != delimiter) {
                continue;
            }
            seen++;
            int fieldLength = n - last - 1;
            if (fieldLength <= 0) {
                return null;
            }
            String field = new String(s, last + 1, fieldLength, StandardCharsets.ISO_8859_1);
            if (seen == 2) {
                family = CNumbers.wsStrtou(field.getBytes(StandardCharsets.ISO_8859_1), 0xffffffffL);
                if (family < 0) {
                    return null;
                }
            } else if (seen == 3) {
                if (family == 1) {
                    Integer v4 = Addresses.parseIpv4(field);
                    ok = v4 != null;
                    ipv4 = v4 == null ? 0 : v4 & 0xffffffffL;
                } else if (family == 2) {
                    ipv6 = Addresses.parseIpv6(field);
                    ok = ipv6 != null;
                } else {
                    return null;
                }
                addressLength = fieldLength;
            } else if (seen == 4) {
                long v = CNumbers.wsStrtou(field.getBytes(StandardCharsets.ISO_8859_1), 0xffff);
                if (v < 0) {
                    return null;
                }
                port = (int) v;
                portLength = fieldLength;
            }
            last = n;
        }
        return ok ? new Eprt((int) family, ipv4, ipv6, port, addressLength, portLength) : null;
    }

    /**
     * {@code parse_extended_pasv_response}: after the first '(', up to three copies of one
     * delimiter, then a port ({@code ws_strtou16}, whose failures still count when a '|' follows
     * the number: 0 for no number, 65535 for one too large), and a ')' somewhere after it; the
     * port's length runs up to the character before that ')'.
     */
    static Epsv epsv(byte[] args) {
        byte[] s = cString(args);
        int p = 0;
        while (p < s.length && s[p] != '(') {
            p++;
        }
        if (p == s.length) {
            return null;
        }
        p++;
        int delimiter = 0;
        for (int n = 0; n < 3 && p < s.length; n++) {
            int c = s[p] & 0xff;
            if (delimiter == 0 && isDelimiter(c)) {
                delimiter = c;
            }
            if (c != delimiter) {
                break;
            }
            p++;
        }
        if (p == s.length) {
            return null;
        }
        long[] end = new long[1];
        long value = CNumbers.strtou(s, p, end);
        int port;
        if (value >= 0 && value <= 0xffff) {
            port = (int) value;
        } else if (end[0] < s.length && s[(int) end[0]] == '|') {
            port = value == CNumbers.NO_NUMBER ? 0 : 0xffff;
        } else {
            return null;
        }
        int close = p;
        while (close < s.length && s[close] != ')') {
            close++;
        }
        if (close == s.length) {
            return null;
        }
        return new Epsv(port, p, close - 1 - p);
    }
}
