package io.sharkfin.ioc;

import io.sharkfin.ioc.dga.DgaScorer;
import io.sharkfin.ioc.files.FileKinds;
import io.sharkfin.dissect.protocol.FileMagic;
import io.sharkfin.ioc.ssh.SshClientClassifier;
import io.sharkfin.ioc.accounts.AccountFindings;
import io.sharkfin.ioc.report.AccountsReport;
import io.sharkfin.ioc.report.CadenceReport;
import io.sharkfin.ioc.report.DnsReport;
import io.sharkfin.ioc.report.EvidenceReport;
import io.sharkfin.ioc.report.FilesReport;
import io.sharkfin.ioc.report.FtpReport;
import io.sharkfin.ioc.report.HttpReport;
import io.sharkfin.ioc.report.ImapReport;
import io.sharkfin.ioc.report.LoginClient;
import io.sharkfin.ioc.report.LoginServer;
import io.sharkfin.ioc.report.IocReport.Finding;
import io.sharkfin.ioc.report.PopReport;
import io.sharkfin.ioc.report.SmtpReport;
import io.sharkfin.ioc.report.SshReport;
import io.sharkfin.ioc.report.TlsReport;
import io.sharkfin.ioc.report.UserLogin;
import io.sharkfin.ioc.report.Times;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The narrative: turns indicators into ranked findings. Each finding says what was seen, the
 * capability it gives whoever is behind it, the objective it suggests (with MITRE ATT&CK ids),
 * and carries the evidence of the indicator it came from, whose filter selects exactly those
 * frames.
 */
final class FindingBuilder {

    /** SSH connections from one client to one server, within {@link #SSH_WINDOW_SECONDS}, that make a finding. */
    private static final int SSH_CONNECTIONS = 10;
    private static final double SSH_WINDOW_SECONDS = 600;
    /** FTP user names that need no secret (a password is then usually an e-mail address). */
    private static final Set<String> ANONYMOUS = Set.of("anonymous", "ftp");
    /** Passwords a server refused (for any users) from which they make a password-guessing finding. */
    private static final int GUESSES_REFUSED = 5;
    /** Servers a client's refused passwords spread over from which they make a finding of the client's. */
    private static final int GUESSED_SERVERS = 3;
    /** Users from which guesses spread over them, a few passwords each, are spraying. */
    private static final int SPRAYED_USERS = 4;
    /** The tunnel score from which a zone is a finding. */
    private static final int TUNNEL = 50;
    /** Archive formats whose upload is a finding (data packed to leave). */
    private static final Set<String> ARCHIVES = Set.of(FileMagic.ZIP, FileMagic.RAR, FileMagic.SEVEN_ZIP);

    private final List<Draft> drafts = new ArrayList<>();

    /** A finding before ranking. */
    private record Draft(String kind, int score, String title, String statement, String capability,
                         String objective, List<String> attack, List<String> indicators,
                         EvidenceReport evidence) {
    }

    List<Finding> build(DnsReport dns, HttpReport http, TlsReport tls, SshReport ssh, FtpReport ftp, PopReport pop,
                        ImapReport imap, SmtpReport smtp,
                        FilesReport files, AccountsReport accounts, List<CadenceReport.Pair> cadence) {
        Set<String> guessed = new HashSet<>();
        Set<String> guessingPairs = new HashSet<>();
        List<Worked> httpWorked = worked(http.logins(), HttpReport.Login::server, HttpReport.Login::clients,
                HttpReport.Login::user, HttpReport.Login::accepted, HttpReport.Login::acceptedPasswords);
        List<Worked> smtpWorked = worked(smtp.logins(), SmtpReport.Login::server, SmtpReport.Login::clients,
                l -> l.user() == null ? l.encoded() : l.user(), SmtpReport.Login::accepted,
                SmtpReport.Login::acceptedPasswords);
        guessing("HTTP", http.loginServers(), httpWorked, guessed, guessingPairs);
        guessing("FTP", ftp.servers(), worked(ftp.logins()), guessed, guessingPairs);
        guessing("POP3", pop.servers(), worked(pop.logins()), guessed, guessingPairs);
        guessing("IMAP", imap.servers(), worked(imap.logins()), guessed, guessingPairs);
        guessing("SMTP", smtp.servers(), smtpWorked, guessed, guessingPairs);
        // one client trying passwords at many servers (each refusing too few for its own finding)
        guessingFrom("HTTP", http.loginClients(), httpWorked, guessed);
        guessingFrom("FTP", ftp.clients(), worked(ftp.logins()), guessed);
        guessingFrom("POP3", pop.clients(), worked(pop.logins()), guessed);
        guessingFrom("IMAP", imap.clients(), worked(imap.logins()), guessed);
        guessingFrom("SMTP", smtp.clients(), smtpWorked, guessed);
        List<CadenceReport.Pair> beacons = cadence.stream().filter(CadenceReport.Pair::beacon).toList();
        for (CadenceReport.Pair b : beacons) {
            // a guessing tool's connections come at a steady pace too: they are the guessing finding's
            if (!guessingPairs.contains(b.client() + ' ' + b.server())) {
                beacon(b, dns, tls);
            }
        }
        for (DnsReport.Burst b : dns.nxdomainBursts()) {
            burst(b);
        }
        dgaNames(dns);
        nxRatios(dns);
        for (DnsReport.Zone z : dns.zones()) {
            tunnel(z);
        }
        for (HttpReport.UserAgent ua : http.userAgents()) {
            userAgent(ua, beacons, dns);
        }
        for (HttpReport.ProxyRequest p : http.proxyRequests()) {
            add("proxy-request", 30, "Proxy request: " + p.method() + " " + p.target(),
                    p.client() + " sent " + p.evidence().count() + " " + p.method() + " request"
                            + plural(p.evidence().count()) + " for " + p.target()
                            + ", addressed to a proxy rather than to the server itself.",
                    "relaying traffic through a proxy, possibly to hide the real destination or to tunnel other protocols",
                    "command and control through a proxy (T1090 Proxy)", List.of("T1090"),
                    List.of(p.target()), p.evidence());
        }
        for (HttpReport.FixedPath p : http.fixedPaths()) {
            add("fixed-path", 15, "Repeated path: " + p.host() + p.path(),
                    String.format(Locale.ROOT, "%s asked %s for %s %d times (median %s apart).", p.client(), p.host(),
                            p.path(), p.requests(), Times.human(p.medianInterval())),
                    "polling a fixed resource, as a tasking check or an auto-refreshing page does",
                    "possibly command and control polling (T1071.001); often benign (refresh, health checks)",
                    List.of("T1071.001"), List.of(p.host() + p.path()), p.evidence());
        }
        for (TlsReport.Certificate c : tls.certificates()) {
            if (c.leaf() && (c.selfSigned() || c.expired() || c.notYetValid())) {
                certificate(c, beacons, dns);
            }
        }
        for (TlsReport.Mismatch m : tls.sniMismatches()) {
            add("sni-mismatch", 45, "Certificate does not match SNI " + m.serverName(),
                    m.client() + " asked " + m.server() + " for " + m.serverName() + " but got a certificate for "
                            + String.join(", ", m.certificateNames()) + " (" + m.certificateSubject() + ").",
                    "a server answering under a borrowed name, or interception of the connection",
                    "domain fronting or man-in-the-middle (T1090.004 Domain Fronting, T1557)",
                    List.of("T1090.004", "T1557"), List.of(m.serverName(), m.certificateSubject()), m.evidence());
        }
        for (TlsReport.BareIp b : tls.bareIp()) {
            add("tls-bare-ip", b.resolvedBefore() ? 20 : 35, "TLS to a bare address: " + b.server() + ":" + b.port(),
                    b.client() + " opened " + b.evidence().count() + " TLS connection" + plural(b.evidence().count())
                            + " to " + b.server() + ":" + b.port() + ": " + b.reason() + ".",
                    "contacting a server by a hard-coded address, without DNS that defenders could watch or sinkhole",
                    "command and control over a hard-coded address (T1071.001, T1573)", List.of("T1071.001", "T1573"),
                    List.of(b.server()), b.evidence());
        }
        fingerprints(tls, beacons);
        Set<String> flaggedSshClients = new HashSet<>();
        for (SshReport.Fingerprint fp : ssh.hassh()) {
            if (sshClient(fp)) {
                flaggedSshClients.addAll(fp.clients());
            }
        }
        for (CadenceReport.Pair p : cadence) {
            sshConnections(p, ssh, flaggedSshClients.contains(p.client()));
        }
        for (HttpReport.Login l : http.logins()) {
            // "user:" or ":" gives away nothing
            if (l.passwords().stream().anyMatch(pw -> !pw.isEmpty())
                    && !onlyGuessed("HTTP", l.server(), l.clients(), l.accepted(), guessed)) {
                boolean proxy = l.headers().contains("Proxy-Authorization");
                // a proxy's Host names the site asked for, not the proxy logged in to
                String at = proxy ? "the proxy " + l.server() : serverAt(l.server(), l.hosts());
                credentials("HTTP", l.user(), at, l.clients(), l.count(), (proxy ? "Basic proxy authentication"
                        : "Basic authentication") + " (base64, which is no protection)"
                        + answered(l.accepted(), l.refused(), l.acceptedPasswords()), l.evidence());
            }
        }
        for (HttpReport.Token t : http.tokens()) {
            token(t);
        }
        for (UserLogin l : ftp.logins()) {
            if (!l.passwords().isEmpty() && !ANONYMOUS.contains(l.user().toLowerCase(Locale.ROOT))
                    && !onlyGuessed("FTP", l.server(), l.clients(), l.accepted(), guessed)) {
                credentials("FTP", l.user(), l.server(), l.clients(), l.count(), "USER and PASS" + answered(l), l.evidence());
            }
        }
        for (UserLogin l : pop.logins()) {
            if (!l.passwords().isEmpty() && !onlyGuessed("POP3", l.server(), l.clients(), l.accepted(), guessed)) {
                credentials("POP3", l.user(), l.server(), l.clients(), l.count(), "USER and PASS" + answered(l), l.evidence());
            }
        }
        for (UserLogin l : imap.logins()) {
            if (l.passwords().stream().anyMatch(pw -> !pw.isEmpty())
                    && !onlyGuessed("IMAP", l.server(), l.clients(), l.accepted(), guessed)) {
                credentials("IMAP", l.user(), l.server(), l.clients(), l.count(), "LOGIN" + answered(l), l.evidence());
            }
        }
        for (SmtpReport.Login l : smtp.logins()) {
            if (!l.passwords().isEmpty() && l.user() != null
                    && !onlyGuessed("SMTP", l.server(), l.clients(), l.accepted(), guessed)) {
                credentials("SMTP", l.user(), l.server(), l.clients(), l.count(), "AUTH " + l.mechanism()
                        + " (base64, which is no protection)" + answered(l.accepted(), l.refused(), l.acceptedPasswords()),
                        l.evidence());
            }
        }
        for (FilesReport.File f : files.files()) {
            file(f);
        }
        AccountFindings.add(accounts, this::add);
        return rank();
    }

    /**
     * A file worth a finding: content disguised by its declared type, an executable moved over
     * plain HTTP, or an archive sent out (uploaded).
     */
    private void file(FilesReport.File f) {
        if (f.magic() == null) {
            return; // nothing its first bytes show: no claim about it
        }
        String what = FileKinds.describe(f.magic()) + " (" + f.magic() + String.format(Locale.ROOT, ", %,d bytes, SHA-256 ",
                f.size()) + f.sha256() + ")";
        String where = f.uris().isEmpty() ? String.join(", ", f.servers()) : String.join(", ", f.uris());
        String sent = f.protocol().equals("mail") ? " mailed " : " uploaded ";
        String moved = (f.downloads() > 0 ? String.join(", ", f.clients()) + " downloaded " : String.join(", ", f.clients())
                + sent) + what + (f.downloads() > 0 ? " from " : " to ") + where
                + (f.downloads() + f.uploads() > 1 ? " (" + (f.downloads() + f.uploads()) + " times)" : "");
        List<String> indicators = new ArrayList<>(List.of(f.sha256(), f.md5()));
        indicators.addAll(f.uris());
        String disguise = FileKinds.disguise(f.declaredTypes(), f.magic());
        String name = fileName(f);
        if (disguise != null) {
            add("disguised-file", 85, "File type disguised: " + name + " is " + FileKinds.describe(f.magic())
                            + ", declared " + disguise,
                    moved + ", declared as " + disguise + ": a server that labels " + FileKinds.describe(f.magic())
                            + " as " + disguise + " hides it from filters and analysts that trust the label.",
                    "delivering a payload past web filters and content inspection that go by the declared type",
                    "defense evasion (T1036.008 Masquerade File Type) for tool transfer (T1105 Ingress Tool Transfer)",
                    List.of("T1036.008", "T1105"), indicators, f.evidence());
        } else if (FileMagic.executable(f.magic())) {
            boolean mail = f.protocol().equals("mail");
            String channel = mail ? "mail" : f.protocol().toUpperCase(Locale.ROOT);
            add("executable-transfer", f.downloads() > 0 || mail ? 80 : 55,
                    (mail ? "Executable attached to mail: " : "Executable over " + channel + ": ") + name,
                    moved + (f.declaredTypes().isEmpty() ? "" : ", declared as " + String.join(", ", f.declaredTypes()))
                            + (mail ? ", in clear (SMTP)." : ", over unencrypted " + channel + "."),
                    "running new code on a host: a first or second stage, a tool, or an update of an implant",
                    "tool transfer (T1105 Ingress Tool Transfer)", List.of("T1105"), indicators, f.evidence());
        } else if (f.uploads() > 0 && f.downloads() == 0 && ARCHIVES.contains(f.magic()) && !f.protocol().equals("mail")) {
            add("archive-upload", 60, "Archive uploaded: " + name,
                    moved + ": an archive sent out over " + f.protocol().toUpperCase(Locale.ROOT)
                            + " is how collected data often leaves a host.",
                    "taking data off the host in one packed file",
                    "exfiltration (T1560 Archive Collected Data, T1041 Exfiltration Over C2 Channel)",
                    List.of("T1560", "T1041"), indicators, f.evidence());
        }
    }

    /** The file's first name, else the last path segment of its first URI (without the query), else its hash's start. */
    private static String fileName(FilesReport.File f) {
        if (!f.names().isEmpty()) {
            return abbreviate(f.names().getFirst(), 60);
        }
        if (f.uris().isEmpty()) {
            return f.sha256().substring(0, 16);
        }
        String uri = f.uris().getFirst();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return abbreviate(last.isEmpty() ? uri : last, 60);
    }

    private void beacon(CadenceReport.Pair b, DnsReport dns, TlsReport tls) {
        String proto = protocol(b);
        String dest = b.name() != null ? b.name() + (b.server() != null ? " (" + b.server() + ":" + b.port() + ")" : "")
                : b.server() + ":" + b.port();
        List<String> extras = new ArrayList<>();
        for (String r : b.reasons()) {
            if (r.contains("NXDOMAIN look-ups")) {
                extras.add(r.replaceFirst("^\\S+ resolved \\S+ ", "resolved "));
            } else if (r.startsWith("the server presents a self-signed certificate")) {
                extras.add("self-signed certificate");
            } else if (r.startsWith("the name ") && r.contains("machine-generated")) {
                extras.add("DGA-like name");
            } else if (r.startsWith("the same client sent the User-Agent")) {
                extras.add("odd User-Agent from the same client");
            } else if (r.startsWith("the certificate (")) {
                extras.add("certificate for another name");
            }
        }
        String statement = String.format(Locale.ROOT, "%s every ~%s ±%.0f %% (%d %s over %s) from %s to %s%s: likely command-and-control beacon.",
                proto, Times.human(b.medianInterval()), b.jitterPercent(), b.events(), eventWord(b), Times.human(span(b)),
                b.client(), dest, extras.isEmpty() ? "" : ", " + String.join(", ", extras));
        List<String> indicators = new ArrayList<>();
        if (b.name() != null) {
            indicators.add(b.name());
        }
        if (b.server() != null) {
            indicators.add(b.server() + ":" + b.port());
        }
        add("beacon", b.score(), "Beacon: " + b.client() + " → " + (b.name() != null ? b.name() : b.server())
                        + String.format(Locale.ROOT, " every ~%s ±%.0f %%", Times.human(b.medianInterval()), b.jitterPercent()),
                statement,
                "a regular check-in: the operator can task the host and collect data from it whenever it calls",
                "command and control (" + channel(proto) + ")", techniques(proto), indicators, b.evidence());
    }

    /** The ATT&CK techniques of a command channel over this protocol. */
    private static List<String> techniques(String proto) {
        return switch (proto) {
            case "DNS look-ups" -> List.of("T1071.004");
            case "HTTP requests", "HTTP" -> List.of("T1071.001");
            case "HTTPS" -> List.of("T1071.001", "T1573");
            case "SSH" -> List.of("T1071");
            default -> List.of("T1095");
        };
    }

    private static String channel(String proto) {
        return switch (proto) {
            case "DNS look-ups" -> "T1071.004 DNS";
            case "HTTP requests", "HTTP" -> "T1071.001 Web Protocols";
            case "HTTPS" -> "T1071.001 Web Protocols, T1573 Encrypted Channel";
            case "SSH" -> "T1071 Application Layer Protocol";
            default -> "T1095 Non-Application Layer Protocol";
        };
    }

    private static double span(CadenceReport.Pair b) {
        List<Double> o = b.eventOffsets();
        return o.isEmpty() ? 0 : o.get(o.size() - 1) - o.get(0);
    }

    private static String eventWord(CadenceReport.Pair b) {
        return switch (b.kind()) {
            case "tcp" -> b.events() == 1 ? "connection" : "connections";
            case "udp" -> b.events() == 1 ? "flow" : "flows";
            case "dns" -> b.events() == 1 ? "look-up" : "look-ups";
            default -> b.events() == 1 ? "request" : "requests";
        };
    }

    private static String protocol(CadenceReport.Pair b) {
        if ("dns".equals(b.kind())) {
            return "DNS look-ups";
        }
        if ("http".equals(b.kind())) {
            return "HTTP requests";
        }
        Integer port = b.port();
        if ("tcp".equals(b.kind()) && port != null) {
            return switch (port) {
                case 443, 8443 -> "HTTPS";
                case 80, 8080 -> "HTTP";
                case 22 -> "SSH";
                default -> "TCP/" + port;
            };
        }
        return b.kind().toUpperCase(Locale.ROOT) + (port == null ? "" : "/" + port);
    }

    private void burst(DnsReport.Burst b) {
        int scoreRange = b.names().stream().mapToInt(DnsReport.ScoredName::dga).max().orElse(0);
        String then = b.followedBy() == null ? "" : ", then resolved " + b.followedBy().name()
                + (b.followedBy().answers().isEmpty() ? "" : " → " + String.join(", ", b.followedBy().answers()))
                + " " + Times.human(b.followedBy().afterSeconds()) + " later";
        boolean dgaLike = b.meanDga() >= DgaScorer.LIKELY;
        int score = Math.min(95, 40 + b.meanDga() / 2 + (b.followedBy() != null ? 10 : 0));
        String statement = String.format(Locale.ROOT,
                "%s looked up %d names that do not exist within %s (DGA scores %d–%d, mean %d)%s%s: %s.",
                b.client(), b.distinctNames(), Times.human(b.duration()), b.minDga(), scoreRange, b.meanDga(), then,
                b.occurrences() > 1 ? "; the same burst recurred " + b.occurrences() + " times" : "",
                dgaLike ? "a domain generation algorithm searching for its live command server"
                        : "many failed look-ups in quick succession (mistyped names, a scan, or a generator)");
        List<String> indicators = new ArrayList<>();
        if (b.followedBy() != null) {
            indicators.add(b.followedBy().name());
        }
        for (DnsReport.ScoredName n : b.names()) {
            indicators.add(n.name());
        }
        add("nxdomain-burst", score, "NXDOMAIN burst: " + b.distinctNames() + " names from " + b.client(), statement,
                "finding the controller among many generated names, so that taking down one domain does not cut the malware off",
                "command and control rendezvous (T1568.002 Dynamic Resolution: Domain Generation Algorithms)",
                List.of("T1568.002"), indicators, b.evidence());
    }

    private void dgaNames(DnsReport dns) {
        Set<String> inBursts = new LinkedHashSet<>();
        for (DnsReport.Burst b : dns.nxdomainBursts()) {
            b.names().forEach(n -> inBursts.add(n.name()));
            if (b.followedBy() != null) {
                inBursts.add(b.followedBy().name());
            }
        }
        // the names of a suspected tunnel are its data, reported with the tunnel, not one by one
        List<String> tunnels = dns.zones().stream().filter(z -> z.tunnelScore() >= TUNNEL).map(z -> "." + z.zone()).toList();
        for (DnsReport.Name n : dns.names()) {
            String lower = n.name().toLowerCase(Locale.ROOT);
            if (n.dga().score() >= DgaScorer.LIKELY && !inBursts.contains(n.name())
                    && tunnels.stream().noneMatch(lower::endsWith)) {
                add("dga-name", 25 + n.dga().score() / 4, "DGA-like name: " + n.name(),
                        n.name() + " was looked up " + n.queries() + " time" + plural(n.queries()) + " by "
                                + String.join(", ", n.clients()) + "; it looks machine-generated (DGA score "
                                + n.dga().score() + ": " + String.join("; ", n.dga().reasons()) + ").",
                        "reaching a server under a throw-away generated name",
                        "command and control rendezvous (T1568.002)", List.of("T1568.002"), List.of(n.name()),
                        n.evidence());
            }
        }
    }

    private void nxRatios(DnsReport dns) {
        for (DnsReport.Client c : dns.clients()) {
            if (c.responses() >= 10 && c.nxdomainRatio() >= 0.5 && c.nxdomainEvidence() != null) {
                add("nxdomain-ratio", 30, String.format(Locale.ROOT, "%s: %.0f %% NXDOMAIN", c.client(), 100 * c.nxdomainRatio()),
                        String.format(Locale.ROOT, "%d of the %d DNS answers to %s were NXDOMAIN.", c.nxdomain(),
                                c.responses(), c.client()),
                        "probing for registered names (a generator, a typo-squatting check or a misconfiguration)",
                        "possibly command and control rendezvous (T1568.002)", List.of("T1568.002"),
                        List.of(c.client()), c.nxdomainEvidence());
            }
        }
    }

    private void userAgent(HttpReport.UserAgent ua, List<CadenceReport.Pair> beacons, DnsReport dns) {
        if (ua.flags().isEmpty()) {
            return;
        }
        Set<String> kinds = new LinkedHashSet<>();
        ua.flags().forEach(f -> kinds.add(f.kind()));
        int score = kinds.contains("attack-tool") ? 70 : kinds.contains("outdated-browser") ? 55
                : kinds.contains("empty") ? 40 : kinds.contains("scripting-client") ? 35
                : kinds.contains("crawler") ? 25 : 20;
        boolean suspiciousHost = false;
        for (String h : ua.hosts()) {
            suspiciousHost |= beacons.stream().anyMatch(b -> h.equals(b.name()));
            suspiciousHost |= dns.names().stream().anyMatch(n -> n.name().equals(h) && n.dga().score() >= DgaScorer.LIKELY);
        }
        if (suspiciousHost) {
            score += 15;
        }
        String requests = String.join(", ", firstN(ua.hosts().isEmpty() ? List.of() : requestsOf(ua), 3));
        boolean favicon = requests.contains("/favicon.ico");
        String what = String.join("; ", ua.flags().stream().map(HttpReport.Flag::reason).toList());
        String statement = (requests.isEmpty() ? "" : requests + " ") + "with User-Agent \"" + ua.value() + "\" ("
                + ua.requests() + " request" + plural(ua.requests()) + " from " + String.join(", ", ua.clients())
                + "): " + what + (favicon ? "; a /favicon.ico fetch is a classic connectivity check disguised as a browser" : "")
                + (suspiciousHost ? "; the host is a suspected command server" : "") + ".";
        String capability = kinds.contains("attack-tool") ? "automated attacks on the web server"
                : kinds.contains("outdated-browser") ? "a hard-coded client identity, typical of malware check-ins and downloaders"
                : kinds.contains("scripting-client") ? "scripted downloads or automation outside a browser"
                : "a client that does not identify itself like a browser";
        String objective = kinds.contains("attack-tool") ? "initial access (T1190 Exploit Public-Facing Application, T1595 Active Scanning)"
                : kinds.contains("scripting-client") ? "ingress tool transfer or automated collection (T1105)"
                : "command and control check-in (T1071.001 Web Protocols)";
        List<String> attack = kinds.contains("attack-tool") ? List.of("T1190", "T1595")
                : kinds.contains("scripting-client") ? List.of("T1105") : List.of("T1071.001");
        List<String> indicators = new ArrayList<>();
        indicators.add(ua.value());
        indicators.addAll(firstN(requestsOf(ua), 5));
        add("odd-user-agent", Math.min(95, score), "Odd User-Agent: " + abbreviate(ua.value(), 60), statement,
                capability, objective, attack, indicators, ua.evidence());
    }

    private List<String> requestsOf(HttpReport.UserAgent ua) {
        return requestLister == null ? List.of() : requestLister.apply(ua.value());
    }

    private Function<String, List<String>> requestLister;

    /** Where the requests made with a User-Agent come from (the HTTP collector). */
    FindingBuilder requests(Function<String, List<String>> lister) {
        this.requestLister = lister;
        return this;
    }

    private void certificate(TlsReport.Certificate c, List<CadenceReport.Pair> beacons, DnsReport dns) {
        boolean beaconServer = false;
        for (CadenceReport.Pair b : beacons) {
            beaconServer |= c.servers().contains(b.server()) || c.serverNames().contains(b.name());
        }
        boolean defaults = c.subject().contains("Default Company Ltd") || c.subject().contains("Internet Widgits Pty Ltd");
        String dates = c.expired() ? "expired" : c.notYetValid() ? "not yet valid" : null;
        String what = c.selfSigned() ? "a self-signed certificate" + (dates == null ? "" : ", " + dates + ",")
                : c.expired() ? "an expired certificate" : "a certificate not yet valid";
        String who = c.serverNames().isEmpty() ? String.join(", ", c.servers())
                : String.join(", ", c.serverNames()) + " (" + String.join(", ", c.servers()) + ")";
        String statement = who + " presents " + what + ": " + c.subject()
                + (c.selfSigned() ? "" : ", issued by " + c.issuer())
                + (c.notBefore() != null ? ", valid " + c.notBefore() + " to " + c.notAfter() : "")
                + " (" + c.evidence().count() + " handshake" + plural(c.evidence().count()) + ")"
                + (defaults ? "; its organisation is an OpenSSL default, typical of hastily made certificates" : "")
                + (beaconServer ? "; the server is a beacon destination" : "") + ".";
        int score = (c.selfSigned() ? 50 : 35) + (defaults ? 10 : 0) + (beaconServer ? 15 : 0);
        List<String> indicators = new ArrayList<>(List.of(c.subject()));
        indicators.addAll(c.serverNames());
        String name = c.subjectCn() != null ? c.subjectCn() : c.subject();
        if (c.selfSigned()) {
            add("self-signed-certificate", Math.min(95, score), "Self-signed certificate: " + name,
                    statement, "encryption the operator controls end to end, with no certificate authority involved",
                    "encrypted command and control (T1573.002 Asymmetric Cryptography, T1587.003 Digital Certificates)",
                    List.of("T1573.002", "T1587.003"), indicators, c.evidence());
        } else {
            add("invalid-certificate-dates", Math.min(95, score),
                    (c.expired() ? "Expired certificate: " : "Certificate not yet valid: ") + name, statement,
                    "a server that no validating client would trust: neglected, or used only by clients that skip "
                            + "certificate checks, as implants often do",
                    "encrypted command and control (T1573.002 Asymmetric Cryptography, T1587.003 Digital Certificates)",
                    List.of("T1573.002", "T1587.003"), indicators, c.evidence());
        }
    }

    private void fingerprints(TlsReport tls, List<CadenceReport.Pair> beacons) {
        for (CadenceReport.Pair b : beacons) {
            if (b.server() == null) {
                continue;
            }
            fingerprint("JA3", "client", tls.ja3(), b, 50);
            fingerprint("JA4", "client", tls.ja4(), b, 45);
            fingerprint("JA3S", "server", tls.ja3s(), b, 40);
        }
    }

    private void fingerprint(String kind, String side, List<TlsReport.Fingerprint> list, CadenceReport.Pair b, int score) {
        for (TlsReport.Fingerprint fp : list) {
            boolean toBeacon = side.equals("client") ? fp.servers().contains(b.server()) : fp.clients().contains(b.client())
                    && fp.servers().contains(b.server());
            if (!toBeacon) {
                continue;
            }
            boolean only = fp.servers().size() == 1;
            add("tls-fingerprint", score, kind + " of the beacon " + side + ": " + fp.value(),
                    kind + " " + fp.value() + " (" + fp.count() + " handshake" + plural(fp.count()) + ") is the TLS "
                            + side + " fingerprint of the beacon from " + b.client() + " to "
                            + (b.name() != null ? b.name() : b.server())
                            + (only ? "; it was seen with no other server" : "; it was also seen with " + (fp.servers().size() - 1)
                            + " other server" + plural(fp.servers().size() - 1)) + ".",
                    "recognising the same implant (its TLS library and settings) on other hosts and in later traffic",
                    "encrypted command and control (T1573 Encrypted Channel); the fingerprint is a detection handle",
                    List.of("T1573"), List.of(fp.value()), fp.evidence());
        }
    }

    /** A password sent where anyone on the path could read it. */
    private void credentials(String protocol, String user, String server, List<String> clients, long count, String how,
                             EvidenceReport evidence) {
        add("cleartext-credentials", 45, protocol + " password in clear: " + abbreviate(user, 40) + " at " + server,
                // the server's answer is not read: the password was sent, whether or not it was accepted
                String.join(", ", clients) + " sent the password of " + user + " to " + server + " over " + protocol
                        + " with " + how + ", unencrypted (" + count + " time" + plural(count)
                        + "): the password is in the capture, right or wrong.",
                "account credentials readable by anyone on the path, for reuse against this and other services",
                "credential access (T1040 Network Sniffing, T1552 Unsecured Credentials)", List.of("T1040", "T1552"),
                List.of(user, server), evidence);
    }

    /** An authorization credential of another scheme than Basic's, sent in clear. */
    private void token(HttpReport.Token t) {
        String at = serverAt(t.server(), t.hosts());
        add("cleartext-token", 40, "HTTP " + t.scheme() + " credential in clear at " + at,
                String.join(", ", t.clients()) + " sent " + t.header() + ": " + abbreviate(t.value(), 80) + " to " + at
                        + " over unencrypted HTTP (" + t.count() + " time" + plural(t.count())
                        + "): whoever sees it can present it, and a fixed one marks the client that sends it.",
                "a credential anyone on the path can replay; a constant one identifies the client or implant that sends it",
                "credential access (T1040 Network Sniffing, T1552 Unsecured Credentials)", List.of("T1040", "T1552"),
                List.of(t.value(), t.server()), t.evidence());
    }

    /**
     * A server that refused many passwords: someone guessing them, against one account (brute
     * force) or many (spraying); worse when one was then accepted. The servers named are added to
     * {@code guessed} (as "protocol server"), their clients and they to {@code pairs} ("client server").
     */
    private void guessing(String protocol, List<LoginServer> servers, List<Worked> worked,
                          Set<String> guessed, Set<String> pairs) {
        for (LoginServer s : servers) {
            if (s.refused() < GUESSES_REFUSED) {
                continue;
            }
            guessed.add(protocol + ' ' + s.server());
            s.clients().forEach(c -> pairs.add(c + ' ' + s.server()));
            boolean spraying = s.users() >= SPRAYED_USERS && s.attempts() <= 2 * s.users();
            String users = s.users() == 1 ? "1 user (" + s.userNames().getFirst() + ")"
                    : s.users() + " users (" + String.join(", ", firstN(s.userNames(), 5))
                            + (s.users() > 5 ? ", …" : "") + ")";
            String how = s.users() <= 1 ? "brute force against one account"
                    : spraying ? "password spraying: a few passwords tried across many accounts"
                    : "password guessing across several accounts";
            String outcome = s.accepted() == 0 ? "none was accepted"
                    : "then " + (s.accepted() == 1 ? "one was" : s.accepted() + " were") + " accepted ("
                            + String.join("; ", worked.stream().filter(w -> w.server().equals(s.server()))
                                    .map(Worked::login).toList())
                            + "): the guessing found a working password";
            List<String> attack = new ArrayList<>(List.of(spraying ? "T1110.003" : "T1110.001"));
            if (s.accepted() > 0) {
                attack.add("T1078");
            }
            String statement = String.join(", ", s.clients()) + " sent " + s.attempts() + " password" + plural(s.attempts())
                    + " for " + users + " to " + s.server() + " over " + protocol + "; the server refused " + s.refused()
                    + " and " + outcome + " (" + how + ").";
            add("password-guessing", s.accepted() > 0 ? 80 : 55,
                    protocol + (spraying ? " password spraying at " : " password guessing at ") + s.server() + ": "
                            + s.refused() + " refused" + (s.accepted() > 0 ? ", " + s.accepted() + " accepted" : ""),
                    statement,
                    s.accepted() > 0 ? "a working account on the server, found by guessing, and what it reaches"
                            : "trying passwords against the server's accounts until one works",
                    "credential access (" + (spraying ? "T1110.003 Password Spraying" : "T1110.001 Password Guessing")
                            + ")" + (s.accepted() > 0 ? ", then the account's use (T1078 Valid Accounts)" : ""),
                    List.copyOf(attack),
                    concat(List.of(s.server()), s.clients()), s.evidence());
        }
    }

    /** A login a server accepted: its server, its clients, and "user / password". */
    private record Worked(String server, List<String> clients, String login) {
    }

    /** The logins the servers accepted. */
    private static List<Worked> worked(List<UserLogin> logins) {
        return worked(logins, UserLogin::server, UserLogin::clients, UserLogin::user, UserLogin::accepted,
                UserLogin::acceptedPasswords);
    }

    private static <L> List<Worked> worked(List<L> logins, Function<L, String> server, Function<L, List<String>> clients,
                                           Function<L, String> user, ToLongFunction<L> accepted,
                                           Function<L, List<String>> passwords) {
        List<Worked> out = new ArrayList<>();
        for (L l : logins) {
            if (accepted.applyAsLong(l) > 0) {
                List<String> pw = passwords.apply(l);
                out.add(new Worked(server.apply(l), clients.apply(l),
                        pw.isEmpty() ? user.apply(l) : user.apply(l) + " / " + String.join(", ", pw)));
            }
        }
        return out;
    }

    /**
     * One client's passwords refused at several servers: the same few credentials (a device's
     * default, a leaked pair) tried across a network, each server refusing too few for a finding
     * of its own. The clients named are added to {@code guessed} (as "protocol from client").
     */
    private void guessingFrom(String protocol, List<LoginClient> clients, List<Worked> worked, Set<String> guessed) {
        for (LoginClient c : clients) {
            if (c.refused() < GUESSES_REFUSED || c.servers() < GUESSED_SERVERS) {
                continue;
            }
            guessed.add(protocol + " from " + c.client());
            String servers = c.servers() + " servers (" + String.join(", ", firstN(c.serverNames(), 5))
                    + (c.servers() > 5 ? ", …" : "") + ")";
            String users = c.users() == 1 ? "1 user (" + c.userNames().getFirst() + ")"
                    : c.users() + " users (" + String.join(", ", firstN(c.userNames(), 5)) + (c.users() > 5 ? ", …" : "") + ")";
            List<String> where = worked.stream()
                    .filter(w -> w.clients().contains(c.client()) && c.serverNames().contains(w.server()))
                    .map(w -> w.login() + " at " + w.server()).toList();
            String outcome = c.accepted() == 0 ? "none accepted one"
                    : (c.accepted() == 1 ? "one accepted" : c.accepted() + " accepted")
                            + (where.isEmpty() ? "" : " (" + String.join("; ", where) + ")") + ": the credentials work there";
            List<String> attack = new ArrayList<>(List.of("T1110.003"));
            if (c.accepted() > 0) {
                attack.add("T1078");
            }
            List<String> indicators = new ArrayList<>(List.of(c.client()));
            indicators.addAll(c.serverNames());
            add("password-guessing", c.accepted() > 0 ? 75 : 50,
                    protocol + " logins tried at " + c.servers() + " servers from " + c.client() + ": " + c.refused()
                            + " refused" + (c.accepted() > 0 ? ", " + c.accepted() + " accepted" : ""),
                    c.client() + " sent " + c.attempts() + " password" + plural(c.attempts()) + " for " + users + " to "
                            + servers + " over " + protocol + "; the servers refused " + c.refused() + " and " + outcome
                            + " (a few credentials tried across many servers: defaults or leaked passwords).",
                    c.accepted() > 0 ? "working accounts on the servers that accepted, found by trying the same credentials everywhere"
                            : "finding the servers on which known credentials work",
                    "credential access (T1110.003 Password Spraying)"
                            + (c.accepted() > 0 ? ", then the accounts' use (T1078 Valid Accounts)" : ""),
                    List.copyOf(attack), indicators, c.evidence());
        }
    }

    /**
     * Whether a login at {@code server} is one of a guessing run's that never worked (at a server
     * that refused many, or from clients that tried many servers): its passwords are the
     * password-guessing finding's, not findings of their own.
     */
    private static boolean onlyGuessed(String protocol, String server, List<String> clients, long accepted,
                                       Set<String> guessed) {
        return accepted == 0 && (guessed.contains(protocol + ' ' + server)
                || !clients.isEmpty() && clients.stream().allMatch(c -> guessed.contains(protocol + " from " + c)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * What the server answered to a login's passwords, when it answered: ", accepted 2 times
     * (Summer2026), refused once".
     */
    private static String answered(UserLogin l) {
        return answered(l.accepted(), l.refused(), l.acceptedPasswords());
    }

    private static String answered(long accepted, long refused, List<String> acceptedPasswords) {
        StringBuilder out = new StringBuilder();
        if (accepted > 0) {
            out.append(accepted == 1 ? ", accepted once" : ", accepted " + accepted + " times");
            if (!acceptedPasswords.isEmpty()) {
                out.append(" (").append(String.join(", ", acceptedPasswords)).append(')');
            }
        }
        if (refused > 0) {
            out.append(refused == 1 ? ", refused once" : ", refused " + refused + " times");
        }
        return out.toString();
    }

    /** A server's address, with the Host name it was asked by when there was one only. */
    private static String serverAt(String server, List<String> hosts) {
        return hosts.size() == 1 ? server + " (" + hosts.getFirst() + ")" : server;
    }

    /** A zone whose many long, encoded-looking names look like data carried through DNS. */
    private void tunnel(DnsReport.Zone z) {
        if (z.tunnelScore() < TUNNEL) {
            return;
        }
        String statement = String.join(", ", z.clients()) + " asked " + z.names() + " distinct names under " + z.zone()
                + " (" + z.queries() + " quer" + (z.queries() == 1 ? "y" : "ies") + ", e.g. "
                + abbreviate(z.examples().getFirst(), 80) + "): " + String.join("; ", z.reasons()) + ".";
        List<String> indicators = new ArrayList<>(List.of(z.zone()));
        indicators.addAll(z.examples());
        add("dns-tunnel", z.tunnelScore(), "Possible DNS tunnel: " + z.names() + " names under " + z.zone(), statement,
                "moving data in DNS queries and answers, through the resolver, past firewalls that let DNS out",
                "exfiltration or command and control over DNS (T1071.004 DNS, T1048 Exfiltration Over Alternative Protocol)",
                List.of("T1071.004", "T1048"), indicators, z.evidence());
    }

    /**
     * An SSH client whose HASSH or identification line gives it away as a tool or a library;
     * whether it is one.
     */
    private boolean sshClient(SshReport.Fingerprint fp) {
        List<SshClientClassifier.Flag> flags = SshClientClassifier.classify(fp.value(), fp.software());
        if (flags.isEmpty()) {
            return false;
        }
        boolean tool = flags.stream().anyMatch(f -> f.kind() == SshClientClassifier.Kind.ATTACK_TOOL);
        String software = fp.software().isEmpty() ? "no identification line seen" : String.join(", ", fp.software());
        String statement = String.join(", ", fp.clients()) + " offered HASSH " + fp.value() + " to "
                + String.join(", ", fp.servers()) + " in " + fp.count() + " SSH connection" + plural(fp.count()) + " ("
                + software + "): " + String.join("; ", flags.stream().map(SshClientClassifier.Flag::reason).toList()) + ".";
        List<String> indicators = new ArrayList<>(List.of(fp.value()));
        indicators.addAll(fp.software());
        add("ssh-client", tool ? 70 : 35, (tool ? "SSH client with an attack tool's HASSH: " : "Scripted SSH client: ")
                        + abbreviate(fp.software().isEmpty() ? fp.value() : fp.software().getFirst(), 60), statement,
                "logins and commands over SSH run by a program: password guessing, or a tool acting on the server",
                "brute force or lateral movement over SSH (T1110 Brute Force, T1021.004 Remote Services: SSH)",
                List.of("T1110", "T1021.004"), indicators, fp.evidence());
        return true;
    }

    /**
     * Many SSH connections from one client to one server in a short time: password guessing or
     * spraying opens a new connection every few tries. Whether a login worked is encrypted. {@code tool}:
     * the client is a flagged library or tool.
     */
    private void sshConnections(CadenceReport.Pair p, SshReport ssh, boolean tool) {
        if (!p.kind().equals("tcp") || p.attempts() < SSH_CONNECTIONS || p.server() == null || p.port() == null) {
            return;
        }
        List<String> software = ssh.clientSoftware().stream()
                .filter(s -> s.clients().contains(p.client()) && s.servers().contains(p.server()))
                .map(SshReport.Software::line).toList();
        boolean sshServer = ssh.serverSoftware().stream().anyMatch(s -> s.servers().contains(p.server()));
        if (software.isEmpty() || !sshServer) {
            return;
        }
        double span = p.evidence().lastRel() - p.evidence().firstRel();
        if (span > SSH_WINDOW_SECONDS) {
            return;
        }
        int score = 45 + (tool ? 15 : 0) + (p.attempts() >= 50 ? 10 : 0);
        String statement = String.format(Locale.ROOT, "%s opened %d SSH connections to %s:%d in %s (%s): password"
                        + " guessing or spraying opens a new connection every few tries%s; what happened inside is"
                        + " encrypted, so whether a login worked is not visible.", p.client(), p.attempts(), p.server(),
                p.port(), Times.human(span), String.join(", ", software),
                tool ? "; the client is a scripting library or an attack tool's" : "");
        add("ssh-brute-force", score, String.format(Locale.ROOT, "Many SSH connections: %s → %s:%d (%d in %s)",
                        p.client(), p.server(), p.port(), p.attempts(), Times.human(span)), statement,
                "guessing passwords against the SSH server from one address",
                "credential access over SSH (T1110 Brute Force), then remote access (T1021.004 Remote Services: SSH)",
                List.of("T1110", "T1021.004"), List.of(p.client(), p.server()), p.evidence());
    }

    private void add(String kind, int score, String title, String statement, String capability, String objective,
                     List<String> attack, List<String> indicators, EvidenceReport evidence) {
        drafts.add(new Draft(kind, score, title, statement, capability, objective, attack, List.copyOf(indicators), evidence));
    }

    private List<Finding> rank() {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt(Draft::score).reversed()
                .thenComparingLong(d -> d.evidence().firstFrame()));
        List<Finding> out = new ArrayList<>();
        int rank = 1;
        for (Draft d : sorted) {
            out.add(new Finding(rank, String.format(Locale.ROOT, "F%03d-%s", rank, d.kind()), d.kind(),
                    severity(d.score()), d.score(), d.title(), d.statement(), d.capability(), d.objective(),
                    d.attack(), d.indicators(), d.evidence()));
            rank++;
        }
        return out;
    }

    static String severity(int score) {
        return score >= 75 ? "high" : score >= 50 ? "medium" : score >= 25 ? "low" : "informational";
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    private static List<String> firstN(List<String> l, int n) {
        return l.size() <= n ? l : l.subList(0, n);
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
