package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.NameTable;

/**
 * Wireshark's names of ICMPv6 types and, per type, codes (packet-icmpv6.c), for the summary's Info
 * column and the tree's Code item, which both name the code so.
 */
public final class Icmpv6Names {
    private Icmpv6Names() {
    }

    private static final NameTable TYPES = NameTable.of(
            1, "Destination Unreachable", 2, "Packet Too Big", 3, "Time Exceeded", 4, "Parameter Problem",
            100, "Private experimentation", 101, "Private experimentation",
            127, "Reserved for expansion of ICMPv6 error messages", 128, "Echo (ping) request",
            129, "Echo (ping) reply", 130, "Multicast Listener Query", 131, "Multicast Listener Report",
            132, "Multicast Listener Done", 133, "Router Solicitation", 134, "Router Advertisement",
            135, "Neighbor Solicitation", 136, "Neighbor Advertisement", 137, "Redirect",
            138, "Router Renumbering", 139, "Node Information Query", 140, "Node Information Reply",
            141, "Inverse Neighbor Discovery Solicitation", 142, "Inverse Neighbor Discovery Advertisement",
            143, "Multicast Listener Report Message v2", 144, "Home Agent Address Discovery Request",
            145, "Home Agent Address Discovery Reply", 146, "Mobile Prefix Solicitation",
            147, "Mobile Prefix Advertisement", 148, "Certification Path Solicitation",
            149, "Certification Path Advertisement", 150, "Experimental Mobility",
            151, "Multicast Router Advertisement", 152, "Multicast Router Solicitation",
            153, "Multicast Router Termination", 154, "FMIPv6", 155, "RPL Control", 156, "Locator Update",
            157, "Duplicate Address Request", 158, "Duplicate Address Confirmation",
            159, "MPL Control Message", 160, "Extended Echo request", 161, "Extended Echo reply",
            200, "Private experimentation", 201, "Private experimentation",
            255, "Reserved for expansion of ICMPv6 informational messages");

    private static final NameTable UNREACHABLE = NameTable.of(
            0, "no route to destination", 1, "Administratively prohibited",
            2, "Beyond scope of source address", 3, "Address unreachable", 4, "Port unreachable",
            5, "Source address failed ingress/egress policy", 6, "Reject route to destination",
            7, "Error in Source Routing Header");

    private static final NameTable TIME_EXCEEDED = NameTable.of(
            0, "hop limit exceeded in transit", 1, "fragment reassembly time exceeded");

    private static final NameTable PARAMETER_PROBLEM = NameTable.of(
            0, "erroneous header field encountered", 1, "unrecognized Next Header type encountered",
            2, "unrecognized IPv6 option encountered",
            3, "IPv6 First Fragment has incomplete IPv6 Header Chain");

    private static final NameTable ROUTER_RENUMBERING = NameTable.of(
            0, "Command", 1, "Result", 255, "Sequence number reset");

    private static final NameTable NODE_INFORMATION_QUERY = NameTable.of(
            0, "Query subject = IPv6 addresses", 1, "Query subject = DNS name or empty",
            2, "Query subject = IPv4 addresses");

    private static final NameTable NODE_INFORMATION_REPLY = NameTable.of(
            0, "Successful", 1, "Refused", 2, "Unknown query type");

    private static final NameTable RPL_CONTROL = NameTable.of(
            0, "DODAG Information Solicitation", 1, "DODAG Information Object",
            2, "Destination Advertisement Object", 3, "Destination Advertisement Object Acknowledgment",
            128, "Secure DODAG Information Solicitation", 129, "Secure DODAG Information Object",
            130, "Secure Destination Advertisement Object",
            131, "Secure Destination Advertisement Object Acknowledgment", 138, "Consistency Check",
            4, "P2P Discovery Reply Object", 132, "P2P Secure Discovery Reply Object",
            5, "P2P Discovery Reply Object Acknowledgement",
            133, "P2P Secure Discovery Reply Object Acknowledgement");

    private static final NameTable EXTENDED_ECHO_REQUEST = NameTable.of(
            0, "No error");

    private static final NameTable EXTENDED_ECHO_REPLY = NameTable.of(
            0, "No error", 1, "Malformed Query", 2, "No Such Interface", 3, "No Such Table Entry",
            4, "Multiple Interfaces Satisfy Query");

    /** The type's name, or {@code Unknown (N)}. */
    public static String type(int type) {
        return TYPES.format(type, "Unknown (%d)");
    }

    /** The code's name for types whose codes have names ({@code Unknown} or {@code Unknown (N)} if not its own), or null. */
    public static String code(int type, int code) {
        return switch (type) {
            case 1 -> UNREACHABLE.get(code, "Unknown");
            case 3 -> TIME_EXCEEDED.format(code, "Unknown (%d)");
            case 4 -> PARAMETER_PROBLEM.format(code, "Unknown (%d)");
            case 138 -> ROUTER_RENUMBERING.format(code, "Unknown (%d)");
            case 139 -> NODE_INFORMATION_QUERY.format(code, "Unknown (%d)");
            case 140 -> NODE_INFORMATION_REPLY.format(code, "Unknown (%d)");
            case 155 -> RPL_CONTROL.format(code, "Unknown (%d)");
            case 160 -> EXTENDED_ECHO_REQUEST.format(code, "Unknown (%d)");
            case 161 -> EXTENDED_ECHO_REPLY.format(code, "Unknown (%d)");
            default -> null;
        };
    }
}
