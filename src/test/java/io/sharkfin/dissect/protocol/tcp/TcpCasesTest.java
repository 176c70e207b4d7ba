package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiPredicate;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus filter cases whose filters use TCP fields only, evaluated with hand-written
 * predicates over the TCP dissector's fields (the filter engine is written elsewhere): the
 * matching frame numbers must be tshark's.
 */
class TcpCasesTest {

    /** A filter: the fields it needs and how it decides. */
    record Check(List<String> fields, BiPredicate<Packet, Fields> test) {
    }

    /** Field lookups for one session. */
    record Fields(Session s) {
        FieldDef def(String name) {
            return s.registry().lookup(name);
        }

        boolean has(Packet p, String name) {
            return p.has(def(name).id());
        }

        /** "any occurrence satisfies", Wireshark's meaning of a comparison. */
        boolean any(Packet p, String name, LongPredicate v) {
            for (int e = p.first(def(name).id()); e >= 0; e = p.next(e)) {
                if (v.test(p.num(e))) {
                    return true;
                }
            }
            return false;
        }
    }

    static final Pattern STREAM_EQ = Pattern.compile("tcp\\.stream eq (\\d+)");

    static final Map<String, Check> CHECKS = Map.of(
            "tcp", new Check(List.of("tcp"), (p, f) -> f.has(p, "tcp")),
            "tcp.analysis.retransmission", new Check(List.of("tcp.analysis.retransmission"),
                    (p, f) -> f.has(p, "tcp.analysis.retransmission")),
            "tcp.flags & 0x04", new Check(List.of("tcp.flags"), (p, f) -> f.any(p, "tcp.flags", v -> (v & 0x04) != 0)),
            "tcp.flags == 0x012", new Check(List.of("tcp.flags"), (p, f) -> f.any(p, "tcp.flags", v -> v == 0x012)),
            "tcp.flags.syn == 1 && tcp.flags.ack == 0", new Check(List.of("tcp.flags.syn", "tcp.flags.ack"),
                    (p, f) -> f.any(p, "tcp.flags.syn", v -> v == 1) && f.any(p, "tcp.flags.ack", v -> v == 0)),
            "tcp.len > 0", new Check(List.of("tcp.len"), (p, f) -> f.any(p, "tcp.len", v -> v > 0)),
            "tcp.port == 443", new Check(List.of("tcp.port"), (p, f) -> f.any(p, "tcp.port", v -> v == 443)),
            "tcp.port in {80, 443, 8000..8080}", new Check(List.of("tcp.port"),
                    (p, f) -> f.any(p, "tcp.port", v -> v == 80 || v == 443 || (v >= 8000 && v <= 8080))),
            "tcp.srcport > 1024 && tcp.dstport < 1024", new Check(List.of("tcp.srcport", "tcp.dstport"),
                    (p, f) -> f.any(p, "tcp.srcport", v -> v > 1024) && f.any(p, "tcp.dstport", v -> v < 1024)));

    static Check check(String filter) {
        Matcher m = STREAM_EQ.matcher(filter);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return new Check(List.of("tcp.stream"), (p, f) -> f.any(p, "tcp.stream", v -> v == n));
        }
        return CHECKS.get(filter);
    }

    @TestFactory
    Stream<DynamicTest> tcpOnlyCasesMatchTshark() throws IOException {
        List<String> lines = Files.readAllLines(TcpRun.CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            Check check = check(c[1]);
            if (check == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(c[0] + ": " + c[1], () -> {
                Session s = Session.over(TcpRun.PLAIN, check.fields());
                Fields f = new Fields(s);
                StringJoiner matched = new StringJoiner(",");
                TcpRun.each(s, TcpRun.CORPUS.resolve(c[0]), p -> {
                    if (check.test().test(p, f)) {
                        matched.add(Long.toString(p.number()));
                    }
                });
                assertEquals(c[2], matched.toString());
            }));
        }
        assertTrue(tests.size() >= 24 * 10, "TCP-only cases found: " + tests.size());
        return tests.stream();
    }

    /** The filters above are all the corpus has on TCP alone; a new one must be added here. */
    @org.junit.jupiter.api.Test
    void everyTcpOnlyFilterIsCovered() throws IOException {
        Set<String> others = Set.of("ip", "udp", "tls", "http", "dns", "frame", "eth", "ipv6", "icmp");
        List<String> lines = Files.readAllLines(TcpRun.CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String filter = line.split("\t", -1)[1];
            boolean tcpOnly = Pattern.compile("[a-z_][a-z0-9_.]*").matcher(filter).results()
                    .map(r -> r.group().split("\\.")[0])
                    .filter(w -> !w.equals("eq") && !w.matches("\\d.*"))
                    .allMatch(w -> w.equals("tcp")) && filter.contains("tcp");
            if (tcpOnly && others.stream().noneMatch(filter::contains)) {
                assertTrue(check(filter) != null, "no predicate for " + filter);
            }
        }
    }
}
