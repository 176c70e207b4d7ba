package io.sharkfin.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What sharkfin knows of Suricata 7 keywords: the sticky buffers it generates and the payload
 * modifiers each accepts, the app-layer protocol each belongs to, and the other keywords it
 * writes. The generator writes only from these tables and {@link SuricataLint} checks against
 * them, so the two cannot drift apart.
 *
 * <p>Checked against the Suricata 7.0 user guide (docs.suricata.io, suricata-7.0.12): its DNS
 * keywords are {@code dns.opcode} and {@code dns.query} only ({@code dns.rcode},
 * {@code dns.rrtype}, {@code dns.query.name} and {@code dns.answer.name} came with 8.0);
 * {@code ja3.hash}, {@code ja3s.hash} and {@code tls.cert_serial} exist since 6.0;
 * {@code ja4.hash} was backported to 7.0.6 and needs a build with JA4 support. Its SSH
 * keywords: {@code ssh.proto} and {@code ssh.software} (each side's identification line, split),
 * {@code ssh.hassh}, {@code ssh.hassh.string}, {@code ssh.hassh.server} and
 * {@code ssh.hassh.server.string} (with {@code app-layer.protocols.ssh.hassh} enabled). Its SMB
 * keywords: {@code smb.share} and {@code smb.named_pipe} (the TREE_CONNECT's path),
 * {@code smb.ntlmssp_user} and {@code smb.ntlmssp_domain} (the session setup's NTLMSSP), and the
 * file keywords ({@code file.name}) over SMB; its Kerberos keywords {@code krb5_msg_type},
 * {@code krb5_cname}, {@code krb5_sname} and {@code krb5_err_code}.
 */
final class SuricataKeywords {
    private SuricataKeywords() {
    }

    /** Which side of a transaction a buffer inspects. */
    enum Side {
        REQUEST, RESPONSE, EITHER
    }

    /** How Suricata writes a buffer's text, which its content must follow. */
    enum Case {
        /** As sent on the wire. */
        AS_SENT,
        /** Lower-cased by Suricata: content must be lower-case, no {@code nocase}. */
        LOWER,
        /** Upper-case hex pairs joined by ':' (certificate serials): content must be upper-case. */
        UPPER
    }

    /** A sticky buffer. */
    record Buffer(String keyword, String protocol, Side side, Case letters) {
        boolean lowercase() {
            return letters == Case.LOWER;
        }
    }

    static final Map<String, Buffer> BUFFERS = Map.ofEntries(
            buffer("http.uri", "http", Side.REQUEST, Case.AS_SENT),
            buffer("http.method", "http", Side.REQUEST, Case.AS_SENT),
            buffer("http.host", "http", Side.REQUEST, Case.LOWER),
            buffer("http.user_agent", "http", Side.REQUEST, Case.AS_SENT),
            buffer("http.cookie", "http", Side.EITHER, Case.AS_SENT),
            buffer("http.content_type", "http", Side.EITHER, Case.AS_SENT),
            buffer("http.referer", "http", Side.REQUEST, Case.AS_SENT),
            buffer("http.header", "http", Side.EITHER, Case.AS_SENT),
            buffer("http.request_body", "http", Side.REQUEST, Case.AS_SENT),
            buffer("http.response_body", "http", Side.RESPONSE, Case.AS_SENT),
            buffer("http.stat_code", "http", Side.RESPONSE, Case.AS_SENT),
            buffer("tls.sni", "tls", Side.REQUEST, Case.AS_SENT),
            buffer("tls.cert_subject", "tls", Side.RESPONSE, Case.AS_SENT),
            buffer("tls.cert_issuer", "tls", Side.RESPONSE, Case.AS_SENT),
            buffer("tls.cert_serial", "tls", Side.RESPONSE, Case.UPPER),
            buffer("ja3.hash", "tls", Side.REQUEST, Case.AS_SENT),
            buffer("ja3.string", "tls", Side.REQUEST, Case.AS_SENT),
            buffer("ja3s.hash", "tls", Side.RESPONSE, Case.AS_SENT),
            buffer("ja3s.string", "tls", Side.RESPONSE, Case.AS_SENT),
            buffer("ja4.hash", "tls", Side.REQUEST, Case.AS_SENT),
            buffer("dns.query", "dns", Side.REQUEST, Case.AS_SENT),
            buffer("ssh.proto", "ssh", Side.EITHER, Case.AS_SENT),
            buffer("ssh.software", "ssh", Side.EITHER, Case.AS_SENT),
            buffer("ssh.hassh", "ssh", Side.REQUEST, Case.AS_SENT),
            buffer("ssh.hassh.string", "ssh", Side.REQUEST, Case.AS_SENT),
            buffer("ssh.hassh.server", "ssh", Side.RESPONSE, Case.AS_SENT),
            buffer("ssh.hassh.server.string", "ssh", Side.RESPONSE, Case.AS_SENT),
            buffer("smb.share", "smb", Side.REQUEST, Case.AS_SENT),
            buffer("smb.ntlmssp_user", "smb", Side.REQUEST, Case.AS_SENT),
            buffer("smb.ntlmssp_domain", "smb", Side.REQUEST, Case.AS_SENT),
            buffer("file.name", "smb", Side.EITHER, Case.AS_SENT),
            buffer("krb5_cname", "krb5", Side.EITHER, Case.AS_SENT),
            buffer("krb5_sname", "krb5", Side.EITHER, Case.AS_SENT));

    private static Map.Entry<String, Buffer> buffer(String k, String proto, Side side, Case letters) {
        return Map.entry(k, new Buffer(k, proto, side, letters));
    }

    /** Modifiers of a content match. */
    static final Set<String> CONTENT_MODIFIERS = Set.of("nocase", "startswith", "endswith", "depth", "offset",
            "distance", "within", "fast_pattern");

    /** Keywords that inspect the current sticky buffer. */
    static final Set<String> BUFFER_MATCHES = Set.of("content", "pcre", "bsize");

    /** Integer and header keywords, with the protocol they need (null: any). */
    static final Map<String, String> OTHER_KEYWORDS = Map.ofEntries(
            Map.entry("flow", ""), Map.entry("flags", "tcp"), Map.entry("ttl", ""), Map.entry("itype", "icmp"),
            Map.entry("icode", "icmp"), Map.entry("fragbits", ""), Map.entry("fragoffset", ""),
            Map.entry("byte_test", ""), Map.entry("app-layer-protocol", ""), Map.entry("detection_filter", ""),
            Map.entry("msg", ""), Map.entry("sid", ""), Map.entry("rev", ""), Map.entry("classtype", ""),
            Map.entry("priority", ""), Map.entry("metadata", ""), Map.entry("reference", ""),
            Map.entry("krb5_msg_type", "krb5"), Map.entry("krb5_err_code", "krb5"));

    /** Keywords of Suricata 8 that Suricata 7 refuses, with what sharkfin writes for 7 instead. */
    static final Map<String, String> SURICATA_8_ONLY = Map.of(
            "dns.rcode", "byte_test on the DNS header of UDP messages",
            "dns.rrtype", "a pcre over the question of UDP messages",
            "dns.query.name", "dns.query (requests only)",
            "dns.answer.name", "nothing");

    /**
     * Header protocols sharkfin writes. Suricata's {@code icmp} is ICMPv4 and ICMPv6 alike;
     * {@code icmpv4} and {@code icmpv6} are one version each (detect-engine-proto.c,
     * DetectProtoParse, in Suricata 7), which Wireshark's icmp and icmpv6 fields are.
     */
    static final List<String> PROTOCOLS = List.of("ip", "tcp", "udp", "icmp", "icmpv4", "icmpv6", "dns", "http", "tls",
            "ssh", "smb", "krb5");

    /** Whether a keyword that needs protocol {@code needs} ("" for any) may be used in a rule of {@code proto}. */
    static boolean protocolFits(String needs, String proto) {
        return needs.isEmpty() || needs.equals(proto) || (needs.equals("icmp") && proto.startsWith("icmp"));
    }

    /** Classification types of Suricata's default classification.config that sharkfin uses. */
    static final Set<String> CLASSTYPES = Set.of("trojan-activity", "attempted-recon", "policy-violation",
            "misc-activity", "bad-unknown", "network-scan", "not-suspicious");
}
