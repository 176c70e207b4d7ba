package io.sharkfin.rules;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.Frame;
import io.sharkfin.pack.Pack;
import io.sharkfin.pack.PackLoader;
import io.sharkfin.pack.PackRule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated rules of every shipped pack rule, checked as the "done when" asks. */
class GeneratedRulesTest {
    static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");

    static List<RuleSource> shipped() throws Exception {
        List<RuleSource> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("filters"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                PackLoader.Loaded l = PackLoader.load(f);
                assertEquals(List.of(), l.problems());
                Pack pack = l.pack();
                for (PackRule r : pack.rules()) {
                    out.add(RuleSource.of(pack, r));
                }
            }
        }
        assertTrue(out.size() >= 30);
        return out;
    }

    static String suricataFile(List<RuleSource> sources) {
        StringBuilder sb = new StringBuilder();
        for (RuleSource s : sources) {
            GeneratedRule g = SuricataGenerator.generate(s);
            g.report("# ").forEach(l -> sb.append(l).append('\n'));
            if (!g.isEmpty()) {
                sb.append(g.text()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void suricataRulesOfEveryShippedRulePassTheKeywordLint() throws Exception {
        List<RuleSource> sources = shipped();
        String file = suricataFile(sources);
        assertEquals(List.of(), SuricataLint.check(file));
        long rules = file.lines().filter(l -> l.startsWith("alert ")).count();
        assertTrue(rules >= 30, "rules generated: " + rules);
        for (RuleSource s : sources) {
            GeneratedRule g = SuricataGenerator.generate(s);
            assertTrue(!g.isEmpty() || g.losses().stream().anyMatch(l -> l.effect() == Loss.Effect.NARROWER),
                    s.qualifiedId() + ": no rule and no reason");
        }
    }

    @Test
    void theLintCatchesWhatSuricataWouldRefuseOrNeverMatch() {
        String ok = "alert http any any -> any any (msg:\"x\"; http.host; content:\"evil.example\"; sid:1; rev:1;)";
        assertEquals(List.of(), SuricataLint.check(ok));
        assertLint("alert http any any -> any any (msg:\"x\"; http.host; content:\"Evil.example\"; sid:1; rev:1;)",
                "http.host content must be lower-case");
        assertLint("alert http any any -> any any (msg:\"x\"; http.host; content:\"evil\"; nocase; sid:1; rev:1;)",
                "nocase on http.host");
        assertLint("alert dns any any -> any any (msg:\"x\"; flow:to_client; dns.query; content:\"a\"; sid:1; rev:1;)",
                "dns.query inspects requests only");
        assertLint("alert tcp any any -> any any (msg:\"x\"; http.uri; content:\"a\"; sid:1; rev:1;)",
                "http.uri needs an 'alert http' rule");
        assertLint("alert http any any -> any any (msg:\"x\"; http.url; content:\"a\"; sid:1; rev:1;)",
                "unknown keyword http.url");
        assertLint("alert tls any any -> any any (msg:\"x\"; ja3.hash; content:\"ABC\"; sid:1; rev:1;)",
                "ja3.hash content must be an MD5");
        assertLint("alert http any any -> any any (msg:\"x\"; nocase; sid:1; rev:1;)", "nocase not after a content");
        assertLint("alert dns any any -> any any (msg:\"x\"; dns.rcode:3; sid:1; rev:1;)", "dns.rcode needs Suricata 8");
        assertLint("alert udp any any -> any any (msg:\"x\"; byte_test:1,=,3,3; rev:1;)", "no sid");
    }

    private static void assertLint(String rule, String expected) {
        List<String> p = SuricataLint.check(rule);
        assertTrue(p.stream().anyMatch(x -> x.startsWith(expected)), expected + " not in " + p);
    }

    /** Debian's suricata-update rule parser, run on the generated rules (skipped when not installed). */
    @Test
    void suricataRulesParseWithSuricataUpdate() throws Exception {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Assumptions.assumeTrue(run(python, "-c", "import suricata.update.rule") == 0,
                "suricata-update (Debian package) is not installed");
        List<String> rules = suricataFile(shipped()).lines().filter(l -> l.startsWith("alert ")).toList();
        Path file = Files.createTempFile("sharkfin", ".rules");
        Files.writeString(file, String.join("\n", rules) + "\n", StandardCharsets.UTF_8);
        Path script = Files.createTempFile("parse", ".py");
        Files.writeString(script, """
                import sys
                from suricata.update import rule
                n = 0
                for line in open(sys.argv[1]):
                    r = rule.parse(line)
                    if r is None or not r.sid or not r.msg or r.rev != 1 or r.classtype is None:
                        print("UNPARSED", line.strip()); continue
                    print(r.sid, r.proto, r.direction, r.classtype, ",".join(r.metadata))
                    n += 1
                print("parsed", n)
                """);
        ProcessBuilder pb = new ProcessBuilder(python, script.toString(), file.toString()).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains("UNPARSED"), out);
        assertTrue(out.contains("parsed " + rules.size()), out);
        Set<String> sids = new TreeSet<>();
        out.lines().filter(l -> l.matches("\\d+ .*")).forEach(l -> sids.add(l.split(" ")[0]));
        assertEquals(rules.size(), sids.size(), "unique sids");
        assertTrue(out.contains("sharkfin_pack dns-indicators"), out);
    }

    private static int run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    /**
     * Every shipped rule's BPF compiles with libpcap and keeps every frame its filter matches, on
     * every shared capture and on the dissector tests' SSH, FTP and DNS-tunnel captures (the
     * protocols of the SSH pack and of the TCP-only presence tests).
     */
    @Test
    void bpfKeepsASupersetOnEverySharedCapture() throws Exception {
        List<RuleSource> sources = shipped();
        List<Path> captures = new ArrayList<>();
        try (Stream<Path> s = Files.list(CAPTURES)) {
            captures.addAll(s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList());
        }
        Path own = Path.of("src/test/resources/dissect");
        for (String c : List.of("ssh.pcapng", "ssh-tools.pcapng", "ssh-openssh.pcap", "ftp.pcapng", "ftp-vsftpd.pcap",
                "dns-tunnel.pcapng")) {
            captures.add(own.resolve(c));
        }
        List<String> failures = new ArrayList<>();
        long matched = 0;
        long checks = 0;
        List<Evidence.Rule> rules = sources.stream().map(s -> new Evidence.Rule(s, BpfGenerator.generate(s))).toList();
        for (Path c : captures) {
            Evidence ev = new Evidence(c);
            // all the rules in one pass, as the command checks them
            List<Evidence.Report> reports = ev.checkAll(rules);
            for (int i = 0; i < rules.size(); i++) {
                Evidence.Report r = reports.get(i);
                checks++;
                matched += r.matched();
                if (!r.ok()) {
                    failures.add(rules.get(i).source().qualifiedId() + " on " + c.getFileName() + ": " + r.lines());
                }
                if (c.getFileName().toString().startsWith("lab-") || c.getFileName().toString().startsWith("ssh")) {
                    // a rule checked alone, in a pass of its own, finds the same
                    assertEquals(ev.check(rules.get(i).source(), rules.get(i).generated()), r,
                            rules.get(i).source().qualifiedId() + " on " + c.getFileName());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checks >= 30L * 20);
        assertTrue(matched > 100, "the check saw matching frames: " + matched);
    }

    @Test
    void bpfCompilesForEachLinkTypeOfTheCorpus() throws Exception {
        for (RuleSource s : shipped()) {
            BpfGenerator.Expression e = BpfGenerator.expression(s, new ArrayList<>());
            for (int link : new int[] {1, 0, 101, 113}) { // Ethernet, BSD loopback, raw IP, Linux cooked
                Evidence.compile(e, link).close();
            }
        }
    }

    @Test
    void bpfOfHeaderFiltersIsTightWhereBpfCanSeeEverything() throws Exception {
        // a header-only filter on an Ethernet capture without tunnels: BPF keeps exactly the matches
        RuleSource s = RuleSource.of("ip.addr == 127.0.0.66 && tcp.port == 80");
        Evidence.Report r = new Evidence(CAPTURES.resolve("lab-c2-a.pcap")).check(s, BpfGenerator.generate(s));
        assertTrue(r.ok());
        assertTrue(r.matched() > 0);
        assertTrue(r.kept() <= r.matched() + 30, "kept " + r.kept() + " for " + r.matched() + " matches");
    }

    @Test
    void evidenceCountsDisplayedDeltaAsReadDoes() throws Exception {
        // frame.time_delta_displayed counts from the filter's last match, as with sharkfin/tshark -Y
        RuleSource s = RuleSource.of("dns && (frame.time_delta_displayed == 0 || frame.time_delta_displayed > 1)");
        Evidence.Report r = new Evidence(CAPTURES.resolve("lab-c2-a.pcap")).check(s, BpfGenerator.generate(s));
        assertEquals(14, r.matched(), "tshark -Y of the same filter: 14 frames\n" + String.join("\n", r.lines()));
    }

    @Test
    void sigmaRulesAreValidAndUseOnlyTaxonomyFields() throws Exception {
        int documents = 0;
        for (RuleSource s : shipped()) {
            GeneratedRule g = SigmaGenerator.generate(s);
            if (g.isEmpty()) {
                assertTrue(g.losses().stream().anyMatch(l -> l.effect() == Loss.Effect.NARROWER), s.qualifiedId());
                continue;
            }
            assertEquals(List.of(), SigmaValidator.validate(g.text()), s.qualifiedId() + "\n" + g.text());
            documents += g.text().split("(?m)^---$").length;
        }
        assertTrue(documents >= 20, "documents: " + documents);
    }

    @Test
    void sigmaValidatorCatchesSpecificationAndTaxonomyErrors() {
        String good = """
                title: t
                logsource: {product: zeek, service: dns}
                detection:
                  sel: {query|endswith: .evil}
                  condition: sel
                level: high
                """;
        assertEquals(List.of(), SigmaValidator.validate(good));
        assertFalse(SigmaValidator.validate(good.replace("query|", "dns.qry.name|")).isEmpty());
        assertFalse(SigmaValidator.validate(good.replace("  condition: sel\n", "")).isEmpty());
        assertFalse(SigmaValidator.validate(good.replace("condition: sel", "condition: sel and other")).isEmpty());
        assertFalse(SigmaValidator.validate(good.replace("level: high", "level: severe")).isEmpty());
        assertFalse(SigmaValidator.validate(good.replace("title: t\n", "")).isEmpty());
        assertFalse(SigmaValidator.validate(good.replace("|endswith", "|ends")).isEmpty());
        assertFalse(SigmaValidator.validate("title: c\ncorrelation: {type: event_count, rules: [a], timespan: 1 hour, condition: {gte: 2}}\n").isEmpty());
    }

    /**
     * A Content-Type is matched in Suricata's http.content_type buffer, of either side; a body's
     * kind by content (sharkfin's http.file_data.magic) has no keyword, so a rule on both is wider.
     */
    @Test
    void contentTypesMapAndKindsByContentDoNot() throws Exception {
        GeneratedRule exact = SuricataGenerator.generate(RuleSource.of("http.content_type == \"image/jpeg\" && http.response"));
        assertEquals("exact", exact.verdict(), exact.losses().toString());
        assertTrue(exact.text().contains("flow:established,to_client; http.content_type; content:\"image/jpeg\"; startswith; endswith;"),
                exact.text());
        GeneratedRule wider = SuricataGenerator.generate(RuleSource.of(
                "http.content_type contains \"image/\" && http.file_data.magic == \"application/x-dosexec\""));
        assertEquals("wider", wider.verdict());
        assertTrue(wider.losses().toString().contains("http.file_data.magic"), wider.losses().toString());
        assertTrue(wider.text().contains("http.content_type; content:\"image/\";"), wider.text());
    }

    @Test
    void lossReportsSayWhatIsLost() throws Exception {
        GeneratedRule s = SuricataGenerator.generate(RuleSource.of("http.host == \"Evil.Example\" && tcp.analysis.retransmission"));
        assertTrue(s.text().contains("http.host; content:\"evil.example\"; startswith; endswith;"), s.text());
        assertEquals("wider", s.verdict());
        assertTrue(s.losses().toString().contains("tcp.analysis.retransmission"), s.losses().toString());
        GeneratedRule q = SuricataGenerator.generate(RuleSource.of("dns.qry.name contains \"evil\""));
        assertEquals("narrower", q.verdict(), q.losses().toString());
        GeneratedRule sig = SigmaGenerator.generate(RuleSource.of("tls.handshake.extensions_server_name == \"x\""));
        assertTrue(sig.isEmpty());
        assertEquals("not expressible", sig.verdict());
        GeneratedRule b = BpfGenerator.generate(RuleSource.of("http.user_agent contains \"curl\""));
        assertEquals("wider", b.verdict());
    }

    @Test
    void suricataRulesFromOrAndNot() throws Exception {
        RuleSource source = RuleSource.of(
                "(ip.src == 10.0.0.1 || ip.src == 10.0.0.2) && tcp.dstport in {80, 8080} && !(http.user_agent contains \"Mozilla\")");
        GeneratedRule g = SuricataGenerator.generate(source);
        List<String> rules = g.text().lines().toList();
        assertEquals(2, rules.size(), g.text());
        assertTrue(rules.get(0).startsWith("alert http 10.0.0.1 any -> any [80,8080] ("), rules.get(0));
        assertTrue(rules.get(1).startsWith("alert http 10.0.0.2 any -> any [80,8080] ("), rules.get(1));
        assertTrue(rules.get(0).contains("http.user_agent; content:!\"Mozilla\";"), rules.get(0));
        assertTrue(rules.get(0).contains("sid:" + source.sid() + ";") && rules.get(1).contains("sid:" + (source.sid() + 1) + ";"));
        assertEquals(List.of(), SuricataLint.check(g.text()));
    }

    /**
     * A protocol or a direction is context: when every field test beside it is left out, the
     * alternative is left out too (it would alert on all of that traffic), and says why.
     */
    @Test
    void aProtocolOrDirectionAloneIsNoRule() throws Exception {
        for (String f : List.of("http.request && !http.user_agent", "ssh.direction == 1 && ssh.kex_algorithms matches \"x\"",
                "ssh && ssh.mpint_length > 4")) {
            GeneratedRule g = SuricataGenerator.generate(RuleSource.of(f));
            assertTrue(g.isEmpty(), f + ":\n" + g.text());
            assertEquals("not expressible", g.verdict(), f);
            assertTrue(g.losses().stream().anyMatch(l -> l.effect() == Loss.Effect.NARROWER
                    && l.what().contains("nothing of it can be matched")), g.losses().toString());
        }
        // alone, without anything left out, they are the rule
        assertTrue(SuricataGenerator.generate(RuleSource.of("http.request")).text().contains("flow:established,to_server;"));
        assertTrue(SuricataGenerator.generate(RuleSource.of("ssh")).text().startsWith("alert ssh any any -> any any ("));
    }

    @Test
    void frameCountOfEvidenceMatchesTheCapture() throws Exception {
        RuleSource s = RuleSource.of("dns.flags.rcode == 3");
        Evidence.Report r = new Evidence(CAPTURES.resolve("lab-c2-a.pcap")).check(s, SuricataGenerator.generate(s));
        assertEquals(14, r.matched());
        long frames = 0;
        try (var reader = CaptureFiles.open(CAPTURES.resolve("lab-c2-a.pcap"))) {
            Frame f = new Frame();
            while (reader.next(f)) {
                frames++;
            }
        }
        assertTrue(r.lines().getFirst().contains(frames + " frames"), r.lines().toString());
    }
}
