package io.sharkfin.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The report's counts and first/last frames against what tshark 4.0.17 shows on the same
 * captures (the corpus' {@code truth/*.fields.tsv}): DNS names, TCP connection attempts per
 * pair, HTTP hosts and User-Agents, TLS server names (QUIC's too) and JA3/JA3S.
 */
class TsharkTruthTest {

    /** One capture's truth table. */
    private record Truth(List<String> header, List<String[]> rows) {
        int col(String name) {
            return header.indexOf(name);
        }

        String cell(String[] row, String name) {
            int c = col(name);
            return c < row.length ? row[c] : "";
        }

        /** Frame numbers of the rows a predicate accepts. */
        List<Long> frames(Predicate<String[]> p) {
            List<Long> out = new ArrayList<>();
            for (String[] r : rows) {
                if (p.test(r)) {
                    out.add(Long.parseLong(r[0]));
                }
            }
            return out;
        }
    }

    private static Truth truth(Path capture) throws IOException {
        Path file = capture.getParent().resolve("truth").resolve(capture.getFileName() + ".fields.tsv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(l.split("\t", -1));
        }
        return new Truth(Arrays.asList(lines.get(0).split("\t")), rows);
    }

    private static boolean has(String cell, String value) {
        return !cell.isEmpty() && Arrays.asList(cell.split(",")).contains(value);
    }

    private static String last(String cell) {
        int c = cell.lastIndexOf(',');
        return c < 0 ? cell : cell.substring(c + 1);
    }

    private static void same(String what, List<Long> expected, JsonNode evidence) {
        assertEquals(expected.size(), evidence.get("count").asInt(), "count of " + what);
        if (!expected.isEmpty()) {
            assertEquals(expected.get(0).longValue(), evidence.get("firstFrame").asLong(), "first frame of " + what);
            assertEquals(expected.get(expected.size() - 1).longValue(), evidence.get("lastFrame").asLong(), "last frame of " + what);
        }
    }

    @TestFactory
    Stream<DynamicTest> countsAgreeWithTshark() {
        return IocTestSupport.captures().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path capture) throws IOException {
        Truth t = truth(capture);
        JsonNode r = IocTestSupport.json(IocTestSupport.report(capture));
        for (JsonNode n : r.get("dns").get("names")) {
            String name = n.get("name").asText();
            same("DNS name " + name, t.frames(row -> has(t.cell(row, "dns.qry.name"), name)), n.get("evidence"));
        }
        for (JsonNode p : r.get("cadence")) {
            if (!p.get("kind").asText().equals("tcp")) {
                continue;
            }
            String client = p.get("client").asText();
            String server = p.get("server").asText();
            String port = p.get("port").asText();
            boolean v6 = client.contains(":");
            same("TCP pair " + client + " → " + server + ":" + port, t.frames(row -> {
                String flags = last(t.cell(row, "tcp.flags"));
                if (flags.isEmpty() || (Integer.decode(flags) & 0x12) != 0x02) {
                    return false;
                }
                return last(t.cell(row, v6 ? "ipv6.src" : "ip.src")).equals(client)
                        && last(t.cell(row, v6 ? "ipv6.dst" : "ip.dst")).equals(server)
                        && last(t.cell(row, "tcp.dstport")).equals(port);
            }), p.get("evidence"));
        }
        for (JsonNode h : r.get("http").get("hosts")) {
            String host = h.get("host").asText();
            same("Host " + host, t.frames(row -> has(t.cell(row, "http.host"), host)), h.get("evidence"));
        }
        for (JsonNode a : r.get("http").get("userAgents")) {
            String ua = a.get("value").asText();
            // User-Agents hold commas, tshark's separator between occurrences: a frame with
            // several requests (pipelining) is matched by containment
            same("User-Agent " + ua, t.frames(row -> {
                String methods = t.cell(row, "http.request.method");
                String agents = t.cell(row, "http.user_agent");
                return !methods.isEmpty() && (methods.contains(",") ? agents.contains(ua) : agents.equals(ua));
            }), a.get("evidence"));
        }
        for (JsonNode s : r.get("tls").get("serverNames")) {
            String sni = s.get("name").asText();
            same("SNI " + sni, t.frames(row -> has(t.cell(row, "tls.handshake.extensions_server_name"), sni)),
                    s.get("evidence"));
        }
        for (Map.Entry<String, String> fp : Map.of("ja3", "tls.handshake.ja3", "ja3s", "tls.handshake.ja3s").entrySet()) {
            for (JsonNode j : r.get("tls").get(fp.getKey())) {
                String v = j.get("value").asText();
                same(fp.getKey() + " " + v, t.frames(row -> has(t.cell(row, fp.getValue()), v)), j.get("evidence"));
            }
        }
    }
}
