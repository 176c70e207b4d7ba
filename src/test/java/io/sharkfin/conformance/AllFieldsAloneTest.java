package io.sharkfin.conformance;

import io.sharkfin.cli.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field that tshark 4.0.17 and sharkfin both know (about 1,450), each alone, over every
 * corpus capture, against tshark's columns ({@code all-fields/record.sh}):
 * <ul>
 *   <li>{@code -T fields -e frame.number -e FIELD} prints tshark's column;</li>
 *   <li>{@code -Y FIELD} selects the frames whose column tshark filled (and those where the
 *       field is there with an empty value, which a column cannot show).</li>
 * </ul>
 * A session that records one field skips every dissector and block that field does not need,
 * and a filter on it sieves frames from their headers; this is where a skip that loses or adds
 * something shows. {@code known-differences.tsv} lists the columns that differ, with why.
 */
class AllFieldsAloneTest {

    private static final Path DIR = Path.of("src/test/resources/conformance/all-fields");
    private static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");

    @TestFactory
    Stream<DynamicTest> everyFieldAloneAsTshark() throws IOException {
        List<String> fields = Files.readAllLines(DIR.resolve("fields.txt"), StandardCharsets.UTF_8);
        Set<String> known = new HashSet<>();
        for (String line : Files.readAllLines(DIR.resolve("known-differences.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] p = line.split("\t");
                known.add(p[0] + "\t" + p[1]);
            }
        }
        List<Path> recorded;
        try (Stream<Path> s = Files.list(DIR)) {
            recorded = s.filter(f -> f.toString().endsWith(".tsv.gz")).sorted().toList();
        }
        assertTrue(recorded.size() >= 24, recorded.size() + " captures recorded");
        return recorded.stream().map(file -> {
            String capture = file.getFileName().toString().replace(".tsv.gz", "");
            return DynamicTest.dynamicTest(capture, () -> {
                List<String[]> rows = read(file);
                List<String> mismatches = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    String field = fields.get(i);
                    if (known.contains(field + "\t" + capture)) {
                        continue;
                    }
                    String mismatch = compare(capture, field, rows, i + 1);
                    if (mismatch != null) {
                        mismatches.add(mismatch);
                    }
                }
                assertTrue(mismatches.isEmpty(), capture + ": " + mismatches.size() + " fields differ:\n  "
                        + String.join("\n  ", mismatches.subList(0, Math.min(10, mismatches.size()))));
            });
        });
    }

    /** Null when sharkfin prints and selects what tshark did for the field, else why not. */
    private static String compare(String capture, String field, List<String[]> rows, int column) {
        StringBuilder want = new StringBuilder();
        for (String[] r : rows) {
            want.append(r[0]).append('\t').append(cell(r, column)).append('\n');
        }
        String[] printed = run("-r", CAPTURES.resolve(capture).toString(), "-T", "fields",
                "-e", "frame.number", "-e", field).split("\n", -1);
        String got = String.join("\n", printed);
        if (!got.equals(want.toString())) {
            String[] w = want.toString().split("\n", -1);
            for (int k = 0; k < Math.max(w.length, printed.length); k++) {
                String a = k < w.length ? w[k] : "";
                String b = k < printed.length ? printed[k] : "";
                if (!a.equals(b)) {
                    return field + " -T fields: tshark [" + a + "] sharkfin [" + b + "]";
                }
            }
        }
        // -Y FIELD: the frames tshark's column has a value for, or sharkfin's column shows as empty
        Set<String> selected = new HashSet<>(run("-r", CAPTURES.resolve(capture).toString(), "-Y", field,
                "-T", "fields", "-e", "frame.number").lines().toList());
        for (int k = 0; k < rows.size(); k++) {
            String frame = rows.get(k)[0];
            boolean filled = !cell(rows.get(k), column).isEmpty();
            if (filled != selected.contains(frame) && (filled || !printed[k].equals(frame + "\t"))) {
                return field + " -Y: frame " + frame + (filled ? " not selected" : " selected") + " (tshark's column ["
                        + cell(rows.get(k), column) + "])";
            }
        }
        return null;
    }

    private static String cell(String[] row, int column) {
        return column < row.length ? row[column] : "";
    }

    private static String run(String... args) {
        CliRun r = CliRun.of(args);
        return r.code() == 0 ? r.out() : "exit " + r.code() + ": " + r.err();
    }

    private static List<String[]> read(Path gz) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
