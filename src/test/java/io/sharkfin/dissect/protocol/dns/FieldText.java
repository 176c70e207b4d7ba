package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Field values as {@code tshark -T fields} 4.0 prints them, for comparing with recorded output:
 * numbers in their display base, booleans as 1/0, addresses in their usual notation, bytes as
 * bare hex, times as tshark shows them. Tests only.
 */
final class FieldText {
    private static final DateTimeFormatter ABSOLUTE =
            DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm:ss", Locale.US).withZone(ZoneOffset.UTC);

    private FieldText() {
    }

    /** Every occurrence of a field, in order, joined by {@code separator}; "" when none. */
    static String values(Packet p, FieldDef def, String separator) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int e = p.first(def.id()); e >= 0; e = p.next(e)) {
            if (!first) {
                sb.append(separator);
            }
            first = false;
            sb.append(value(p, e, def));
        }
        return sb.toString();
    }

    static String value(Packet p, int e, FieldDef def) {
        FieldType t = def.type();
        return switch (t) {
            case BOOLEAN -> p.num(e) != 0 ? "1" : "0";
            case UINT8, UINT16, UINT24, UINT32, FRAMENUM -> unsigned(p.num(e), def);
            case INT8, INT16, INT32 -> Long.toString(p.num(e));
            case IPv4 -> ipv4(p.num(e));
            case IPv6 -> ipv6(p.bytes(e));
            case ETHER -> colons(p.bytes(e));
            case EUI64 -> colons(eight(p.num(e)));
            case STRING -> p.string(e);
            case RELATIVE_TIME -> seconds(p.num(e));
            case ABSOLUTE_TIME -> absolute(p.num(e));
            case NONE -> "1";
            default -> p.len(e) == 0 ? "<MISSING>" : hex(p.bytes(e));
        };
    }

    private static String unsigned(long v, FieldDef def) {
        if ("BASE_HEX".equals(def.display())) {
            int digits = Math.max(2, def.type().width() * 2);
            return String.format("0x%0" + digits + "x", v);
        }
        return Long.toUnsignedString(v);
    }

    static String ipv4(long a) {
        return ((a >> 24) & 0xff) + "." + ((a >> 16) & 0xff) + "." + ((a >> 8) & 0xff) + "." + (a & 0xff);
    }

    /** RFC 5952 text: lower case, the longest run of two or more zero groups as "::". */
    static String ipv6(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength && j - i >= 2) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    private static byte[] eight(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    private static String colons(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(String.format("%02x", b[i] & 0xff));
        }
        return sb.toString();
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }

    private static String seconds(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        long a = Math.abs(nanos);
        return sign + (a / 1_000_000_000L) + "." + String.format("%09d", a % 1_000_000_000L);
    }

    private static String absolute(long nanos) {
        long s = Math.floorDiv(nanos, 1_000_000_000L);
        long n = Math.floorMod(nanos, 1_000_000_000L);
        return ABSOLUTE.format(Instant.ofEpochSecond(s)) + "." + String.format("%09d", n) + " UTC";
    }
}
