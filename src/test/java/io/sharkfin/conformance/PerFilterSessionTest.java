package io.sharkfin.conformance;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tshark cases again, each with a session primed for its filter alone, as the command line
 * runs one filter: dissectors skip the work whose fields nobody wants (inactive protocols,
 * {@link io.sharkfin.dissect.FieldGroup}s, TCP without conversation state), and that must never
 * change which frames a filter selects. {@link CorpusCasesTest} primes one session with the
 * union of a capture's filters, where almost nothing is skipped.
 */
class PerFilterSessionTest {

    @TestFactory
    List<DynamicNode> eachFilterAloneSelectsTsharksFrames() throws Exception {
        Map<String, List<CorpusCasesTest.Case>> byCapture = new LinkedHashMap<>();
        for (CorpusCasesTest.Case c : CorpusCasesTest.cases()) {
            byCapture.computeIfAbsent(c.capture(), k -> new ArrayList<>()).add(c);
        }
        Map<String, String> known = CorpusCasesTest.knownDifferences();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Map.Entry<String, List<CorpusCasesTest.Case>> en : byCapture.entrySet()) {
            Path capture = CorpusCasesTest.CAPTURES.resolve(en.getKey());
            List<DynamicTest> tests = new ArrayList<>();
            for (CorpusCasesTest.Case c : en.getValue()) {
                Filter f;
                try {
                    f = Filter.compile(c.filter());
                } catch (FilterException e) {
                    continue; // CorpusCasesTest reports filters that do not compile
                }
                String got = select(capture, f);
                String expected = known.getOrDefault(c.capture() + "\t" + c.filter(), c.frames());
                tests.add(DynamicTest.dynamicTest(c.filter(),
                        () -> assertEquals(expected, got, c.capture() + " :: " + c.filter())));
            }
            nodes.add(DynamicContainer.dynamicContainer(en.getKey(), tests));
        }
        return nodes;
    }

    /** The frames {@code f} selects in a session that records only its fields. */
    private static String select(Path capture, Filter f) throws Exception {
        StringJoiner hits = new StringJoiner(",");
        try (PacketStream packets = PacketStream.open(capture, f.fields())) {
            for (Packet p : packets) {
                if (f.test(p)) {
                    hits.add(Long.toString(p.number()));
                }
            }
        }
        return hits.toString();
    }
}
