package io.sharkfin.conformance;

import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.CompileOptions.Execution;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast paths agree with the reference: every corpus filter selects the same frames when run
 * as generated code with kernels, as an interpreted plan, and value by value by the general
 * evaluator over the unoptimized tree (Wireshark's VM semantics) — whatever tshark says.
 */
class ExecutionAgreementTest {

    @TestFactory
    List<DynamicTest> generatedInterpretedAndReferenceAgree() throws Exception {
        Map<String, List<String>> byCapture = new LinkedHashMap<>();
        for (CorpusCasesTest.Case c : CorpusCasesTest.cases()) {
            byCapture.computeIfAbsent(c.capture(), k -> new ArrayList<>()).add(c.filter());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<String>> en : byCapture.entrySet()) {
            List<Filter> all = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String text : en.getValue()) {
                try {
                    for (Execution x : Execution.values()) {
                        all.add(Filter.compile(text, CompileOptions.defaults().with(x)));
                    }
                    names.add(text);
                } catch (FilterException e) {
                    // compilation is CorpusCasesTest's business
                }
            }
            List<String> got = CorpusCasesTest.evaluate(CorpusCasesTest.capture(en.getKey()), all);
            for (int i = 0; i < names.size(); i++) {
                int base = i * Execution.values().length;
                String text = names.get(i);
                String generated = got.get(base);
                String interpreted = got.get(base + 1);
                String reference = got.get(base + 2);
                tests.add(DynamicTest.dynamicTest(en.getKey() + " :: " + text, () -> {
                    assertEquals(reference, generated, "generated code vs reference evaluator");
                    assertEquals(reference, interpreted, "interpreted plan vs reference evaluator");
                }));
            }
        }
        return tests;
    }
}
