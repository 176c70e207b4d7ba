package io.sharkfin.ioc;

import io.sharkfin.cli.Main;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.filter.Filter;
import io.sharkfin.ioc.pack.PackEmitter;
import io.sharkfin.ioc.report.IocReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --emit-pack}: the findings become a filter pack in the YAML shape of {@code filters/}
 * (name, version, description, rules with id, title, description, filter, severity, tags,
 * tests); every rule's filter compiles and, over the analysed capture, matches exactly the frames
 * of the finding it came from (its test frames), {@code sharkfin pack lint} accepts the file and
 * {@code sharkfin pack test} passes it.
 */
class PackEmitTest {

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> rulesMatchTheFramesOfTheirFindings() {
        // the corpus, the SSH clients whose findings become ssh.kex.hassh rules, a DNS tunnel, SMTP logins,
        // files, Kerberos and SMB2 accounts, HTTP Basic, POP3 and IMAP logins
        return Stream.concat(IocTestSupport.captures().stream(), Stream.of(IocTestSupport.SSH_TOOLS, IocTestSupport.DNS_TUNNEL,
                        IocTestSupport.SMTP, IocTestSupport.HTTP_FILES, IocTestSupport.MULTIPART, IocTestSupport.SMB,
                        IocTestSupport.KERBEROS, IocTestSupport.HTTP_AUTH, IocTestSupport.POP,
                        IocTestSupport.IMAP))
                .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    @SuppressWarnings("unchecked")
    private static void check(Path capture) throws Exception {
        IocReport report = IocTestSupport.report(capture);
        String yaml = PackEmitter.yaml(report, PackEmitter.nameFor(capture.toString()), capture.toString());
        Map<String, Object> pack = new Yaml().load(yaml);
        assertEquals(PackEmitter.nameFor(capture.toString()), pack.get("name"));
        assertEquals(1, pack.get("version"));
        assertNotNull(pack.get("description"));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) pack.get("rules");
        assertEquals(report.findings().size(), rules.size());
        Map<String, Filter> filters = new LinkedHashMap<>();
        BitSet fields = new BitSet();
        for (Map<String, Object> r : rules) {
            for (String key : List.of("id", "title", "description", "filter", "severity", "tags", "tests")) {
                assertTrue(r.containsKey(key), key + " in " + r.get("id"));
            }
            assertTrue(List.of("high", "medium", "low", "informational").contains(r.get("severity")));
            Filter f = Filter.compile((String) r.get("filter"));
            filters.put((String) r.get("id"), f);
            fields.or(f.fields());
        }
        Map<String, List<Long>> matched = new LinkedHashMap<>();
        filters.keySet().forEach(k -> matched.put(k, new ArrayList<>()));
        try (PacketStream packets = PacketStream.open(capture, fields)) {
            for (Packet p : packets) {
                filters.forEach((id, f) -> {
                    if (f.test(p)) {
                        matched.get(id).add(p.number());
                    }
                });
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            Map<String, Object> r = rules.get(i);
            IocReport.Finding finding = report.findings().get(i);
            Map<String, Object> test = ((List<Map<String, Object>>) r.get("tests")).get(0);
            assertEquals(capture.toString(), test.get("capture"));
            List<Long> got = matched.get((String) r.get("id"));
            if (test.containsKey("frames")) {
                List<Long> want = new ArrayList<>();
                ((List<Number>) test.get("frames")).forEach(n -> want.add(n.longValue()));
                assertEquals(want, got, "frames of " + r.get("id"));
                assertEquals(finding.evidence().frames(), want);
            } else {
                assertEquals(((Number) test.get("count")).longValue(), got.size(), "count of " + r.get("id"));
            }
            assertFalse(got.isEmpty(), r.get("id") + " matches its finding's frames");
        }
        Path file = tmp.resolve(pack.get("name") + ".yaml");
        Files.writeString(file, yaml);
        assertLintAccepts(file);
    }

    private static void assertLintAccepts(Path pack) {
        StringWriter lo = new StringWriter();
        StringWriter le = new StringWriter();
        int lint = Main.run(new String[] {"pack", "lint", pack.toString()}, new PrintWriter(lo), new PrintWriter(le));
        assertEquals(0, lint, "pack lint: " + lo + le);
    }

    @Test
    void commandWritesThePackAndPackLintAcceptsIt() throws Exception {
        Path out = tmp.resolve("command");
        Files.createDirectories(out);
        Path yaml = out.resolve("lab-c2-a.yaml");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new String[] {"iocs", "-r", IocTestSupport.LAB_C2.toString(), "--format", "json",
            "-o", out.resolve("r.json").toString(), "--emit-pack", yaml.toString()}, new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, code, e.toString());
        assertTrue(Files.readString(yaml).contains("rules:"));
        assertTrue(Files.readString(yaml).contains("tcp.flags.syn == 1"), "the beacon rule is in the pack");

        String text = Files.readString(yaml);
        assertTrue(text.contains("tags: [T1071.001, T1573, command-and-control]"), text);
        assertLintAccepts(yaml);
        // the pack's own test runner: every rule alerts on exactly its finding's frames
        StringWriter to = new StringWriter();
        StringWriter te = new StringWriter();
        int test = Main.run(new String[] {"pack", "test", yaml.toString()}, new PrintWriter(to), new PrintWriter(te));
        assertEquals(0, test, "pack test: " + to + te);
        assertTrue(to.toString().contains("8 tests passed, 0 failed"), to.toString());
    }
}
