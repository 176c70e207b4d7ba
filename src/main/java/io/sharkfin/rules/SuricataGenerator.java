package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.runtime.ByteRegex;
import io.sharkfin.filter.value.FValue;
import io.sharkfin.pack.Threshold;
import io.sharkfin.rules.SuricataKeywords.Buffer;
import io.sharkfin.rules.SuricataKeywords.Side;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a checked filter into Suricata 7 rules: addresses and ports into the header, HTTP,
 * TLS, DNS and SSH fields into sticky buffers with content/pcre/bsize, integer fields into their
 * keywords. An {@code or} becomes one rule per alternative (the filter's disjunctive normal
 * form); a literal Suricata cannot express is left out of its rule and reported (the rule is
 * then wider), and an alternative left with nothing to match on (a protocol or a side alone is
 * nothing) is left out (narrower).
 */
public final class SuricataGenerator {

    /**
     * Wireshark field → sticky buffer. x509 RDN values go to two buffers (subject, issuer), an
     * HTTP body to the request's or the response's, SSH's key exchange list to the client's or
     * the server's HASSH string ({@link HasshLists}).
     */
    private static final Map<String, List<String>> DIRECT_BUFFERS = Map.ofEntries(
            Map.entry("http.user_agent", List.of("http.user_agent")),
            Map.entry("http.request.uri", List.of("http.uri")),
            Map.entry("http.request.uri.path", List.of("http.uri")),
            Map.entry("http.request.uri.query", List.of("http.uri")),
            Map.entry("http.host", List.of("http.host")),
            Map.entry("http.request.method", List.of("http.method")),
            Map.entry("http.cookie", List.of("http.cookie")),
            Map.entry("http.referer", List.of("http.referer")),
            // the Content-Type header's value, of a request or a response
            Map.entry("http.content_type", List.of("http.content_type")),
            Map.entry("http.response.code", List.of("http.stat_code")),
            // the de-chunked body, sent by either side
            Map.entry("http.file_data", List.of("http.request_body", "http.response_body")),
            Map.entry("tls.handshake.extensions_server_name", List.of("tls.sni")),
            Map.entry("tls.handshake.ja3", List.of("ja3.hash")),
            Map.entry("tls.handshake.ja3_full", List.of("ja3.string")),
            Map.entry("tls.handshake.ja3s", List.of("ja3s.hash")),
            Map.entry("tls.handshake.ja3s_full", List.of("ja3s.string")),
            Map.entry("tls.handshake.ja4", List.of("ja4.hash")),
            Map.entry("x509sat.printableString", List.of("tls.cert_subject", "tls.cert_issuer")),
            Map.entry("x509sat.uTF8String", List.of("tls.cert_subject", "tls.cert_issuer")),
            Map.entry("x509sat.teletexString", List.of("tls.cert_subject", "tls.cert_issuer")),
            Map.entry("x509sat.IA5String", List.of("tls.cert_subject", "tls.cert_issuer")),
            Map.entry("x509af.serialNumber", List.of("tls.cert_serial")),
            Map.entry("dns.qry.name", List.of("dns.query")),
            Map.entry("ssh.kex.hassh", List.of("ssh.hassh")),
            Map.entry("ssh.kex.hassh_algorithms", List.of("ssh.hassh.string")),
            Map.entry("ssh.kex.hasshserver", List.of("ssh.hassh.server")),
            Map.entry("ssh.kex.hasshserver_algorithms", List.of("ssh.hassh.server.string")),
            Map.entry("smb2.tree", List.of("smb.share")),
            // files opened, created or listed by name: Suricata's file tracking sees those it transfers
            Map.entry("smb2.filename", List.of("file.name")),
            // NTLMSSP of SMB session setups (not of HTTP's headers)
            Map.entry("ntlmssp.auth.username", List.of("smb.ntlmssp_user")),
            Map.entry("ntlmssp.auth.domain", List.of("smb.ntlmssp_domain")),
            Map.entry("kerberos.CNameString", List.of("krb5_cname")),
            Map.entry("kerberos.SNameString", List.of("krb5_sname")));

    private static final Map<String, List<String>> FIELD_BUFFERS = fieldBuffers();

    private static Map<String, List<String>> fieldBuffers() {
        Map<String, List<String>> m = new HashMap<>(HasshLists.buffers());
        m.putAll(DIRECT_BUFFERS);
        return Map.copyOf(m);
    }

    /** Header names present as an HTTP header: existence → a match in http.header. */
    private static final Map<String, String> HEADER_NAMES = Map.of(
            "http.authorization", "Authorization",
            "http.proxy_authorization", "Proxy-Authorization",
            "http.cookie", "Cookie",
            "http.referer", "Referer",
            "http.user_agent", "User-Agent");

    private SuricataGenerator() {
    }

    /** The rules for a source, with the loss report. */
    public static GeneratedRule generate(RuleSource source) {
        List<Loss> losses = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        if (source.filter().root() == null) {
            return new GeneratedRule(GeneratedRule.Target.SURICATA, source.qualifiedId(), "",
                    List.of(Loss.wider("the filter is empty: it matches everything")));
        }
        List<List<Literal>> dnf = NormalForms.dnf(source.filter().root());
        if (dnf == null) {
            return new GeneratedRule(GeneratedRule.Target.SURICATA, source.qualifiedId(), "",
                    List.of(Loss.narrower("more than " + NormalForms.MAX_CONJUNCTIONS
                            + " alternatives: too many rules to generate")));
        }
        if (dnf.size() > 1) {
            losses.add(Loss.note("the filter's " + dnf.size() + " alternatives (or) became separate rules; "
                    + "a packet matching several raises several alerts"));
        }
        for (List<Literal> conjunction : dnf) {
            for (List<Literal> variant : expandAlternatives(conjunction)) {
                SuricataDraft d = new SuricataDraft();
                for (Literal l : variant) {
                    literal(d, l, conjunction);
                }
                if (d.sideConflict && variant != conjunction) {
                    // a buffer of the other side (a response body for a request): this choice can
                    // never match where the rest of the conjunction does, another choice covers it
                    continue;
                }
                if (!d.settleHeader()) {
                    losses.add(Loss.note("left out the alternative \"" + describe(variant)
                            + "\": no address or no port meets all its conditions, so it matches no packet"));
                    continue;
                }
                // a protocol or a direction alone, once every field test is left out, would alert on
                // all of that protocol's traffic: such an alternative is left out instead
                if (d.expressed == 0 && !(d.dropped == 0 || (source.threshold() != null && d.appProto != null))) {
                    List<String> why = d.losses.stream().filter(l -> l.effect() == Loss.Effect.WIDER)
                            .map(l -> l.what().replaceFirst("^left out ", "")).toList();
                    losses.add(Loss.narrower("left out the alternative \"" + describe(variant)
                            + "\": nothing of it can be matched by Suricata (" + String.join("; ", why) + ")"));
                    continue;
                }
                losses.addAll(d.losses);
                if (rules.size() >= io.sharkfin.pack.PackLoader.SIDS_PER_RULE) {
                    losses.add(Loss.narrower("more alternatives than the rule's " + io.sharkfin.pack.PackLoader.SIDS_PER_RULE
                            + " sids; the rest are left out"));
                    break;
                }
                String body = render(d, source, 0, new ArrayList<>());
                if (bodies.contains(body)) {
                    continue; // two alternatives that Suricata cannot tell apart (printable vs UTF-8 names)
                }
                bodies.add(body);
                rules.add(render(d, source, source.sid() + rules.size(), losses));
            }
        }
        if (source.threshold() != null && rules.size() > 1) {
            losses.add(Loss.narrower("each of the " + rules.size() + " rules counts its own matches toward the"
                    + " threshold, the pack counts them together"));
        }
        return new GeneratedRule(GeneratedRule.Target.SURICATA, source.qualifiedId(), String.join("\n", rules), losses);
    }

    private static String describe(List<Literal> c) {
        List<String> parts = new ArrayList<>();
        for (Literal l : c) {
            parts.add((l.negated() ? "!" : "") + Atom.describe(l.atom()));
        }
        return String.join(" && ", parts);
    }

    /**
     * A literal that needs one of several buffers (a certificate name: subject or issuer) makes
     * one variant of the conjunction per buffer when positive; negated, all buffers must fail,
     * which one rule can say.
     */
    private static List<List<Literal>> expandAlternatives(List<Literal> conjunction) {
        List<List<Literal>> out = new ArrayList<>();
        out.add(conjunction);
        for (int i = 0; i < conjunction.size(); i++) {
            Literal l = conjunction.get(i);
            Atom a = Atom.of(l.atom());
            List<String> bufs = a.name() == null ? null : FIELD_BUFFERS.get(a.name());
            if (l.negated() || bufs == null || bufs.size() < 2) {
                continue;
            }
            List<List<Literal>> next = new ArrayList<>();
            for (List<Literal> v : out) {
                for (int k = 0; k < bufs.size(); k++) {
                    List<Literal> copy = new ArrayList<>(v);
                    copy.set(i, new BufferChoice(l, k).asLiteral());
                    next.add(copy);
                }
            }
            out = next;
        }
        return out;
    }

    /** A literal pinned to the k-th of its field's buffers (carried in a marker test). */
    private record BufferChoice(Literal literal, int index) {
        Literal asLiteral() {
            return new Literal(new Typed.And(literal.atom(), new Typed.Fixed(index == 0)), literal.negated());
        }
    }

    // ------------------------------------------------------------------ literals

    private static void literal(SuricataDraft d, Literal lit, List<Literal> conjunction) {
        Typed.Test t = lit.atom();
        int bufferIndex = -1;
        if (t instanceof Typed.And pinned && pinned.right() instanceof Typed.Fixed f) {
            t = pinned.left();
            bufferIndex = f.value() ? 0 : 1;
        }
        Atom a = Atom.of(t);
        boolean neg = lit.negated();
        String what = (neg ? "!" : "") + a.text();
        if (a.kind() == Atom.Kind.FIXED || a.kind() == Atom.Kind.OTHER) {
            drop(d, what, "not a field test sharkfin translates", neg);
            return;
        }
        String name = a.name();
        if (a.field().isProtocol()) {
            protocolLiteral(d, a, neg, what);
            return;
        }
        impliedProtocol(d, name);
        if (name.equals("dns.qry.name") && DnsPayload.aboutResponses(conjunction)) {
            DnsPayload.questionName(d, a, neg, what);
            return;
        }
        if (FIELD_BUFFERS.containsKey(name)) {
            List<String> bufs = FIELD_BUFFERS.get(name);
            Buffer b = SuricataKeywords.BUFFERS.get(bufs.get(bufferIndex < 0 ? 0 : bufferIndex));
            if (HasshLists.holds(name)) {
                HasshLists.literal(d, b, a, neg, what);
            } else {
                bufferLiteral(d, b, a, neg, what, conjunction);
            }
            return;
        }
        if (!neg && a.kind() == Atom.Kind.EXISTS && HEADER_NAMES.containsKey(name)) {
            d.match(SuricataKeywords.BUFFERS.get("http.header"),
                    "http.header; content:\"" + SuricataText.content(HEADER_NAMES.get(name) + ": ") + "\"; nocase;");
            d.losses.add(Loss.wider(what + " → http.header content \"" + HEADER_NAMES.get(name)
                    + ": \" (also found inside a longer header name)"));
            return;
        }
        if (name.equals("urlencoded-form.key") && a.kind() == Atom.Kind.MATCHES && !neg) {
            formKey(d, a, what);
            return;
        }
        switch (name) {
            case "ip.src", "ipv6.src" -> address(d, a, neg, what, true, conjunction);
            case "ip.dst", "ipv6.dst" -> address(d, a, neg, what, false, conjunction);
            case "ip.addr", "ipv6.addr" -> eitherAddress(d, a, neg, what, conjunction);
            case "tcp.srcport", "udp.srcport" -> port(d, a, neg, what, true, conjunction);
            case "tcp.dstport", "udp.dstport" -> port(d, a, neg, what, false, conjunction);
            case "tcp.port", "udp.port" -> eitherPort(d, a, neg, what, conjunction);
            case "tcp.flags.syn", "tcp.flags.ack", "tcp.flags.reset", "tcp.flags.fin", "tcp.flags.push",
                 "tcp.flags.urg", "tcp.flags.cwr", "tcp.flags.ecn" -> tcpFlag(d, a, neg, what);
            case "dns.flags.rcode" -> DnsPayload.rcode(d, a, neg, what);
            case "dns.qry.type" -> DnsPayload.questionType(d, a, neg, what);
            case "ip.ttl" -> integer(d, a, neg, what, "ttl", 0, 255);
            case "icmp.type", "icmpv6.type" -> integer(d, a, neg, what, "itype", 0, 255);
            case "icmp.code", "icmpv6.code" -> integer(d, a, neg, what, "icode", 0, 255);
            case "kerberos.msg_type" -> integer(d, a, neg, what, "krb5_msg_type", 0, 255);
            case "kerberos.error_code" -> integer(d, a, neg, what, "krb5_err_code", 0, 255);
            case "dns.flags.response", "ssh.direction" -> direction(d, a, neg, what);
            case "ssh.protocol" -> SshBanner.literal(d, a, neg, what, positiveTestOf(name, conjunction));
            case "ip.flags.mf" -> bitKeyword(d, a, neg, what, "fragbits:M+;", "fragbits:!M;");
            case "ip.frag_offset" -> fragOffset(d, a, neg, what);
            case "http.request" -> impliedBy(d, a, neg, what, Side.REQUEST);
            case "http.response" -> impliedBy(d, a, neg, what, Side.RESPONSE);
            default -> drop(d, what, "no Suricata 7 keyword for " + name, neg);
        }
    }

    /** A literal Suricata cannot express: left out, which widens the rule. */
    static void drop(SuricataDraft d, String what, String why, boolean negated) {
        d.dropped++;
        d.losses.add(Loss.wider("left out " + what + " (" + why + ")"));
    }

    private static void impliedProtocol(SuricataDraft d, String field) {
        String proto = field.startsWith("http.") || field.startsWith("urlencoded-form.") ? "http"
                : field.startsWith("tls.") || field.startsWith("x509") ? "tls"
                : field.startsWith("dns.") ? "dns"
                : field.startsWith("ssh.") ? "ssh"
                : field.startsWith("smb2.") || field.startsWith("ntlmssp.") ? "smb"
                : field.startsWith("kerberos.") ? "krb5"
                : field.startsWith("tcp.") ? "tcp" : field.startsWith("udp.") ? "udp"
                : field.startsWith("icmpv6") ? "icmpv6" : field.startsWith("icmp") ? "icmpv4" : null;
        if (proto != null && !d.protocol(proto)) {
            d.losses.add(Loss.note(field + " needs protocol " + proto + ", the rule already has "
                    + d.headerProtocol()));
        }
    }

    private static void protocolLiteral(SuricataDraft d, Atom a, boolean neg, String what) {
        String p = a.name();
        String proto = switch (p) {
            case "ipv6" -> "ip";
            // Wireshark's icmp is ICMPv4 only; Suricata's header protocol icmp is both versions
            case "icmp" -> "icmpv4";
            case "x509af", "x509sat", "x509ce", "x509if" -> "tls";
            default -> SuricataKeywords.PROTOCOLS.contains(p) ? p : null;
        };
        if (neg || proto == null || a.kind() != Atom.Kind.EXISTS) {
            drop(d, what, "Suricata selects a protocol in the header, it cannot exclude one", neg);
            return;
        }
        if (!d.protocol(proto)) {
            drop(d, what, "conflicts with protocol " + d.headerProtocol(), false);
            return;
        }
        d.context++;
        if (p.equals("ipv6")) {
            d.losses.add(Loss.wider(what + " → " + proto + " (IPv4 and IPv6 alike)"));
        }
    }

    private static void impliedBy(SuricataDraft d, Atom a, boolean neg, String what, Side side) {
        if (neg || a.kind() != Atom.Kind.EXISTS) {
            drop(d, what, "an HTTP rule inspects transactions", neg);
            return;
        }
        d.side(side);
        d.context++;
    }

    // ------------------------------------------------------------------ buffers

    private static void bufferLiteral(SuricataDraft d, Buffer b, Atom a, boolean neg, String what,
                                      List<Literal> conjunction) {
        String kw = b.keyword();
        if (kw.equals("dns.query") && !requestsOnly(conjunction)) {
            d.losses.add(Loss.narrower("dns.query inspects queries only; " + a.name()
                    + " in responses is not matched"));
        }
        if (kw.equals("http.uri") && !a.name().equals("http.request.uri")) {
            d.losses.add(Loss.wider(a.name() + " → http.uri (the whole normalised URI; ^ and $ anchor at its ends)"));
        } else if (kw.equals("http.uri")) {
            d.losses.add(Loss.note("http.uri is normalised (// and %-encoding); http.uri.raw holds the request as sent"));
        }
        if (kw.startsWith("tls.cert_")) {
            d.losses.add(Loss.narrower(a.name() + " → " + kw + ": the server certificate only, not the rest of the chain"));
        }
        if (kw.equals("file.name")) {
            d.losses.add(Loss.narrower(a.name() + " → file.name: the files Suricata tracks as SMB reads and writes them, "
                    + "not names that are only opened or listed"));
        }
        if (kw.startsWith("smb.ntlmssp_")) {
            d.losses.add(Loss.narrower(a.name() + " → " + kw + ": NTLMSSP in SMB session setups, not in HTTP's headers"));
            if (!neg && a.kind() == Atom.Kind.COMPARE && a.op() == Typed.Op.EQ && a.function() == null
                    && Atom.text(a.values().getFirst()).equals("NULL")) {
                // Wireshark writes an empty name as NULL; Suricata's buffer is empty
                d.match(b, kw + "; bsize:0;");
                return;
            }
        }
        if (a.kind() == Atom.Kind.EXISTS && !neg && otherTestOf(a.name(), conjunction)) {
            d.expressed++;
            return; // another test of the same buffer needs it present anyway
        }
        if (kw.startsWith("ja3")) {
            d.losses.add(Loss.note(kw + " needs JA3 computation enabled in suricata.yaml (app-layer.protocols.tls.ja3-fingerprints)"));
        } else if (kw.startsWith("ssh.hassh")) {
            d.losses.add(HasshLists.needsHassh(kw));
        } else if (kw.startsWith("ja4")) {
            d.losses.add(Loss.note(kw + " needs Suricata 7.0.6 or later built with JA4 support, and JA4 enabled in suricata.yaml"
                    + " (app-layer.protocols.tls.ja4-fingerprints)"));
        }
        List<String> values = a.values().stream().map(Atom::text).toList();
        if (b.lowercase()) {
            values = values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
            if (!values.equals(a.values().stream().map(Atom::text).toList())) {
                d.losses.add(Loss.wider(kw + " is lower-cased by Suricata: the value was lower-cased"));
            }
        } else if (b.letters() == SuricataKeywords.Case.UPPER) {
            values = values.stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList();
            d.losses.add(Loss.note(a.name() + " → " + kw + ", written as Suricata prints serials: upper-case hex pairs joined by ':'"));
        }
        boolean rdn = kw.equals("tls.cert_subject") || kw.equals("tls.cert_issuer");
        String body = switch (a.kind()) {
            case EXISTS -> neg ? null : "bsize:>0;";
            case CONTAINS -> (neg ? "content:!\"" : "content:\"") + SuricataText.content(values.getFirst()) + "\";";
            case MATCHES -> pcre(a.regex(), neg, b);
            case COMPARE -> compare(d, a, values, neg, b, rdn, what);
            case IN -> oneOf(values, neg, rdn);
            default -> null;
        };
        if (body == null) {
            drop(d, what, "Suricata cannot say this of " + kw, neg);
            return;
        }
        if (a.kind() == Atom.Kind.EXISTS) {
            d.losses.add(Loss.narrower(what + " → bsize:>0: a present but empty " + kw + " is not matched"));
        }
        if (neg) {
            d.losses.add(Loss.narrower(what + ": a negated match in Suricata needs " + kw
                    + " to be present; traffic without it is not matched"));
        }
        d.match(b, kw + "; " + body);
    }

    private static boolean otherTestOf(String field, List<Literal> conjunction) {
        for (Literal l : conjunction) {
            Atom o = Atom.of(l.atom());
            if (field.equals(o.name()) && o.kind() != Atom.Kind.EXISTS) {
                return true;
            }
        }
        return false;
    }

    /** Whether the conjunction also tests the field positively, so the field is there anyway. */
    private static boolean positiveTestOf(String field, List<Literal> conjunction) {
        for (Literal l : conjunction) {
            if (!l.negated() && field.equals(Atom.of(l.atom()).name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean requestsOnly(List<Literal> conjunction) {
        for (Literal l : conjunction) {
            Atom a = Atom.of(l.atom());
            if ("dns.flags.response".equals(a.name()) && a.kind() == Atom.Kind.COMPARE && a.op() == Typed.Op.EQ
                    && Atom.numeric(a.values().getFirst())) {
                boolean zero = Atom.number(a.values().getFirst()) == 0;
                if (zero != l.negated()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String pcre(String regex, boolean neg, Buffer b) {
        String flags = "";
        String r = regex;
        if (r.startsWith("(?i)")) {
            r = r.substring(4);
            flags = "i";
        }
        return (neg ? "pcre:!\"/" : "pcre:\"/") + SuricataText.pcre(r) + "/" + flags + "\";";
    }

    private static String compare(SuricataDraft d, Atom a, List<String> values, boolean neg, Buffer b, boolean rdn,
                                  String what) {
        if (a.function() == Typed.Function.LEN) {
            return neg ? null : bsize(a.op(), Atom.number(a.values().getFirst()));
        }
        if (a.function() != null) {
            return null;
        }
        FValue v = a.values().getFirst();
        if (b.keyword().equals("http.stat_code") && Atom.numeric(v)) {
            String re = StatusCodes.regex(a.op(), Atom.number(v));
            return re == null ? null : (neg ? "pcre:!\"/" : "pcre:\"/") + re + "/\";";
        }
        Typed.Op op = a.op();
        boolean negate = neg != (op == Typed.Op.NE);
        if (op != Typed.Op.EQ && op != Typed.Op.NE) {
            return null;
        }
        String value = values.getFirst();
        if (rdn) {
            return oneOf(List.of(value), negate, true);
        }
        if (value.isEmpty()) {
            return negate ? "bsize:>0;" : "bsize:0;";
        }
        if (negate) {
            return "pcre:!\"/^" + SuricataText.pcre(ByteRegex.literal(value)) + "$/\";";
        }
        return "content:\"" + SuricataText.content(value) + "\"; startswith; endswith;";
    }

    /** Equality with one of several values: one content, or a combined anchored pcre. */
    private static String oneOf(List<String> values, boolean neg, boolean rdn) {
        if (values.size() == 1 && !neg && !rdn) {
            return "content:\"" + SuricataText.content(values.getFirst()) + "\"; startswith; endswith;";
        }
        StringBuilder alt = new StringBuilder();
        for (String v : values) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(SuricataText.pcre(ByteRegex.literal(v)));
        }
        // a certificate buffer is the whole DN "C=XX, O=..., CN=...": match one attribute's value
        String re = rdn ? "(?:^|, )[A-Za-z0-9.]+=(?:" + alt + ")(?:,|$)" : "^(?:" + alt + ")$";
        return (neg ? "pcre:!\"/" : "pcre:\"/") + re + "/\";";
    }

    private static String bsize(Typed.Op op, long n) {
        return switch (op) {
            case EQ -> "bsize:" + n + ";";
            case GT -> "bsize:>" + n + ";";
            case GE -> n <= 0 ? "bsize:>=0;" : "bsize:>" + (n - 1) + ";";
            case LT -> "bsize:<" + n + ";";
            case LE -> "bsize:<" + (n + 1) + ";";
            case NE -> null;
        };
    }

    /** {@code urlencoded-form.key matches "^(a|b)$"} → a pcre over the request body. */
    private static void formKey(SuricataDraft d, Atom a, String what) {
        String r = a.regex();
        String flags = "";
        if (r.startsWith("(?i)")) {
            r = r.substring(4);
            flags = "i";
        }
        if (!r.startsWith("^") || !r.endsWith("$") || r.endsWith("\\$")) {
            drop(d, what, "only an anchored ^...$ pattern of form keys can be turned into a body match", false);
            return;
        }
        String inner = r.substring(1, r.length() - 1);
        d.match(SuricataKeywords.BUFFERS.get("http.request_body"), "http.request_body; pcre:\"/(?:^|&)(?:"
                + SuricataText.pcre(inner) + ")=/" + flags + "\";");
        d.losses.add(Loss.note(what + " → a pcre over the urlencoded request body"));
    }

    // ------------------------------------------------------------------ header and keywords

    /** A condition on one end's address: that end keeps only the addresses it allows. */
    private static void address(SuricataDraft d, Atom a, boolean neg, String what, boolean source,
                                List<Literal> conjunction) {
        List<FValue> blocks = addressBlocks(a);
        if (blocks == null) {
            drop(d, what, "only equality and sets of addresses go into the header", neg);
            return;
        }
        AddressBlocks end = source ? d.srcAddrs : d.dstAddrs;
        end = neg != (a.op() == Typed.Op.NE) ? end.andNot(blocks) : end.and(blocks);
        if (source) {
            d.srcAddrs = end;
        } else {
            d.dstAddrs = end;
        }
        noteNegationWithoutHeader(d, a, neg, what, conjunction);
        d.expressed++;
    }

    /**
     * A condition on either address ({@code ip.addr}, which a packet has twice): "one address
     * in the blocks" waits for {@link SuricataDraft#settleHeader}; "no address in them" (a
     * negation, or {@code !=}) holds both ends.
     */
    private static void eitherAddress(SuricataDraft d, Atom a, boolean neg, String what, List<Literal> conjunction) {
        List<FValue> blocks = addressBlocks(a);
        if (blocks == null) {
            drop(d, what, "only equality and sets of addresses go into the header", neg);
            return;
        }
        if (neg != (a.op() == Typed.Op.NE)) {
            d.srcAddrs = d.srcAddrs.andNot(blocks);
            d.dstAddrs = d.dstAddrs.andNot(blocks);
            noteNegationWithoutHeader(d, a, neg, what, conjunction);
        } else {
            d.eitherAddrs.add(blocks);
            if (!d.eitherPorts.isEmpty()) {
                d.losses.add(Loss.narrower(what + ": with <> the address and the port must be on opposite ends"));
            }
        }
        d.expressed++;
    }

    /** The address blocks of an equality or a set, or null. */
    private static List<FValue> addressBlocks(Atom a) {
        boolean equality = a.kind() == Atom.Kind.IN || (a.kind() == Atom.Kind.COMPARE && a.function() == null
                && (a.op() == Typed.Op.EQ || a.op() == Typed.Op.NE));
        if (!equality || !a.values().stream().allMatch(v -> v instanceof FValue.Ipv4 || v instanceof FValue.Ipv6)) {
            return null;
        }
        return a.values();
    }

    /** A condition on one end's port: that end keeps only the ports it allows. */
    private static void port(SuricataDraft d, Atom a, boolean neg, String what, boolean source,
                             List<Literal> conjunction) {
        PortSet named = portSet(a);
        if (named == null) {
            drop(d, what, "this port test has no header form", neg);
            return;
        }
        PortSet allowed = allPortsOutside(a, neg) ? named.complement() : named;
        if (source) {
            d.srcPorts = d.srcPorts.intersect(allowed);
        } else {
            d.dstPorts = d.dstPorts.intersect(allowed);
        }
        noteNegationWithoutHeader(d, a, neg, what, conjunction);
        d.expressed++;
    }

    /**
     * A condition on either port ({@code tcp.port}, which a packet has twice): "one port in the
     * set" waits for {@link SuricataDraft#settlePorts}; "no port in the set" (a negation, or
     * {@code !=}, which Wireshark reads as "every occurrence differs") holds both ends.
     */
    private static void eitherPort(SuricataDraft d, Atom a, boolean neg, String what, List<Literal> conjunction) {
        PortSet named = portSet(a);
        if (named == null) {
            drop(d, what, "this port test has no header form", neg);
            return;
        }
        if (allPortsOutside(a, neg)) {
            d.srcPorts = d.srcPorts.intersect(named.complement());
            d.dstPorts = d.dstPorts.intersect(named.complement());
            noteNegationWithoutHeader(d, a, neg, what, conjunction);
        } else {
            d.eitherPorts.add(named);
            if (!d.eitherAddrs.isEmpty()) {
                d.losses.add(Loss.narrower(what + ": with <> the address and the port must be on opposite ends"));
            }
        }
        d.expressed++;
    }

    /** The ports a test names, before negation: its values, or the range a comparison reaches; null when none. */
    private static PortSet portSet(Atom a) {
        if (a.function() != null || a.values().isEmpty() || !a.values().stream().allMatch(Atom::numeric)) {
            return null;
        }
        if (a.kind() == Atom.Kind.IN) {
            return PortSet.of(a.values().stream().map(Atom::number).toList());
        }
        if (a.kind() != Atom.Kind.COMPARE) {
            return null;
        }
        long n = Atom.number(a.values().getFirst());
        return switch (a.op()) {
            case EQ, NE -> PortSet.range(n, n);
            case GT -> PortSet.range(n + 1, PortSet.MAX);
            case GE -> PortSet.range(n, PortSet.MAX);
            case LT -> PortSet.range(0, n - 1);
            case LE -> PortSet.range(0, n);
        };
    }

    /** Whether the literal asks every port it tests to be outside {@link #portSet}: negated, or {@code !=}. */
    private static boolean allPortsOutside(Atom a, boolean neg) {
        return neg != (a.kind() == Atom.Kind.COMPARE && a.op() == Typed.Op.NE);
    }

    /**
     * A negated address or port test also holds for a packet without that header at all (an
     * ARP or IPv6 frame passes {@code !(ip.addr == X)}), which a rule on the header's addresses
     * or ports never sees, unless another test of the conjunction needs the header anyway.
     */
    private static void noteNegationWithoutHeader(SuricataDraft d, Atom a, boolean neg, String what,
                                                  List<Literal> conjunction) {
        String protocol = a.name().substring(0, a.name().indexOf('.'));
        if (neg && !requiresProtocol(protocol, conjunction)) {
            String header = switch (protocol) {
                case "ip" -> "an IPv4";
                case "ipv6" -> "an IPv6";
                case "udp" -> "a UDP";
                default -> "a " + protocol.toUpperCase(java.util.Locale.ROOT);
            };
            d.losses.add(Loss.narrower(what + ": a packet without " + header
                    + " header also passes the negation, the rule does not see it"));
        }
    }

    /** Whether a positive literal of the conjunction tests the protocol or one of its fields. */
    private static boolean requiresProtocol(String protocol, List<Literal> conjunction) {
        for (Literal l : conjunction) {
            String n = Atom.of(l.atom()).name();
            if (!l.negated() && n != null && (n.equals(protocol) || n.startsWith(protocol + "."))) {
                return true;
            }
        }
        return false;
    }

    private static void tcpFlag(SuricataDraft d, Atom a, boolean neg, String what) {
        SuricataDraft.TcpFlag f = switch (a.name()) {
            case "tcp.flags.syn" -> SuricataDraft.TcpFlag.S;
            case "tcp.flags.ack" -> SuricataDraft.TcpFlag.A;
            case "tcp.flags.reset" -> SuricataDraft.TcpFlag.R;
            case "tcp.flags.fin" -> SuricataDraft.TcpFlag.F;
            case "tcp.flags.push" -> SuricataDraft.TcpFlag.P;
            case "tcp.flags.urg" -> SuricataDraft.TcpFlag.U;
            case "tcp.flags.cwr" -> SuricataDraft.TcpFlag.C;
            default -> SuricataDraft.TcpFlag.E;
        };
        Boolean set = bit(a, neg);
        if (set == null) {
            drop(d, what, "only == 0 / == 1 of a flag", neg);
            return;
        }
        (set ? d.flagsSet : d.flagsClear).add(f);
        d.expressed++;
    }

    /** A boolean field compared with 0/1 (or != ), as "must be set": true, "must be clear": false. */
    static Boolean bit(Atom a, boolean neg) {
        if (a.kind() != Atom.Kind.COMPARE || a.function() != null || !Atom.numeric(a.values().getFirst())
                || (a.op() != Typed.Op.EQ && a.op() != Typed.Op.NE)) {
            return null;
        }
        boolean one = Atom.number(a.values().getFirst()) != 0;
        boolean negate = neg != (a.op() == Typed.Op.NE);
        return one != negate;
    }

    private static void bitKeyword(SuricataDraft d, Atom a, boolean neg, String what, String whenSet, String whenClear) {
        Boolean set = bit(a, neg);
        if (set == null) {
            drop(d, what, "only == 0 / == 1", neg);
            return;
        }
        d.keyword(set ? whenSet : whenClear);
    }

    private static void fragOffset(SuricataDraft d, Atom a, boolean neg, String what) {
        if (a.kind() != Atom.Kind.COMPARE || a.function() != null || neg) {
            drop(d, what, "fragoffset takes one comparison", neg);
            return;
        }
        long n = Atom.number(a.values().getFirst());
        String v = switch (a.op()) {
            case EQ -> Long.toString(n);
            case GT -> ">" + n;
            case LT -> "<" + n;
            case NE -> "!" + n;
            default -> null;
        };
        if (v == null) {
            drop(d, what, "fragoffset takes =, !, < or >", false);
            return;
        }
        d.keyword("fragoffset:" + v + ";");
    }

    private static void integer(SuricataDraft d, Atom a, boolean neg, String what, String keyword, long min, long max) {
        if (a.kind() == Atom.Kind.IN && !neg && keyword.equals("itype") == false && a.values().size() > 1) {
            drop(d, what, keyword + " takes one value", false);
            return;
        }
        if (a.kind() != Atom.Kind.COMPARE || a.function() != null || !Atom.numeric(a.values().getFirst())) {
            drop(d, what, keyword + " takes one number", neg);
            return;
        }
        long n = Atom.number(a.values().getFirst());
        Typed.Op op = neg ? negate(a.op()) : a.op();
        String v = switch (op) {
            case EQ -> Long.toString(n);
            case GT -> ">" + n;
            case LT -> "<" + n;
            case GE -> ">" + (n - 1);
            case LE -> "<" + (n + 1);
            case NE -> "!" + n;
        };
        if (n < min || n > max || (keyword.equals("ttl") && op == Typed.Op.NE)) {
            drop(d, what, keyword + " cannot say this", neg);
            return;
        }
        d.keyword(keyword + ":" + v + ";");
    }

    static Typed.Op negate(Typed.Op op) {
        return switch (op) {
            case EQ -> Typed.Op.NE;
            case NE -> Typed.Op.EQ;
            case GT -> Typed.Op.LE;
            case GE -> Typed.Op.LT;
            case LT -> Typed.Op.GE;
            case LE -> Typed.Op.GT;
        };
    }

    private static void direction(SuricataDraft d, Atom a, boolean neg, String what) {
        Boolean response = bit(a, neg);
        if (response == null) {
            drop(d, what, "only == 0 / == 1", neg);
            return;
        }
        d.side(response ? Side.RESPONSE : Side.REQUEST);
        d.context++;
    }

    // ------------------------------------------------------------------ text

    private static String render(SuricataDraft d, RuleSource s, long sid, List<Loss> losses) {
        StringBuilder sb = new StringBuilder(d.header()).append(" (");
        sb.append("msg:\"").append(SuricataText.msg(s.pack() + ": " + s.title())).append("\"; ");
        String flow = d.flow();
        if (flow != null) {
            sb.append("flow:").append(flow).append("; ");
        }
        if (d.dnsOverUdp) {
            sb.append("app-layer-protocol:dns; ");
        }
        String flags = d.flags();
        if (flags != null) {
            if (!"tcp".equals(d.l4) && d.appProto == null) {
                d.l4 = "tcp";
            }
            sb.append("flags:").append(flags).append("; ");
        }
        for (String k : d.keywords) {
            sb.append(k).append(' ');
        }
        for (List<String> matches : d.buffers.values()) {
            for (String m : matches) {
                sb.append(m).append(' ');
            }
        }
        String filter = s.threshold() == null ? null : detectionFilter(s.threshold(), losses);
        if (filter != null) {
            sb.append(filter).append(' ');
        }
        for (String ref : s.references()) {
            if (ref.startsWith("http://") || ref.startsWith("https://")) {
                sb.append("reference:url,").append(SuricataText.msg(ref.replaceFirst("^https?://", ""))).append("; ");
            }
        }
        sb.append("classtype:").append(classtype(s)).append("; ");
        sb.append("priority:").append(s.severity().suricataPriority()).append("; ");
        sb.append("metadata:sharkfin_pack ").append(SuricataText.word(s.pack()))
                .append(", sharkfin_rule ").append(SuricataText.word(s.id()));
        for (String tag : s.tags()) {
            if (tag.matches("T\\d{4}(\\.\\d{3})?")) {
                sb.append(", mitre_technique_id ").append(tag);
            }
        }
        sb.append("; sid:").append(sid).append("; rev:1;)");
        // the header protocol may have been settled by flags above
        return sb.toString().replaceFirst("^alert \\S+", "alert " + d.headerProtocol());
    }

    /**
     * The pack's threshold as a detection_filter, or null when every match alerts anyway (a
     * count of 1, which detection_filter cannot say: it refuses count 0).
     *
     * <p>A pack rule alerts from the count-th match on ("ten or more"); detection_filter alerts
     * on every match after the count-th: detect-engine-threshold.c (Suricata 7) alerts when
     * {@code current_count > td->count}, and the user guide's thresholding page says "every match
     * after Cth". So the count written is one less. Suricata 7's detection_filter tracks by_src
     * or by_dst only (detect-detection-filter.c, PARSE_REGEX), and its window starts at the
     * first match and restarts once it has run out, where the pack's window slides.
     */
    private static String detectionFilter(Threshold t, List<Loss> losses) {
        if (t.count() == 1) {
            losses.add(Loss.note("a threshold of 1 match: every match alerts, no detection_filter is needed"));
            return null;
        }
        boolean src = false;
        boolean dst = false;
        List<String> other = new ArrayList<>();
        for (String f : t.groupBy()) {
            switch (f) {
                case "ip.src", "ipv6.src" -> src = true;
                case "ip.dst", "ipv6.dst" -> dst = true;
                default -> other.add(f);
            }
        }
        String track = dst && !src ? "by_dst" : "by_src";
        if (src && dst) {
            losses.add(Loss.wider("detection_filter counts by_src, not per source and destination pair"
                    + " (Suricata 7 has no by_both for it): the count is reached sooner"));
        } else if (!src && !dst) {
            losses.add(Loss.narrower("detection_filter counts by_src, not across the whole rule"
                    + " (Suricata 7 has no by_rule for it): the count is reached later"));
        }
        if (!other.isEmpty()) {
            losses.add(Loss.wider("detection_filter counts " + track + " only, not per " + String.join(", ", other)
                    + ": the count is reached sooner"));
        }
        losses.add(Loss.narrower("detection_filter's " + t.seconds() + " s window starts at a first match and"
                + " restarts when it has run out, the pack's slides: a burst across a restart can go unseen"));
        return "detection_filter:track " + track + ", count " + (t.count() - 1) + ", seconds " + t.seconds() + ";";
    }

    private static String classtype(RuleSource s) {
        List<String> tags = s.tags();
        if (tags.contains("reconnaissance")) {
            return "attempted-recon";
        }
        if (tags.contains("credential-access")) {
            return "policy-violation";
        }
        if (tags.contains("command-and-control")) {
            return "trojan-activity";
        }
        if (tags.contains("resource-development") || tags.contains("exfiltration")) {
            return "bad-unknown";
        }
        return "misc-activity";
    }
}
