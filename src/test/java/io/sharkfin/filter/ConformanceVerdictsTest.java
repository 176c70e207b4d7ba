package io.sharkfin.filter;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every syntax-only row of {@code dfilter/conformance-cases.tsv} (the cases mined from
 * Wireshark's own test suite that need no capture): sharkfin accepts exactly what tshark 4.0.17
 * accepts and rejects the rest with tshark's message.
 */
class ConformanceVerdictsTest {

    static final Path CASES = Path.of("src/test/resources/corpus/dfilter/conformance-cases.tsv");

    /**
     * Rows whose recorded verdict came from a tshark profile with extra macros (Wireshark's
     * test-suite macro {@code ip}); tshark 4.0.17 with the default profile says what the value
     * here says (checked by running it).
     */
    static final java.util.Map<String, String> PROFILE_DEPENDENT = java.util.Map.of(
            "${ip:;2049}", "error: macro 'ip' does not exist");

    @TestFactory
    List<DynamicTest> syntaxOnlyRowsAgreeWithTshark() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("group\t")) {
                continue;
            }
            String[] p = line.split("\t", -1);
            if (p.length < 7 || !p[3].equals("-")) {
                continue;
            }
            String filter = ProbeVerdictsTest.unescape(p[2]);
            String tshark = PROFILE_DEPENDENT.getOrDefault(filter, p[5]);
            tests.add(DynamicTest.dynamicTest(p[1] + ": " + filter, () -> {
                try {
                    Filter.compile(filter);
                    if (!tshark.startsWith("accepted")) {
                        fail("accepted, but tshark 4.0.17 says " + tshark);
                    }
                } catch (FilterException e) {
                    if (tshark.startsWith("accepted")) {
                        fail("rejected (" + e.getMessage() + "), but tshark 4.0.17 accepts");
                    }
                    assertEquals(tshark.substring("error: ".length()), e.getMessage());
                }
            }));
        }
        return tests;
    }
}
