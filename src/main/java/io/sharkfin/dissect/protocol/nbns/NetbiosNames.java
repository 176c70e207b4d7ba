package io.sharkfin.dissect.protocol.nbns;

import io.sharkfin.dissect.NameTable;

import java.util.Locale;

/**
 * NetBIOS names as Wireshark 4.0 shows them: the first-level encoding of RFC 1001 undone
 * ({@code get_nbns_name} of packet-nbt.c), the 15 name characters made printable and the 16th,
 * the name's type, written {@code <xx>} ({@code process_netbios_name} of packet-netbios.c), and
 * the type's description ({@code netbios_name_type_descr}).
 *
 * <p>Wireshark's quirks are kept, because they decide field values: letters past 'P' are taken
 * as they come (their nibbles overflow into the byte), a label of more than 32 letters keeps its
 * first 16 bytes, an all-blank name keeps its blanks, and a text that is no valid name becomes an
 * "Illegal NetBIOS name" message of its own.
 */
final class NetbiosNames {
    private NetbiosNames() {
    }

    /** NETBIOS_NAME_LEN: 15 characters and the type byte. */
    static final int NAME_LENGTH = 16;

    private static final NameTable TYPES = NameTable.of(
            0x00, "Workstation/Redirector", 0x01, "Browser", 0x02, "Workstation/Redirector",
            0x03, "Messenger service/Main name", 0x05, "Forwarded name", 0x06, "RAS Server service",
            0x1b, "Domain Master Browser", 0x1c, "Domain Controllers", 0x1d, "Local Master Browser",
            0x1e, "Browser Election Service", 0x1f, "Net DDE Service", 0x20, "Server service",
            0x21, "RAS client service", 0x22, "Exchange Interchange (MSMail Connector)",
            0x23, "Exchange Store", 0x24, "Exchange Directory", 0x2b, "Lotus Notes Server service",
            0x30, "Modem sharing server service", 0x31, "Modem sharing client service",
            0x43, "SMS Clients Remote Control", 0x44, "SMS Administrators Remote Control Tool",
            0x45, "SMS Clients Remote Chat", 0x46, "SMS Clients Remote Transfer",
            0x4c, "DEC Pathworks TCP/IP Service on Windows NT",
            0x52, "DEC Pathworks TCP/IP Service on Windows NT", 0x6a, "Microsoft Exchange IMC",
            0x87, "Microsoft Exchange MTA", 0xbe, "Network Monitor Agent", 0xbf, "Network Monitor Analyzer");

    /**
     * A name decoded from its DNS form: the text Wireshark shows, one char a byte of its C
     * string, and its type (-1: not a valid name).
     */
    record Decoded(String text, int type) {
    }

    /** {@code netbios_name_type_descr}: what a name of this type is, or "Unknown". */
    static String typeDescription(int type) {
        return TYPES.get(type, "Unknown");
    }

    /**
     * Undoes the first-level encoding of a name as {@code get_dns_name} read it (one character a
     * byte, up to its first NUL): pairs of letters 'A' + nibble, then, after a dot, the scope ID,
     * which is kept as it is.
     */
    static Decoded decode(String dnsName) {
        byte[] raw = new byte[NAME_LENGTH];
        int count = 0;
        int i = 0;
        char c;
        while (true) {
            c = charAt(dnsName, i);
            if (c == 0 || c == '.') {
                break;
            }
            if (c < 'A' || c > 'Z') {
                return illegal("1st character not between A and Z in first-level encoding");
            }
            int high = (c - 'A') << 4;
            c = charAt(dnsName, ++i);
            if (c == 0 || c == '.') {
                return illegal("odd number of bytes");
            }
            if (c < 'A' || c > 'Z') {
                return illegal("2nd character not between A and Z in first-level encoding");
            }
            i++;
            // letters past 'P' overflow their nibble: C keeps the low byte of (high | low)
            if (count < NAME_LENGTH) {
                raw[count++] = (byte) (high | (c - 'A'));
            }
        }
        if (count != NAME_LENGTH) {
            return illegal(count + " bytes long");
        }
        StringBuilder text = new StringBuilder(printable(raw, Integer.MAX_VALUE));
        int type = raw[NAME_LENGTH - 1] & 0xff;
        text.append(String.format(Locale.ROOT, "<%02x>", type));
        if (c == '.') {
            text.append(dnsName, i, dnsName.length());
        }
        return new Decoded(text.toString(), type);
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private static Decoded illegal(String why) {
        return new Decoded("Illegal NetBIOS name (" + why + ")", -1);
    }

    /**
     * {@code process_netbios_name}: the first 15 bytes of a 16-byte name, printable ASCII as it
     * is and any other byte as {@code <xx>}, trailing blanks removed, written into a buffer of
     * {@code room} bytes (its NUL included): what does not fit is dropped, character by character.
     */
    static String printable(byte[] name, int room) {
        StringBuilder out = new StringBuilder(NAME_LENGTH * 4);
        int left = room;
        for (int i = 0; i < NAME_LENGTH - 1; i++) {
            int b = name[i] & 0xff;
            if (b >= ' ' && b <= '~') {
                if (--left > 0) {
                    out.append((char) b);
                }
            } else {
                String hex = String.format(Locale.ROOT, "<%02x>", b);
                for (int k = 0; k < hex.length(); k++) {
                    if (--left > 0) {
                        out.append(hex.charAt(k));
                    }
                }
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        // Wireshark cuts the blanks after the last other character: a name of blanks alone stays
        return end == 0 ? out.toString() : out.substring(0, end);
    }
}
