package io.sharkfin.dissect.protocol.ftp;

import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.Addresses;

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
            while (p < s.length && !isDigit(s[p])) {
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
            while (p < s.length && isDigit(s[p])) {
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
            Digits d = digits(s, i);
            if (d == null) {
                return false;
            }
            // glibc converts with strtol (clamped to a long) and stores the int it truncates to
            long l;
            if (d.negative) {
                l = d.overflow || Long.compareUnsigned(d.magnitude, Long.MIN_VALUE) > 0 ? Long.MIN_VALUE : -d.magnitude;
            } else {
                l = d.overflow || d.magnitude < 0 ? Long.MAX_VALUE : d.magnitude;
            }
            out[n] = (int) l;
            i = d.end;
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
                family = strtoul(field, 0xffffffffL);
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
                long v = strtoul(field, 0xffff);
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
        long value = strtou(s, p, end);
        int port;
        if (value >= 0 && value <= 0xffff) {
            port = (int) value;
        } else if (end[0] < s.length && s[(int) end[0]] == '|') {
            port = value == NO_NUMBER ? 0 : 0xffff;
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

    /** {@link #strtou}'s answer for text without a number (or with a sign first). */
    private static final long NO_NUMBER = -1;
    /** {@link #strtou}'s answer for a number past 64 bits. */
    private static final long TOO_LARGE = -2;

    /**
     * {@code ws_strtou32}/{@code ws_strtou16} without an end pointer: the whole text a number up
     * to {@code max}, else -1.
     */
    private static long strtoul(String field, long max) {
        byte[] s = field.getBytes(StandardCharsets.ISO_8859_1);
        long[] end = new long[1];
        long v = strtou(s, 0, end);
        return v >= 0 && v <= max && end[0] == s.length ? v : -1;
    }

    /**
     * {@code ws_basestrtou64} at {@code from} with an end pointer: a text starting with a sign
     * fails at once; {@code g_ascii_strtoull} skips blanks, takes a sign (a '-' negates, which
     * makes any number too large for 16 or 32 bits) and decimal digits. Returns the value (an
     * unsigned value past {@code Long.MAX_VALUE} as {@link #TOO_LARGE}), {@link #NO_NUMBER}
     * without digits, and the end in {@code end[0]}: the start when nothing was read.
     */
    private static long strtou(byte[] s, int from, long[] end) {
        end[0] = from;
        if (from < s.length && (s[from] == '+' || s[from] == '-')) {
            return NO_NUMBER;
        }
        Digits d = digits(s, from);
        if (d == null) {
            return NO_NUMBER;
        }
        end[0] = d.end;
        // a '-' negates: any number but 0 becomes one past 16 or 32 bits
        return d.overflow || d.magnitude < 0 || (d.negative && d.magnitude != 0) ? TOO_LARGE : d.magnitude;
    }

    /** A number as C's conversions read it: its sign, its digits' value (unsigned 64 bits) and its end. */
    private record Digits(boolean negative, long magnitude, boolean overflow, int end) {
    }

    /**
     * Blanks, an optional sign and decimal digits from {@code i}, as {@code strtol},
     * {@code g_ascii_strtoull} and {@code sscanf}'s {@code %d} read them; null without a digit.
     * {@code overflow} when the digits pass 64 bits.
     */
    private static Digits digits(byte[] s, int i) {
        while (i < s.length && Strings.isCSpace(s[i])) {
            i++;
        }
        boolean negative = false;
        if (i < s.length && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        if (i >= s.length || !isDigit(s[i])) {
            return null;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < s.length && isDigit(s[i]); i++) {
            int d = s[i] - '0';
            overflow |= Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, 10)) > 0;
            value = value * 10 + d;
        }
        return new Digits(negative, value, overflow, i);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
