package io.sharkfin.conformance;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every truth column again, each printed by a session that records that one field, as
 * {@code sharkfin -T fields -e FIELD} does: skipping what nobody wants
 * ({@link io.sharkfin.dissect.FieldGroup}s, inactive protocols) must not change a value.
 * {@link TruthColumnsTest} records all columns of a capture in one session.
 */
class PerColumnSessionTest {

    @TestFactory
    List<DynamicNode> eachColumnAloneEqualsTshark() throws Exception {
        List<DynamicNode> nodes = new ArrayList<>();
        Map<String, String> known = TruthColumnsTest.knownDifferences();
        List<Path> files;
        try (Stream<Path> s = Files.list(TruthColumnsTest.TRUTH)) {
            files = s.filter(f -> f.toString().endsWith(".fields.tsv")).sorted().toList();
        }
        FieldRegistry reg = FieldRegistry.standard();
        for (Path truth : files) {
            String capture = truth.getFileName().toString().replace(".fields.tsv", "");
            List<String> lines = Files.readAllLines(truth, StandardCharsets.UTF_8);
            String[] header = lines.getFirst().split("\t", -1);
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                FieldDef def = reg.lookup(header[i]);
                if (def == null || !def.dissected()) {
                    continue;
                }
                List<String> mismatches = mismatches(capture, lines, i, def, known);
                String column = header[i];
                tests.add(DynamicTest.dynamicTest(column, () -> assertTrue(mismatches.isEmpty(),
                        capture + " :: " + column + ": " + mismatches.size() + " cells differ, e.g.\n  "
                                + String.join("\n  ", mismatches.subList(0, Math.min(5, mismatches.size()))))));
            }
            nodes.add(DynamicContainer.dynamicContainer(capture, tests));
        }
        return nodes;
    }

    private static List<String> mismatches(String capture, List<String> lines, int column, FieldDef def,
                                           Map<String, String> known) throws Exception {
        BitSet ids = new BitSet();
        ids.set(def.id());
        List<String> out = new ArrayList<>();
        int row = 1;
        try (PacketStream packets = PacketStream.open(CorpusCasesTest.CAPTURES.resolve(capture), ids)) {
            for (Packet p : packets) {
                String[] want = row < lines.size() ? lines.get(row).split("\t", -1) : new String[0];
                row++;
                String expected = column < want.length ? want[column] : "";
                expected = known.getOrDefault(capture + "\t" + p.number() + "\t" + def.name(), expected);
                String got = TruthColumnsTest.cell(p, def);
                if (!got.equals(expected)) {
                    out.add("frame " + p.number() + ": expected <" + expected + "> got <" + got + ">");
                }
            }
        }
        return out;
    }
}
