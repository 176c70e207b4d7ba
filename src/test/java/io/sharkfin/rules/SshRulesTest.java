package io.sharkfin.rules;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.filter.Filter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Suricata rules from SSH filters, checked against the filters on every SSH frame of the SSH
 * captures: the buffers Suricata 7 would fill are made from the frame's fields as Suricata's SSH
 * parser makes them (the identification line split into {@code ssh.proto} and
 * {@code ssh.software}; the HASSH strings and hashes), the generated rule's buffer matches are
 * evaluated on them, and the result must agree with the filter as the loss report says: equal
 * when exact, a superset when wider, a subset when narrower.
 */
class SshRulesTest {
    private static final Path DISSECT = Path.of("src/test/resources/dissect");
    private static final List<Path> CAPTURES = List.of(DISSECT.resolve("ssh-tools.pcapng"),
            DISSECT.resolve("ssh.pcapng"), DISSECT.resolve("ssh-openssh.pcap"));
    /** Suricata buffer → the Wireshark field that holds its value in a frame. */
    private static final Map<String, String> HASSH_FIELDS = Map.of(
            "ssh.hassh", "ssh.kex.hassh", "ssh.hassh.string", "ssh.kex.hassh_algorithms",
            "ssh.hassh.server", "ssh.kex.hasshserver", "ssh.hassh.server.string", "ssh.kex.hasshserver_algorithms");

    private static final List<String> FILTERS = List.of(
            "ssh.protocol contains \"libssh\"",
            "ssh.protocol contains \"OpenSSH_7\"",
            "ssh.protocol == \"SSH-2.0-OpenSSH_7.4\"",
            "ssh.protocol == \"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\"",
            "ssh.protocol contains \"SSH-1.\"",
            "ssh.protocol contains \"SSH-2.0-Go\"",
            "ssh.protocol matches \"^SSH-2\\\\.0-Go$\"",
            "ssh.protocol matches \"^SSH-1\\\\.[0-9]+-\" && !(ssh.protocol matches \"^SSH-1\\\\.99-\")",
            "ssh.protocol matches \"(?i)openssh_[89]\"",
            "!(ssh.protocol contains \"OpenSSH\")",
            "ssh.direction == 0 && ssh.protocol matches \"^SSH-[0-9.]+-(?i:paramiko|libssh)\"",
            "ssh.direction == 1 && ssh.protocol",
            "ssh.kex.hassh == \"b5752e36ba6c5979a575e43178908adf\"",
            "ssh.kex.hasshserver in {\"2dd9a9b3dbebfaeec8b8aabd689e75d2\", \"c1c596caaeb93c566b8ecf3cae9b5a9e\"}",
            "ssh.kex.hassh_algorithms contains \"aes128-cbc\"",
            "ssh.kex_algorithms contains \"diffie-hellman-group1-sha1\"",
            "ssh.direction == 1 && ssh.kex_algorithms contains \"group14\"",
            "ssh.kex_algorithms == \"diffie-hellman-group-exchange-sha256\"",
            "ssh.encryption_algorithms_client_to_server contains \"cbc\"",
            "ssh.encryption_algorithms_server_to_client contains \"3des\"",
            "ssh.mac_algorithms_client_to_server in {\"hmac-md5,hmac-sha1\", \"hmac-sha1,hmac-md5\"}",
            "ssh.compression_algorithms_server_to_client == \"none\"",
            "!(ssh.compression_algorithms_client_to_server contains \"zlib\")");

    @Test
    void rulesAgreeWithTheirFiltersAsTheLossReportSays() throws Exception {
        FieldRegistry reg = FieldRegistry.standard();
        Filter ssh = Filter.compile("ssh");
        List<String> problems = new ArrayList<>();
        int compared = 0;
        int matched = 0;
        for (String f : FILTERS) {
            GeneratedRule g = SuricataGenerator.generate(RuleSource.of(f));
            List<String> rules = g.text().lines().filter(l -> l.startsWith("alert ssh ")).toList();
            assertTrue(!rules.isEmpty(), f + " gave no rule:\n" + g.text() + "\n" + g.losses());
            assertTrue(SuricataLint.check(g.text()).isEmpty(), f + ": " + SuricataLint.check(g.text()));
            String verdict = g.verdict();
            Filter filter = Filter.compile(f);
            BitSet fields = new BitSet();
            fields.or(filter.fields());
            fields.or(ssh.fields());
            for (String n : List.of("ssh.protocol", "ssh.direction", "ssh.kex.hassh", "ssh.kex.hassh_algorithms",
                    "ssh.kex.hasshserver", "ssh.kex.hasshserver_algorithms")) {
                fields.set(reg.lookup(n).id());
            }
            for (Path c : CAPTURES) {
                try (PacketStream packets = PacketStream.open(c, fields)) {
                    for (Packet p : packets) {
                        if (!ssh.test(p)) {
                            continue;
                        }
                        boolean want = filter.test(p);
                        boolean got = false;
                        Map<String, List<String>> buffers = buffers(p, reg);
                        String direction = values(p, reg, "ssh.direction").stream().findFirst().orElse(null);
                        for (String rule : rules) {
                            got |= fires(rule, buffers, direction);
                        }
                        compared++;
                        matched += want ? 1 : 0;
                        boolean ok = switch (verdict) {
                            case "exact" -> got == want;
                            case "wider" -> got || !want;
                            case "narrower" -> want || !got;
                            default -> true;
                        };
                        if (!ok) {
                            problems.add(f + " (" + verdict + "): frame " + p.number() + " of " + c.getFileName()
                                    + " filter " + want + ", rule " + got + "\n  " + String.join("\n  ", rules));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems.stream().limit(10).toList());
        assertTrue(compared > 3000 && matched > 150, compared + " frames compared, " + matched + " matched");
    }

    @Test
    void theSshPackBecomesRulesOfSuricata7() throws Exception {
        GeneratedRule hassh = SuricataGenerator.generate(RuleSource.of("ssh.kex.hassh == \"b5752e36ba6c5979a575e43178908adf\""));
        assertEquals("exact", hassh.verdict());
        assertTrue(hassh.text().contains("flow:established,to_server; ssh.hassh; content:\"b5752e36ba6c5979a575e43178908adf\";"
                + " startswith; endswith;"), hassh.text());
        assertTrue(hassh.losses().stream().anyMatch(l -> l.what().contains("app-layer.protocols.ssh.hassh")), hassh.losses().toString());
        GeneratedRule v1 = SuricataGenerator.generate(RuleSource.of(
                "ssh.protocol matches \"^SSH-1\\\\.[0-9]+-\" && !(ssh.protocol matches \"^SSH-1\\\\.99-\")"));
        assertEquals("exact", v1.verdict(), v1.losses().toString());
        assertTrue(v1.text().contains("ssh.proto; pcre:\"/^1\\.[0-9]+$/\"; ssh.proto; pcre:!\"/^1\\.99$/\";"), v1.text());
        GeneratedRule comments = SuricataGenerator.generate(RuleSource.of("ssh.protocol matches \"^SSH-[0-9.]+-\\\\w+ \""));
        assertEquals("wider", comments.verdict(), comments.text());
        GeneratedRule anywhere = SuricataGenerator.generate(RuleSource.of("ssh.protocol matches \"OpenSSH.*Debian\""));
        assertEquals("narrower", anywhere.verdict(), anywhere.text());
    }

    /** The Suricata buffers of one frame, made from its fields. */
    private static Map<String, List<String>> buffers(Packet p, FieldRegistry reg) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : values(p, reg, "ssh.protocol")) {
            // rust/src/ssh/parser.rs ssh_parse_banner: "SSH-", a version up to '-', the software up to a space
            if (!line.startsWith("SSH-")) {
                continue;
            }
            int dash = line.indexOf('-', 4);
            if (dash <= 4) {
                continue;
            }
            String rest = line.substring(dash + 1);
            int end = rest.indexOf(' ');
            out.computeIfAbsent("ssh.proto", k -> new ArrayList<>()).add(line.substring(4, dash));
            out.computeIfAbsent("ssh.software", k -> new ArrayList<>()).add(end < 0 ? rest : rest.substring(0, end));
        }
        HASSH_FIELDS.forEach((buffer, field) -> {
            List<String> v = values(p, reg, field);
            if (!v.isEmpty()) {
                out.put(buffer, v);
            }
        });
        return out;
    }

    private static List<String> values(Packet p, FieldRegistry reg, String field) {
        List<String> out = new ArrayList<>();
        for (int e = p.first(reg.lookup(field).id()); e >= 0; e = p.next(e)) {
            out.add(FieldFormat.format(p, e));
        }
        return out;
    }

    /** Whether a rule's flow and buffer matches hold for a frame with these buffers. */
    private static boolean fires(String rule, Map<String, List<String>> buffers, String direction) {
        String body = rule.substring(rule.indexOf('(') + 1, rule.lastIndexOf(')'));
        List<String> options = options(body);
        String buffer = null;
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i);
            if (o.startsWith("flow:")) {
                boolean toServer = o.contains("to_server");
                if (direction == null || toServer != direction.equals("0")) {
                    return false;
                }
            } else if (SuricataKeywords.BUFFERS.containsKey(o)) {
                buffer = o;
            } else if (o.startsWith("content:") || o.startsWith("pcre:") || o.startsWith("bsize:")) {
                boolean starts = false;
                boolean ends = false;
                while (i + 1 < options.size() && (options.get(i + 1).equals("startswith") || options.get(i + 1).equals("endswith"))) {
                    starts |= options.get(++i).equals("startswith");
                    ends |= options.get(i).equals("endswith");
                }
                List<String> values = buffers.getOrDefault(buffer, List.of());
                boolean any = false;
                for (String v : values) {
                    any |= matches(o, v, starts, ends);
                }
                if (!any) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean matches(String option, String value, boolean starts, boolean ends) {
        if (option.startsWith("bsize:")) {
            String n = option.substring(6);
            return n.startsWith(">") ? value.length() > Integer.parseInt(n.substring(1)) : value.length() == Integer.parseInt(n);
        }
        boolean negated = option.charAt(option.indexOf(':') + 1) == '!';
        String quoted = option.substring(option.indexOf('"') + 1, option.lastIndexOf('"'));
        boolean hit;
        if (option.startsWith("content:")) {
            String c = content(quoted);
            String v = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            hit = starts && ends ? v.equals(c) : starts ? v.startsWith(c) : ends ? v.endsWith(c) : v.contains(c);
        } else {
            String flags = quoted.substring(quoted.lastIndexOf('/') + 1);
            String regex = quoted.substring(1, quoted.lastIndexOf('/'));
            hit = Pattern.compile(regex, flags.contains("i") ? Pattern.CASE_INSENSITIVE : 0).matcher(value).find();
        }
        return hit != negated;
    }

    /** A content string with its |hh| hex runs decoded, as ISO-8859-1 text. */
    private static String content(String s) {
        StringBuilder out = new StringBuilder();
        String[] parts = s.split("\\|", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                out.append(parts[i]);
            } else {
                for (byte b : HexFormat.of().parseHex(parts[i].replace(" ", ""))) {
                    out.append((char) (b & 0xff));
                }
            }
        }
        return out.toString();
    }

    /** A rule body's options, split at the semicolons outside quotes. */
    private static List<String> options(String body) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && quoted && i + 1 < body.length()) {
                cur.append(c).append(body.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        return out;
    }
}
