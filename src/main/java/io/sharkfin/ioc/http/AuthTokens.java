package io.sharkfin.ioc.http;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.report.HttpReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The credentials of an Authorization or Proxy-Authorization header that are neither Basic's
 * (decoded: {@link BasicLogins}) nor a handshake's (NTLM, Negotiate and Kerberos are the accounts
 * part's; Digest answers a challenge): a Bearer token, an API key, a scheme of the client's own.
 * Whoever sees one can present it, and a constant one is a stable indicator of the client that
 * sends it (an implant's key to its server). By server, header and value.
 */
final class AuthTokens {
    private static final Set<String> HANDSHAKES = Set.of("ntlm", "negotiate", "kerberos", "digest");

    private final IocFields f;
    private final BoundedTable<String, Entry> tokens = new BoundedTable<>("HTTP authorization tokens");

    private static final class Entry {
        final String server;
        final String header;
        final String value;
        final DistinctValues hosts = new DistinctValues();
        final DistinctValues clients = new DistinctValues();
        final Evidence evidence = new Evidence();
        long count;

        Entry(String server, String header, String value) {
            this.server = server;
            this.header = header;
            this.value = value;
        }
    }

    AuthTokens(IocFields fields) {
        this.f = fields;
    }

    /** The tokens of the request whose fields are entries {@code [from, to)}. */
    void request(FrameContext frame, Packet p, int from, int to, String host) {
        String server = frame.dst();
        if (server == null) {
            return;
        }
        header(frame, p, f.httpAuthorization, "http.authorization", from, to, server, host);
        header(frame, p, f.httpProxyAuthorization, "http.proxy_authorization", from, to, server, host);
    }

    private void header(FrameContext frame, Packet p, int field, String name, int from, int to, String server,
                        String host) {
        for (int e = PacketValues.within(p, field, from, to); e >= 0 && e < to; e = p.next(e)) {
            String value = frame.values().string(p, e);
            // Basic as Wireshark decodes it is a login; the handshakes are not tokens
            if (value.startsWith("Basic ") || HANDSHAKES.contains(scheme(value).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Entry t = tokens.get(server + '\0' + name + '\0' + value, k -> new Entry(server, name, value));
            if (t == null) {
                continue;
            }
            t.count++;
            t.evidence.add(frame.number(), frame.time());
            t.clients.add(frame.src());
            t.hosts.add(host);
        }
    }

    /** The header value's first word: its scheme. */
    static String scheme(String value) {
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    void reportDrops(Map<String, Long> out) {
        tokens.reportDrops(out);
    }

    /** The tokens in the order first seen, each with the filter that selects its requests' frames. */
    List<HttpReport.Token> report(ReportContext ctx) {
        List<HttpReport.Token> out = new ArrayList<>();
        for (Entry t : tokens.values()) {
            String header = t.header.equals("http.authorization") ? "Authorization" : "Proxy-Authorization";
            out.add(new HttpReport.Token(t.server, header, scheme(t.value), t.value, t.hosts.list(), t.count,
                    t.clients.list(), ctx.evidence(t.evidence, FilterText.and(FilterText.eq(t.header, t.value),
                    FilterText.dst(t.server)))));
        }
        return out;
    }
}
