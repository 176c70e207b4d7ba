package io.sharkfin.conformance;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sharkfin -T fields -e …} prints, for every column of every truth file, what tshark
 * 4.0.17 printed: the same values in the same occurrence order, joined with ','. Cells listed in
 * {@code known-field-differences.tsv} must instead equal the value documented there.
 */
class TruthColumnsTest {

    static final Path TRUTH = CorpusCasesTest.CAPTURES.resolve("truth");
    static final Path KNOWN = Path.of("src/test/resources/conformance/known-field-differences.tsv");

    /** capture TAB frame TAB column → documented sharkfin value. */
    static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(KNOWN)) {
            return out;
        }
        for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t", -1);
            out.put(p[0] + "\t" + p[1] + "\t" + p[2], p[3]);
        }
        return out;
    }

    @TestFactory
    List<DynamicNode> everyColumnEqualsTshark() throws Exception {
        List<DynamicNode> nodes = new ArrayList<>();
        Map<String, String> known = knownDifferences();
        List<Path> files;
        try (Stream<Path> s = Files.list(TRUTH)) {
            files = s.filter(f -> f.toString().endsWith(".fields.tsv")).sorted().toList();
        }
        FieldRegistry reg = FieldRegistry.standard();
        for (Path truth : files) {
            String capture = truth.getFileName().toString().replace(".fields.tsv", "");
            List<String> lines = Files.readAllLines(truth, StandardCharsets.UTF_8);
            String[] header = lines.getFirst().split("\t", -1);
            FieldDef[] defs = new FieldDef[header.length];
            BitSet ids = new BitSet();
            for (int i = 0; i < header.length; i++) {
                defs[i] = reg.lookup(header[i]);
                if (defs[i] != null && defs[i].dissected()) {
                    ids.set(defs[i].id());
                }
            }
            List<List<String>> mismatches = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                mismatches.add(new ArrayList<>());
            }
            int row = 1;
            try (PacketStream packets = PacketStream.open(CorpusCasesTest.CAPTURES.resolve(capture), ids)) {
                for (Packet p : packets) {
                    String[] want = row < lines.size() ? lines.get(row).split("\t", -1) : new String[0];
                    row++;
                    for (int i = 0; i < header.length; i++) {
                        String got = cell(p, defs[i]);
                        String expected = i < want.length ? want[i] : "";
                        expected = known.getOrDefault(capture + "\t" + p.number() + "\t" + header[i], expected);
                        if (!got.equals(expected)) {
                            mismatches.get(i).add("frame " + p.number() + ": expected <" + expected + "> got <" + got + ">");
                        }
                    }
                }
            }
            int frames = row - 1;
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("frame count", () -> assertTrue(frames == lines.size() - 1,
                    "read " + frames + " frames, tshark " + (lines.size() - 1))));
            for (int i = 0; i < header.length; i++) {
                List<String> m = mismatches.get(i);
                String column = header[i];
                tests.add(DynamicTest.dynamicTest(column, () -> assertTrue(m.isEmpty(),
                        capture + " :: " + column + ": " + m.size() + " cells differ, e.g.\n  " + String.join("\n  ", m.subList(0, Math.min(5, m.size()))))));
            }
            nodes.add(DynamicContainer.dynamicContainer(capture, tests));
        }
        return nodes;
    }

    /** The cell tshark prints with {@code -E occurrence=a -E aggregator=,}. */
    static String cell(Packet p, FieldDef def) {
        if (def == null || !def.dissected()) {
            return "";
        }
        return io.sharkfin.cli.output.FieldText.escaped(FieldFormat.cell(p, def.id()));
    }
}
