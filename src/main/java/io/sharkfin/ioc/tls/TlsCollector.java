package io.sharkfin.ioc.tls;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.NameBook;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.StreamSlots;
import io.sharkfin.ioc.cadence.CadenceSeries;
import io.sharkfin.ioc.cadence.Cause;
import io.sharkfin.ioc.cadence.ConnectionTracker;
import io.sharkfin.ioc.dns.DnsCollector;
import io.sharkfin.ioc.report.Times;
import io.sharkfin.ioc.report.TlsReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TLS indicators from the {@code tls.handshake.*} and {@code tls.cert.*} fields: server names
 * (SNI), JA3/JA3S/JA4 fingerprints, server certificates (subject, issuer, validity, self-signed),
 * certificates that do not cover the SNI the client asked for, and ClientHellos without a name
 * (TLS to a bare address). The SNI of a connection is remembered by tcp.stream so that the
 * server's answer (JA3S, certificate) can be tied to it.
 *
 * <p>The i-th occurrence of each single-valued certificate field describes the i-th certificate
 * of the frame (the first is the leaf); each {@code tls.cert.san} belongs to the last certificate
 * whose fields start before it.
 */
public final class TlsCollector implements Collector {

    private static final int STREAM_SLOTS = 1 << 14;
    private static final int CLIENT_HELLO = 1;

    private final IocFields f;
    private final NameBook book;
    private final ConnectionTracker connections;
    private final DnsCollector dns;
    private final BoundedTable<String, TlsStats.Counted> serverNames = new BoundedTable<>("TLS server names");
    private final BoundedTable<String, TlsStats.Counted> ja3 = new BoundedTable<>("JA3 fingerprints");
    private final BoundedTable<String, TlsStats.Counted> ja3s = new BoundedTable<>("JA3S fingerprints");
    private final BoundedTable<String, TlsStats.Counted> ja4 = new BoundedTable<>("JA4 fingerprints");
    private final BoundedTable<String, TlsStats.Cert> certs = new BoundedTable<>("certificates");
    private final BoundedTable<String, TlsStats.Mismatch> mismatches = new BoundedTable<>("SNI mismatches");
    /** The ClientHellos of each client, server and server name: a mismatch's evidence. */
    private final BoundedTable<String, Evidence> asked = new BoundedTable<>("TLS server names per client and server");
    private final BoundedTable<String, TlsStats.BareIp> bare = new BoundedTable<>("TLS to bare addresses");
    private final BoundedTable<String, List<Cause>> serverCauses = new BoundedTable<>("TLS server causes");
    /** Each connection's ClientHello: its SNI (or null) and client. */
    private final StreamSlots<Hello> hellos = new StreamSlots<>(STREAM_SLOTS);
    private long clientHellos;

    public TlsCollector(IocFields fields, NameBook book, ConnectionTracker connections, DnsCollector dns) {
        this.f = fields;
        this.book = book;
        this.connections = connections;
        this.dns = dns;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        if (PacketValues.first(p, f.tlsHandshakeType) < 0 && PacketValues.first(p, f.certSubject) < 0) {
            return;
        }
        long stream = PacketValues.num(p, f.tcpStream, -1);
        if (hasType(p, CLIENT_HELLO)) {
            clientHello(frame, p, stream);
        }
        int e = PacketValues.first(p, f.tlsJa3s);
        if (e >= 0) {
            TlsStats.Counted c = count(ja3s, frame.values().string(p, e), frame);
            if (c != null) {
                c.servers.add(frame.src());
                c.clients.add(frame.dst());
                c.serverNames.add(sniOf(stream));
            }
        }
        if (PacketValues.first(p, f.certSubject) >= 0) {
            certificates(frame, p, stream);
        }
    }

    private boolean hasType(Packet p, int type) {
        for (int e = PacketValues.first(p, f.tlsHandshakeType); e >= 0; e = p.next(e)) {
            if (p.num(e) == type) {
                return true;
            }
        }
        return false;
    }

    private void clientHello(FrameContext frame, Packet p, long stream) {
        clientHellos++;
        String client = frame.src();
        String server = frame.dst();
        int se = PacketValues.first(p, f.tlsSni);
        String sni = se < 0 ? null : frame.values().string(p, se);
        hellos.put(stream, new Hello(sni, client));
        if (sni != null) {
            TlsStats.Counted c = count(serverNames, sni, frame);
            if (c != null) {
                c.clients.add(client);
                c.servers.add(server);
            }
            if (server != null) {
                book.presented(server, sni);
                if (client != null) {
                    Evidence hellos = asked.get(askedKey(client, server, sni), k -> new Evidence());
                    if (hellos != null) {
                        hellos.add(frame.number(), frame.time());
                    }
                }
            }
            CadenceSeries pair = stream < 0 ? null : connections.tcpSeries(stream);
            if (pair != null) {
                pair.names().add(sni);
            }
        }
        if ((sni == null || isAddress(sni)) && client != null && server != null) {
            boolean quic = stream < 0;
            int port = (int) PacketValues.num(p, quic ? f.udpDstPort : f.tcpDstPort, 0);
            String literal = sni == null ? "" : sni;
            TlsStats.BareIp b = bare.get(client + "|" + server + "|" + port + "|" + quic + "|" + literal,
                    k -> new TlsStats.BareIp(client, server, quic ? "udp" : "tcp", port, literal));
            if (b != null) {
                if (b.evidence.count() == 0) {
                    b.resolvedBefore = book.resolvedBy(client, server);
                }
                b.evidence.add(frame.number(), frame.time());
            }
        }
        fingerprint(ja3, f.tlsJa3, p, frame, client, server, sni);
        fingerprint(ja4, f.tlsJa4, p, frame, client, server, sni);
    }

    private void fingerprint(BoundedTable<String, TlsStats.Counted> table, int field, Packet p, FrameContext frame,
                             String client, String server, String sni) {
        int e = PacketValues.first(p, field);
        if (e < 0) {
            return;
        }
        TlsStats.Counted c = count(table, frame.values().string(p, e), frame);
        if (c != null) {
            c.clients.add(client);
            c.servers.add(server);
            c.serverNames.add(sni);
        }
    }

    private static TlsStats.Counted count(BoundedTable<String, TlsStats.Counted> table, String value, FrameContext frame) {
        TlsStats.Counted c = table.get(value, TlsStats.Counted::new);
        if (c != null) {
            c.count++;
            c.evidence.add(frame.number(), frame.time());
        }
        return c;
    }

    private record Hello(String sni, String client) {
    }

    private String sniOf(long stream) {
        Hello h = hellos.get(stream);
        return h == null ? null : h.sni();
    }

    private String clientOf(long stream, String fallback) {
        Hello h = hellos.get(stream);
        return h != null && h.client() != null ? h.client() : fallback;
    }

    private void certificates(FrameContext frame, Packet p, long stream) {
        List<FrameCertificates.Entries> chain = FrameCertificates.of(p, f);
        String server = frame.src();
        String sni = sniOf(stream);
        for (int i = 0; i < chain.size(); i++) {
            FrameCertificates.Entries entries = chain.get(i);
            String subject = p.string(entries.subject);
            String issuer = entries.issuer < 0 ? "" : p.string(entries.issuer);
            TlsStats.Cert c = certs.get(subject + "\n" + issuer, k -> new TlsStats.Cert(subject, issuer));
            if (c == null) {
                continue;
            }
            boolean first = c.evidence.count() == 0;
            c.evidence.add(frame.number(), frame.time());
            c.servers.add(server);
            c.serverNames.add(sni);
            c.leaf |= i == 0;
            if (first) {
                describe(c, p, entries, frame.time());
            }
            if (i == 0) {
                judgeLeaf(c, frame, server, sni, stream);
            }
        }
    }

    /** Fills in a certificate's names and validity, judged at the time it was first seen. */
    private static void describe(TlsStats.Cert c, Packet p, FrameCertificates.Entries e, long now) {
        c.subjectCn = e.commonName < 0 ? null : p.string(e.commonName);
        c.notBefore = e.notBefore < 0 ? null : Times.iso(p.timeSeconds(e.notBefore), p.timeNanos(e.notBefore));
        c.notAfter = e.notAfter < 0 ? null : Times.iso(p.timeSeconds(e.notAfter), p.timeNanos(e.notAfter));
        // compared as seconds and nanoseconds: validity ends can lie past what a nanosecond count holds
        long nowSeconds = Math.floorDiv(now, 1_000_000_000L);
        int nowNanos = (int) Math.floorMod(now, 1_000_000_000L);
        c.expired = e.notAfter >= 0 && compare(nowSeconds, nowNanos, p.timeSeconds(e.notAfter), p.timeNanos(e.notAfter)) > 0;
        c.notYetValid = e.notBefore >= 0
                && compare(nowSeconds, nowNanos, p.timeSeconds(e.notBefore), p.timeNanos(e.notBefore)) < 0;
        c.selfSigned = e.selfSigned >= 0 ? p.num(e.selfSigned) != 0 : c.subject.equals(c.issuer);
        List<String> san = new ArrayList<>();
        for (int s : e.san) {
            if (san.size() < 64) {
                san.add(p.string(s));
            }
        }
        c.san = List.copyOf(san);
    }

    private static int compare(long seconds, int nanos, long otherSeconds, int otherNanos) {
        int c = Long.compare(seconds, otherSeconds);
        return c != 0 ? c : Integer.compare(nanos, otherNanos);
    }

    private void judgeLeaf(TlsStats.Cert c, FrameContext frame, String server, String sni, long stream) {
        if (server == null) {
            return;
        }
        List<Cause> causes = serverCauses.get(server, k -> new ArrayList<>());
        if (causes != null && causes.isEmpty()) {
            if (c.selfSigned) {
                causes.add(new Cause("self-signed-certificate", 15,
                        "the server presents a self-signed certificate (" + c.subject + ", frame " + frame.number() + ")"));
            }
            if (c.expired || c.notYetValid) {
                causes.add(new Cause("invalid-certificate-dates", 5, "the server's certificate is "
                        + (c.expired ? "expired" : "not yet valid") + " (" + c.notBefore + " to " + c.notAfter + ")"));
            }
        }
        if (sni != null && !CertificateNames.covers(c.subjectCn, sanNames(c.san), sni)) {
            String client = clientOf(stream, frame.dst());
            Evidence hellos = asked.peek(askedKey(client, server, sni));
            TlsStats.Mismatch m = hellos == null ? null : mismatches.get(client + "|" + server + "|" + sni + "|" + c.subject,
                    k -> new TlsStats.Mismatch(client, server, sni, c, hellos));
            if (m != null) {
                if (causes != null && causes.stream().noneMatch(x -> x.kind().equals("sni-mismatch"))) {
                    causes.add(new Cause("sni-mismatch", 10, "the certificate (" + c.subject
                            + ") does not name the server name the client asked for (" + sni + ")"));
                }
            }
        }
    }

    /**
     * The host names among a certificate's subject alternative names. {@code tls.cert.san} gives
     * each name without its kind: IP addresses, e-mail addresses and URIs (which hold a colon) are
     * recognised by their form.
     */
    static List<String> sanNames(List<String> san) {
        List<String> out = new ArrayList<>();
        for (String s : san) {
            if (!isAddress(s) && s.indexOf('@') < 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static String askedKey(String client, String server, String sni) {
        return client + "|" + server + "|" + sni;
    }

    static boolean isAddress(String name) {
        return name.indexOf(':') >= 0 || name.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
    }

    /** Causes against a server: its certificate is self-signed, out of date or for another name. */
    public List<Cause> causes(String server) {
        List<Cause> c = serverCauses.peek(server);
        return c == null ? List.of() : c;
    }

    public TlsReport report(ReportContext ctx) {
        List<TlsReport.ServerName> names = new ArrayList<>();
        for (TlsStats.Counted c : serverNames.values()) {
            names.add(new TlsReport.ServerName(c.value, c.count, c.clients.list(), c.servers.list(),
                    dns.dga(c.value), ctx.evidence(c.evidence, FilterText.eq("tls.handshake.extensions_server_name", c.value))));
        }
        List<TlsReport.Certificate> certList = new ArrayList<>();
        for (TlsStats.Cert c : certs.values()) {
            certList.add(new TlsReport.Certificate(c.subject, c.issuer, c.subjectCn, c.san, c.notBefore, c.notAfter,
                    c.selfSigned, c.expired, c.notYetValid, c.leaf, c.servers.list(), c.serverNames.list(),
                    ctx.evidence(c.evidence, certFilter(c.subject, c.issuer))));
        }
        List<TlsReport.Mismatch> mm = new ArrayList<>();
        for (TlsStats.Mismatch m : mismatches.values()) {
            List<String> certNames = sanNames(m.cert.san);
            if (certNames.isEmpty() && m.cert.subjectCn != null) {
                certNames.add(m.cert.subjectCn);
            }
            // the evidence is what the client asked: the certificate frame does not carry the name
            mm.add(new TlsReport.Mismatch(m.client, m.server, m.serverName, m.cert.subject, certNames,
                    ctx.evidence(m.hellos, FilterText.and(FilterText.src(m.client), FilterText.dst(m.server),
                            "tls.handshake.type == 1", FilterText.eq("tls.handshake.extensions_server_name", m.serverName)))));
        }
        List<TlsReport.BareIp> bareList = new ArrayList<>();
        for (TlsStats.BareIp b : bare.values()) {
            String nameTest = b.literal.isEmpty() ? "!tls.handshake.extensions_server_name"
                    : FilterText.eq("tls.handshake.extensions_server_name", b.literal);
            String reason = b.literal.isEmpty()
                    ? "ClientHello without a server name" + (b.resolvedBefore ? "" : " to an address the client never looked up")
                    : "ClientHello naming an address (" + b.literal + ") instead of a host";
            bareList.add(new TlsReport.BareIp(b.client, b.server, b.port, b.resolvedBefore, reason,
                    ctx.evidence(b.evidence, FilterText.and(FilterText.src(b.client), FilterText.dst(b.server),
                            b.transport + ".dstport == " + b.port, "tls.handshake.type == 1", nameTest))));
        }
        return new TlsReport(clientHellos, names, certList, mm, bareList,
                fingerprints(ja3, "tls.handshake.ja3", ctx), fingerprints(ja3s, "tls.handshake.ja3s", ctx),
                fingerprints(ja4, "tls.handshake.ja4", ctx));
    }

    static String certFilter(String subject, String issuer) {
        return FilterText.and(FilterText.eq("tls.cert.subject", subject), FilterText.eq("tls.cert.issuer", issuer));
    }

    private static List<TlsReport.Fingerprint> fingerprints(BoundedTable<String, TlsStats.Counted> table, String field,
                                                           ReportContext ctx) {
        List<TlsReport.Fingerprint> out = new ArrayList<>();
        for (TlsStats.Counted c : table.values()) {
            out.add(new TlsReport.Fingerprint(c.value, c.count, c.clients.list(), c.servers.list(),
                    c.serverNames.list(), ctx.evidence(c.evidence, FilterText.eq(field, c.value))));
        }
        return out;
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        for (BoundedTable<?, ?> t : List.of(serverNames, ja3, ja3s, ja4, certs, mismatches, asked, bare, serverCauses)) {
            t.reportDrops(out);
        }
    }
}
