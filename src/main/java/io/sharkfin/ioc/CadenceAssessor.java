package io.sharkfin.ioc;

import io.sharkfin.ioc.cadence.BeaconScorer;
import io.sharkfin.ioc.cadence.CadenceSeries;
import io.sharkfin.ioc.cadence.CadenceStats;
import io.sharkfin.ioc.cadence.Cause;
import io.sharkfin.ioc.cadence.PairKey;
import io.sharkfin.ioc.cadence.PairKind;
import io.sharkfin.ioc.cadence.PairTable;
import io.sharkfin.ioc.dga.DgaScorer;
import io.sharkfin.ioc.dns.DnsCollector;
import io.sharkfin.ioc.http.HttpCollector;
import io.sharkfin.ioc.report.CadenceReport;
import io.sharkfin.ioc.report.DnsReport;
import io.sharkfin.ioc.report.DnsReport.Dga;
import io.sharkfin.ioc.tls.TlsCollector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the pairs' event series into cadence records: names the server, gathers the causes the
 * other collectors found against it (DGA-like name, look-up right after an NXDOMAIN burst,
 * self-signed or mismatched certificate, odd User-Agent, an address nobody looked up) and lets
 * the {@link BeaconScorer} judge. Pairs with fewer than {@link #MIN_EVENTS} events are left out
 * unless they are connections with causes; at most {@link #MAX_PAIRS} are reported, best score
 * first.
 */
final class CadenceAssessor {

    static final int MIN_EVENTS = 3;
    static final int MAX_PAIRS = 500;
    private static final int MAX_POINTS = 512;

    private final PairTable pairs;
    private final NameBook book;
    private final DnsCollector dns;
    private final HttpCollector http;
    private final TlsCollector tls;
    private final BeaconScorer scorer = new BeaconScorer();

    CadenceAssessor(PairTable pairs, NameBook book, DnsCollector dns, HttpCollector http, TlsCollector tls) {
        this.pairs = pairs;
        this.book = book;
        this.dns = dns;
        this.http = http;
        this.tls = tls;
    }

    List<CadenceReport.Pair> assess(DnsReport dnsReport, ReportContext ctx) {
        Map<String, DnsReport.Burst> followUps = dns.burstFollowUps(dnsReport);
        List<CadenceReport.Pair> out = new ArrayList<>();
        for (CadenceSeries s : pairs.all()) {
            CadenceStats st = CadenceStats.of(s);
            PairKey k = s.key();
            List<String> names = names(s);
            String name = k.name() != null ? k.name() : (names.isEmpty() ? null : names.get(0));
            List<Cause> causes = causes(k, name, followUps);
            // a lone DNS look-up of a suspicious name is already in the DNS section
            if (st.events() < MIN_EVENTS && (causes.isEmpty() || k.kind() == PairKind.DNS)) {
                continue;
            }
            BeaconScorer.Verdict v = scorer.judge(k, st, causes);
            out.add(pair(s, st, k, name, names, v, ctx));
        }
        out.sort(Comparator.comparingInt(CadenceReport.Pair::score).reversed()
                .thenComparingLong(p -> p.evidence().firstFrame()));
        return out.size() > MAX_PAIRS ? new ArrayList<>(out.subList(0, MAX_PAIRS)) : out;
    }

    private List<String> names(CadenceSeries s) {
        Set<String> names = new LinkedHashSet<>(s.names().list());
        PairKey k = s.key();
        if (k.server() != null) {
            names.addAll(book.namesFor(k.client(), k.server()));
        }
        return new ArrayList<>(names);
    }

    private List<Cause> causes(PairKey k, String name, Map<String, DnsReport.Burst> followUps) {
        List<Cause> causes = new ArrayList<>();
        if (name != null) {
            Dga d = dns.dga(name);
            if (d.score() >= DgaScorer.LIKELY) {
                causes.add(new Cause("dga-name", 10, "the name " + name + " looks machine-generated (DGA score "
                        + d.score() + ": " + String.join("; ", d.reasons()) + ")"));
            }
            DnsReport.Burst b = followUps.get(k.client() + "|" + name);
            if (b != null) {
                causes.add(new Cause("after-nxdomain-burst", 15, k.client() + " resolved " + name + " right after "
                        + b.distinctNames() + " NXDOMAIN look-ups (mean DGA score " + b.meanDga() + ")"));
            }
        }
        if (k.server() != null) {
            causes.addAll(tls.causes(k.server()));
            causes.addAll(http.causes(k.client(), k.server()));
            boolean service = BeaconScorer.periodicService(k) != null;
            if (name == null && !service && !book.named(k.server())) {
                causes.add(new Cause("bare-address", 5,
                        "no DNS answer, TLS server name or Host header in the capture names " + k.server()));
            }
        } else if (k.kind() == PairKind.HTTP) {
            causes.addAll(http.causes(k.client(), k.name()));
        }
        return causes;
    }

    private static CadenceReport.Pair pair(CadenceSeries s, CadenceStats st, PairKey k, String name, List<String> names,
                                           BeaconScorer.Verdict v, ReportContext ctx) {
        List<Double> offsets = new ArrayList<>();
        for (long t : st.eventTimes()) {
            if (offsets.size() == MAX_POINTS) {
                break;
            }
            offsets.add(round((t - ctx.captureStart()) / 1e9));
        }
        List<Double> intervals = new ArrayList<>();
        for (double d : st.intervals()) {
            if (intervals.size() == MAX_POINTS) {
                break;
            }
            intervals.add(round(d));
        }
        return new CadenceReport.Pair(k.kind().word(), k.client(), k.server(),
                k.server() == null ? null : k.port(), name, names, st.events(), s.attempts(), s.failures(),
                st.intervalCount(), round(st.median()), round(st.mad()), round(st.madPercent()),
                round(st.jitterPercent()), round(st.skew()), st.medianBytes(), st.backoff(), st.retry(),
                v.periodic(), v.knownService(), v.beacon(), v.score(), v.reasons(), offsets, intervals,
                ctx.evidence(s.evidence(), filter(k)));
    }

    /** The filter selecting a pair's event frames. */
    static String filter(PairKey k) {
        return switch (k.kind()) {
            case TCP -> FilterText.and(FilterText.src(k.client()), FilterText.dst(k.server()),
                    "tcp.dstport == " + k.port(), "tcp.flags.syn == 1", "tcp.flags.ack == 0");
            case UDP -> FilterText.and(FilterText.src(k.client()), FilterText.dst(k.server()),
                    "udp.dstport == " + k.port());
            case DNS -> FilterText.and(FilterText.src(k.client()), FilterText.eq("dns.qry.name", k.name()),
                    "dns.flags.response == 0");
            case HTTP -> FilterText.and(FilterText.src(k.client()), FilterText.eq("http.host", k.name()));
        };
    }

    private static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return Math.round(v * 1e6) / 1e6;
    }
}
