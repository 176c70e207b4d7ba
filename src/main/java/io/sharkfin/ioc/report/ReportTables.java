package io.sharkfin.ioc.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The indicator tables of a report, shared by the text, Markdown and HTML renderings: one
 * {@link Table} per kind of indicator, rows in the report's order.
 */
public final class ReportTables {
    private ReportTables() {
    }

    /** A titled table; {@code id} is a stable anchor. */
    public record Table(String id, String title, List<String> headers, List<List<String>> rows) {
    }

    private static final int LISTED = 4;

    public static List<Table> of(IocReport r) {
        List<Table> out = new ArrayList<>();
        add(out, dhcpClients(r.hosts()));
        add(out, netbiosHosts(r.hosts()));
        add(out, dnsNames(r.dns()));
        add(out, dnsClients(r.dns()));
        add(out, bursts(r.dns()));
        add(out, zones(r.dns()));
        add(out, hosts(r.http()));
        add(out, uris(r.http()));
        add(out, agents(r.http()));
        add(out, counted("http-methods", "HTTP methods", "method", r.http().methods()));
        add(out, counted("http-languages", "Accept-Language", "value", r.http().acceptLanguages()));
        add(out, counted("http-cookies", "Cookie names", "name", r.http().cookieNames()));
        add(out, fixedPaths(r.http()));
        add(out, proxies(r.http()));
        add(out, firstRequests(r.http()));
        add(out, httpLogins(r.http()));
        add(out, httpTokens(r.http()));
        add(out, serverNames(r.tls()));
        add(out, certificates(r.tls()));
        add(out, mismatches(r.tls()));
        add(out, bareIp(r.tls()));
        add(out, fingerprints("tls-ja3", "JA3 (TLS client)", r.tls().ja3()));
        add(out, fingerprints("tls-ja3s", "JA3S (TLS server)", r.tls().ja3s()));
        add(out, fingerprints("tls-ja4", "JA4 (TLS client)", r.tls().ja4()));
        add(out, software("ssh-clients", "SSH client software", r.ssh().clientSoftware()));
        add(out, software("ssh-servers", "SSH server software", r.ssh().serverSoftware()));
        add(out, hassh("ssh-hassh", "HASSH (SSH client)", r.ssh().hassh()));
        add(out, hassh("ssh-hasshserver", "HASSHServer (SSH server)", r.ssh().hasshServer()));
        add(out, userLogins("ftp-logins", "FTP logins", r.ftp().logins()));
        add(out, ftpTransfers(r.ftp()));
        add(out, userLogins("pop-logins", "POP3 logins", r.pop().logins()));
        add(out, userLogins("imap-logins", "IMAP logins", r.imap().logins()));
        add(out, smtpLogins(r.smtp()));
        add(out, loginServers(r));
        add(out, loginClients(r));
        add(out, smtpMessages(r.smtp()));
        add(out, files(r.files()));
        add(out, logons(r.accounts()));
        add(out, serviceTickets(r.accounts()));
        add(out, shares(r.accounts()));
        add(out, remoteFiles(r.accounts()));
        add(out, cadence(r.cadence()));
        return out;
    }

    private static void add(List<Table> out, Table t) {
        if (!t.rows().isEmpty()) {
            out.add(t);
        }
    }

    private static Table dhcpClients(HostsReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HostsReport.Host c : h.dhcpClients()) {
            rows.add(List.of(c.mac(), list(c.hostNames()), list(c.domainNames()), list(c.addresses()),
                    list(c.vendorClasses()), num(c.evidence().count()), rel(c.evidence().firstRel())));
        }
        return new Table("hosts-dhcp", "Hosts (DHCP clients)",
                List.of("MAC", "host names", "FQDNs", "addresses", "vendor classes", "DHCP frames", "first s"), rows);
    }

    private static Table netbiosHosts(HostsReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HostsReport.NetbiosHost n : h.netbiosHosts()) {
            rows.add(List.of(n.address(), list(n.names()), list(n.macs()), num(n.evidence().count()),
                    rel(n.evidence().firstRel())));
        }
        return new Table("hosts-netbios", "Hosts (NetBIOS names)",
                List.of("address", "names", "MACs", "NBNS frames", "first s"), rows);
    }

    private static Table dnsNames(DnsReport d) {
        List<List<String>> rows = new ArrayList<>();
        for (DnsReport.Name n : d.names()) {
            rows.add(List.of(n.name(), num(n.queries()), num(n.responses()), rcodes(n.rcodes()),
                    list(n.answers()), list(n.clients()), Integer.toString(n.dga().score()),
                    rel(n.evidence().firstRel()), rel(n.evidence().lastRel())));
        }
        return new Table("dns-names", "DNS names", List.of("name", "queries", "responses", "rcodes", "answers",
                "clients", "DGA", "first s", "last s"), rows);
    }

    private static Table dnsClients(DnsReport d) {
        List<List<String>> rows = new ArrayList<>();
        for (DnsReport.Client c : d.clients()) {
            rows.add(List.of(c.client(), num(c.queries()), num(c.responses()), num(c.nxdomain()),
                    pct(100 * c.nxdomainRatio())));
        }
        return new Table("dns-clients", "DNS clients", List.of("client", "queries", "responses", "NXDOMAIN", "NXDOMAIN %"), rows);
    }

    private static Table bursts(DnsReport d) {
        List<List<String>> rows = new ArrayList<>();
        for (DnsReport.Burst b : d.nxdomainBursts()) {
            rows.add(List.of(b.client(), Integer.toString(b.distinctNames()), rel(b.startRel()), secs(b.duration()),
                    b.meanDga() + " (min " + b.minDga() + ")",
                    b.followedBy() == null ? "" : b.followedBy().name() + " +" + secs(b.followedBy().afterSeconds())));
        }
        return new Table("dns-bursts", "NXDOMAIN bursts", List.of("client", "names", "start s", "duration",
                "mean DGA", "followed by"), rows);
    }

    private static Table zones(DnsReport d) {
        List<List<String>> rows = new ArrayList<>();
        for (DnsReport.Zone z : d.zones()) {
            rows.add(List.of(z.zone(), Integer.toString(z.names()), num(z.queries()),
                    String.format(Locale.ROOT, "%.1f", z.meanPrefix()), Integer.toString(z.maxNameLength()),
                    String.format(Locale.ROOT, "%.2f", z.entropy()), list(z.types()), list(z.clients()),
                    Integer.toString(z.tunnelScore())));
        }
        return new Table("dns-zones", "DNS zones with many names", List.of("zone", "names", "queries", "mean prefix",
                "longest", "entropy", "types", "clients", "tunnel"), rows);
    }

    private static Table hosts(HttpReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.Host x : h.hosts()) {
            rows.add(List.of(x.host(), num(x.requests()), list(x.clients()), list(x.servers()),
                    rel(x.evidence().firstRel()), rel(x.evidence().lastRel())));
        }
        return new Table("http-hosts", "HTTP hosts", List.of("host", "requests", "clients", "servers", "first s", "last s"), rows);
    }

    private static Table uris(HttpReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.Uri u : h.uris()) {
            rows.add(List.of(u.host(), u.uri(), num(u.requests()), String.join(" ", u.methods()),
                    u.statuses().stream().map(String::valueOf).collect(Collectors.joining(" "))));
        }
        return new Table("http-uris", "HTTP URIs", List.of("host", "URI", "requests", "methods", "statuses"), rows);
    }

    private static Table agents(HttpReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.UserAgent a : h.userAgents()) {
            rows.add(List.of(a.value().isEmpty() ? "(empty)" : a.value(), num(a.requests()), list(a.clients()),
                    a.flags().stream().map(HttpReport.Flag::kind).collect(Collectors.joining(", "))));
        }
        return new Table("http-agents", "User-Agents", List.of("User-Agent", "requests", "clients", "flags"), rows);
    }

    private static Table counted(String id, String title, String header, List<HttpReport.Counted> values) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.Counted c : values) {
            rows.add(List.of(c.value(), num(c.count()), rel(c.evidence().firstRel())));
        }
        return new Table(id, title, List.of(header, "count", "first s"), rows);
    }

    private static Table fixedPaths(HttpReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.FixedPath p : h.fixedPaths()) {
            rows.add(List.of(p.client(), p.host(), p.path(), num(p.requests()), secs(p.medianInterval())));
        }
        return new Table("http-fixed-paths", "Repeated paths", List.of("client", "host", "path", "requests", "median interval"), rows);
    }

    private static Table proxies(HttpReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.ProxyRequest p : h.proxyRequests()) {
            rows.add(List.of(p.client(), p.method(), p.target(), num(p.evidence().count())));
        }
        return new Table("http-proxy", "Proxy requests", List.of("client", "method", "target", "frames"), rows);
    }

    private static Table firstRequests(HttpReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.FirstRequest f : h.firstRequests()) {
            rows.add(List.of(f.client(), Long.toString(f.firstPacketFrame()), Long.toString(f.requestFrame()),
                    secs(f.delaySeconds()), f.method() + " " + (f.host() == null ? "" : f.host()) + f.uri(),
                    f.userAgent() == null ? "(none)" : f.userAgent()));
        }
        return new Table("http-first", "First request of each client", List.of("client", "first frame", "request frame",
                "after", "request", "User-Agent"), rows);
    }

    private static Table serverNames(TlsReport t) {
        List<List<String>> rows = new ArrayList<>();
        for (TlsReport.ServerName s : t.serverNames()) {
            rows.add(List.of(s.name(), num(s.clientHellos()), list(s.clients()), list(s.servers()),
                    Integer.toString(s.dga().score())));
        }
        return new Table("tls-sni", "TLS server names (SNI)", List.of("name", "ClientHellos", "clients", "servers", "DGA"), rows);
    }

    private static Table certificates(TlsReport t) {
        List<List<String>> rows = new ArrayList<>();
        for (TlsReport.Certificate c : t.certificates()) {
            List<String> notes = new ArrayList<>();
            if (c.selfSigned()) {
                notes.add("self-signed");
            }
            if (c.expired()) {
                notes.add("expired");
            }
            if (c.notYetValid()) {
                notes.add("not yet valid");
            }
            rows.add(List.of(c.subject(), c.issuer(), nz(c.notBefore()) + " – " + nz(c.notAfter()),
                    String.join(", ", notes), list(c.servers()), num(c.evidence().count())));
        }
        return new Table("tls-certs", "Certificates", List.of("subject", "issuer", "validity", "notes", "servers", "frames"), rows);
    }

    private static Table mismatches(TlsReport t) {
        List<List<String>> rows = new ArrayList<>();
        for (TlsReport.Mismatch m : t.sniMismatches()) {
            rows.add(List.of(m.client(), m.server(), m.serverName(), list(m.certificateNames())));
        }
        return new Table("tls-mismatch", "SNI not covered by the certificate", List.of("client", "server", "SNI", "certificate names"), rows);
    }

    private static Table bareIp(TlsReport t) {
        List<List<String>> rows = new ArrayList<>();
        for (TlsReport.BareIp b : t.bareIp()) {
            rows.add(List.of(b.client(), b.server() + ":" + b.port(), b.reason(), num(b.evidence().count())));
        }
        return new Table("tls-bare", "TLS to bare addresses", List.of("client", "server", "why", "frames"), rows);
    }

    private static Table fingerprints(String id, String title, List<TlsReport.Fingerprint> list) {
        List<List<String>> rows = new ArrayList<>();
        for (TlsReport.Fingerprint f : list) {
            rows.add(List.of(f.value(), num(f.count()), list(f.clients()), list(f.servers()), list(f.serverNames())));
        }
        return new Table(id, title, List.of("fingerprint", "count", "clients", "servers", "server names"), rows);
    }

    private static Table software(String id, String title, List<SshReport.Software> list) {
        List<List<String>> rows = new ArrayList<>();
        for (SshReport.Software w : list) {
            rows.add(List.of(w.line(), num(w.count()), list(w.clients()), list(w.servers())));
        }
        return new Table(id, title, List.of("identification", "count", "clients", "servers"), rows);
    }

    private static Table hassh(String id, String title, List<SshReport.Fingerprint> list) {
        List<List<String>> rows = new ArrayList<>();
        for (SshReport.Fingerprint f : list) {
            rows.add(List.of(f.value(), num(f.count()), list(f.clients()), list(f.servers()), list(f.software())));
        }
        return new Table(id, title, List.of("fingerprint", "count", "clients", "servers", "software"), rows);
    }

    private static Table httpLogins(HttpReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.Login l : h.logins()) {
            rows.add(List.of(l.server(), list(l.hosts()), l.user(), list(l.passwords()), list(l.headers()), num(l.count()),
                    num(l.accepted()), num(l.refused()), list(l.acceptedPasswords()), list(l.clients())));
        }
        return new Table("http-logins", "HTTP logins (Basic)", List.of("server", "hosts", "user", "passwords", "header",
                "count", "accepted", "refused", "accepted passwords", "clients"), rows);
    }

    private static Table httpTokens(HttpReport h) {
        List<List<String>> rows = new ArrayList<>();
        for (HttpReport.Token t : h.tokens()) {
            rows.add(List.of(t.server(), list(t.hosts()), t.header(), t.value(), num(t.count()), list(t.clients())));
        }
        return new Table("http-tokens", "HTTP authorization tokens", List.of("server", "hosts", "header", "value", "count",
                "clients"), rows);
    }

    private static Table userLogins(String id, String title, List<UserLogin> logins) {
        List<List<String>> rows = new ArrayList<>();
        for (UserLogin l : logins) {
            rows.add(List.of(l.server(), l.user(), list(l.passwords()), num(l.count()), num(l.accepted()), num(l.refused()),
                    list(l.acceptedPasswords()), list(l.clients())));
        }
        return new Table(id, title, List.of("server", "user", "passwords", "count", "accepted", "refused",
                "accepted passwords", "clients"), rows);
    }

    /** Every protocol's passwords per server, where guessing shows as refusals. */
    private static Table loginServers(IocReport r) {
        List<List<String>> rows = new ArrayList<>();
        byProtocol(r.http().loginServers(), r.ftp().servers(), r.pop().servers(), r.imap().servers(),
                r.smtp().servers()).forEach((protocol, servers) -> {
            for (LoginServer s : servers) {
                rows.add(List.of(protocol, s.server(), num(s.attempts()), num(s.users()), num(s.accepted()),
                        num(s.refused()), list(s.clients())));
            }
        });
        return new Table("login-servers", "Passwords per server", List.of("protocol", "server", "attempts", "users",
                "accepted", "refused", "clients"), rows);
    }

    /**
     * Every protocol's passwords per client that sent them to several servers, where one client
     * trying many shows (a client of one server is that server's row).
     */
    private static Table loginClients(IocReport r) {
        List<List<String>> rows = new ArrayList<>();
        byProtocol(r.http().loginClients(), r.ftp().clients(), r.pop().clients(), r.imap().clients(),
                r.smtp().clients()).forEach((protocol, clients) -> {
            for (LoginClient c : clients) {
                if (c.servers() < 2) {
                    continue;
                }
                rows.add(List.of(protocol, c.client(), num(c.attempts()), num(c.servers()), num(c.users()),
                        num(c.accepted()), num(c.refused()), list(c.serverNames())));
            }
        });
        return new Table("login-clients", "Passwords per client at several servers", List.of("protocol", "client", "attempts", "servers",
                "users", "accepted", "refused", "server names"), rows);
    }

    /** The login protocols' lists, by protocol name, in the report's order. */
    private static <T> Map<String, List<T>> byProtocol(List<T> http, List<T> ftp, List<T> pop, List<T> imap,
                                                        List<T> smtp) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        out.put("HTTP", http);
        out.put("FTP", ftp);
        out.put("POP3", pop);
        out.put("IMAP", imap);
        out.put("SMTP", smtp);
        return out;
    }

    private static Table smtpLogins(SmtpReport s) {
        List<List<String>> rows = new ArrayList<>();
        for (SmtpReport.Login l : s.logins()) {
            rows.add(List.of(l.server(), l.mechanism(), l.user() == null ? l.encoded() : l.user(), list(l.passwords()),
                    num(l.count()), num(l.accepted()), num(l.refused()), list(l.acceptedPasswords()), list(l.clients())));
        }
        return new Table("smtp-logins", "SMTP logins (AUTH)", List.of("server", "mechanism", "user", "passwords",
                "count", "accepted", "refused", "accepted passwords", "clients"), rows);
    }

    private static Table smtpMessages(SmtpReport s) {
        List<List<String>> rows = new ArrayList<>();
        for (SmtpReport.Message m : s.messages()) {
            rows.add(List.of(m.via(), m.from(), m.subject() == null ? "" : m.subject(), list(m.to()), list(m.mailers()),
                    num(m.count()), list(m.clients()), list(m.servers())));
        }
        return new Table("smtp-messages", "Mail messages (sent with SMTP, retrieved with POP3 or IMAP)", List.of("via", "from",
                "subject", "to", "mailer", "count", "clients", "servers"), rows);
    }

    private static Table files(FilesReport f) {
        List<List<String>> rows = new ArrayList<>();
        for (FilesReport.File x : f.files()) {
            rows.add(List.of(x.protocol(), x.sha256(), num(x.size()), list(x.names()), x.magic() == null ? "" : x.magic(),
                    list(x.declaredTypes()),
                    num(x.downloads()), num(x.uploads()), list(x.uris()), list(x.clients()), list(x.servers())));
        }
        return new Table("files", "Files (HTTP bodies, MIME parts, FTP transfers)", List.of("via", "sha256", "bytes", "names",
                "content", "declared", "downloads",
                "uploads", "uris", "clients", "servers"), rows);
    }

    private static Table logons(AccountsReport a) {
        List<List<String>> rows = new ArrayList<>();
        for (AccountsReport.Logon l : a.logons()) {
            rows.add(List.of(l.protocol(), l.account(), l.server(), list(l.clients()), list(l.workstations()),
                    num(l.attempts()), num(l.successes()), num(l.failures()), list(errorList(l.errors())),
                    l.withoutPreauth() > 0 ? num(l.withoutPreauth()) : ""));
        }
        return new Table("logons", "Logons (Kerberos, NTLM)", List.of("via", "account", "server", "clients",
                "workstations", "attempts", "accepted", "refused", "errors", "without pre-auth"), rows);
    }

    private static Table serviceTickets(AccountsReport a) {
        List<List<String>> rows = new ArrayList<>();
        for (AccountsReport.ServiceTicket t : a.serviceTickets()) {
            rows.add(List.of(t.service(), t.kdc(), list(t.accounts()), list(t.clients()),
                    t.ticketEtypes().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    num(t.requests()), num(t.issued()), num(t.rc4OnlyRequests()), list(errorList(t.errors()))));
        }
        return new Table("kerberos-services", "Kerberos service tickets", List.of("service", "KDC", "accounts",
                "clients", "ticket etypes", "requests", "issued", "RC4-only requests", "errors"), rows);
    }

    private static Table shares(AccountsReport a) {
        List<List<String>> rows = new ArrayList<>();
        for (AccountsReport.Share s : a.shares()) {
            rows.add(List.of(s.path(), s.server(), list(s.clients()), list(s.accounts()), num(s.connects()),
                    num(s.refused())));
        }
        return new Table("smb-shares", "SMB shares mounted", List.of("share", "server", "clients", "accounts",
                "connects", "refused"), rows);
    }

    private static Table remoteFiles(AccountsReport a) {
        List<List<String>> rows = new ArrayList<>();
        for (AccountsReport.RemoteFile f : a.files()) {
            rows.add(List.of(f.name(), f.share() == null ? "" : f.share(), f.server(), list(f.clients()),
                    list(f.accounts()), num(f.opens())));
        }
        return new Table("smb-files", "SMB files opened", List.of("name", "share", "server", "clients", "accounts",
                "opens"), rows);
    }

    private static List<String> errorList(Map<String, Long> errors) {
        List<String> out = new ArrayList<>();
        new java.util.TreeMap<>(errors).forEach((k, v) -> out.add(v > 1 ? k + " ×" + v : k));
        return out;
    }

    private static Table ftpTransfers(FtpReport f) {
        List<List<String>> rows = new ArrayList<>();
        for (FtpReport.Transfer t : f.transfers()) {
            rows.add(List.of(t.command(), t.file(), t.server(), num(t.count()), list(t.clients())));
        }
        return new Table("ftp-transfers", "FTP transfers", List.of("command", "file", "server", "count", "clients"), rows);
    }

    private static Table cadence(List<CadenceReport.Pair> pairs) {
        List<List<String>> rows = new ArrayList<>();
        for (CadenceReport.Pair p : pairs) {
            rows.add(List.of(p.label(), num(p.events()), num(p.failures()), secs(p.medianInterval()),
                    Double.isNaN(p.jitterPercent()) ? "" : "±" + pct(p.jitterPercent()), fmt(p.skew()),
                    Integer.toString(p.score()), p.beacon() ? "BEACON" : p.periodic() ? "periodic" : ""));
        }
        return new Table("cadence", "Cadence per pair", List.of("pair", "events", "failed", "median", "jitter", "skew",
                "score", "verdict"), rows);
    }

    static String num(long n) {
        return Long.toString(n);
    }

    static String list(List<String> values) {
        if (values.size() <= LISTED) {
            return String.join(", ", values);
        }
        return String.join(", ", values.subList(0, LISTED)) + " (+" + (values.size() - LISTED) + ")";
    }

    private static String rcodes(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
    }

    static String rel(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    static String secs(double s) {
        return Double.isNaN(s) ? "" : Times.human(s);
    }

    static String pct(double p) {
        return Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.0f %%", p);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
