package io.sharkfin.rules;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.filter.Filter;
import io.sharkfin.pack.CaptureLocator;
import io.sharkfin.pack.Pack;
import io.sharkfin.pack.PackLoader;
import io.sharkfin.pack.PackRule;
import io.sharkfin.pack.RuleTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counting rules: a pack rule alerts from the count-th match in its window ("ten or more"),
 * Suricata's detection_filter on every match after its count. The generated detection_filter is
 * run here as Suricata 7 runs it (detect-engine-threshold.c: per tracked address, a window that
 * starts at a first match and restarts once it has run out; an alert while the count in it
 * exceeds the keyword's count) over the frames each shipped counting rule's filter matches in
 * its test captures, and must alert on the frames the pack's tests list.
 */
class SuricataThresholdTest {
    private static final Pattern DETECTION_FILTER =
            Pattern.compile("detection_filter:track by_(src|dst), count (\\d+), seconds (\\d+);");
    private static final CaptureLocator CAPTURES = new CaptureLocator(
            List.of(GeneratedRulesTest.CAPTURES, Path.of("src/test/resources/dissect")));

    /** A shipped counting rule that has a Suricata form, and the pack file its tests' captures are found from. */
    private record Counting(Path pack, PackRule rule, RuleSource source) {
    }

    private static List<Counting> counting() throws Exception {
        List<Counting> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("filters"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Pack pack = PackLoader.load(f).pack();
                for (PackRule r : pack.rules()) {
                    RuleSource source = RuleSource.of(pack, r);
                    if (r.threshold() != null && !SuricataGenerator.generate(source).isEmpty()) {
                        out.add(new Counting(f, r, source));
                    }
                }
            }
        }
        assertTrue(out.size() >= 4, "counting rules: " + out.size());
        return out;
    }

    @Test
    void theCountIsOneLessThanThePacks() throws Exception {
        for (Counting c : counting()) {
            GeneratedRule g = SuricataGenerator.generate(c.source());
            Matcher m = DETECTION_FILTER.matcher(g.text());
            assertTrue(m.find(), c.source().qualifiedId() + ":\n" + g.text());
            assertEquals(c.rule().threshold().count() - 1, Integer.parseInt(m.group(2)), g.text());
            assertEquals(c.rule().threshold().seconds(), Long.parseLong(m.group(3)), g.text());
            assertEquals(List.of(), SuricataLint.check(g.text()));
        }
        GeneratedRule burst = SuricataGenerator.generate(counting().stream()
                .filter(c -> c.rule().id().equals("dns-nxdomain-burst")).findFirst().orElseThrow().source());
        assertTrue(burst.text().contains("detection_filter:track by_dst, count 9, seconds 60;"), burst.text());
    }

    @Test
    void detectionFilterAlertsWhereThePackDoes() throws Exception {
        FieldRegistry reg = FieldRegistry.standard();
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Counting c : counting()) {
            GeneratedRule g = SuricataGenerator.generate(c.source());
            Matcher m = DETECTION_FILTER.matcher(g.text());
            assertTrue(m.find(), g.text());
            String track = m.group(1);
            // the pack counts per these fields too: Suricata then counts more together (wider)
            boolean groupedFurther = g.losses().stream().anyMatch(l -> l.what().startsWith("detection_filter counts by_")
                    && l.what().contains(" only, not per "));
            for (RuleTest t : c.rule().tests()) {
                Path capture = CAPTURES.locate(t.capture(), c.pack());
                assertNotNull(capture, t.capture());
                List<Long> alerts = detectionFilter(capture, Filter.compile(c.source().filter().expandedText()), reg,
                        track, Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
                List<Long> expected = t.frames() == null ? List.of() : t.frames();
                if (groupedFurther) {
                    // counted across the pack's further groups and in restarting windows: the
                    // alerts differ both ways, which the report must say
                    assertTrue(g.verdict().equals("wider and narrower"), g.losses().toString());
                    continue;
                }
                compared++;
                if (!alerts.equals(expected)) {
                    problems.add(c.source().qualifiedId() + " on " + t.capture() + ": Suricata would alert on " + alerts
                            + ", the pack on " + expected);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(compared >= 5, "tests compared: " + compared);
    }

    /** The frames detection_filter lets alert among those the filter matches, counted per tracked address. */
    private static List<Long> detectionFilter(Path capture, Filter filter, FieldRegistry reg, String track, int count,
                                              long seconds) throws Exception {
        List<Integer> addresses = List.of(reg.lookup("ip." + track).id(), reg.lookup("ipv6." + track).id());
        BitSet fields = new BitSet();
        fields.or(filter.fields());
        addresses.forEach(fields::set);
        Map<String, long[]> windows = new HashMap<>(); // address -> {start, count}
        List<Long> alerts = new ArrayList<>();
        try (PacketStream packets = PacketStream.open(capture, fields)) {
            for (Packet p : packets) {
                if (!filter.test(p)) {
                    continue;
                }
                String key = null;
                for (int id : addresses) {
                    key = key != null || p.first(id) < 0 ? key : FieldFormat.format(p, p.first(id));
                }
                assertFalse(key == null, "frame " + p.number() + " has no address to track");
                long now = p.frame().timestampNanos();
                long[] w = windows.get(key);
                if (w == null || now > w[0] + seconds * 1_000_000_000L) {
                    windows.put(key, new long[] {now, 1});
                } else if (++w[1] > count) {
                    alerts.add(p.number());
                }
            }
        }
        return alerts;
    }
}
