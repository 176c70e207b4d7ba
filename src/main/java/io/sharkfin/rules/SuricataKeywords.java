package io.sharkfin.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What sharkfin knows of Suricata 7 keywords: the sticky buffers it generates and the payload
 * modifiers each accepts, the app-layer protocol each belongs to, and the other keywords it
 * writes. The generator writes only from these tables and {@link SuricataLint} checks against
 * them, so the two cannot drift apart.
 */
final class SuricataKeywords {
    private SuricataKeywords() {
    }

    /** Which side of a transaction a buffer inspects. */
    enum Side {
        REQUEST, RESPONSE, EITHER
    }

    /**
     * A sticky buffer.
     *
     * @param lowercase Suricata lower-cases the buffer: content must be lower-case, no nocase
     */
    record Buffer(String keyword, String protocol, Side side, boolean lowercase) {
    }

    static final Map<String, Buffer> BUFFERS = Map.ofEntries(
            buffer("http.uri", "http", Side.REQUEST, false),
            buffer("http.method", "http", Side.REQUEST, false),
            buffer("http.host", "http", Side.REQUEST, true),
            buffer("http.user_agent", "http", Side.REQUEST, false),
            buffer("http.cookie", "http", Side.EITHER, false),
            buffer("http.referer", "http", Side.REQUEST, false),
            buffer("http.header", "http", Side.EITHER, false),
            buffer("http.request_body", "http", Side.REQUEST, false),
            buffer("http.stat_code", "http", Side.RESPONSE, false),
            buffer("tls.sni", "tls", Side.REQUEST, false),
            buffer("tls.cert_subject", "tls", Side.RESPONSE, false),
            buffer("tls.cert_issuer", "tls", Side.RESPONSE, false),
            buffer("tls.cert_serial", "tls", Side.RESPONSE, false),
            buffer("ja3.hash", "tls", Side.REQUEST, false),
            buffer("ja3.string", "tls", Side.REQUEST, false),
            buffer("ja3s.hash", "tls", Side.RESPONSE, false),
            buffer("ja3s.string", "tls", Side.RESPONSE, false),
            buffer("ja4.hash", "tls", Side.REQUEST, false),
            buffer("dns.query", "dns", Side.REQUEST, false));

    private static Map.Entry<String, Buffer> buffer(String k, String proto, Side side, boolean lower) {
        return Map.entry(k, new Buffer(k, proto, side, lower));
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
            Map.entry("dns.rcode", "dns"), Map.entry("dns.rrtype", "dns"), Map.entry("detection_filter", ""),
            Map.entry("msg", ""), Map.entry("sid", ""), Map.entry("rev", ""), Map.entry("classtype", ""),
            Map.entry("priority", ""), Map.entry("metadata", ""), Map.entry("reference", ""));

    /** Header protocols sharkfin writes. */
    static final List<String> PROTOCOLS = List.of("ip", "tcp", "udp", "icmp", "dns", "http", "tls");

    /** Classification types of Suricata's default classification.config that sharkfin uses. */
    static final Set<String> CLASSTYPES = Set.of("trojan-activity", "attempted-recon", "policy-violation",
            "misc-activity", "bad-unknown", "network-scan", "not-suspicious");
}
