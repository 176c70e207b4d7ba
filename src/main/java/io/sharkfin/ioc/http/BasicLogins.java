package io.sharkfin.ioc.http;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.LoginRecord;
import io.sharkfin.ioc.LoginTallies;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.report.HttpReport;
import io.sharkfin.ioc.report.LoginClient;
import io.sharkfin.ioc.report.LoginServer;

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
    private final LoginTallies tallies = new LoginTallies("HTTP logins", "http.authbasic");

    /** A request's credentials, whose response tells whether they were accepted. */
    record Attempt(Entry entry, LoginTallies.Attempt tallied, String password) {
    }

    static final class Entry {
        final String server;
        final String user;
        final LoginRecord record = new LoginRecord();
        final DistinctValues headers = new DistinctValues();
        final DistinctValues hosts = new DistinctValues();

        Entry(String server, String user) {
            this.server = server;
            this.user = user;
        }
    }

    BasicLogins(IocFields fields) {
        this.f = fields;
    }

    /**
     * The credentials of the request whose fields are entries {@code [from, to)}; returns the
     * first of them, for its response to answer (null when there are none).
     */
    Attempt request(FrameContext frame, Packet p, int from, int to, String host) {
        String server = frame.dst();
        if (server == null) {
            return null;
        }
        Attempt attempt = null;
        for (int e = PacketValues.within(p, f.httpAuthBasic, from, to); e >= 0 && e < to; e = p.next(e)) {
            String credentials = frame.values().string(p, e);
            // basic_auth_credentials: the user is what comes before the first colon
            int colon = credentials.indexOf(':');
            String user = colon < 0 ? credentials : credentials.substring(0, colon);
            String password = colon < 0 ? null : credentials.substring(colon + 1);
            LoginTallies.Attempt tallied = tallies.attempt(frame, user);
            Entry entry = logins.get(server + '\0' + user, k -> new Entry(server, user));
            if (attempt == null) {
                attempt = new Attempt(entry, tallied, password);
            }
            if (entry == null) {
                continue;
            }
            entry.record.seen(frame);
            entry.hosts.add(host);
            int header = p.parent(e);
            entry.headers.add(header >= 0 && p.field(header) == f.httpProxyAuthorization
                    ? "Proxy-Authorization" : "Authorization");
            if (password != null) {
                entry.record.password(password);
            }
        }
        return attempt;
    }

    /**
     * The final response to a request with credentials: accepted below 400, refused by a 401 or
     * 407 (which ask for credentials again); other errors say nothing about the password.
     */
    void answer(Attempt a, int status) {
        boolean accepted = status < 400;
        if (!accepted && status != 401 && status != 407) {
            return;
        }
        if (a.entry() != null) {
            a.entry().record.answered(accepted, a.password());
        }
        a.tallied().answered(accepted);
    }

    void reportDrops(Map<String, Long> out) {
        logins.reportDrops(out);
        tallies.reportDrops(out);
    }

    /** The logins in the order first seen, each with the filter that selects its requests' frames. */
    List<HttpReport.Login> report(ReportContext ctx) {
        List<HttpReport.Login> out = new ArrayList<>();
        for (Entry e : logins.values()) {
            LoginRecord r = e.record;
            out.add(new HttpReport.Login(e.server, e.user, r.passwords(), r.acceptedPasswords(), e.headers.list(),
                    e.hosts.list(), r.count(), r.accepted(), r.refused(), r.clients(), ctx.evidence(r.evidence(), filter(e))));
        }
        return out;
    }

    /**
     * The servers sent Basic credentials, in the order of their first, each with the users sent to
     * it; the evidence is the requests that carried credentials.
     */
    List<LoginServer> servers(ReportContext ctx) {
        return tallies.servers(ctx);
    }

    /** The clients that sent Basic credentials, each with the servers and users it sent them for. */
    List<LoginClient> clients(ReportContext ctx) {
        return tallies.clients(ctx);
    }

    /** This user's credentials (the user alone, or followed by a colon and a password) to this server. */
    private static String filter(Entry e) {
        return FilterText.and(FilterText.matches("http.authbasic", "(?-i)^" + Pattern.quote(e.user) + "(?::|$)"),
                FilterText.dst(e.server));
    }
}
