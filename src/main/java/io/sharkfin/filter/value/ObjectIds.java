package io.sharkfin.filter.value;

import java.io.ByteArrayOutputStream;

/**
 * Identifiers Wireshark 4.0 reads from dotted or dashed text: ASN.1 object identifiers (BER
 * encoded), relative OIDs, OSI system IDs and GUIDs.
 */
final class ObjectIds {

    private ObjectIds() {
    }

    /**
     * {@code rel_oid_str_to_bytes}: digits and single dots, at least one dot. An absolute OID
     * folds its first two arcs (0-2, and below 40 unless the first is 2). A relative OID's first
     * character is skipped, so {@code 1.2.3} encodes the arcs 0, 2, 3. Arcs wrap at 2^32.
     * Null when the syntax is refused.
     */
    static byte[] encode(String s, boolean absolute) {
        int dot = -1;
        for (int p = 0; p < s.length(); p++) {
            char c = s.charAt(p);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return null;
            }
            if (c == '.') {
                if ((p == 0 && absolute) || p + 1 == s.length() || p - 1 == dot) {
                    return null;
                }
                dot = p;
            }
        }
        if (dot < 0) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int p = absolute ? 0 : 1;
        int count = absolute ? 0 : 2;
        int first = 0;
        while (p < s.length()) {
            int subid = 0;
            while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                subid = subid * 10 + (s.charAt(p) - '0');
                p++;
            }
            if (count == 0) {
                first = subid;
                if (Integer.compareUnsigned(first, 2) > 0) {
                    return null;
                }
            } else if (count == 1) {
                if (first < 2 && Integer.compareUnsigned(subid, 39) > 0) {
                    return null;
                }
                subid += 40 * first;
            }
            if (count > 0) {
                writeSubid(out, subid);
            }
            count++;
            if (p < s.length()) {
                p++;
            }
        }
        return out.toByteArray();
    }

    /** Base-128 big-endian, at most five bytes (the C buffer keeps the low 35 bits). */
    private static void writeSubid(ByteArrayOutputStream out, int subid) {
        byte[] buf = new byte[5];
        int i = 5;
        long v = subid & 0xffffffffL;
        do {
            i--;
            buf[i] = (byte) (0x80 | (v % 0x80));
            v >>>= 7;
        } while (v != 0 && i > 0);
        buf[4] &= 0x7f;
        out.write(buf, i, 5 - i);
    }

    /**
     * {@code oid_encoded2string} / {@code rel_oid_encoded2string}: dotted arcs (a relative OID
     * starts with a dot); the empty string when an arc exceeds 32 bits.
     */
    static String formatOid(byte[] encoded, boolean absolute) {
        int complete = 0;
        for (byte b : encoded) {
            if ((b & 0x80) == 0) {
                complete++;
            }
        }
        if (absolute && complete == 0) {
            return "0";
        }
        if (!absolute && complete == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(absolute ? "" : ".");
        boolean first = absolute;
        long subid = 0;
        for (byte b : encoded) {
            subid = (subid << 7) | (b & 0x7f);
            if ((b & 0x80) != 0) {
                continue;
            }
            if (first) {
                int arc0 = 0;
                for (int k = 0; k < 2 && Long.compareUnsigned(subid, 40) >= 0; k++) {
                    arc0++;
                    subid -= 40;
                }
                sb.append(arc0).append('.');
                first = false;
            }
            if (Long.compareUnsigned(subid, 0xffffffffL) > 0) {
                return "";
            }
            sb.append(subid).append('.');
            subid = 0;
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /**
     * {@code print_system_id}: {@code xxxx.xxxx.xxxx[.xx[-xx]]} for 6-8 bytes, else the first
     * four bytes, a dot and the rest (fewer than four: all, without dot).
     */
    static String formatSystemId(byte[] b) {
        if (b.length == 0 || b.length > 15) {
            return "<Invalid length of SYSTEM ID>";
        }
        String hex = ByteStrings.hex(b);
        if (b.length >= 6 && b.length <= 8) {
            StringBuilder sb = new StringBuilder();
            sb.append(hex, 0, 4).append('.').append(hex, 4, 8).append('.').append(hex, 8, 12);
            if (b.length >= 7) {
                sb.append('.').append(hex, 12, 14);
            }
            if (b.length == 8) {
                sb.append('-').append(hex, 14, 16);
            }
            return sb.toString();
        }
        if (b.length >= 4) {
            return hex.substring(0, 8) + "." + hex.substring(8);
        }
        return hex;
    }

    /** {@code get_guid}: exactly {@code XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}; null otherwise. */
    static byte[] parseGuid(String s) {
        String fmt = "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";
        if (s.length() < fmt.length()) {
            return null;
        }
        for (int i = 0; i < fmt.length(); i++) {
            char c = s.charAt(i);
            boolean ok = fmt.charAt(i) == 'X' ? Character.digit(c, 16) >= 0 && c < 128 : c == '-';
            if (!ok) {
                return null;
            }
        }
        // only the first 36 characters are read, as strnlen() limits them
        return ByteStrings.hexToBytes(s.substring(0, fmt.length()).replace("-", ""), false);
    }

    /** {@code guid_to_str}. */
    static String formatGuid(byte[] g) {
        String h = ByteStrings.hex(g);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20);
    }
}
