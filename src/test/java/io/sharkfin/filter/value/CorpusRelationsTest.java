package io.sharkfin.filter.value;

import io.sharkfin.dissect.FieldRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The literal and type rows of the shared corpus ({@code probes-4.0.17.tsv} categories
 * {@code lit-*} and {@code type}, and every relation of {@code conformance-cases.tsv}) judged
 * with this package through {@link RelationHarness}: accepted or rejected as tshark 4.0.17 did,
 * with its message.
 */
@ExtendWith(InUtc.class)
class CorpusRelationsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/dfilter");

    /**
     * Rows where sharkfin differs for a reason outside this package, with the reason. The test
     * fails when one of them starts to agree, so the entry can be removed.
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    @Test
    void probeLiteralAndTypeRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("probes-4.0.17.tsv"))) {
            String[] c = line.split("\t", -1);
            if (c.length >= 3 && (c[0].startsWith("lit-") || c[0].equals("type"))) {
                rows.add(new String[] {unescape(c[1]), c[2]});
            }
        }
        int judged = check(rows);
        assertTrue(judged >= 80, "judged only " + judged + " of " + rows.size());
    }

    @Test
    void conformanceRows() throws IOException {
        // the file has sections with different columns, each after its own header line
        List<String[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> header = List.of();
        for (String line : Files.readAllLines(CORPUS.resolve("conformance-cases.tsv"))) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("group\t")) {
                header = List.of(c);
            } else if (!line.startsWith("#") && header.contains("tshark_4.0.17")
                    && c.length == header.size()) {
                String filter = unescape(c[header.indexOf("filter")]);
                String tshark = c[header.indexOf("tshark_4.0.17")];
                if (seen.add(filter)) {
                    rows.add(new String[] {filter, tshark.startsWith("accepted") ? "accepted" : tshark});
                }
            }
        }
        int judged = check(rows);
        assertTrue(judged >= 150, "judged only " + judged + " of " + rows.size());
    }

    private static int check(List<String[]> rows) {
        RelationHarness harness = new RelationHarness(FieldRegistry.standard());
        List<String> wrong = new ArrayList<>();
        int judged = 0;
        for (RelationHarness.Judged j : RelationHarness.judgeAll(harness, rows)) {
            judged++;
            boolean agrees = j.expected().equals(j.actual());
            if (KNOWN_DIFFERENCES.containsKey(j.filter())) {
                if (agrees) {
                    wrong.add("now agrees, remove from KNOWN_DIFFERENCES: " + j.filter());
                }
            } else if (!agrees) {
                wrong.add(j.filter() + "\n    4.0.17: " + j.expected() + "\n    here:   " + j.actual());
            }
        }
        assertEquals("", String.join("\n", wrong));
        return judged;
    }

    /** The corpus writes control characters as {@code \t \r \n}. */
    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n");
    }
}
