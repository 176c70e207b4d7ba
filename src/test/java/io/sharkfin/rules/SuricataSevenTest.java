package io.sharkfin.rules;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.filter.Filter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules for Suricata 7: no keyword that only Suricata 8 has ({@code dns.rcode},
 * {@code dns.rrtype}); their DNS fields read from the UDP payload instead, checked here on
 * every DNS message of the shared captures against the filter's own verdict.
 */
class SuricataSevenTest {
    private static final Pattern BYTE_TEST = Pattern.compile("byte_test:1,(!?[=<>]=?),(\\d+),3,bitmask 0x0f;");
    private static final Pattern PCRE = Pattern.compile("pcre:\"/(.*?)/s\";");

    private static GeneratedRule suricata(String filter) throws Exception {
        return SuricataGenerator.generate(RuleSource.of(filter));
    }

    @Test
    void noSuricata8KeywordInAnyGeneratedRule() throws Exception {
        String all = GeneratedRulesTest.suricataFile(GeneratedRulesTest.shipped());
        for (String only8 : SuricataKeywords.SURICATA_8_ONLY.keySet()) {
            assertFalse(all.contains(" " + only8 + ":") || all.contains(" " + only8 + ";"), only8 + " in\n" + all);
        }
        assertEquals(List.of(), SuricataLint.check(all));
    }

    /** An HTTP body goes to the buffer of the side it is on; either side when the filter does not say. */
    @Test
    void aBodyIsMatchedInTheBufferOfItsSide() throws Exception {
        GeneratedRule request = suricata("http.request && http.file_data contains \"AddPortMapping\"");
        assertEquals(1, request.text().lines().filter(l -> l.startsWith("alert ")).count(), request.text());
        assertTrue(request.text().contains("flow:established,to_server; http.request_body; content:\"AddPortMapping\";"),
                request.text());
        GeneratedRule response = suricata("http.response && http.file_data contains \"powershell\"");
        assertEquals(1, response.text().lines().filter(l -> l.startsWith("alert ")).count(), response.text());
        assertTrue(response.text().contains("flow:established,to_client; http.response_body; content:\"powershell\";"),
                response.text());
        GeneratedRule either = suricata("http.file_data contains \"powershell\"");
        assertTrue(either.text().contains("http.request_body;") && either.text().contains("http.response_body;"),
                either.text());
        for (GeneratedRule g : List.of(request, response, either)) {
            assertEquals(List.of(), SuricataLint.check(g.text()));
        }
    }

    @Test
    void rcodeBecomesAByteTestOnUdpDnsAndSaysWhy() throws Exception {
        GeneratedRule g = suricata("dns.flags.response == 1 && dns.flags.rcode == 3");
        assertTrue(g.text().startsWith("alert udp any any -> any any (msg:"), g.text());
        assertTrue(g.text().contains("flow:to_client; app-layer-protocol:dns; byte_test:1,=,3,3,bitmask 0x0f;"), g.text());
        assertEquals("narrower", g.verdict());
        assertTrue(g.losses().stream().anyMatch(l -> l.what().contains("needs Suricata 8")
                && l.what().contains("DNS over TCP is not matched")), g.losses().toString());
        assertEquals(List.of(), SuricataLint.check(g.text()));
        assertTrue(suricata("!(dns.flags.rcode == 0)").text().contains("byte_test:1,!=,0,3,bitmask 0x0f;"));
        assertTrue(suricata("dns.flags.rcode >= 2").text().contains("byte_test:1,>=,2,3,bitmask 0x0f;"));
        // a TCP rule cannot read the header at a fixed place: left out, and said
        GeneratedRule tcp = suricata("tcp.port == 53 && dns.flags.rcode == 3");
        assertFalse(tcp.text().contains("byte_test"), tcp.text());
        assertTrue(tcp.losses().toString().contains("left out dns.flags.rcode == 3 (the DNS message is read from a UDP payload, the rule is for tcp)"),
                tcp.losses().toString());
    }

    /**
     * A filter about responses (their flag, an rcode, an answer) never reads the query name from
     * dns.query, which Suricata 7 fills from requests only: the name is matched in the
     * response's question, in the UDP payload.
     */
    @Test
    void aResponsesQueryNameIsReadFromItsQuestion() throws Exception {
        GeneratedRule flag = suricata("dns.flags.response == 1 && dns.qry.name == \"evil.com\"");
        assertTrue(flag.text().contains("flow:to_client; app-layer-protocol:dns; "
                + "pcre:\"/^.{4}(?!\\x00\\x00).{8}\\x04evil\\x03com\\x00/s\";"), flag.text());
        GeneratedRule nxdomain = suricata("dns.flags.rcode == 3 && dns.qry.name == \"evil.com\"");
        assertTrue(nxdomain.text().contains("flow:to_client; app-layer-protocol:dns; byte_test:1,=,3,3,bitmask 0x0f; "
                + "pcre:\"/^.{4}(?!\\x00\\x00).{8}\\x04evil\\x03com\\x00/s\";"), nxdomain.text());
        // the iocs burst finding's filter (iocs --emit-pack on lab-c2-a)
        GeneratedRule burst = suricata("ip.dst == 127.0.0.2 && dns.flags.response == 1 && dns.flags.rcode == 3"
                + " && dns.qry.name in {\"c0o15n7sxqgeoa.net\", \"q7hdnqb7aj.biz\"}");
        assertTrue(burst.text().contains("pcre:\"/^.{4}(?!\\x00\\x00).{8}(?:\\x0ec0o15n7sxqgeoa\\x03net\\x00"
                + "|\\x0aq7hdnqb7aj\\x03biz\\x00)/s\";"), burst.text());
        GeneratedRule answer = suricata("dns.a == 127.0.0.66 && dns.qry.name == \"qagio7jq5oqf.top\"");
        assertEquals("wider and narrower", answer.verdict(), answer.losses().toString());
        for (GeneratedRule g : List.of(flag, nxdomain, burst, answer)) {
            assertFalse(g.text().contains("dns.query;"), g.text());
            assertEquals(List.of(), SuricataLint.check(g.text()));
            assertTrue(g.losses().stream().anyMatch(l -> l.effect() == Loss.Effect.NARROWER
                    && l.what().contains("DNS over TCP")), g.losses().toString());
        }
        assertTrue(suricata("dns.flags.response == 1 && dns.qry.name == \"<Root>\"").text()
                .contains("pcre:\"/^.{4}(?!\\x00\\x00).{8}\\x00/s\";"));
        // what no response-side pcre can say is left out and reported, not put in dns.query
        GeneratedRule contains = suricata("dns.flags.response == 1 && dns.qry.name contains \"evil\"");
        assertTrue(contains.isEmpty(), contains.text());
        assertEquals("not expressible", contains.verdict());
        // a request filter keeps dns.query
        assertTrue(suricata("dns.flags.response == 0 && dns.qry.name == \"evil.com\"").text()
                .contains("flow:to_server; dns.query; content:\"evil.com\"; startswith; endswith;"));
        assertLint("alert udp any any -> any any (msg:\"x\"; flow:to_server; app-layer-protocol:dns; "
                + "byte_test:1,=,3,3,bitmask 0x0f; dns.query; content:\"a\"; sid:1; rev:1;)", "dns.query inspects requests only");
    }

    private static void assertLint(String rule, String expected) {
        List<String> p = SuricataLint.check(rule);
        assertTrue(p.stream().anyMatch(x -> x.startsWith(expected)), expected + " not in " + p);
    }

    @Test
    void queryTypeBecomesAPcreOverTheQuestion() throws Exception {
        GeneratedRule g = suricata("dns.qry.type in {16, 28} && dns.qry.name contains \"evil\"");
        assertTrue(g.text().contains("app-layer-protocol:dns; pcre:\"/^.{4}(?!\\x00\\x00).{8}[^\\x00]{0,255}\\x00(?:\\x00\\x10|\\x00\\x1c)/s\"; "
                + "dns.query; content:\"evil\";"), g.text());
        assertTrue(g.text().startsWith("alert udp "), g.text());
        assertEquals(List.of(), SuricataLint.check(g.text()));
        assertTrue(g.losses().stream().anyMatch(l -> l.what().contains("dns.rrtype keyword needs Suricata 8")), g.losses().toString());
    }

    @Test
    void theLintRefusesSuricata8AndAcceptsWhatSevenReads() {
        assertTrue(SuricataLint.check("alert dns any any -> any any (msg:\"x\"; dns.rrtype:16; sid:1; rev:1;)").getFirst()
                .startsWith("dns.rrtype needs Suricata 8"));
        assertEquals(List.of(), SuricataLint.check("alert udp any any -> any any (msg:\"x\"; flow:to_client; app-layer-protocol:dns; "
                + "byte_test:1,=,3,3,bitmask 0x0f; pcre:\"/^.{4}(?!\\x00\\x00).{8}\\x01a\\x00/s\"; sid:1; rev:1;)"));
        assertEquals(List.of(), SuricataLint.check("alert udp any any -> any any (msg:\"x\"; app-layer-protocol:dns; "
                + "pcre:\"/^.{4}(?!\\x00\\x00).{8}[^\\x00]{0,255}\\x00\\x00\\x10/s\"; dns.query; content:\"a\"; sid:1; rev:1;)"));
        assertFalse(SuricataLint.check("alert udp any any -> any any (msg:\"x\"; byte_test:1,is,3,3; sid:1; rev:1;)").isEmpty());
        assertFalse(SuricataLint.check("alert dns any any -> any any (msg:\"x\"; pcre:\"/a/\"; sid:1; rev:1;)").isEmpty());
        assertFalse(SuricataLint.check("alert tls any any -> any any (msg:\"x\"; tls.cert_serial; content:\"5c:19\"; sid:1; rev:1;)").isEmpty());
    }

    /**
     * Wireshark's icmp fields are ICMPv4's, icmpv6's ICMPv6's; Suricata's header protocol icmp
     * is both, icmpv4 and icmpv6 one each. So each rule names its version and is exact.
     */
    @Test
    void icmpRulesNameTheirVersion() throws Exception {
        GeneratedRule v4 = suricata("icmp.type == 3");
        assertTrue(v4.text().startsWith("alert icmpv4 any any -> any any (") && v4.text().contains(" itype:3; "), v4.text());
        assertEquals("exact", v4.verdict(), v4.losses().toString());
        GeneratedRule v6 = suricata("icmpv6.type == 1 && icmpv6.code == 4");
        assertTrue(v6.text().startsWith("alert icmpv6 any any -> any any (") && v6.text().contains(" itype:1; icode:4; "),
                v6.text());
        assertEquals("exact", v6.verdict(), v6.losses().toString());
        assertTrue(suricata("icmp").text().startsWith("alert icmpv4 "));
        assertTrue(suricata("icmpv6").text().startsWith("alert icmpv6 "));
        RuleSource unreachable = GeneratedRulesTest.shipped().stream()
                .filter(s -> s.qualifiedId().equals("triage/triage-icmp-unreachable")).findFirst().orElseThrow();
        GeneratedRule triage = SuricataGenerator.generate(unreachable);
        List<String> rules = triage.text().lines().toList();
        assertEquals(2, rules.size(), triage.text());
        assertTrue(rules.get(0).startsWith("alert icmpv4 any any -> any any (") && rules.get(0).contains(" itype:3; "), rules.get(0));
        assertTrue(rules.get(1).startsWith("alert icmpv6 any any -> any any (") && rules.get(1).contains(" itype:1; "), rules.get(1));
        assertEquals("exact", triage.verdict(), triage.losses().toString());
        for (GeneratedRule g : List.of(v4, v6, triage)) {
            assertEquals(List.of(), SuricataLint.check(g.text()));
        }
        assertLint("alert tcp any any -> any any (msg:\"x\"; itype:3; sid:1; rev:1;)", "itype needs an 'alert icmp' rule");
    }

    @Test
    void tlsKeywordsOfSuricata7() throws Exception {
        GeneratedRule serial = suricata("x509af.serialNumber == 5c:19:b7:b1:32:3b:1c:a1");
        assertTrue(serial.text().contains("tls.cert_serial; content:\"5C:19:B7:B1:32:3B:1C:A1\"; startswith; endswith;"), serial.text());
        assertEquals(List.of(), SuricataLint.check(serial.text()));
        GeneratedRule ja4 = suricata("tls.handshake.ja4 == \"t13d1516h2_8daaf6152771_b186095e22b6\"");
        assertTrue(ja4.text().contains("ja4.hash; content:\"t13d1516h2_8daaf6152771_b186095e22b6\";"), ja4.text());
        assertTrue(ja4.losses().toString().contains("Suricata 7.0.6 or later built with JA4 support"), ja4.losses().toString());
        assertTrue(suricata("tls.handshake.ja3s == \"b26c652e0a402a24b5ca2a660e84f9d5\"").text()
                .contains("ja3s.hash; content:\"b26c652e0a402a24b5ca2a660e84f9d5\";"));
    }

    /**
     * The byte_test and pcre select, among the UDP DNS messages of every shared capture, exactly
     * those the filter matches (evaluated here as Suricata would on the UDP payload).
     */
    @Test
    void payloadTestsAgreeWithTheFilterOnEveryUdpDnsMessage() throws Exception {
        List<String> filters = List.of("dns.flags.rcode == 3", "dns.flags.rcode != 0", "dns.flags.rcode > 1",
                "dns.qry.type == 16", "dns.qry.type in {28, 12}", "dns.qry.type == 1", "dns.qry.type != 1",
                "dns.qry.type == 255", "dns.flags.response == 1 && dns.qry.name == \"qagio7jq5oqf.top\"",
                "dns.flags.rcode == 3 && dns.qry.name in {\"c0o15n7sxqgeoa.net\", \"2cgdnyvz7shmue.biz\", \"qagio7jq5oqf.top\"}",
                "dns.flags.response == 1 && dns.qry.name != \"qagio7jq5oqf.top\"",
                "dns.flags.rcode == 0 && dns.qry.name in {\"www.google.com\", \"qagio7jq5oqf.top\", \"news.example.test\"}");
        FieldRegistry reg = FieldRegistry.standard();
        int payloadId = reg.lookup("udp.payload").id();
        long compared = 0;
        long matched = 0;
        List<String> problems = new ArrayList<>();
        for (String f : filters) {
            String rule = suricata(f).text();
            Filter filter = Filter.compile(f);
            Filter udpDns = Filter.compile("udp && dns.flags && !icmp && !icmpv6");
            BitSet fields = new BitSet();
            fields.or(filter.fields());
            fields.or(udpDns.fields());
            fields.set(payloadId);
            for (Path c : captures()) {
                try (PacketStream packets = PacketStream.open(c, fields)) {
                    for (Packet p : packets) {
                        if (!udpDns.test(p) || p.first(payloadId) < 0) {
                            continue;
                        }
                        byte[] payload = HexFormat.of().parseHex(FieldFormat.format(p, p.first(payloadId)).replace(":", ""));
                        boolean want = filter.test(p);
                        compared++;
                        matched += want ? 1 : 0;
                        if (suricataReads(rule, payload) != want) {
                            problems.add(f + ": frame " + p.number() + " of " + c.getFileName() + " (filter " + want + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems.stream().limit(20).toList());
        assertTrue(compared > 1000 && matched > 100, compared + " messages compared, " + matched + " matched");
    }

    /**
     * The keywords of a rule applied to a UDP DNS payload: its flow side (a response travels to
     * the client, whose query opened the flow: read from the QR bit here), byte_test with mask,
     * anchored pcre; all must pass.
     */
    private static boolean suricataReads(String rule, byte[] payload) {
        if (payload.length < 4) {
            return false;
        }
        boolean response = (payload[2] & 0x80) != 0;
        if ((rule.contains("flow:to_client;") && !response) || (rule.contains("flow:to_server;") && response)) {
            return false;
        }
        Matcher bt = BYTE_TEST.matcher(rule);
        while (bt.find()) {
            int v = payload[3] & 0x0f;
            int n = Integer.parseInt(bt.group(2));
            boolean pass = switch (bt.group(1)) {
                case "=" -> v == n;
                case "!=" -> v != n;
                case ">" -> v > n;
                case ">=" -> v >= n;
                case "<" -> v < n;
                case "<=" -> v <= n;
                default -> throw new AssertionError(bt.group(1));
            };
            if (!pass) {
                return false;
            }
        }
        Matcher pc = PCRE.matcher(rule);
        String text = new String(payload, java.nio.charset.StandardCharsets.ISO_8859_1);
        while (pc.find()) {
            if (!Pattern.compile(pc.group(1), Pattern.DOTALL).matcher(text).find()) {
                return false;
            }
        }
        assertTrue(rule.contains("byte_test:") || rule.contains("pcre:"), rule);
        return true;
    }

    private static List<Path> captures() throws Exception {
        try (Stream<Path> s = Files.list(GeneratedRulesTest.CAPTURES)) {
            return s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList();
        }
    }
}
