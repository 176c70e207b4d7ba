package io.sharkfin.ioc.dns;

import io.sharkfin.dissect.Packet;
import io.sharkfin.ioc.BoundedTable;
import io.sharkfin.ioc.Collector;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.Evidences;
import io.sharkfin.ioc.FilterText;
import io.sharkfin.ioc.FrameContext;
import io.sharkfin.ioc.IocFields;
import io.sharkfin.ioc.Limits;
import io.sharkfin.ioc.NameBook;
import io.sharkfin.ioc.PacketValues;
import io.sharkfin.ioc.ReportContext;
import io.sharkfin.ioc.cadence.CadenceSeries;
import io.sharkfin.ioc.cadence.PairKey;
import io.sharkfin.ioc.cadence.PairKind;
import io.sharkfin.ioc.cadence.PairTable;
import io.sharkfin.ioc.dga.DgaScorer;
import io.sharkfin.ioc.dga.PublicSuffixes;
import io.sharkfin.ioc.report.DnsReport;
import io.sharkfin.ioc.report.DnsReport.Burst;
import io.sharkfin.ioc.report.DnsReport.Dga;
import io.sharkfin.ioc.report.DnsReport.FollowUp;
import io.sharkfin.ioc.report.DnsReport.ScoredName;
import io.sharkfin.ioc.report.Times;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DNS indicators: every queried name (queries, responses, clients, answers, response codes, DGA
 * score), every client (queries, NXDOMAIN ratio) and bursts of NXDOMAIN answers with the look-up
 * that followed them. Look-ups also become cadence events of the pair (client, name), and answers
 * go into the {@link NameBook}.
 */
public final class DnsCollector implements Collector {

    private static final int MAX_BURSTS = 1000;
    private static final long NO_ANSWERS = 0;
    private static final ValueLayout.OfLong BE64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private final IocFields f;
    private final PacketValues values;
    private final PairTable pairs;
    private final NameBook book;
    private final DgaScorer dga;
    private final BoundedTable<String, NameStats> names = new BoundedTable<>("DNS names");
    private final BoundedTable<String, ClientStats> clients = new BoundedTable<>("DNS clients");
    private final List<ClosedBurst> bursts = new ArrayList<>();
    private final Map<String, Dga> dgaCache = new HashMap<>();
    private final String[] typeNames = new String[256];
    private List<String> frameAnswers;
    private long queries;
    private long responses;
    private long burstsDropped;

    /** A burst once it ended, with the client it belongs to and how often it recurred. */
    private static final class ClosedBurst {
        final ClientStats client;
        final BurstState state;
        int occurrences = 1;

        ClosedBurst(ClientStats client, BurstState state) {
            this.client = client;
            this.state = state;
        }

        ClientStats client() {
            return client;
        }

        BurstState state() {
            return state;
        }
    }

    public DnsCollector(PacketValues values, PairTable pairs, NameBook book, DgaScorer dga) {
        this.values = values;
        this.f = values.fields();
        this.pairs = pairs;
        this.book = book;
        this.dga = dga;
    }

    @Override
    public void accept(FrameContext frame) {
        Packet p = frame.packet();
        int re = PacketValues.first(p, f.dnsResponse);
        if (re < 0) {
            return;
        }
        boolean response = p.num(re) != 0;
        int rcode = (int) PacketValues.num(p, f.dnsRcode, 0);
        String client = response ? frame.dst() : frame.src();
        if (client == null) {
            return;
        }
        ClientStats cs = clients.get(client, ClientStats::new);
        if (response) {
            responses++;
        } else {
            queries++;
        }
        if (cs == null) {
            return;
        }
        if (response) {
            cs.responses++;
            if (rcode == Rcodes.NXDOMAIN) {
                cs.nxdomain.add(frame.number(), frame.time());
            }
        } else {
            cs.queries.add(frame.number(), frame.time());
        }
        frameAnswers = null;
        long answersKey = response ? answersKey(p) : 0;
        String firstName = null;
        String previous = null;
        for (int e = PacketValues.first(p, f.dnsQryName); e >= 0; e = p.next(e)) {
            String name = values.string(p, e);
            // a name asked twice in one message counts once, as a filter counts frames
            if (name.equals(previous) || (firstName != null && !name.equals(firstName) && seenEarlier(p, e, name))) {
                continue;
            }
            previous = name;
            if (firstName == null) {
                firstName = name;
            }
            ClientStats.ClientName cn = cs.names.peek(name);
            if (cn == null) {
                cn = cs.names.get(name, n -> new ClientStats.ClientName(
                        names.get(n, NameStats::new), pairs.series(PairKey.named(PairKind.DNS, client, n))));
            }
            if (cn == null) {
                continue;
            }
            if (cn.name != null) {
                cn.name.evidence.add(frame.number(), frame.time());
            }
            if (response) {
                onResponse(frame, p, cn, name, rcode, answersKey, client);
            } else {
                onQuery(frame, p, cn, client);
            }
        }
        if (response && firstName != null) {
            if (rcode == Rcodes.NXDOMAIN) {
                burstNx(cs, firstName, frame.time());
            } else if (rcode == 0 && answersKey != NO_ANSWERS && cs.burst != null && cs.burst.follows(frame.time())) {
                cs.burst.success(firstName, frame.number(), frame.time(), answers(p));
            }
        }
    }

    /** Whether the name occurred among the frame's earlier questions (rare: several questions). */
    private boolean seenEarlier(Packet p, int upTo, String name) {
        for (int e = PacketValues.first(p, f.dnsQryName); e >= 0 && e != upTo; e = p.next(e)) {
            if (values.string(p, e).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void onQuery(FrameContext frame, Packet p, ClientStats.ClientName cn, String client) {
        NameStats ns = cn.name;
        if (ns != null) {
            ns.queries++;
            ns.clients.add(client);
            int te = PacketValues.first(p, f.dnsQryType);
            if (te >= 0) {
                ns.type(typeName(p.num(te)));
            }
        }
        if (cn.series != null) {
            cn.series.event(frame.time());
            cn.series.evidence().add(frame.number(), frame.time());
        }
    }

    private void onResponse(FrameContext frame, Packet p, ClientStats.ClientName cn, String name, int rcode,
                            long answersKey, String client) {
        NameStats ns = cn.name;
        if (ns != null) {
            ns.responses++;
            ns.rcodes[rcode & 15]++;
        }
        // a response repeating the client's previous answers for the name adds nothing new
        if (answersKey != NO_ANSWERS && answersKey != cn.answersKey) {
            cn.answersKey = answersKey;
            for (String a : answers(p)) {
                if (cn.answersNoted.size() < Limits.VALUES_LISTED && !cn.answersNoted.contains(a)) {
                    cn.answersNoted.add(a);
                    book.resolved(client, a, name);
                    if (ns != null) {
                        ns.answers.add(a);
                    }
                }
            }
        }
        if (rcode == Rcodes.NXDOMAIN) {
            if (cn.nxdomain == null) {
                cn.nxdomain = new Evidence();
            }
            cn.nxdomain.add(frame.number(), frame.time());
        }
        CadenceSeries s = cn.series;
        if (s != null) {
            if (rcode != 0) {
                s.failed(s.lastIndex());
            } else {
                s.succeeded(s.lastIndex());
            }
        }
    }

    /**
     * A digest of the frame's set of answer addresses (A and AAAA; the order, which round-robin
     * servers rotate, does not count), computed without allocating; {@link #NO_ANSWERS} when
     * there are none.
     */
    private long answersKey(Packet p) {
        long sum = 0;
        int n = 0;
        for (int e = PacketValues.first(p, f.dnsA); e >= 0; e = p.next(e)) {
            sum += mix(p.num(e));
            n++;
        }
        for (int e = PacketValues.first(p, f.dnsAaaa); e >= 0; e = p.next(e)) {
            sum += mix(p.seg(e).get(BE64, p.off(e)) ^ mix(p.seg(e).get(BE64, p.off(e) + 8)));
            n++;
        }
        long h = mix(sum + n);
        return n == 0 ? NO_ANSWERS : h == NO_ANSWERS ? 1 : h;
    }

    private static long mix(long v) {
        long x = v * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    /** The frame's answer addresses as text (computed once per frame). */
    private List<String> answers(Packet p) {
        if (frameAnswers == null) {
            frameAnswers = readAnswers(p);
        }
        return frameAnswers;
    }

    private List<String> readAnswers(Packet p) {
        List<String> out = new ArrayList<>();
        for (int e = PacketValues.first(p, f.dnsA); e >= 0; e = p.next(e)) {
            out.add(values.ipv4(p.num(e)));
        }
        for (int e = PacketValues.first(p, f.dnsAaaa); e >= 0; e = p.next(e)) {
            out.add(PacketValues.text(p, e));
        }
        return out;
    }

    private String typeName(long type) {
        if (type >= 0 && type < typeNames.length && typeNames[(int) type] != null) {
            return typeNames[(int) type];
        }
        String name = lookupTypeName(type);
        if (type >= 0 && type < typeNames.length) {
            typeNames[(int) type] = name;
        }
        return name;
    }

    private String lookupTypeName(long type) {
        String n = f.valueName(f.dnsQryType, type);
        if (n == null) {
            return Long.toString(type);
        }
        // Wireshark's value names read "A (Host Address)": the mnemonic is what analysts use
        int paren = n.indexOf(" (");
        return paren > 0 ? n.substring(0, paren) : n;
    }

    private void burstNx(ClientStats cs, String name, long time) {
        if (cs.burst != null && cs.burst.continues(time)) {
            cs.burst.nx(name, time);
            return;
        }
        close(cs);
        cs.burst = new BurstState(name, time);
    }

    private void close(ClientStats cs) {
        BurstState b = cs.burst;
        cs.burst = null;
        if (b == null || !b.isBurst()) {
            return;
        }
        for (ClosedBurst earlier : bursts) {
            if (earlier.client == cs && earlier.state.names.equals(b.names)) {
                earlier.occurrences++;
                return;
            }
        }
        if (bursts.size() < MAX_BURSTS) {
            bursts.add(new ClosedBurst(cs, b));
        } else {
            burstsDropped++;
        }
    }

    @Override
    public void finish() {
        for (ClientStats cs : clients.values()) {
            close(cs);
        }
    }

    /** The DGA score of a name (computed once per name). */
    public Dga dga(String name) {
        return dgaCache.computeIfAbsent(name, dga::score);
    }

    /** Queries of a name so far (0 when unknown). */
    public boolean isQueried(String name) {
        return names.peek(name) != null;
    }

    public DnsReport report(ReportContext ctx) {
        List<DnsReport.Name> nameReports = new ArrayList<>();
        for (NameStats ns : names.values()) {
            nameReports.add(new DnsReport.Name(ns.name, ns.queries, ns.responses, ns.clients.list(),
                    ns.answers.list(), ns.rcodeCounts(), List.copyOf(ns.types), dga(ns.name),
                    ctx.evidence(ns.evidence, FilterText.eq("dns.qry.name", ns.name))));
        }
        List<DnsReport.Client> clientReports = new ArrayList<>();
        for (ClientStats cs : clients.values()) {
            double ratio = cs.responses == 0 ? 0 : (double) cs.nxdomain.count() / cs.responses;
            clientReports.add(new DnsReport.Client(cs.client, cs.queries.count(), cs.responses,
                    cs.nxdomain.count(), ratio,
                    ctx.evidence(cs.queries, FilterText.and(FilterText.src(cs.client), "dns.flags.response == 0")),
                    cs.nxdomain.count() == 0 ? null : ctx.evidence(cs.nxdomain, nxFilter(cs.client, null))));
        }
        List<Burst> burstReports = new ArrayList<>();
        for (ClosedBurst cb : bursts) {
            burstReports.add(burstReport(cb, ctx));
        }
        return new DnsReport(queries, responses, nameReports, clientReports, burstReports,
                DnsZones.of(names.values(), PublicSuffixes.shipped(), ctx));
    }

    static String nxFilter(String client, Set<String> names) {
        return FilterText.and(FilterText.dst(client), "dns.flags.response == 1", "dns.flags.rcode == 3",
                names == null ? null : FilterText.in("dns.qry.name", names));
    }

    private Burst burstReport(ClosedBurst cb, ReportContext ctx) {
        BurstState b = cb.state();
        List<ScoredName> scored = new ArrayList<>();
        List<Evidence> parts = new ArrayList<>();
        Set<String> tlds = new LinkedHashSet<>();
        int sum = 0;
        int min = 100;
        for (String n : b.names) {
            int s = dga(n).score();
            scored.add(new ScoredName(n, s));
            sum += s;
            min = Math.min(min, s);
            ClientStats.ClientName cn = cb.client().names.peek(n);
            if (cn != null && cn.nxdomain != null) {
                parts.add(cn.nxdomain);
            }
            tlds.add(tld(n));
        }
        FollowUp follow = followUp(b, tlds);
        return new Burst(cb.client().client, b.names.size(), cb.occurrences, Times.iso(b.first), Times.iso(b.last),
                Times.seconds(b.last - b.first), Times.seconds(b.first - ctx.captureStart()),
                Math.round((float) sum / b.names.size()), min, scored, follow,
                Evidences.union(parts, ctx.filter(nxFilter(cb.client().client, b.names)), ctx.captureStart()));
    }

    /** The look-up the burst led to: the first DGA-like one, or in one of the burst's TLDs, or the first. */
    private FollowUp followUp(BurstState b, Set<String> tlds) {
        BurstState.Candidate pick = null;
        String why = null;
        for (BurstState.Candidate c : b.candidates) {
            if (dga(c.name()).score() >= DgaScorer.LIKELY) {
                pick = c;
                why = "first successful look-up after the burst with a DGA-like name";
                break;
            }
            if (pick == null && tlds.contains(tld(c.name()))) {
                pick = c;
                why = "first successful look-up after the burst in one of its top-level domains";
            }
        }
        if (pick == null && !b.candidates.isEmpty()) {
            pick = b.candidates.get(0);
            why = "first successful look-up after the burst";
        }
        if (pick == null) {
            return null;
        }
        return new FollowUp(pick.name(), pick.frame(), Times.iso(pick.time()),
                Times.seconds(pick.time() - b.last), pick.answers(), dga(pick.name()).score(), why);
    }

    private static String tld(String name) {
        int dot = name.lastIndexOf('.', name.endsWith(".") ? name.length() - 2 : name.length() - 1);
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /**
     * Names a client resolved right after one of its NXDOMAIN bursts, with the burst: what a
     * cadence pair to that name is suspicious for.
     */
    public Map<String, Burst> burstFollowUps(DnsReport report) {
        Map<String, Burst> out = new HashMap<>();
        for (Burst b : report.nxdomainBursts()) {
            if (b.followedBy() != null) {
                out.putIfAbsent(b.client() + "|" + b.followedBy().name(), b);
            }
        }
        return out;
    }

    @Override
    public void reportDrops(Map<String, Long> out) {
        names.reportDrops(out);
        clients.reportDrops(out);
        for (ClientStats cs : clients.values()) {
            cs.names.reportDrops(out);
        }
        if (burstsDropped > 0) {
            out.merge("NXDOMAIN bursts", burstsDropped, Long::sum);
        }
    }
}
