package io.sharkfin.conformance;

import io.sharkfin.dissect.Sieve;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tshark cases again, each with a session primed for its filter alone, as the command line
 * runs one filter: dissectors skip the work whose fields nobody wants (inactive protocols,
 * {@link io.sharkfin.dissect.FieldGroup}s, TCP without conversation state), and that must never
 * change which frames a filter selects. {@link CorpusCasesTest} primes one session with the
 * union of a capture's filters, where almost nothing is skipped. Each filter runs twice: every
 * frame dissected, and with the filter's {@link Sieve}, as the command line runs it.
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
            Path capture = CorpusCasesTest.capture(en.getKey());
            List<DynamicTest> tests = new ArrayList<>();
            for (CorpusCasesTest.Case c : en.getValue()) {
                Filter f;
                try {
                    f = Filter.compile(c.filter());
                } catch (FilterException e) {
                    continue; // CorpusCasesTest reports filters that do not compile
                }
                String got = CorpusCasesTest.selected(capture, f, null);
                // as the command line runs it: frames the filter's sieve rejects are not dissected
                String sieved = CorpusCasesTest.selected(capture, f, f.sieve());
                String expected = known.getOrDefault(c.capture() + "\t" + c.filter(), c.frames());
                tests.add(DynamicTest.dynamicTest(c.filter(), () -> {
                    assertEquals(expected, got, c.capture() + " :: " + c.filter());
                    assertEquals(expected, sieved, c.capture() + " :: " + c.filter() + " (sieved)");
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(en.getKey(), tests));
        }
        return nodes;
    }
}
