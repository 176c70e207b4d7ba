package io.sharkfin.rules;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.Filter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Address and port conditions in Suricata rule headers. Each filter is evaluated by sharkfin on
 * TCP packets between interesting addresses and ports, and its generated rules are read the way
 * Suricata reads a header (a bracketed group is the union of its entries less the negated ones;
 * {@code <>} also matches the other way round, addresses and ports together). The rules must
 * select exactly the packets the filter does when the report says exact, a subset when
 * narrower, a superset when wider.
 */
class SuricataHeaderTest {
    private static final int[] PORTS = {0, 1, 5, 79, 80, 81, 443, 1023, 1024, 1025, 1029, 1030, 1031, 5000, 8443, 65535};
    private static final int[] FEW_PORTS = {80, 443, 5000};
    private static final String[] ADDRESSES = {"10.0.0.1", "10.0.0.2", "10.1.0.5", "10.1.2.3", "192.168.1.1"};
    private static final Pattern HEADER = Pattern.compile("^alert (\\S+) (\\S+) (\\S+) (->|<>) (\\S+) (\\S+) \\(");

    private static GeneratedRule suricata(String filter) throws Exception {
        return SuricataGenerator.generate(RuleSource.of(filter));
    }

    @Test
    void sameEndConditionsIntersect() throws Exception {
        GeneratedRule g = suricata("tcp.dstport >= 1024 && tcp.dstport <= 1030");
        assertTrue(g.text().startsWith("alert tcp any any -> any 1024:1030 ("), g.text());
        assertEquals("exact", g.verdict());
        assertTrue(suricata("tcp.dstport > 1023 && tcp.dstport < 1030").text().startsWith("alert tcp any any -> any 1024:1029 ("));
        assertTrue(suricata("tcp.srcport >= 1024 && tcp.srcport <= 1030").text().startsWith("alert tcp any 1024:1030 -> any any ("));
        assertTrue(suricata("udp.dstport >= 1024 && udp.dstport <= 1030").text().startsWith("alert udp any any -> any 1024:1030 ("));
        assertTrue(suricata("tcp.dstport in {80, 443, 8443} && tcp.dstport > 100").text()
                .startsWith("alert tcp any any -> any [443,8443] ("));
        assertEquals(List.of(), SuricataLint.check(g.text()));
    }

    @Test
    void anEmptyIntersectionIsReportedNotEmitted() throws Exception {
        GeneratedRule none = suricata("tcp.dstport == 80 && tcp.dstport == 443");
        assertTrue(none.isEmpty(), none.text());
        assertTrue(none.losses().stream().anyMatch(l -> l.what().contains("no address or no port meets all its conditions")),
                none.losses().toString());
        GeneratedRule one = suricata("tcp.dstport == 80 || (tcp.srcport > 2000 && tcp.srcport < 1000)");
        assertEquals(1, one.text().lines().count(), one.text());
        assertTrue(one.text().startsWith("alert tcp any any -> any 80 ("), one.text());
    }

    /** Either port: two conditions may be met by the two ports of a packet, which {@code <>} says. */
    @Test
    void eitherPortConditionsUseBothEnds() throws Exception {
        assertTrue(suricata("tcp.port >= 1024 && tcp.port <= 1030").text().startsWith("alert tcp any 1024: <> any 0:1030 ("));
        assertTrue(suricata("tcp.port == 80 && tcp.port == 443").text().startsWith("alert tcp any 80 <> any 443 ("));
        assertTrue(suricata("tcp.port != 80").text().startsWith("alert tcp any !80 -> any !80 ("));
    }

    @Test
    void addressConditionsIntersectToo() throws Exception {
        assertTrue(suricata("ip.src == 10.0.0.0/8 && ip.src == 10.1.0.0/16").text().startsWith("alert ip 10.1.0.0/16 any -> any any ("));
        assertTrue(suricata("ip.src == 10.0.0.1 && ip.src == 10.0.0.2").isEmpty());
        assertTrue(suricata("ip.src == 10.0.0.0/8 && !(ip.src == 10.1.0.0/16)").text()
                .startsWith("alert ip [10.0.0.0/8,!10.1.0.0/16] any -> any any ("));
        assertTrue(suricata("ip.addr == 10.0.0.1 && ip.addr == 10.1.0.0/16").text()
                .startsWith("alert ip 10.0.0.1 any <> 10.1.0.0/16 any ("));
        assertTrue(suricata("ip.src == 10.0.0.1 && ip.addr == 10.1.0.0/16").text()
                .startsWith("alert ip 10.0.0.1 any -> 10.1.0.0/16 any ("));
    }

    /**
     * {@code !(ip.addr == X)} also holds for a frame without IPv4 (ARP, IPv6), which a rule on
     * IPv4 addresses never sees: narrower, as a negated port test without its transport is.
     * {@code !=} holds only where the field is, and a positive IPv4 test leaves nothing out.
     */
    @Test
    void aNegatedAddressTestAloneIsNarrower() throws Exception {
        Filter negated = Filter.compile("!(ip.addr == 10.0.0.5)");
        Session session = Session.needing(negated.fields());
        byte[] arp = new byte[42];
        arp[12] = 0x08;
        arp[13] = 0x06;
        assertTrue(negated.test(session.dissect(Frame.of(1, 0, 1, arp))), "an ARP frame passes the negation");
        for (String f : List.of("!(ip.addr == 10.0.0.5)", "!(ip.src == 10.0.0.5)", "tcp && !(ip.dst in {10.0.0.5, 10.0.0.6})",
                "!(ipv6.addr == ::1)")) {
            GeneratedRule g = suricata(f);
            assertEquals("narrower", g.verdict(), f + "\n" + g.text());
            assertTrue(g.losses().stream().anyMatch(l -> l.what().contains("header also passes the negation")), g.losses().toString());
        }
        for (String f : List.of("ip.addr != 10.0.0.5", "ip.src == 10.0.0.1 && !(ip.dst == 10.0.0.5)",
                "ip && !(ip.addr == 10.0.0.5)")) {
            assertEquals("exact", suricata(f).verdict(), f);
        }
    }

    @Test
    void portHeadersSelectWhatTheFilterSelectsAsTheReportSays() throws Exception {
        check(List.of(
                "tcp.dstport >= 1024 && tcp.dstport <= 1030", "tcp.dstport > 1023 && tcp.dstport < 1030",
                "tcp.srcport >= 1024 && tcp.srcport <= 1030", "tcp.dstport == 80 && tcp.dstport == 443",
                "tcp.dstport in {80, 443, 8443} && !(tcp.dstport == 443)", "tcp.dstport != 80 && tcp.dstport != 443",
                "tcp.port >= 1024 && tcp.port <= 1030", "tcp.port > 1023 && tcp.port < 1030",
                "tcp.port == 80 && tcp.port == 443", "tcp.port in {80, 443} && tcp.port in {443, 8443}",
                "tcp.port != 80", "!(tcp.port in {80, 443}) && tcp", "tcp.port == 80 && tcp.port == 443 && tcp.port == 5",
                "tcp.srcport == 5 && tcp.port == 80", "tcp.srcport == 80 && tcp.port == 80",
                "tcp.srcport < 1024 && tcp.dstport < 1024 && tcp.port == 80", "tcp.srcport > 1000 && tcp.port in {80, 5000}",
                "tcp.port == 80 || tcp.dstport > 1030", "tcp && !(tcp.srcport > 1000)", "tcp.dstport <= 1"),
                new String[] {"10.0.0.1"}, new String[] {"10.0.0.2"}, PORTS, 500);
    }

    @Test
    void addressHeadersSelectWhatTheFilterSelectsAsTheReportSays() throws Exception {
        check(List.of(
                "tcp && ip.src == 10.0.0.0/8 && ip.src == 10.1.0.0/16", "tcp && ip.src == 10.0.0.1 && ip.src == 10.0.0.2",
                "tcp && ip.src == 10.0.0.0/8 && !(ip.src == 10.1.0.0/16)", "tcp && ip.dst in {10.0.0.1, 10.1.0.0/16} && ip.dst != 10.1.2.3",
                "tcp && ip.addr == 10.0.0.1 && ip.addr == 10.1.0.0/16", "tcp && ip.addr == 10.0.0.0/8 && ip.addr == 10.1.0.0/16",
                "tcp && ip.src == 10.0.0.1 && ip.addr == 10.1.0.0/16", "tcp && ip.src == 10.1.0.5 && ip.addr == 10.1.0.0/16",
                "tcp && ip.src == 10.0.0.0/8 && ip.addr == 10.1.0.0/16", "ip.addr == 10.0.0.1 && tcp.dstport == 80",
                "tcp && !(ip.addr == 10.0.0.1)", "tcp && ip.addr != 10.1.0.0/16", "ip.addr in {10.0.0.1, 192.168.1.1} && tcp.port == 443",
                "ip.dst == 192.168.1.1 && ip.addr == 10.0.0.0/8 && tcp.port == 80", "tcp && ip.addr == 10.0.0.1",
                "tcp.port == 80 && tcp.port == 443 && ip.src == 10.0.0.1", "tcp && ip.addr == 10.0.0.1 && ip.addr == 10.0.0.2 && ip.addr == 10.1.0.5",
                "tcp && ip.addr == 10.0.0.0/8 && ip.addr == 10.1.0.0/16 && ip.addr == 192.168.1.1",
                "ip.addr == 10.0.0.1 && tcp.port == 80 && tcp.port == 443"),
                ADDRESSES, ADDRESSES, FEW_PORTS, 100);
    }

    /** Every filter on TCP packets over the grid: the rules' headers agree with it as the report says. */
    private static void check(List<String> filters, String[] sources, String[] destinations, int[] ports, long minMatches)
            throws Exception {
        BitSet fields = new BitSet();
        List<Filter> compiled = new ArrayList<>();
        for (String f : filters) {
            Filter filter = Filter.compile(f);
            compiled.add(filter);
            fields.or(filter.fields());
        }
        Session session = Session.needing(fields);
        List<String> problems = new ArrayList<>();
        long matches = 0;
        for (int i = 0; i < filters.size(); i++) {
            GeneratedRule g = suricata(filters.get(i));
            assertEquals(List.of(), SuricataLint.check(g.text()), filters.get(i));
            List<Header> headers = g.text().lines().map(Header::of).toList();
            String verdict = g.verdict();
            int frame = 0;
            for (String sa : sources) {
                for (String da : destinations) {
                    for (int sp : ports) {
                        for (int dp : ports) {
                            Packet p = session.dissect(Frame.of(++frame, 1_000_000_000L * frame, 101, tcp(sa, da, sp, dp)));
                            boolean want = compiled.get(i).test(p);
                            boolean got = headers.stream().anyMatch(h -> h.matches(ip(sa), ip(da), sp, dp));
                            matches += want ? 1 : 0;
                            boolean allowed = want == got || (!want && verdict.contains("wider"))
                                    || (want && verdict.contains("narrower"));
                            if (!allowed) {
                                problems.add(filters.get(i) + " (" + verdict + "): " + sa + ":" + sp + " -> " + da + ":" + dp
                                        + " filter " + want + ", rules " + got + "\n" + g.text());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems.stream().limit(5).toList());
        assertTrue(matches > minMatches, "the filters matched " + matches + " packets");
    }

    /** A rule's header read as Suricata reads it. */
    private record Header(IntPredicate source, boolean[] sourcePort, IntPredicate destination, boolean[] destinationPort,
                          boolean bothWays) {
        static Header of(String rule) {
            Matcher m = HEADER.matcher(rule);
            assertTrue(m.find(), rule);
            assertTrue(m.group(1).equals("tcp") || m.group(1).equals("ip"), rule);
            return new Header(addresses(m.group(2)), group(m.group(3)), addresses(m.group(5)), group(m.group(6)),
                    m.group(4).equals("<>"));
        }

        boolean matches(int src, int dst, int sp, int dp) {
            return (source.test(src) && sourcePort[sp] && destination.test(dst) && destinationPort[dp])
                    || (bothWays && source.test(dst) && sourcePort[dp] && destination.test(src) && destinationPort[sp]);
        }

        /** An IPv4 address, block, negation or bracketed group, read as ports are. */
        static IntPredicate addresses(String s) {
            if (s.equals("any")) {
                return a -> true;
            }
            if (s.startsWith("!")) {
                return addresses(s.substring(1)).negate();
            }
            if (s.startsWith("[")) {
                List<String> items = items(s.substring(1, s.length() - 1));
                IntPredicate positive = items.stream().allMatch(x -> x.startsWith("!")) ? a -> true : a -> false;
                IntPredicate negative = a -> false;
                for (String x : items) {
                    if (x.startsWith("!")) {
                        negative = negative.or(addresses(x.substring(1)));
                    } else {
                        positive = positive.or(addresses(x));
                    }
                }
                return positive.and(negative.negate());
            }
            String[] cidr = s.split("/");
            int prefix = cidr.length == 2 ? Integer.parseInt(cidr[1]) : 32;
            int base = ip(cidr[0]);
            return a -> prefix == 0 || (a ^ base) >>> (32 - prefix) == 0;
        }

        /** A port, range, negation or bracketed group (positives' union less the negated entries). */
        static boolean[] group(String s) {
            boolean[] out = new boolean[65536];
            if (s.equals("any")) {
                java.util.Arrays.fill(out, true);
            } else if (s.startsWith("!")) {
                boolean[] inner = group(s.substring(1));
                for (int i = 0; i < out.length; i++) {
                    out[i] = !inner[i];
                }
            } else if (s.startsWith("[")) {
                List<String> items = items(s.substring(1, s.length() - 1));
                // a group of negations alone starts from every port
                java.util.Arrays.fill(out, items.stream().allMatch(x -> x.startsWith("!")));
                for (String x : items) {
                    boolean negated = x.startsWith("!");
                    boolean[] v = group(negated ? x.substring(1) : x);
                    for (int i = 0; i < out.length; i++) {
                        out[i] = negated ? out[i] : out[i] || v[i];
                    }
                }
                for (String x : items) {
                    if (x.startsWith("!")) {
                        boolean[] v = group(x.substring(1));
                        for (int i = 0; i < out.length; i++) {
                            out[i] &= !v[i];
                        }
                    }
                }
            } else {
                String[] r = s.split(":", -1);
                int lo = r[0].isEmpty() ? 0 : Integer.parseInt(r[0]);
                int hi = r.length == 1 ? lo : r[1].isEmpty() ? 65535 : Integer.parseInt(r[1]);
                assertFalse(r[0].isEmpty(), "a range written from 0 (:" + hi + ") is not a form Suricata documents");
                for (int i = lo; i <= hi; i++) {
                    out[i] = true;
                }
            }
            return out;
        }

        private static List<String> items(String s) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                if (c == ',' && depth == 0) {
                    out.add(s.substring(start, i));
                    start = i + 1;
                }
            }
            out.add(s.substring(start));
            return out;
        }
    }

    private static int ip(String dotted) {
        int a = 0;
        for (String part : dotted.split("\\.")) {
            a = (a << 8) | Integer.parseInt(part);
        }
        return a;
    }

    /** A raw IPv4 packet (link type 101) carrying a bare TCP ACK segment between the two ends. */
    private static byte[] tcp(String src, String dst, int sp, int dp) {
        byte[] b = new byte[40];
        b[0] = 0x45;
        b[3] = 40;
        b[8] = 64;
        b[9] = 6;
        java.nio.ByteBuffer.wrap(b).putInt(12, ip(src)).putInt(16, ip(dst));
        b[20] = (byte) (sp >> 8);
        b[21] = (byte) sp;
        b[22] = (byte) (dp >> 8);
        b[23] = (byte) dp;
        b[32] = 0x50;
        b[33] = 0x10;
        b[35] = (byte) 0xff;
        return b;
    }
}
