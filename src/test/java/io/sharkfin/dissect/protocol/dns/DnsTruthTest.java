package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.TsharkTruth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every DNS, mDNS and LLMNR field of every frame, compared with what tshark 4.0.17 recorded
 * (src/test/resources/dns/truth, made by make_dns_truth.py): the same fields, the same values in
 * the same order, the same layers, the same malformed frames, the same expert infos.
 */
class DnsTruthTest {

    static Stream<Path> truthFiles() throws IOException {
        return Files.list(DnsRun.DNS.resolve("truth")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void everyFieldOfEveryFrameAsTshark(Path truthFile) throws IOException {
        Path capturePath = TsharkTruth.captureOf(truthFile, ".tsv", DnsRun.DNS);
        Map<Long, Map<String, String>> truth = TsharkTruth.read(truthFile);
        List<String> fields = DnsRun.allFieldNames();
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (DnsRun.FrameView f : DnsRun.run(capturePath, fields)) {
            Map<String, String> expected = truth.getOrDefault(f.number(), Map.of());
            compareFrame(f, expected, problems);
            compared += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(compared > 0, "no DNS frame in " + capturePath.getFileName());
        TsharkTruth.assertNone(problems, capturePath.getFileName());
    }

    /** The fields make_dns_truth.py records besides the dns.* ones and the protocols. */
    private static final Set<String> RECORDED_OTHERS = Set.of("_ws.expert", "_ws.expert.message",
            "_ws.expert.severity", "_ws.expert.group", "_ws.string.trailing_stray_characters");

    private static final Pattern DNS_LAYER = Pattern.compile("(^|:)(dns|mdns|llmnr)(:|$)");

    private static void compareFrame(DnsRun.FrameView f, Map<String, String> expected,
                                     List<String> problems) {
        if (expected.isEmpty() && !DNS_LAYER.matcher(f.layers()).find()) {
            return; // no DNS in this frame, for tshark (the truth has only such frames) and for us
        }
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(f.values().keySet());
        names.removeIf(n -> n.startsWith("_ws.") && !RECORDED_OTHERS.contains(n));
        names.remove("frame.protocols");
        TsharkTruth.compare(f.number(), names, expected, f.values(), problems);
        String tsharkLayers = expected.getOrDefault("frame.protocols", "");
        if (!tsharkLayers.equals(f.layers())) {
            problems.add("frame " + f.number() + " layers: tshark " + tsharkLayers + " ours " + f.layers());
        }
        boolean malformed = expected.containsKey("_ws.malformed");
        if (malformed != f.malformed()) {
            problems.add("frame " + f.number() + " malformed: tshark " + malformed + " ours " + f.malformed());
        }
    }
}
