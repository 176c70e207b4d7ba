package io.sharkfin.ioc;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.ReadObserver;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import io.sharkfin.ioc.accounts.AccountsCollector;
import io.sharkfin.ioc.cadence.ConnectionTracker;
import io.sharkfin.ioc.cadence.PairTable;
import io.sharkfin.ioc.dga.DgaScorer;
import io.sharkfin.ioc.dns.DnsCollector;
import io.sharkfin.ioc.files.FilesCollector;
import io.sharkfin.ioc.hosts.HostsCollector;
import io.sharkfin.ioc.http.HttpCollector;
import io.sharkfin.ioc.report.AccountsReport;
import io.sharkfin.ioc.report.CadenceReport;
import io.sharkfin.ioc.report.DnsReport;
import io.sharkfin.ioc.report.FilesReport;
import io.sharkfin.ioc.report.HttpReport;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.FtpReport;
import io.sharkfin.ioc.report.ImapReport;
import io.sharkfin.ioc.report.PopReport;
import io.sharkfin.ioc.report.SmtpReport;
import io.sharkfin.ioc.report.SshReport;
import io.sharkfin.ioc.report.Times;
import io.sharkfin.ioc.report.TlsReport;
import io.sharkfin.ioc.ftp.FtpCollector;
import io.sharkfin.ioc.imap.ImapCollector;
import io.sharkfin.ioc.pop.PopCollector;
import io.sharkfin.ioc.smtp.SmtpCollector;
import io.sharkfin.ioc.ssh.SshCollector;
import io.sharkfin.ioc.tls.TlsCollector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sharkfin iocs}: one streaming pass over a capture that extracts the indicators an
 * analyst needs (DNS, HTTP, TLS, SSH, FTP, SMTP, the files in HTTP bodies, Kerberos, NTLM and SMB2
 * accounts, the hosts' names from DHCP), measures the cadence of every
 * client/server pair, and tells the story as ranked findings with the frames and a filter behind
 * each statement.
 *
 * <pre>{@code
 * IocReport r = IocAnalysis.run(Path.of("lab-c2-a.pcap"), null);
 * r.findings().forEach(f -> System.out.println(f.rank() + " " + f.statement()));
 * }</pre>
 *
 * <p>It uses the public pipeline only: a {@link PacketStream} over a session primed with the
 * fields of {@link IocFields} (and those of the scope filter), so nothing else is dissected.
 * Memory is bounded by the number of distinct indicators ({@link Limits}), not by the number of
 * frames.
 */
public final class IocAnalysis {

    /** The tool name and version in the report. */
    public static final String TOOL = "sharkfin iocs";
    public static final String VERSION = "1";

    private final IocFields fields;
    private final PacketValues values;
    private final FrameContext context;
    private final PairTable pairs = new PairTable();
    private final NameBook book = new NameBook();
    private final FirstSeen firstSeen;
    private final ConnectionTracker connections;
    private final DnsCollector dns;
    private final HttpCollector http;
    private final TlsCollector tls;
    private final HostsCollector hosts;
    private final SshCollector ssh;
    private final FtpCollector ftp;
    private final PopCollector pop;
    private final ImapCollector imap;
    private final SmtpCollector smtp;
    private final FilesCollector files;
    private final AccountsCollector accounts;
    private final Collector[] collectors;

    IocAnalysis(IocFields fields) {
        this.fields = fields;
        this.values = new PacketValues(fields);
        this.context = new FrameContext(values);
        this.firstSeen = new FirstSeen(values);
        this.connections = new ConnectionTracker(values, pairs);
        this.dns = new DnsCollector(values, pairs, book, DgaScorer.shipped());
        this.http = new HttpCollector(fields, pairs, book, firstSeen);
        this.tls = new TlsCollector(fields, book, connections, dns);
        this.hosts = new HostsCollector(fields, values);
        this.ssh = new SshCollector(fields);
        this.ftp = new FtpCollector(fields);
        this.pop = new PopCollector(fields);
        this.imap = new ImapCollector(fields);
        this.smtp = new SmtpCollector(fields);
        this.files = new FilesCollector(fields);
        this.accounts = new AccountsCollector(fields);
        // first-seen before HTTP (a client's first packet may be its first request); connections
        // before TLS (the SNI names the connection's pair); accept(FrameContext) calls them in
        // this order, one by one: a collector added here is added there too
        this.collectors = new Collector[] {firstSeen, connections, dns, http, tls, ssh, ftp, pop, imap, smtp, files,
            accounts, hosts};
    }

    /**
     * Shows the frame to every collector, in {@link #collectors}' order. Direct calls, not a
     * loop over the array: one interface call per collector and frame was 3 % of a run.
     */
    private void accept(FrameContext frame) {
        firstSeen.accept(frame);
        connections.accept(frame);
        dns.accept(frame);
        http.accept(frame);
        tls.accept(frame);
        ssh.accept(frame);
        ftp.accept(frame);
        pop.accept(frame);
        imap.accept(frame);
        smtp.accept(frame);
        files.accept(frame);
        accounts.accept(frame);
        hosts.accept(frame);
    }

    /**
     * Analyses a capture. {@code scope} is a display filter restricting the frames analysed (null
     * or blank: all frames). A damaged capture is analysed up to the damage, which the report's
     * {@code capture.error} describes.
     */
    public static IocReport run(Path capture, String scope) throws CaptureException, FilterException, IOException {
        return run(capture, scope, null);
    }

    /**
     * {@link #run(Path, String)}, telling {@code observer} (when not null) of the reading: for a
     * progress display on a long capture.
     */
    public static IocReport run(Path capture, String scope, ReadObserver observer)
            throws CaptureException, FilterException, IOException {
        return new IocAnalysis(IocFields.standard()).analyse(capture, scope, observer);
    }

    IocReport analyse(Path capture, String scope) throws CaptureException, FilterException, IOException {
        return analyse(capture, scope, null);
    }

    private IocReport analyse(Path capture, String scope, ReadObserver observer)
            throws CaptureException, FilterException, IOException {
        String scopeText = scope == null || scope.isBlank() ? null : scope.strip();
        Filter filter = scopeText == null ? null : Filter.compile(scopeText);
        BitSet ids = fields.ids();
        if (filter != null) {
            ids.or(filter.fields());
        }
        PacketStream stream = PacketStream.open(capture, ids);
        try {
            return analyse(capture, filter, stream, observer);
        } finally {
            if (observer != null) {
                observer.finished();
            }
        }
    }

    private IocReport analyse(Path capture, Filter filter, PacketStream stream, ReadObserver observer) throws IOException {
        String scopeText = filter == null ? null : filter.text().strip();
        long frames = 0;
        long inScope = 0;
        long first = 0;
        long last = 0;
        long firstInScope = Long.MIN_VALUE;
        String error = null;
        long malformed;
        try (PacketStream packets = stream) {
            if (observer != null) {
                observer.opened(packets.reader());
            }
            for (Packet p : packets) {
                if (observer != null) {
                    observer.frame();
                    if (observer.stopRequested()) {
                        break;
                    }
                }
                long t = p.frame().timestampNanos();
                if (frames == 0) {
                    first = t;
                }
                last = t;
                frames++;
                if (filter != null) {
                    if (!filter.test(p)) {
                        continue;
                    }
                    packets.session().displayed(p); // as sharkfin -r -Y, for frame.time_delta_displayed
                }
                if (firstInScope == Long.MIN_VALUE) {
                    firstInScope = t;
                }
                inScope++;
                context.reset(p);
                accept(context);
            }
            if (observer != null && observer.stopRequested()) {
                // what the report covers; a record the stop cut in two is no damage
                error = ReadObserver.stoppedAfter(frames);
            } else if (packets.error() != null) {
                error = packets.error().getMessage();
            }
            malformed = packets.session().malformedFrames();
        }
        for (Collector c : collectors) {
            c.finish();
        }
        ReportContext ctx = new ReportContext(first, scopeText);
        DnsReport dnsReport = dns.report(ctx);
        HttpReport httpReport = http.report(ctx);
        TlsReport tlsReport = tls.report(ctx);
        List<CadenceReport.Pair> cadence = new CadenceAssessor(pairs, book, dns, http, tls).assess(dnsReport, ctx);
        SshReport sshReport = ssh.report(ctx);
        FtpReport ftpReport = ftp.report(ctx);
        PopReport popReport = pop.report(ctx);
        ImapReport imapReport = imap.report(ctx);
        SmtpReport smtpReport = smtp.report(ctx);
        FilesReport filesReport = files.report(ctx);
        AccountsReport accountsReport = accounts.report(ctx);
        List<IocReport.Finding> findings = new FindingBuilder().requests(http::requestsWith)
                .build(dnsReport, httpReport, tlsReport, sshReport, ftpReport, popReport, imapReport, smtpReport, filesReport,
                        accountsReport, cadence);
        Map<String, Long> dropped = new TreeMap<>();
        for (Collector c : collectors) {
            c.reportDrops(dropped);
        }
        pairs.reportDrops(dropped);
        book.reportDrops(dropped);
        IocReport.Capture info = new IocReport.Capture(capture.toString(), frames, inScope,
                frames == 0 ? null : Times.iso(first), frames == 0 ? null : Times.iso(last),
                Times.seconds(last - first), scopeText, malformed, error, fields.missing(), dropped,
                notes(dropped, filter));
        return new IocReport(TOOL, VERSION, info, dnsReport, httpReport, tlsReport, sshReport, ftpReport, popReport,
                imapReport, smtpReport, filesReport, accountsReport, hosts.report(ctx), cadence, findings);
    }

    private List<String> notes(Map<String, Long> dropped, Filter scope) {
        List<String> notes = new ArrayList<>();
        if (scope != null) {
            // a scope on a field never dissected selects nothing: the report says why
            for (String w : scope.warnings()) {
                notes.add("scope: " + w);
            }
        }
        if (!fields.hasHttp()) {
            notes.add("this build does not dissect HTTP (http.* fields): no HTTP indicators");
        }
        if (!fields.hasTls()) {
            notes.add("this build does not dissect TLS (tls.handshake.* fields): no SNI, fingerprints or certificates");
        } else if (fields.certSubject < 0) {
            notes.add("this build has no tls.cert.* fields: no certificate indicators");
        }
        if (!dropped.isEmpty()) {
            notes.add("some tables reached their bound (see dropped): indicators past it were counted, not kept");
        }
        return notes;
    }
}
