package io.sharkfin.rules;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.filter.Filter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Port conditions in Suricata rule headers. Each filter is evaluated by sharkfin on TCP packets
 * with every pair of a set of interesting ports, and its generated rules are read the way
 * Suricata reads a header (a bracketed group is the union of its entries less the negated ones;
 * {@code <>} also matches the other way round). The rules must select exactly the packets the
 * filter does when the report says exact, a subset when narrower, a superset when wider.
 */
class SuricataPortsTest {
    private static final int[] PORTS = {0, 1, 5, 79, 80, 81, 443, 1023, 1024, 1025, 1029, 1030, 1031, 5000, 8443, 65535};
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
        assertTrue(none.losses().stream().anyMatch(l -> l.what().contains("no port meets all its port conditions")),
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
    void headersSelectWhatTheFilterSelectsAsTheReportSays() throws Exception {
        List<String> filters = List.of(
                "tcp.dstport >= 1024 && tcp.dstport <= 1030", "tcp.dstport > 1023 && tcp.dstport < 1030",
                "tcp.srcport >= 1024 && tcp.srcport <= 1030", "tcp.dstport == 80 && tcp.dstport == 443",
                "tcp.dstport in {80, 443, 8443} && !(tcp.dstport == 443)", "tcp.dstport != 80 && tcp.dstport != 443",
                "tcp.port >= 1024 && tcp.port <= 1030", "tcp.port > 1023 && tcp.port < 1030",
                "tcp.port == 80 && tcp.port == 443", "tcp.port in {80, 443} && tcp.port in {443, 8443}",
                "tcp.port != 80", "!(tcp.port in {80, 443}) && tcp", "tcp.port == 80 && tcp.port == 443 && tcp.port == 5",
                "tcp.srcport == 5 && tcp.port == 80", "tcp.srcport == 80 && tcp.port == 80",
                "tcp.srcport < 1024 && tcp.dstport < 1024 && tcp.port == 80", "tcp.srcport > 1000 && tcp.port in {80, 5000}",
                "tcp.port == 80 || tcp.dstport > 1030", "tcp && !(tcp.srcport > 1000)", "tcp.dstport <= 1");
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
            for (int sp : PORTS) {
                for (int dp : PORTS) {
                    Packet p = session.dissect(Frame.of(++frame, 1_000_000_000L * frame, 101, tcp(sp, dp)));
                    boolean want = compiled.get(i).test(p);
                    boolean got = headers.stream().anyMatch(h -> h.matches(sp, dp));
                    matches += want ? 1 : 0;
                    boolean allowed = want == got || (!want && verdict.contains("wider")) || (want && verdict.contains("narrower"));
                    if (!allowed) {
                        problems.add(filters.get(i) + " (" + verdict + "): " + sp + " -> " + dp + " filter " + want + ", rules " + got
                                + "\n" + g.text());
                    }
                }
            }
        }
        assertEquals(List.of(), problems.stream().limit(5).toList());
        assertTrue(matches > 500, "the filters matched " + matches + " packets");
    }

    /** A rule's header ports read as Suricata reads them. */
    private record Header(boolean[] source, boolean[] destination, boolean bothWays) {
        static Header of(String rule) {
            Matcher m = HEADER.matcher(rule);
            assertTrue(m.find(), rule);
            assertEquals("tcp", m.group(1), rule);
            assertEquals("any", m.group(2), rule);
            assertEquals("any", m.group(5), rule);
            return new Header(group(m.group(3)), group(m.group(6)), m.group(4).equals("<>"));
        }

        boolean matches(int sp, int dp) {
            return (source[sp] && destination[dp]) || (bothWays && source[dp] && destination[sp]);
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

    /** A raw IPv4 packet (link type 101) carrying a bare TCP ACK segment between the two ports. */
    private static byte[] tcp(int sp, int dp) {
        byte[] b = new byte[40];
        b[0] = 0x45;
        b[3] = 40;
        b[8] = 64;
        b[9] = 6;
        b[12] = 10;
        b[15] = 1;
        b[16] = 10;
        b[19] = 2;
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
