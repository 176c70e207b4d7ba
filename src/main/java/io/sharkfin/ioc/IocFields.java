package io.sharkfin.ioc;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields the IOC analysis reads, resolved once against a {@link FieldRegistry}. A session is
 * primed with exactly these (plus the scope filter's); a field this build does not dissect has
 * id -1, never occurs in a packet, and is listed by {@link #missing()} so the report can say
 * which parts of the analysis had no data.
 *
 * <p>HTTP and TLS names are Wireshark's ({@code http.*}, {@code tls.handshake.*}); the
 * certificate fields {@code tls.cert.*} are sharkfin's own (see {@code sharkfin fields tls.cert}).
 */
public final class IocFields {

    public final int ipSrc;
    public final int ipDst;
    public final int ipv6Src;
    public final int ipv6Dst;
    public final int tcpSrcPort;
    public final int tcpDstPort;
    public final int tcpStream;
    public final int tcpFlags;
    public final int udpSrcPort;
    public final int udpDstPort;
    public final int udpStream;

    public final int dnsResponse;
    public final int dnsRcode;
    public final int dnsQryName;
    public final int dnsQryType;
    public final int dnsA;
    public final int dnsAaaa;

    public final int httpMethod;
    public final int httpUri;
    public final int httpHost;
    public final int httpUserAgent;
    public final int httpAcceptLanguage;
    public final int httpCookie;
    public final int httpResponseCode;

    public final int tlsHandshakeType;
    public final int tlsSni;
    public final int tlsJa3;
    public final int tlsJa3s;
    public final int tlsJa4;
    public final int certSubject;
    public final int certIssuer;
    public final int certSubjectCn;
    public final int certNotBefore;
    public final int certNotAfter;
    public final int certSelfSigned;
    public final int certSan;

    private final BitSet ids = new BitSet();
    private final List<String> missing = new ArrayList<>();
    private final FieldRegistry registry;
    private final Map<String, FieldDef> dissected = new HashMap<>();

    public IocFields(FieldRegistry registry) {
        this.registry = registry;
        // only the dissected fields matter: looking a name up in the registry would load
        // Wireshark's whole field catalogue (tens of megabytes) to learn it is not dissected
        for (FieldDef d : registry.dissected()) {
            dissected.put(d.name(), d);
        }
        ipSrc = id("ip.src");
        ipDst = id("ip.dst");
        ipv6Src = id("ipv6.src");
        ipv6Dst = id("ipv6.dst");
        tcpSrcPort = id("tcp.srcport");
        tcpDstPort = id("tcp.dstport");
        tcpStream = id("tcp.stream");
        tcpFlags = id("tcp.flags");
        udpSrcPort = id("udp.srcport");
        udpDstPort = id("udp.dstport");
        udpStream = id("udp.stream");
        dnsResponse = id("dns.flags.response");
        dnsRcode = id("dns.flags.rcode");
        dnsQryName = id("dns.qry.name");
        dnsQryType = id("dns.qry.type");
        dnsA = id("dns.a");
        dnsAaaa = id("dns.aaaa");
        httpMethod = id("http.request.method");
        httpUri = id("http.request.uri");
        httpHost = id("http.host");
        httpUserAgent = id("http.user_agent");
        httpAcceptLanguage = id("http.accept_language");
        httpCookie = id("http.cookie");
        httpResponseCode = id("http.response.code");
        tlsHandshakeType = id("tls.handshake.type");
        tlsSni = id("tls.handshake.extensions_server_name");
        tlsJa3 = id("tls.handshake.ja3");
        tlsJa3s = id("tls.handshake.ja3s");
        tlsJa4 = id("tls.handshake.ja4");
        certSubject = id("tls.cert.subject");
        certIssuer = id("tls.cert.issuer");
        certSubjectCn = id("tls.cert.subject.cn");
        certNotBefore = id("tls.cert.not_before");
        certNotAfter = id("tls.cert.not_after");
        certSelfSigned = id("tls.cert.self_signed");
        certSan = id("tls.cert.san");
    }

    /** The fields resolved against the standard registry. */
    public static IocFields standard() {
        return new IocFields(FieldRegistry.standard());
    }

    private int id(String name) {
        FieldDef d = dissected.get(name);
        if (d == null) {
            missing.add(name);
            return -1;
        }
        ids.set(d.id());
        return d.id();
    }

    /** The definition of a resolved field (its type decides how values are read). */
    public FieldDef def(int id) {
        return registry.byId(id);
    }

    /** Ids of every field the analysis reads (a copy), to prime a session. */
    public BitSet ids() {
        return (BitSet) ids.clone();
    }

    /** Names of the fields the analysis reads that this build dissects. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            out.add(registry.byId(id).name());
        }
        return out;
    }

    /** Names the analysis would read that this build does not dissect. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    /** Whether HTTP request fields are available. */
    public boolean hasHttp() {
        return httpMethod >= 0;
    }

    /** Whether TLS handshake fields are available. */
    public boolean hasTls() {
        return tlsHandshakeType >= 0;
    }
}
