package io.sharkfin.pack;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.RecordingObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One pass for all rules, with frames that every rule's sieve rejects left undissected: rules on
 * addresses and ports reject different frames, and each must still hit exactly what its filter
 * selects alone.
 */
class PackRunnerTest {

    @Test
    void sievedPassHitsWhatEachRuleSelectsAlone(@TempDir Path dir) throws IOException, CaptureException {
        Path pack = dir.resolve("mixed.yaml");
        Files.writeString(pack, """
                name: mixed
                rules:
                  - id: dns-port
                    title: DNS by port
                    filter: udp.port == 53
                  - id: https-host
                    title: one host's HTTPS
                    filter: ip.addr == 127.0.0.10 && tcp.port == 443
                  - id: not-loopback
                    title: sources outside 127/8
                    filter: "!(ip.src == 127.0.0.0/8) && tcp"
                """);
        PackSet set = PackSet.load(List.of(pack));
        assertEquals(List.of(), set.problems());
        PackRunner runner = new PackRunner(set.rules());
        long hits = 0;
        for (Path c : List.of("lab-web-mixed.pcap", "lab-c2-a.pcap", "ppp-tls.pcap", "ja4-tls3.pcapng").stream()
                .map(ShippedPacksTest.CAPTURES::resolve).toList()) {
            RunResult r = runner.run(c, AlertSink.none());
            for (CompiledRule rule : set.rules()) {
                assertEquals(ShippedPacksTest.selected(c, rule.filter()), r.hits().get(rule),
                        rule.qualifiedId() + " on " + c);
                hits += r.hits().get(rule).size();
            }
        }
        assertTrue(hits > 100, hits + " hits");
    }

    @Test
    void anObserverIsToldOfTheReading(@TempDir Path dir) throws Exception {
        // what pack run's progress line counts: the reader once open, each frame, the end
        Path pack = dir.resolve("p.yaml");
        Files.writeString(pack, """
                name: p
                rules:
                  - id: dns
                    title: DNS
                    filter: dns
                """);
        PackRunner runner = new PackRunner(PackSet.load(List.of(pack)).rules());
        RecordingObserver observer = new RecordingObserver();
        RunResult r = runner.run(ShippedPacksTest.CAPTURES.resolve("lab-c2-a.pcap"), AlertSink.none(), observer);
        assertEquals(939, r.frames());
        assertEquals(List.of("opened 24", "finished after 939"), observer.events());
    }

    /**
     * frame.time_delta_displayed counts from the last frame the rule's own filter selected, as
     * with tshark -Y that filter: rules on it get sessions of their own, still in one pass, beside
     * a rule of the shared session.
     */
    @Test
    void displayedDeltaCountsFromEachRulesOwnHits(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("gaps.yaml");
        Files.writeString(pack, """
                name: gaps
                rules:
                  - id: dns-gap
                    title: DNS after a quiet second
                    filter: dns && (frame.time_delta_displayed == 0 || frame.time_delta_displayed > 1)
                  - id: syn-burst
                    title: SYNs close together
                    filter: tcp.flags.syn == 1 && tcp.flags.ack == 0 && frame.time_delta_displayed < 0.05
                  - id: dns-port
                    title: DNS by port
                    filter: udp.port == 53
                """);
        PackSet set = PackSet.load(List.of(pack));
        assertEquals(List.of(), set.problems());
        PackRunner runner = new PackRunner(set.rules());
        List<Path> captures = List.of("lab-c2-a.pcap", "lab-web-mixed.pcap", "cs-dns_lab.pcapng").stream()
                .map(ShippedPacksTest.CAPTURES::resolve).toList();
        long gapHits = 0;
        long withoutGap = 0;
        for (Path c : captures) {
            RunResult r = runner.run(c, AlertSink.none());
            for (CompiledRule rule : set.rules()) {
                List<Long> alone = ShippedPacksTest.selected(c, rule.filter());
                assertEquals(alone, r.hits().get(rule), rule.qualifiedId() + " on " + c);
                if (!rule.rule().id().equals("dns-port")) {
                    gapHits += alone.size();
                    withoutGap += ShippedPacksTest.selected(c, io.sharkfin.filter.Filter.compile(
                            rule.rule().filter().replaceAll(" && \\(?frame.time_delta_displayed.*", ""))).size();
                }
            }
        }
        // tshark 4.0.17 -Y each filter on the three captures: 14 + 1 + 2 and 3 + 1 + 0 frames
        assertEquals(21, gapHits);
        assertTrue(gapHits < withoutGap, gapHits + " of " + withoutGap + " frames");
        assertEquals(captures.size(), runner.passes(), "one pass per capture");
    }
}
