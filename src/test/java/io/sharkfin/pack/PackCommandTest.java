package io.sharkfin.pack;

import io.sharkfin.cli.CliRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String C2 = "src/test/resources/corpus/captures/lab-c2-a.pcap";

    @Test
    void runPrintsATableAndExitsOneOnAlerts() {
        CliRun r = run("pack", "run", "filters/dns.yaml", "-r", C2);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("lab-c2-a.pcap: 939 frames"), r.out());
        assertTrue(r.out().matches("(?s).*dns-indicators/dns-nxdomain-burst\\s+medium\\s+5\\s+66,68,70,72,74.*"), r.out());
        assertTrue(r.out().matches("(?s).*dns-indicators/dns-txt-query\\s+low\\s+0.*"), r.out());
    }

    @Test
    void ndjsonAlertsCarryRuleTimeTupleAndFields() {
        CliRun r = run("pack", "run", "filters/dns.yaml", "-r", C2, "--format", "ndjson");
        assertEquals(1, r.code());
        List<String> lines = r.out().lines().toList();
        String burst = lines.stream().filter(l -> l.contains("\"frame\":66,")).findFirst().orElseThrow();
        assertTrue(burst.contains("\"rule\":\"dns-indicators/dns-nxdomain-burst\""), burst);
        assertTrue(burst.contains("\"severity\":\"medium\""), burst);
        assertTrue(burst.contains("\"proto\":\"udp\",\"src\":\"127.0.0.53\",\"sport\":53,\"dst\":\"127.0.0.2\""), burst);
        assertTrue(burst.contains("\"dns.flags.rcode\":\"3\""), burst);
        assertTrue(burst.contains("\"ip.dst\":\"127.0.0.2\""), burst);
        assertTrue(burst.matches(".*\"time\":\"20\\d\\d-\\d\\d-\\d\\dT.*Z\".*"), burst);
    }

    @Test
    void noAlertExitsZeroAndErrorsExitTwoWithoutStoppingOtherRules() throws Exception {
        assertEquals(0, run("pack", "run", "filters/dns.yaml", "-r",
                "src/test/resources/corpus/captures/cs-http_google.pcapng").code());
        Path dir = Files.createTempDirectory("packs");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, """
                name: broken
                rules:
                  - id: bad
                    title: bad
                    filter: dns.flags.rcode === "x"
                  - id: good
                    title: good
                    filter: dns.flags.rcode == 3
                """);
        CliRun r = run("pack", "run", broken.toString(), "-r", C2);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("broken.yaml:5:33: rule bad: "), r.err());
        assertTrue(r.out().matches("(?s).*broken/good\\s+medium\\s+14.*"), r.out());
        CliRun lint = run("pack", "lint", broken.toString());
        assertEquals(2, lint.code());
        assertTrue(lint.out().contains("broken.yaml:5:33: rule bad: "), lint.out());
        CliRun missing = run("pack", "run", "filters/dns.yaml", "-r", dir.resolve("none.pcap").toString());
        assertEquals(2, missing.code());
    }

    @Test
    void packTestCountsPassesAndFailures() throws Exception {
        Path dir = Files.createTempDirectory("packs");
        Path p = dir.resolve("t.yaml");
        Files.writeString(p, """
                name: t
                rules:
                  - id: right
                    title: r
                    filter: dns.flags.rcode == 3
                    tests:
                      - {capture: cs-dns_query_nonexistent.pcapng, frames: [2]}
                  - id: wrong
                    title: w
                    filter: dns.flags.rcode == 3
                    tests:
                      - {capture: cs-dns_query_nonexistent.pcapng, frames: [1]}
                """);
        CliRun r = run("pack", "test", p.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 tests passed, 1 failed, 0 errors (2 rules, 1 capture passes)"), r.out());
        assertTrue(r.out().contains("FAIL " + p + ":12:9 t/wrong on cs-dns_query_nonexistent.pcapng: expected frames [1], got [2]"), r.out());
    }

    @Test
    void aPackOutsideTheProjectFindsTheCorpusCapturesFromAnyWorkingDirectory(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // a pack of one's own, tested from its own folder: the corpus is found through sharkfin's
        // project (the classes' target/ folder here), not through the working directory
        Path pack = dir.resolve("mine.yaml");
        Files.writeString(pack, """
                name: mine
                version: 1
                description: NXDOMAIN answers of the lab capture
                rules:
                  - id: nxdomain
                    title: NXDOMAIN
                    description: A name that does not exist
                    filter: dns.flags.rcode == 3 && frame.number <= 52
                    severity: low
                    tests:
                      - capture: lab-c2-a.pcap
                        frames: [48, 50, 52]
                      - capture: no-such-capture.pcap
                        frames: [1]
                """);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                io.sharkfin.cli.Main.class.getName(), "pack", "test", "mine.yaml")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), out);
        assertTrue(out.contains("1 tests passed, 0 failed, 1 errors"), out);
        assertTrue(out.contains("capture not found: no-such-capture.pcap (not beside the pack nor among the project's"
                + " test captures; name its folder with --captures DIR)"), out);
    }
}
