package io.sharkfin.pack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackLoaderTest {
    private static final Path FILE = Path.of("p.yaml");

    private static PackSet load(String yaml) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("pack");
        Path f = dir.resolve("p.yaml");
        java.nio.file.Files.writeString(f, yaml);
        return PackSet.load(List.of(f));
    }

    @Test
    void filterErrorsPointIntoTheYamlFileForEveryScalarStyle() throws Exception {
        PackSet set = load("""
                name: t
                rules:
                  - id: plain
                    title: plain scalar
                    filter: ip.src == 1.2.3.4 && tcp.port == foo
                  - id: quoted
                    title: double-quoted
                    filter: "dns.qry.name == \\"x\\" && bogus.field"
                  - id: block
                    title: literal block
                    filter: |
                      ip.addr == 10.0.0.1
                        && tcp.flags.syn == 1 && bogus
                  - id: good
                    title: still compiled
                    filter: tcp.port == 80
                """);
        List<String> problems = set.problems().stream().map(p -> p.where().line() + ":" + p.where().column()
                + " " + p.ruleId() + " " + p.message()).toList();
        // tshark: the offending token of each filter; positions are in the file
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("5:46 plain"), problems.get(0));
        assertTrue(problems.get(1).startsWith("8:39 quoted"), problems.get(1));
        assertTrue(problems.get(2).startsWith("13:34 block"), problems.get(2));
        assertEquals(List.of("good"), set.rules().stream().map(r -> r.rule().id()).toList());
        // a word near a known name gets the hint check and -Y give
        PackSet typo = load("""
                name: t
                rules:
                  - id: typo
                    title: misspelled
                    filter: tcp.dstprot == 8443
                """);
        assertEquals("Left side of \"==\" expression must be a field or function, not tcp.dstprot."
                + " Did you mean tcp.dstport?", typo.problems().getFirst().message());
    }

    @Test
    void structuralProblemsAreReportedAndOtherRulesKept() throws Exception {
        PackSet set = load("""
                name: t
                sids: [100, 199]
                rules:
                  - id: no-filter
                    title: x
                  - id: Bad_Id
                    title: x
                    filter: ip
                  - id: ok
                    title: x
                    filter: ip
                    severity: urgent
                    tests:
                      - {capture: a.pcap}
                  - id: ok
                    title: duplicate
                    filter: ip
                """);
        List<String> messages = set.problems().stream().map(PackProblem::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains(":4:5: rule no-filter: missing 'filter'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("rule Bad_Id: a rule id is lower-case")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains(":12:15: rule ok: severity is one of")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("rule ok: a test needs 'frames' or 'count'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("duplicate rule id")), messages.toString());
        assertEquals(1, set.rules().size());
        assertEquals(120, set.rules().getFirst().rule().sid(), "third rule: first + 2 * 10");
    }

    @Test
    void yamlSyntaxErrorsHaveAPosition() throws Exception {
        PackSet set = load("name: t\nrules:\n  - id: a\n    filter: [unclosed\n");
        assertEquals(1, set.problems().size());
        assertTrue(set.problems().getFirst().toString().matches(".*p\\.yaml:\\d+:\\d+: YAML: .*"), set.problems().toString());
    }

    @Test
    void macrosWithArgumentsExpandAndBadMacrosAreReported() throws Exception {
        PackSet set = load("""
                name: t
                macros:
                  host: ip.addr == $1
                  bad name: x
                rules:
                  - id: a
                    title: a
                    filter: ${host:10.0.0.1} && ${host:10.0.0.2}
                  - id: b
                    title: b
                    filter: ${nosuch}
                """);
        assertEquals(List.of("a"), set.rules().stream().map(r -> r.rule().id()).toList());
        assertEquals("ip.addr == 10.0.0.1 && ip.addr == 10.0.0.2",
                io.sharkfin.pack.CheckedFilter.of(set.rules().getFirst().rule().filter(),
                        set.packs().getFirst().macroTable()).expandedText());
        List<String> m = set.problems().stream().map(PackProblem::toString).toList();
        assertTrue(m.stream().anyMatch(x -> x.contains("macro 'bad name': invalid char in name")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.contains("rule b: macro 'nosuch' does not exist")), m.toString());
    }

    @Test
    void wiresharkProfileFilesImportIntoAPackThatLoads() throws Exception {
        String dfilters = """
                "TCP resets" tcp.flags.reset == 1
                "Quote \\" in name" ip.addr == ${lab}
                no quote here
                "No expression"
                "DNS NXDOMAIN"   dns.flags.rcode == 3
                "Last line without newline" udp""";
        String macros = "\"lab\",\"127.0.0.66\"\n";
        ProfileImport.Result r = ProfileImport.toPack("imported", dfilters, macros);
        assertEquals(3, r.filters().size(), r.filters().toString());
        assertEquals("Quote \" in name", r.filters().get(1).name());
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        PackSet set = load(r.yaml());
        assertEquals(List.of(), set.problems());
        assertEquals(List.of("tcp-resets", "quote-in-name", "dns-nxdomain"),
                set.rules().stream().map(c -> c.rule().id()).toList());
        assertNotNull(set.packs().getFirst().macroTable().lookup("lab").orElse(null));
    }
}
