package io.sharkfin.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.filter.Filter;
import io.sharkfin.ioc.report.Times;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * On every shared capture, every number the report gives with a filter (indicator counts, first
 * and last frame and time, the frame list) is what that filter selects over the same capture:
 * all the report's filters are compiled and run in one pass, and their matches compared with the
 * evidence the analysis gathered while streaming.
 */
class EvidenceCrossCheckTest {

    /** What a filter selects. */
    private static final class Matches {
        long count;
        long firstFrame;
        long lastFrame;
        long firstTime;
        long lastTime;
        final List<Long> frames = new ArrayList<>();
    }

    @TestFactory
    Stream<DynamicTest> everyReportedNumberIsWhatItsFilterSelects() {
        return IocTestSupport.reportedCaptures().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                () -> check(c)));
    }

    private static void check(Path capture) throws Exception {
        JsonNode report = IocTestSupport.json(IocTestSupport.report(capture));
        Map<String, List<JsonNode>> byFilter = new LinkedHashMap<>();
        collect(report, byFilter);
        assertTrue(report.get("dns").get("names").isEmpty() || !byFilter.isEmpty());
        Map<String, Filter> filters = new LinkedHashMap<>();
        BitSet fields = new BitSet();
        for (String text : byFilter.keySet()) {
            Filter f = Filter.compile(text);
            filters.put(text, f);
            fields.or(f.fields());
        }
        Map<String, Matches> matches = new LinkedHashMap<>();
        filters.keySet().forEach(k -> matches.put(k, new Matches()));
        try (PacketStream packets = PacketStream.open(capture, fields)) {
            for (Packet p : packets) {
                for (Map.Entry<String, Filter> e : filters.entrySet()) {
                    if (e.getValue().test(p)) {
                        Matches m = matches.get(e.getKey());
                        if (m.count == 0) {
                            m.firstFrame = p.number();
                            m.firstTime = p.frame().timestampNanos();
                        }
                        m.count++;
                        m.lastFrame = p.number();
                        m.lastTime = p.frame().timestampNanos();
                        if (m.frames.size() < Limits.FRAMES_KEPT) {
                            m.frames.add(p.number());
                        }
                    }
                }
            }
        }
        int checked = 0;
        for (Map.Entry<String, List<JsonNode>> e : byFilter.entrySet()) {
            Matches m = matches.get(e.getKey());
            for (JsonNode ev : e.getValue()) {
                String where = capture.getFileName() + ": " + e.getKey();
                assertEquals(m.count, ev.get("count").asLong(), "count of " + where);
                if (m.count == 0) {
                    continue;
                }
                assertEquals(m.firstFrame, ev.get("firstFrame").asLong(), "first frame of " + where);
                assertEquals(m.lastFrame, ev.get("lastFrame").asLong(), "last frame of " + where);
                assertEquals(Times.iso(m.firstTime), ev.get("firstTime").asText(), "first time of " + where);
                assertEquals(Times.iso(m.lastTime), ev.get("lastTime").asText(), "last time of " + where);
                List<Long> listed = new ArrayList<>();
                ev.get("frames").forEach(n -> listed.add(n.asLong()));
                if (ev.get("framesComplete").asBoolean()) {
                    assertEquals(m.frames, listed, "frames of " + where);
                } else if (!listed.isEmpty()) {
                    assertTrue(m.frames.containsAll(listed.subList(0, Math.min(listed.size(), m.frames.size()))),
                            "frames of " + where);
                }
                checked++;
            }
        }
        if (checked == 0 && !report.get("dns").get("names").isEmpty()) {
            fail("nothing checked for " + capture);
        }
    }

    /** Every evidence object of the report, by filter. */
    private static void collect(JsonNode n, Map<String, List<JsonNode>> out) {
        if (n.isObject()) {
            if (n.has("filter") && n.has("count") && n.has("firstFrame")) {
                out.computeIfAbsent(n.get("filter").asText(), k -> new ArrayList<>()).add(n);
                return;
            }
            n.forEach(c -> collect(c, out));
        } else if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        }
    }
}
