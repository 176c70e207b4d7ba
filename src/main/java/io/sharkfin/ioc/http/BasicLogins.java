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
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTTP Basic credentials: the user and password of each Authorization or Proxy-Authorization
 * header, as Wireshark decodes them ({@code http.authbasic}, "user:password"), by server (the
 * request's destination, a proxy for Proxy-Authorization) and user, with the passwords, the Host
 * names and the headers they came in. Base64 hides nothing: each is a password in clear.
 */
final class BasicLogins {

    private final IocFields f;
    private final BoundedTable<String, Entry> logins = new BoundedTable<>("HTTP logins");

    private static final class Entry {
        final String server;
        final String user;
        final DistinctValues passwords = new DistinctValues();
        final DistinctValues headers = new DistinctValues();
        final DistinctValues hosts = new DistinctValues();
        final DistinctValues clients = new DistinctValues();
        final Evidence evidence = new Evidence();
        long count;

        Entry(String server, String user) {
            this.server = server;
            this.user = user;
        }
    }

    BasicLogins(IocFields fields) {
        this.f = fields;
    }

    /** The credentials of the request whose fields are entries {@code [from, to)}. */
    void request(FrameContext frame, Packet p, int from, int to, String host) {
        String server = frame.dst();
        if (server == null) {
            return;
        }
        for (int e = PacketValues.within(p, f.httpAuthBasic, from, to); e >= 0 && e < to; e = p.next(e)) {
            String credentials = frame.values().string(p, e);
            // basic_auth_credentials: the user is what comes before the first colon
            int colon = credentials.indexOf(':');
            String user = colon < 0 ? credentials : credentials.substring(0, colon);
            Entry entry = logins.get(server + '\0' + user, k -> new Entry(server, user));
            if (entry == null) {
                continue;
            }
            entry.count++;
            entry.evidence.add(frame.number(), frame.time());
            entry.clients.add(frame.src());
            entry.hosts.add(host);
            int header = p.parent(e);
            entry.headers.add(header >= 0 && p.field(header) == f.httpProxyAuthorization
                    ? "Proxy-Authorization" : "Authorization");
            if (colon >= 0) {
                entry.passwords.add(credentials.substring(colon + 1));
            }
        }
    }

    void reportDrops(Map<String, Long> out) {
        logins.reportDrops(out);
    }

    /** The logins in the order first seen, each with the filter that selects its requests' frames. */
    List<HttpReport.Login> report(ReportContext ctx) {
        List<HttpReport.Login> out = new ArrayList<>();
        for (Entry e : logins.values()) {
            out.add(new HttpReport.Login(e.server, e.user, e.passwords.list(), e.headers.list(), e.hosts.list(), e.count,
                    e.clients.list(), ctx.evidence(e.evidence, filter(e))));
        }
        return out;
    }

    /** This user's credentials (the user alone, or followed by a colon and a password) to this server. */
    private static String filter(Entry e) {
        return FilterText.and(FilterText.matches("http.authbasic", "(?-i)^" + Pattern.quote(e.user) + "(?::|$)"),
                FilterText.dst(e.server));
    }
}
