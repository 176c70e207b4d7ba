package io.sharkfin.rules;

import io.sharkfin.capture.Bpf;
import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.Filter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The BPF generator: short, readable output; the superset property (also under negation) on
 * every shared capture; exactness on plain frames; simplifications libpcap agrees with.
 */
class BpfGeneratorTest {
    static final String EXAMPLE = "ip.addr == 10.0.0.5 && tcp.port in {80, 443} && http.request";

    /** Header filters over the captures' own addresses, ports and flags, with negations and {@code !=}. */
    static final List<String> HEADER_FILTERS = List.of(
            "ip.addr == 192.168.100.138", "ip.src == 192.168.0.0/16 && !(udp.port == 53)", "!(ip.addr == 4.2.2.1)",
            "ip.addr != 192.168.100.138", "ip.dst in {4.2.2.1, 10.10.0.3}", "ipv6", "!ipv6 && !ip",
            "tcp.port in {80, 443}", "tcp.dstport > 1023", "udp.port != 53", "!(tcp.srcport <= 1024)",
            "tcp.flags.syn == 1 && tcp.flags.ack == 0", "tcp.flags.reset == 1", "!(tcp.flags.ack == 1)",
            "tcp.flags.push != 1", "tcp.flags.syn == 1 && tcp.flags.syn == 0",
            "icmp.type == 11", "icmp.type == 8 || icmpv6.type == 128", "!icmp", "icmpv6.type != 135",
            "ip.ttl < 64", "ip.proto == 17", "ipv6.hlim == 64", "ipv6.nxt == 6", "ip.ttl != 64",
            "ip.flags.mf == 1 || ip.frag_offset > 0", "!(ip.flags.df == 1)", "ip.frag_offset == 0",
            "frame.len > 1000", "frame.len != 60", "vlan", "!vlan", "vlan.id == 10 && ip",
            "eth.addr == 00:20:d2:5a:fb:3f", "!(eth.dst == ff:ff:ff:ff:ff:ff)", "arp", "!arp",
            "udp && !(udp.port in {53, 5353})", "tcp && !(tcp.port == 80) && ip.addr == 127.0.0.66");

    private static final Path CAPTURES = GeneratedRulesTest.CAPTURES;

    private static String bpf(String filter) throws Exception {
        return BpfGenerator.generate(RuleSource.of(filter)).text();
    }

    private static List<Path> captures() throws Exception {
        try (Stream<Path> s = Files.list(CAPTURES)) {
            return s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList();
        }
    }

    @Test
    void theIssuesExampleReadsAsPlainOrEscapesOrVlan() throws Exception {
        String escapes = BpfEscape.filterOf(BpfEscape.INNER).text();
        String body = "(ip host 10.0.0.5 and tcp port (80 or 443)) or (" + escapes + ")";
        assertEquals(body + " or (vlan and (" + body + " or (vlan and (" + body + " or vlan))))", bpf(EXAMPLE));
        assertTrue(bpf(EXAMPLE).length() < 700, bpf(EXAMPLE).length() + " characters");
        assertEquals("(icmp[0] != 0 and icmp[0] != 8) or (icmp6 and ip6[40] < 128)"
                + " or proto (0 or 4 or 41 or 43 or 44 or 47 or 51 or 60) or udp port 4789 or ip[6:2] & 0x3fff != 0", escapes);
        GeneratedRule g = BpfGenerator.generate(RuleSource.of(EXAMPLE));
        assertTrue(g.losses().stream().anyMatch(l -> l.what().startsWith("http.request is tested as tcp or udp")), g.losses().toString());
        assertTrue(g.losses().stream().anyMatch(l -> l.what().contains("ICMP errors") && l.what().contains("IP fragments")),
                g.losses().toString());
    }

    @Test
    void typicalFiltersStayShort() throws Exception {
        Map<String, Integer> bounds = new java.util.LinkedHashMap<>();
        bounds.put(EXAMPLE, 700);
        bounds.put("dns.qry.name contains \"evil\"", 700);
        bounds.put("tcp.flags.syn == 1 && tcp.flags.ack == 0", 900);
        bounds.put("ip.src == 192.168.0.0/16 && !(udp.port == 53)", 700);
        bounds.put("tls.handshake.extensions_server_name contains \"x\" || http.host == \"a\"", 600);
        bounds.put("icmp.type == 8", 650);
        for (var e : bounds.entrySet()) {
            String text = bpf(e.getKey());
            assertTrue(text.length() <= e.getValue(), e.getKey() + ": " + text.length() + " characters\n" + text);
        }
        // the shipped rules: the longest lists fourteen ports (three times, once per VLAN depth)
        List<Integer> lengths = new ArrayList<>();
        for (GeneratedRule g : GeneratedRulesTest.shipped().stream().map(BpfGenerator::generate).toList()) {
            assertTrue(g.text().length() <= 1250, g.source() + ": " + g.text().length() + " characters\n" + g.text());
            lengths.add(g.text().length());
        }
        lengths.sort(null);
        assertTrue(lengths.get(lengths.size() / 2) <= 700, "median length " + lengths);
    }

    @Test
    void filtersWithoutInnerHeadersNeedNoEscape() throws Exception {
        assertEquals("len > 1000", bpf("frame.len > 1000"));
        assertEquals("exact", BpfGenerator.generate(RuleSource.of("frame.len > 1000")).verdict());
        assertEquals("len > 1000 and len < 1500", bpf("frame.len > 1000 && frame.len < 1500"));
        // a negated address needs no escape: the outer header certainly matches the un-negated test
        assertEquals("not ip host 10.0.0.5", bpf("!(ip.addr == 10.0.0.5)"));
        // Ethernet recurs only inside tunnels (VXLAN, GRE): no ICMP-error escape, the test itself never repeated
        String eth = bpf("eth.addr == 00:11:22:33:44:55");
        assertTrue(eth.startsWith("ether host 00:11:22:33:44:55 or (proto (0 or 4 or 41 or 43 or 44 or 47 or 51 or 60)"), eth);
        assertFalse(eth.contains("icmp"), eth);
        assertEquals(1, eth.split("ether host", -1).length - 1, eth);
        // links without Ethernet headers get a filter of their own, without ether or vlan
        BpfGenerator.Expression e = BpfGenerator.expression(RuleSource.of("eth.addr == 00:11:22:33:44:55 && ip.ttl == 1"), new ArrayList<>());
        assertFalse(e.plain().contains("ether") || e.plain().contains("vlan"), e.plain());
        assertTrue(e.plain().startsWith("ip[8] == 1 or ("), e.plain());
        // a contradiction leaves only the escapes (an inner header might still match)
        assertEquals(BpfEscape.filterOf(BpfEscape.INNER).text(), BpfGenerator.expression(
                RuleSource.of("tcp.flags.syn == 1 && tcp.flags.syn == 0"), new ArrayList<>()).plain());
        assertEquals("less 0", bpf("tcp.port > 65535"));
        assertEquals("", bpf("http.request || !http.request"));
    }

    @Test
    void lossLinesNameWhatIsWider() throws Exception {
        String negated = "a negated test may also keep VLAN-tagged frames";
        assertTrue(losses("!(ip.addr == 10.0.0.5)").contains(negated));
        assertFalse(losses("eth.addr == 00:11:22:33:44:55 || dns").contains(negated));
        assertFalse(losses("ip.src == 10.0.0.0/8 && !(udp.port == 53)").contains(negated));
        assertFalse(losses("!(eth.addr == 00:11:22:33:44:55)").contains(negated));
        assertEquals("[]", losses("frame.len > 1000"));
        String dns = losses("dns.flags.rcode == 3");
        assertTrue(dns.contains("dns.flags.rcode == 3 is tested as tcp or sctp or udp port (53 or 853 or 5353 or 5355)"), dns);
        assertTrue(dns.contains("ICMP errors (which quote headers), tunnels and IPv6 extension headers, IP fragments"), dns);
        assertTrue(losses("!http.request").contains("left out !http.request (a capture filter cannot read http beyond its presence)"),
                losses("!http.request"));
        assertTrue(losses("vlan").contains("left out vlan (a capture filter cannot test it on links without Ethernet headers)"));
    }

    private static String losses(String filter) throws Exception {
        return BpfGenerator.generate(RuleSource.of(filter)).losses().toString();
    }

    @Test
    void simplificationsWriteWhatLibpcapReadsTheSame() throws Exception {
        assertEquals("tcp port (80 or 443)", BpfExpr.or(BpfExpr.id("tcp port", "443", "tcp"), BpfExpr.id("tcp port", "80", "tcp")).text());
        assertEquals("tcp port 80", BpfExpr.and(BpfExpr.id("tcp port", "80", "tcp"), BpfExpr.or(BpfExpr.prim("tcp"), BpfExpr.prim("udp"))).text());
        assertEquals("tcp", BpfExpr.or(BpfExpr.id("tcp port", "80", "tcp"), BpfExpr.prim("tcp")).text());
        assertEquals(BpfExpr.FALSE, BpfExpr.and(new BpfExpr.TcpFlags(2, 2), new BpfExpr.TcpFlags(2, 0)));
        assertEquals("tcp[tcpflags] & (tcp-syn|tcp-ack) == tcp-syn or (ip6[6] == 6 and ip6[53] & (tcp-syn|tcp-ack) == tcp-syn)",
                BpfExpr.and(new BpfExpr.TcpFlags(2, 2), new BpfExpr.TcpFlags(0x10, 0)).text());
        // same verdicts on every frame of every capture, through libpcap
        List<String[]> pairs = List.of(
                new String[] {"tcp port (80 or 443)", "tcp port 80 or tcp port 443"},
                new String[] {"ip host (192.168.100.138 or 4.2.2.1)", "ip host 192.168.100.138 or ip host 4.2.2.1"},
                new String[] {"not udp dst port (53 or 5353)", "not (udp dst port 53 or udp dst port 5353)"},
                new String[] {"proto (1 or 6 or 44)", "ip proto 1 or ip6 proto 1 or ip proto 6 or ip6 proto 6 or ip proto 44 or ip6 proto 44"},
                new String[] {"tcp[tcpflags] & (tcp-syn|tcp-ack) == tcp-syn",
                        "tcp[tcpflags] & tcp-syn != 0 and tcp[tcpflags] & tcp-ack == 0"},
                new String[] {"(ip6[6] == 6 and ip6[53] & tcp-syn != 0)", "ip6 and tcp and ip6[53] & 2 != 0"});
        long compared = 0;
        for (Path c : captures()) {
            for (String[] p : pairs) {
                compared += sameVerdicts(c, p[0], p[1]);
            }
        }
        assertTrue(compared > 20_000, "frames compared: " + compared);
    }

    private static long sameVerdicts(Path capture, String a, String b) throws Exception {
        Map<Integer, Bpf[]> programs = new HashMap<>();
        long n = 0;
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            Frame f = new Frame();
            while (reader.next(f)) {
                Bpf[] p = programs.get(f.linkType());
                if (p == null) {
                    p = new Bpf[] {Bpf.compile(a, f.linkType(), 262144), Bpf.compile(b, f.linkType(), 262144)};
                    programs.put(f.linkType(), p);
                }
                assertEquals(p[1].matches(f), p[0].matches(f), a + " vs " + b + " on frame " + f.number() + " of " + capture);
                n++;
            }
        } finally {
            programs.values().forEach(p -> {
                p[0].close();
                p[1].close();
            });
        }
        return n;
    }

    /** A header filter or its negation, its capture filter, and whether that is exact on plain frames. */
    private record Case(String text, Filter filter, BpfGenerator.Expression bpf, boolean exactOnPlain) {
        static Case of(String text) throws Exception {
            RuleSource s = RuleSource.of(text);
            boolean exact = BpfGenerator.generate(s).losses().stream()
                    .noneMatch(l -> l.what().startsWith("left out") || l.what().contains(" is tested as "));
            return new Case(text, Filter.compile(text), BpfGenerator.expression(s, new ArrayList<>()), exact);
        }
    }

    /**
     * One pass per capture for every header filter and its negation: the capture filter keeps
     * every frame the filter matches (the superset property, under negation too), and on a plain
     * frame (no escape accepts it, no VLAN tag) it keeps exactly those, for filters whose report
     * leaves nothing out.
     */
    @Test
    void headerFiltersKeepASupersetAndAreExactOnPlainFrames() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String f : HEADER_FILTERS) {
            cases.add(Case.of(f));
            cases.add(Case.of("!(" + f + ")"));
        }
        assertTrue(cases.stream().filter(Case::exactOnPlain).count() > 40);
        BitSet fields = new BitSet();
        cases.forEach(c -> fields.or(c.filter().fields()));
        String anyEscape = BpfEscape.filterOf(EnumSet.allOf(BpfEscape.class)).text();
        List<String> failures = new ArrayList<>();
        long matched = 0;
        long plainChecks = 0;
        for (Path capture : captures()) {
            Map<Integer, List<Bpf>> programs = new HashMap<>();
            try (CaptureReader reader = CaptureFiles.open(capture)) {
                Session session = Session.needing(fields);
                Frame frame = new Frame();
                while (reader.next(frame)) {
                    Packet p = session.dissect(frame);
                    List<Bpf> b = programs.get(frame.linkType());
                    if (b == null) {
                        b = new ArrayList<>();
                        for (Case c : cases) {
                            b.add(Evidence.compile(c.bpf(), frame.linkType()));
                        }
                        b.add(Bpf.compile(anyEscape, frame.linkType(), 262144));
                        b.add(vlan(frame.linkType()));
                        programs.put(frame.linkType(), b);
                    }
                    Bpf tagged = b.get(cases.size() + 1);
                    boolean plain = !b.get(cases.size()).matches(frame) && (tagged == null || !tagged.matches(frame));
                    for (int i = 0; i < cases.size(); i++) {
                        Case c = cases.get(i);
                        boolean match = c.filter().test(p);
                        boolean kept = b.get(i).matches(frame);
                        matched += match ? 1 : 0;
                        String where = c.text() + ": frame " + frame.number() + " of " + capture.getFileName();
                        if (match && !kept) {
                            failures.add(where + " matches but is dropped by " + b.get(i).expression());
                        } else if (plain && c.exactOnPlain()) {
                            plainChecks++;
                            if (kept != match) {
                                failures.add(where + " is plain, kept without matching by " + b.get(i).expression());
                            }
                        }
                    }
                }
            } finally {
                programs.values().forEach(list -> list.stream().filter(x -> x != null).forEach(Bpf::close));
            }
        }
        assertEquals(List.of(), failures.stream().limit(20).toList());
        assertTrue(matched > 10_000, "matching frames seen: " + matched);
        assertTrue(plainChecks > 50_000, "plain frames compared: " + plainChecks);
    }

    private static Bpf vlan(int linkType) {
        try {
            return Bpf.compile("vlan", linkType, 262144);
        } catch (CaptureException noVlanOnThisLink) {
            return null;
        }
    }
}
