package io.sharkfin.ioc.http;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FirstSeen;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.Limits;
import io.sharkfin.ioc.NameBook;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.cadence.CadenceSeries;
import io.sharkfin.ioc.cadence.Cause;
import io.sharkfin.ioc.cadence.PairKey;
import io.sharkfin.ioc.cadence.PairKind;
import io.sharkfin.ioc.cadence.PairTable;
import io.sharkfin.ioc.cadence.Stats;
import io.sharkfin.ioc.report.HttpReport;
import io.sharkfin.ioc.report.HttpReport.FirstRequest;
import io.sharkfin.ioc.report.HttpReport.Flag;
import io.sharkfin.ioc.report.Times;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTTP indicators from the {@code http.*} fields: hosts, URIs, methods, User-Agents (with what is
 * odd about them), Accept-Language values, cookie names, proxy requests, paths a client polls,
 * each client's first request, Basic credentials ({@link BasicLogins}) and the other schemes'
 * tokens ({@link AuthTokens}). Requests become cadence events of the pair (client, Host); a
 * response with status 400 or more marks the request failed.
 *
 * <p>A frame may complete several pipelined requests: the request fields between one
 * {@code http.request.method} and the next belong to the same request (entries are in tree
 * order).
 */
public final class HttpCollector implements Collector {

    /** A path requested this many times by one client is reported as fixed (polling). */
    static final int FIXED_PATH_MIN = 3;
    /** With at least this many requests, a User-Agent seen at most twice is called rare. */
    static final int RARE_MIN_REQUESTS = 20;
    private static final int STREAM_SLOTS = 4096;

    private final IocFields f;
    private final PairTable pairs;
    private final NameBook book;
    private final FirstSeen firstSeen;
    private final UserAgentClassifier classifier = new UserAgentClassifier();
    private final BasicLogins logins;
    private final AuthTokens tokens;

    private final BoundedTable<String, HttpStats.Counted> hosts = new BoundedTable<>("HTTP hosts");
    private final BoundedTable<HttpStats.Key, HttpStats.Uri> uris = new BoundedTable<>("HTTP URIs");
    private final BoundedTable<HttpStats.Key, HttpStats.Path> paths = new BoundedTable<>("HTTP client paths");
    private final BoundedTable<String, HttpStats.Counted> methods = new BoundedTable<>("HTTP methods", 256);
    private final BoundedTable<String, HttpStats.Counted> agents = new BoundedTable<>("User-Agents");
    private final BoundedTable<String, HttpStats.Counted> languages = new BoundedTable<>("Accept-Language values");
    private final BoundedTable<String, HttpStats.Counted> cookies = new BoundedTable<>("cookie names");
    private final BoundedTable<HttpStats.Key, HttpStats.Proxy> proxies = new BoundedTable<>("proxy requests");
    private final BoundedTable<String, FirstRequest> firsts = new BoundedTable<>("HTTP clients");
    private final BoundedTable<HttpStats.Key, Set<String>> agentsByPair = new BoundedTable<>("User-Agents per client and server");
    private final long[] slotStream = new long[STREAM_SLOTS];
    @SuppressWarnings("unchecked")
    private final ArrayDeque<Pending>[] pending = new ArrayDeque[STREAM_SLOTS];
    private final Set<String> frameCookies = new LinkedHashSet<>();
    private long requests;
    private long withoutAgent;

    /** A request waiting for its response on a TCP stream. */
    private record Pending(HttpStats.Uri uri, CadenceSeries series, int event, BasicLogins.Attempt login) {
    }

    public HttpCollector(IocFields fields, PairTable pairs, NameBook book, FirstSeen firstSeen) {
        this.f = fields;
        this.pairs = pairs;
        this.book = book;
        this.firstSeen = firstSeen;
        this.logins = new BasicLogins(fields);
        this.tokens = new AuthTokens(fields);
        java.util.Arrays.fill(slotStream, -1);
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        int m = PacketValues.first(p, f.httpMethod);
        if (m >= 0) {
            frameCookies.clear();
            while (m >= 0) {
                int next = p.next(m);
                request(frame, p, m, next < 0 ? Integer.MAX_VALUE : next);
                m = next;
            }
        }
        for (int r = PacketValues.first(p, f.httpResponseCode); r >= 0; r = p.next(r)) {
            response(p, (int) p.num(r));
        }
    }

    private void request(FrameContext frame, Packet p, int from, int to) {
        requests++;
        long n = frame.number();
        long t = frame.time();
        String client = frame.src();
        String server = frame.dst();
        PacketValues v = frame.values();
        String method = v.string(p, from);
        int ue = PacketValues.within(p, f.httpUri, from, to);
        int he = PacketValues.within(p, f.httpHost, from, to);
        int ae = PacketValues.within(p, f.httpUserAgent, from, to);
        int le = PacketValues.within(p, f.httpAcceptLanguage, from, to);
        String uri = ue < 0 ? "" : v.string(p, ue);
        String host = he < 0 ? null : v.string(p, he);
        String agent = ae < 0 ? null : v.string(p, ae);

        count(methods, method, n, t, client, host, server);
        if (agent == null) {
            withoutAgent++;
        } else {
            HttpStats.Counted a = count(agents, agent, n, t, client, host, server);
            if (a != null) {
                if (a.requests.size() < Limits.VALUES_LISTED) {
                    a.requests.add(method + " " + (host == null ? "" : host) + uri);
                }
            }
            if (client != null) {
                remember(HttpStats.Key.of(client, server), agent);
                remember(HttpStats.Key.of(client, host), agent);
            }
        }
        if (le >= 0) {
            count(languages, v.string(p, le), n, t, client, host, server);
        }
        for (int c = PacketValues.first(p, f.httpCookie); c >= 0; c = p.next(c)) {
            if (c >= from && c < to) {
                for (String name : cookieNames(v.string(p, c))) {
                    if (frameCookies.add(name)) {
                        count(cookies, name, n, t, client, host, server);
                    }
                }
            }
        }
        HttpStats.Uri u = null;
        CadenceSeries series = null;
        if (host != null) {
            count(hosts, host, n, t, client, host, server);
            u = uris.get(HttpStats.Key.of(host, uri), k -> new HttpStats.Uri(host, uri));
            if (u != null) {
                u.requests++;
                u.methods.add(method);
                u.evidence.add(n, t);
            }
            if (server != null) {
                book.presented(server, host);
            }
            if (client != null) {
                HttpStats.Path path = paths.get(new HttpStats.Key(client, host, uri),
                        k -> new HttpStats.Path(client, host, uri));
                if (path != null) {
                    path.requests++;
                    path.evidence.add(n, t);
                    if (path.times.size() < HttpStats.Path.TIMES_KEPT) {
                        path.times.add(t);
                    }
                }
                series = pairs.series(PairKey.named(PairKind.HTTP, client, host));
                if (series != null) {
                    series.event(t);
                    series.evidence().add(n, t);
                }
            }
        }
        BasicLogins.Attempt login = logins.request(frame, p, from, to, host);
        tokens.request(frame, p, from, to, host);
        if (isProxyRequest(method, uri) && client != null) {
            String target = uri;
            HttpStats.Proxy px = proxies.get(new HttpStats.Key(client, method, target),
                    k -> new HttpStats.Proxy(client, method, target, host));
            if (px != null) {
                px.evidence.add(n, t);
            }
        }
        if (client != null && firsts.peek(client) == null) {
            long[] first = firstSeen.firstOf(p);
            long ff = first == null ? n : first[0];
            long ft = first == null ? t : first[1];
            firsts.get(client, k -> new FirstRequest(client, ff, Times.iso(ft), n, Times.iso(t),
                    Times.seconds(t - ft), method, host, uri, agent));
        }
        long stream = PacketValues.num(p, f.tcpStream, -1);
        if (stream >= 0) {
            int slot = (int) (stream % STREAM_SLOTS);
            if (slotStream[slot] != stream || pending[slot] == null) {
                slotStream[slot] = stream;
                pending[slot] = new ArrayDeque<>();
            }
            if (pending[slot].size() < 64) {
                pending[slot].add(new Pending(u, series, series == null ? -1 : series.lastIndex(), login));
            }
        }
    }

    private void response(Packet p, int status) {
        long stream = PacketValues.num(p, f.tcpStream, -1);
        if (stream < 0) {
            return;
        }
        int slot = (int) (stream % STREAM_SLOTS);
        if (slotStream[slot] != stream || pending[slot] == null || pending[slot].isEmpty()) {
            return;
        }
        // 1xx responses are interim: the request still waits for its final response
        if (status < 200) {
            return;
        }
        Pending r = pending[slot].poll();
        if (r.login() != null) {
            logins.answer(r.login(), status);
        }
        if (r.uri() != null && r.uri().statuses.size() < 16) {
            r.uri().statuses.add(status);
        }
        if (r.series() != null) {
            if (status >= 400) {
                r.series().failed(r.event());
            } else {
                r.series().succeeded(r.event());
            }
        }
    }

    private void remember(HttpStats.Key pairKey, String agent) {
        Set<String> set = agentsByPair.get(pairKey, k -> new LinkedHashSet<>());
        if (set != null && set.size() < Limits.VALUES_LISTED) {
            set.add(agent);
        }
    }

    private static HttpStats.Counted count(BoundedTable<String, HttpStats.Counted> table, String value, long n,
                                           long t, String client, String host, String server) {
        HttpStats.Counted c = table.get(value, HttpStats.Counted::new);
        if (c == null) {
            return null;
        }
        c.count++;
        c.evidence.add(n, t);
        c.clients.add(client);
        c.hosts.add(host);
        c.servers.add(server);
        return c;
    }

    static boolean isProxyRequest(String method, String uri) {
        return "CONNECT".equals(method) || uri.regionMatches(true, 0, "http://", 0, 7)
                || uri.regionMatches(true, 0, "https://", 0, 8) || uri.regionMatches(true, 0, "ftp://", 0, 6);
    }

    /** Cookie names of a Cookie header ({@code a=1; b=2} → a, b). */
    static List<String> cookieNames(String header) {
        List<String> out = new ArrayList<>();
        for (String part : header.split(";")) {
            String s = part.strip();
            int eq = s.indexOf('=');
            String name = (eq < 0 ? s : s.substring(0, eq)).strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** A filter matching Cookie headers that carry a cookie of this name (case-sensitive). */
    static String cookieFilter(String name) {
        return "http.cookie matches " + FilterText.quote("(?-i)(?:^|;)\\s*" + Pattern.quote(name) + "\\s*(?:=|;|$)");
    }

    /** What is odd about a User-Agent, including rarity in this capture. */
    public List<Flag> flags(String agent, long count) {
        List<Flag> flags = new ArrayList<>(classifier.classify(agent));
        if (requests >= RARE_MIN_REQUESTS && count <= 2) {
            flags.add(new Flag("rare", String.format(Locale.ROOT,
                    "rare in this capture: %d of %d requests", count, requests)));
        }
        return flags;
    }

    /** Odd User-Agents a client sent to a server (an address or a Host name), as causes for that pair. */
    public List<Cause> causes(String client, String server) {
        Set<String> set = agentsByPair.peek(HttpStats.Key.of(client, server));
        List<Cause> out = new ArrayList<>();
        if (set == null) {
            return out;
        }
        for (String a : set) {
            HttpStats.Counted c = agents.peek(a);
            for (Flag fl : classifier.classify(a)) {
                if (fl.kind().equals("crawler")) {
                    continue;
                }
                out.add(new Cause("odd-user-agent", 10, "the same client sent the User-Agent \"" + a
                        + "\" to this server (" + fl.reason() + ")"
                        + (c == null ? "" : ", frame " + c.evidence.firstFrame())));
                return out;
            }
        }
        return out;
    }

    public HttpReport report(ReportContext ctx) {
        List<HttpReport.Host> hostList = new ArrayList<>();
        for (HttpStats.Counted c : hosts.values()) {
            hostList.add(new HttpReport.Host(c.value, c.count, c.clients.list(), c.servers.list(),
                    ctx.evidence(c.evidence, FilterText.eq("http.host", c.value))));
        }
        List<HttpReport.Uri> uriList = new ArrayList<>();
        for (HttpStats.Uri u : uris.values()) {
            uriList.add(new HttpReport.Uri(u.host, u.uri, u.requests, List.copyOf(u.methods),
                    List.copyOf(u.statuses), ctx.evidence(u.evidence,
                    FilterText.and(FilterText.eq("http.host", u.host), FilterText.eq("http.request.uri", u.uri)))));
        }
        List<HttpReport.FixedPath> fixed = new ArrayList<>();
        for (HttpStats.Path pth : paths.values()) {
            if (pth.requests >= FIXED_PATH_MIN) {
                fixed.add(new HttpReport.FixedPath(pth.client, pth.host, pth.path, pth.requests,
                        medianInterval(pth.times), ctx.evidence(pth.evidence, FilterText.and(
                        FilterText.src(pth.client), FilterText.eq("http.host", pth.host),
                        FilterText.eq("http.request.uri", pth.path)))));
            }
        }
        List<HttpReport.UserAgent> agentList = new ArrayList<>();
        for (HttpStats.Counted c : agents.values()) {
            agentList.add(new HttpReport.UserAgent(c.value, c.count, c.clients.list(), c.hosts.list(),
                    flags(c.value, c.count), ctx.evidence(c.evidence, FilterText.eq("http.user_agent", c.value))));
        }
        List<HttpReport.ProxyRequest> proxyList = new ArrayList<>();
        for (HttpStats.Proxy px : proxies.values()) {
            String filter = "CONNECT".equals(px.method)
                    ? FilterText.and(FilterText.src(px.client), FilterText.eq("http.request.method", "CONNECT"),
                            FilterText.eq("http.request.uri", px.target))
                    : FilterText.and(FilterText.src(px.client), FilterText.eq("http.request.uri", px.target));
            proxyList.add(new HttpReport.ProxyRequest(px.client, px.method, px.target, px.host,
                    ctx.evidence(px.evidence, filter)));
        }
        return new HttpReport(requests, withoutAgent, hostList, uriList, fixed,
                counted(methods, "http.request.method", ctx), agentList,
                counted(languages, "http.accept_language", ctx), cookieList(ctx), proxyList,
                new ArrayList<>(firsts.values()), logins.report(ctx), logins.servers(ctx), logins.clients(ctx),
                tokens.report(ctx));
    }

    private static List<HttpReport.Counted> counted(BoundedTable<String, HttpStats.Counted> table, String field,
                                                    ReportContext ctx) {
        List<HttpReport.Counted> out = new ArrayList<>();
        for (HttpStats.Counted c : table.values()) {
            out.add(new HttpReport.Counted(c.value, c.count, ctx.evidence(c.evidence, FilterText.eq(field, c.value))));
        }
        return out;
    }

    private List<HttpReport.Counted> cookieList(ReportContext ctx) {
        List<HttpReport.Counted> out = new ArrayList<>();
        for (HttpStats.Counted c : cookies.values()) {
            out.add(new HttpReport.Counted(c.value, c.count, ctx.evidence(c.evidence, cookieFilter(c.value))));
        }
        return out;
    }

    private static double medianInterval(List<Long> times) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            long d = times.get(i) - times.get(i - 1);
            if (d >= 0) {
                gaps.add(d / 1e9);
            }
        }
        return gaps.isEmpty() ? Double.NaN : Stats.median(gaps.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        for (BoundedTable<?, ?> t : List.of(hosts, uris, paths, methods, agents, languages, cookies, proxies,
                firsts, agentsByPair)) {
            t.reportDrops(out);
        }
        logins.reportDrops(out);
        tokens.reportDrops(out);
    }

    /** The requests (method, host and URI) a User-Agent was seen with, first first. */
    public List<String> requestsWith(String agent) {
        HttpStats.Counted c = agents.peek(agent);
        return c == null ? List.of() : c.requests.list();
    }
}
