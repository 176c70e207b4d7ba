package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential test against libwireshark 4.0.17 on pseudo-random filters (fuzz-cases-4.0.17.tsv,
 * see gen_fuzz_cases.py): valid-looking expressions, token soup and mutations of both. Every
 * parse-stage error must match 4.0's message and location; every other filter must parse.
 */
class FuzzCasesTest {

    @Test
    void agreesWithWiresharkOnRandomFilters() throws Exception {
        List<String[]> rows = OracleCases.rows("fuzz-cases-4.0.17.tsv");
        assertTrue(rows.size() > 3500, "rows: " + rows.size());
        FieldRegistry registry = FieldRegistry.standard();
        MacroTable macros = MacroTable.wiresharkDefaults();
        List<String> differences = new ArrayList<>();
        for (String[] row : rows) {
            String m = OracleVerdict.mismatch(row, registry, macros);
            if (m != null) {
                differences.add(row[2] + "  ->  " + m);
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + rows.size() + " differ:\n"
                + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
    }
}
