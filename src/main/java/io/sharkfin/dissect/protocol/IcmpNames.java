package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.NameTable;

/**
 * Wireshark's names of ICMP types and, per type, codes (packet-icmp.c), as its Info column and
 * tree word them.
 */
public final class IcmpNames {
    private IcmpNames() {
    }

    private static final NameTable TYPES = NameTable.of(
            0, "Echo (ping) reply", 1, "Reserved", 2, "Reserved", 3, "Destination unreachable",
            4, "Source quench (flow control)", 5, "Redirect", 6, "Alternate host address",
            8, "Echo (ping) request", 9, "Router advertisement", 10, "Router solicitation",
            11, "Time-to-live exceeded", 12, "Parameter problem", 13, "Timestamp request",
            14, "Timestamp reply", 15, "Information request", 16, "Information reply",
            17, "Address mask request", 18, "Address mask reply", 19, "Reserved (for security)",
            30, "Traceroute", 31, "Datagram Conversion Error", 32, "Mobile Host Redirect",
            33, "IPv6 Where-Are-You", 34, "IPv6 I-Am-Here", 35, "Mobile Registration Request",
            36, "Mobile Registration Reply", 37, "Domain Name Request", 38, "Domain Name Reply", 39, "SKIP",
            40, "Photuris", 41, "Experimental mobility protocols", 42, "Extended Echo request",
            43, "Extended Echo reply");

    private static final NameTable UNREACHABLE = NameTable.of(
            0, "Network unreachable", 1, "Host unreachable", 2, "Protocol unreachable",
            3, "Port unreachable", 4, "Fragmentation needed", 5, "Source route failed",
            6, "Destination network unknown", 7, "Destination host unknown", 8, "Source host isolated",
            9, "Network administratively prohibited", 10, "Host administratively prohibited",
            11, "Network unreachable for TOS", 12, "Host unreachable for TOS",
            13, "Communication administratively filtered", 14, "Host precedence violation",
            15, "Precedence cutoff in effect");

    private static final NameTable REDIRECT = NameTable.of(
            0, "Redirect for network", 1, "Redirect for host", 2, "Redirect for TOS and network",
            3, "Redirect for TOS and host");

    private static final NameTable ALTERNATE_HOST = NameTable.of(
            0, "Alternate address for host");

    private static final NameTable ROUTER_ADVERTISEMENT = NameTable.of(
            0, "Normal router advertisement", 16, "Does not route common traffic");

    private static final NameTable TIME_EXCEEDED = NameTable.of(
            0, "Time to live exceeded in transit", 1, "Fragment reassembly time exceeded");

    private static final NameTable PARAMETER_PROBLEM = NameTable.of(
            0, "Pointer indicates the error", 1, "Required option missing", 2, "Bad length");

    private static final NameTable PHOTURIS = NameTable.of(
            0, "Bad SPI", 1, "Authentication Failed", 2, "Decompression Failed", 3, "Decryption Failed",
            4, "Need Authentication", 5, "Need Authorization");

    private static final NameTable EXTENDED_ECHO_REQUEST = NameTable.of(
            0, "No error");

    private static final NameTable EXTENDED_ECHO_REPLY = NameTable.of(
            0, "No error", 1, "Malformed Query", 2, "No Such Interface", 3, "No Such Table Entry",
            4, "Multiple Interfaces Satisfy Query");

    /** The type's name as packet-icmp.c gives it (router advertisements of Mobile IP by code). */
    public static String type(int type, int code) {
        if (type == 9 && (code == 0 || code == 16)) {
            return "Mobile IP Advertisement";
        }
        return TYPES.get(type, "Unknown ICMP (obsolete or malformed?)");
    }

    /** The code's name for types whose codes have names, or null. */
    public static String code(int type, int code) {
        NameTable codes = switch (type) {
            case 3 -> UNREACHABLE;
            case 5 -> REDIRECT;
            case 6 -> ALTERNATE_HOST;
            case 9 -> ROUTER_ADVERTISEMENT;
            case 11 -> TIME_EXCEEDED;
            case 12 -> PARAMETER_PROBLEM;
            case 40 -> PHOTURIS;
            case 42 -> EXTENDED_ECHO_REQUEST;
            case 43 -> EXTENDED_ECHO_REPLY;
            default -> null;
        };
        return codes == null ? null : codes.format(code, "Unknown code: %d");
    }
}
