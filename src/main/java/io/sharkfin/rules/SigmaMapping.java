package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;
import io.sharkfin.filter.value.FValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wireshark fields → the field names of one Sigma log source, and a leaf test → a selection
 * ({@code field|modifier: value}; a list of maps where the leaf needs one of several fields).
 */
final class SigmaMapping {
    /** Header fields the firewall category (and the Zeek connection ids) can stand for. */
    static final Set<String> NETWORK = Set.of("ip.src", "ip.dst", "ip.addr", "ipv6.src", "ipv6.dst", "ipv6.addr",
            "tcp.srcport", "tcp.dstport", "tcp.port", "udp.srcport", "udp.dstport", "udp.port");

    /** Fields whose test every entry of the log source passes (a dns.log entry is a query). */
    private static final Map<SigmaLogsource, Set<String>> IMPLIED = Map.of(
            SigmaLogsource.ZEEK_DNS, Set.of("dns", "udp", "tcp", "ip", "ipv6", "dns.flags.response"),
            SigmaLogsource.ZEEK_HTTP, Set.of("http", "tcp", "ip", "ipv6", "http.request", "http.response"),
            SigmaLogsource.PROXY, Set.of("http", "tcp", "ip", "ipv6", "http.request", "http.response"),
            SigmaLogsource.ZEEK_X509, Set.of("tls", "x509af", "x509sat", "tcp", "ip", "ipv6"),
            SigmaLogsource.FIREWALL, Set.of("ip", "ipv6", "tcp", "udp"));

    private final SigmaLogsource logsource;
    private final boolean response;
    private final Map<String, List<String>> fields;

    /**
     * @param response whether the filter selects responses: a packet's destination is then the
     *                 client ({@code id.orig_h})
     */
    SigmaMapping(SigmaLogsource logsource, boolean response) {
        this.logsource = logsource;
        this.response = response;
        this.fields = fields(logsource, response);
    }

    private static Map<String, List<String>> fields(SigmaLogsource ls, boolean response) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        String client = ls == SigmaLogsource.PROXY || ls == SigmaLogsource.FIREWALL ? "src_ip" : "id.orig_h";
        String server = ls == SigmaLogsource.PROXY || ls == SigmaLogsource.FIREWALL ? "dst_ip" : "id.resp_h";
        if (ls != SigmaLogsource.ZEEK_X509) {
            for (String v : new String[] {"ip", "ipv6"}) {
                m.put(v + ".src", List.of(response ? server : client));
                m.put(v + ".dst", List.of(response ? client : server));
                m.put(v + ".addr", List.of(client, server));
            }
        }
        switch (ls) {
            case ZEEK_DNS -> {
                m.put("dns.qry.name", List.of("query"));
                m.put("dns.flags.rcode", List.of("rcode"));
                m.put("dns.qry.type", List.of("qtype"));
                m.put("dns.qry.class", List.of("qclass"));
                m.put("dns.a", List.of("answers"));
                m.put("dns.aaaa", List.of("answers"));
                m.put("dns.cname", List.of("answers"));
                ports(m, "id.resp_p", "id.orig_p", response);
            }
            case ZEEK_HTTP -> {
                m.put("http.user_agent", List.of("user_agent"));
                m.put("http.request.uri", List.of("uri"));
                m.put("http.request.uri.path", List.of("uri"));
                m.put("http.request.uri.query", List.of("uri"));
                m.put("http.host", List.of("host"));
                m.put("http.request.method", List.of("method"));
                m.put("http.response.code", List.of("status_code"));
                m.put("http.referer", List.of("referrer"));
                ports(m, "id.resp_p", "id.orig_p", response);
            }
            case PROXY -> {
                m.put("http.user_agent", List.of("c-useragent"));
                m.put("http.request.uri", List.of("c-uri"));
                m.put("http.request.uri.path", List.of("c-uri-stem"));
                m.put("http.request.uri.query", List.of("c-uri-query"));
                m.put("http.host", List.of("cs-host"));
                m.put("http.request.method", List.of("cs-method"));
                m.put("http.response.code", List.of("sc-status"));
                m.put("http.referer", List.of("cs-referrer"));
                m.put("http.cookie", List.of("cs-cookie"));
            }
            case ZEEK_X509 -> {
                for (String s : new String[] {"printableString", "uTF8String", "teletexString", "IA5String"}) {
                    m.put("x509sat." + s, List.of("certificate.subject", "certificate.issuer"));
                }
            }
            case FIREWALL -> ports(m, "dst_port", "src_port", false);
        }
        return m;
    }

    private static void ports(Map<String, List<String>> m, String serverPort, String clientPort, boolean response) {
        for (String p : new String[] {"tcp", "udp"}) {
            m.put(p + ".dstport", List.of(response ? clientPort : serverPort));
            m.put(p + ".srcport", List.of(response ? serverPort : clientPort));
            m.put(p + ".port", List.of(clientPort, serverPort));
        }
    }

    String key() {
        return logsource.key();
    }

    /** The fields a threshold's group-by field counts by here (empty when none). */
    List<String> groupField(String wiresharkField) {
        List<String> f = fields.get(wiresharkField);
        return f == null || f.size() != 1 ? List.of() : f;
    }

    /** A selection, or why there is none. */
    record Result(Object selection, Loss loss) {
    }

    Result selection(Atom a, boolean negated) {
        String what = (negated ? "!" : "") + a.text();
        if (a.name() == null || a.kind() == Atom.Kind.OTHER || a.kind() == Atom.Kind.FIXED) {
            return new Result(null, Loss.wider(logsource.key() + ": left out " + what + " (not a field test Sigma can state)"));
        }
        String name = a.name();
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (IMPLIED.getOrDefault(logsource, Set.of()).contains(name)
                || (a.field().isProtocol() && IMPLIED.getOrDefault(logsource, Set.of()).contains(base))) {
            return new Result(null, Loss.note(logsource.key() + ": " + what + " holds for every log entry"));
        }
        List<String> targets = fields.get(name);
        if (targets == null) {
            return new Result(null, Loss.wider(logsource.key() + ": left out " + what + " (no field for " + name + ")"));
        }
        String modifier;
        Object value;
        Loss loss = null;
        switch (a.kind()) {
            case EXISTS -> {
                modifier = "|exists";
                value = true;
            }
            case CONTAINS -> {
                modifier = "|contains";
                value = Atom.text(a.values().getFirst());
                loss = caseLoss(what, (String) value);
            }
            case MATCHES -> {
                String r = a.regex();
                modifier = "|re";
                if (r.startsWith("(?i)")) {
                    r = r.substring(4);
                    modifier = "|re|i";
                }
                value = r;
            }
            case IN -> {
                List<Object> vals = new ArrayList<>();
                for (FValue v : a.values()) {
                    vals.add(SigmaGenerator.value(v));
                }
                modifier = cidr(a.values().getFirst()) ? "|cidr" : "";
                value = vals;
                loss = caseLoss(what, vals.toString());
            }
            case COMPARE -> {
                if (a.function() != null) {
                    return new Result(null, Loss.wider(logsource.key() + ": left out " + what
                            + " (Sigma has no " + a.function().filterName() + "())"));
                }
                FValue v = a.values().getFirst();
                value = SigmaGenerator.value(v);
                Typed.Op op = a.op();
                if (op == Typed.Op.NE) {
                    negated = !negated;
                    op = Typed.Op.EQ;
                }
                modifier = switch (op) {
                    case EQ -> cidr(v) ? "|cidr" : "";
                    case GT -> "|gt";
                    case GE -> "|gte";
                    case LT -> "|lt";
                    case LE -> "|lte";
                    default -> "";
                };
                if (!Atom.numeric(v) && op != Typed.Op.EQ) {
                    return new Result(null, Loss.wider(logsource.key() + ": left out " + what + " (ordering of text)"));
                }
                if (value instanceof String s) {
                    loss = caseLoss(what, s);
                }
            }
            default -> {
                return new Result(null, Loss.wider(logsource.key() + ": left out " + what));
            }
        }
        if (name.startsWith("x509sat.")) {
            // the Zeek fields hold the whole DN: a value of one attribute is contained in it
            if (modifier.isEmpty()) {
                modifier = "|contains";
                value = value instanceof List<?> l ? l.stream().map(x -> "=" + x).toList() : "=" + value;
                loss = Loss.wider(logsource.key() + ": " + what + " → certificate.subject/issuer|contains \"=value\""
                        + " (a longer attribute value also matches; Sigma compares without case)");
            }
        }
        if (name.equals("http.request.uri.query") && logsource == SigmaLogsource.ZEEK_HTTP) {
            loss = Loss.wider(logsource.key() + ": " + what + " → uri (the whole URI, path included)");
        }
        if (negated && loss == null) {
            loss = Loss.note(logsource.key() + ": " + what + ": entries without the field also pass 'not'");
        }
        if (!modifier.startsWith("|re")) {
            value = plain(value);
        }
        if (targets.size() == 1) {
            return new Result(Map.of(targets.getFirst() + modifier, value), loss);
        }
        List<Map<String, Object>> any = new ArrayList<>();
        for (String t : targets) {
            any.add(Map.of(t + modifier, value));
        }
        return new Result(any, loss);
    }

    /**
     * A value Sigma matches as written: in a plain value (not a |re one) {@code *} and {@code ?}
     * are wildcards and {@code \} escapes them and itself (Sigma rules specification 2.0,
     * "Escaping": a wildcard as a plain character is {@code \*}, {@code \?}; a doubled
     * backslash is one plain backslash). Every backslash is doubled so that none can escape
     * what follows it by accident.
     */
    static Object plain(Object value) {
        return switch (value) {
            case String s -> s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
            case List<?> l -> l.stream().map(SigmaMapping::plain).toList();
            default -> value;
        };
    }

    private static boolean cidr(FValue v) {
        return (v instanceof FValue.Ipv4 a && a.prefix() < 32) || (v instanceof FValue.Ipv6 b && b.prefix() < 128);
    }

    private Loss caseLoss(String what, String value) {
        if (!value.equals(value.toLowerCase(java.util.Locale.ROOT)) || !value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
            return Loss.wider(logsource.key() + ": " + what + ": Sigma compares strings without case");
        }
        return null;
    }
}
