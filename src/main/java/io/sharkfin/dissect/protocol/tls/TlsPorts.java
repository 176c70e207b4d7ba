package io.sharkfin.dissect.protocol.tls;

import java.util.Map;

/**
 * Where TLS is expected and what it carries, as Wireshark 4.0 registers it: the TCP ports handed
 * to TLS, the "tls.port" table (the protocol carried on a port, shown as {@code tls.app_data_proto}),
 * the ALPN names, and the ports of protocols that switch to TLS with STARTTLS.
 */
final class TlsPorts {
    private TlsPorts() {
    }

    /** TCP ports Wireshark 4.0 gives to TLS ({@code tshark -G decodes}, tcp.port → tls). */
    static final int[] TCP_PORTS = {324, 443, 465, 636, 802, 853, 993, 995, 1300, 2221, 2443, 3249,
            3250, 3251, 3252, 3496, 5061, 5671, 5684, 5868, 8883, 11207, 19999, 27017};

    private static final Map<Integer, String> TLS_PORT = Map.ofEntries(
            Map.entry(324, "RPKI-Router Protocol"), Map.entry(443, "Hypertext Transfer Protocol"),
            Map.entry(465, "Simple Mail Transfer Protocol"), Map.entry(636, "Lightweight Directory Access Protocol"),
            Map.entry(802, "Modbus/TCP"), Map.entry(853, "Domain Name System"),
            Map.entry(993, "Internet Message Access Protocol"), Map.entry(995, "Post Office Protocol"),
            Map.entry(1300, "Q.931"), Map.entry(2221, "EtherNet/IP (Industrial Protocol)"),
            Map.entry(2443, "Skinny Client Control Protocol"),
            Map.entry(3249, "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header"),
            Map.entry(3250, "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header"),
            Map.entry(3251, "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header"),
            Map.entry(3252, "Intel Omni-Path FE Header - Omni-Path Fabric Executive Header"),
            Map.entry(3389, "TPKT - ISO on TCP - RFC1006"), Map.entry(3496, "DoIP (ISO13400) Protocol"),
            Map.entry(5061, "Session Initiation Protocol"), Map.entry(5671, "Advanced Message Queuing Protocol"),
            Map.entry(5684, "Constrained Application Protocol"), Map.entry(5868, "Diameter Protocol"),
            Map.entry(8883, "MQ Telemetry Transport Protocol"), Map.entry(11207, "Couchbase Protocol"),
            Map.entry(19999, "Distributed Network Protocol 3.0"), Map.entry(27017, "Mongo Wire Protocol"));

    /** ALPN protocol names with a Wireshark dissector ("tls.alpn" table). */
    private static final Map<String, String> ALPN = Map.of(
            "http/1.1", "Hypertext Transfer Protocol", "h2", "HyperText Transfer Protocol 2",
            "dot", "Domain Name System", "coap", "Constrained Application Protocol",
            "stun.turn", "TURN Channel", "stun.nat-discovery", "Session Traversal Utilities for NAT");

    /**
     * Server ports of protocols whose Wireshark dissectors hand their connection to TLS after a
     * STARTTLS exchange ({@code ssl_starttls_ack}): sharkfin does not dissect these protocols, so a
     * TLS conversation found by the heuristic on such a port is taken to be that protocol's.
     * (MySQL, which sharkfin frames on 3306, switches itself: {@link TlsDissector#startTls}.)
     */
    private static final Map<Integer, String> STARTTLS = Map.of(
            21, "File Transfer Protocol (FTP)", 25, "Simple Mail Transfer Protocol",
            587, "Simple Mail Transfer Protocol", 143, "Internet Message Access Protocol",
            110, "Post Office Protocol", 5222, "XMPP Protocol", 389, "Lightweight Directory Access Protocol",
            5432, "PostgreSQL");

    /**
     * Whether Wireshark 4.0 gives a TCP port to a dissector sharkfin lacks that takes any payload
     * (AJP13 on 8009 reassembles whatever comes), so that Wireshark never tries heuristics there.
     */
    static boolean takenByOthers(int port) {
        return port == 8009;
    }

    /** The protocol Wireshark's "tls.port" table gives a port, or null. */
    static String appProtocol(int port) {
        return TLS_PORT.get(port);
    }

    /** The protocol an ALPN name selects, or null (prefix rules: "spdy/", "h2-"). */
    static String alpnProtocol(String name) {
        String p = ALPN.get(name);
        if (p != null) {
            return p;
        }
        if (name.startsWith("spdy/")) {
            return "SPDY";
        }
        if (name.startsWith("h2-")) {
            return "HyperText Transfer Protocol 2";
        }
        return null;
    }

    /** The STARTTLS protocol of a server port, or null. */
    static String starttlsProtocol(int port) {
        return STARTTLS.get(port);
    }
}
