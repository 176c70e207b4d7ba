package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus ground truth ({@code truth/<capture>.fields.tsv}, made by tshark 4.0.17 with
 * {@code -T fields -E occurrence=a -E aggregator=,}): every column whose field sharkfin
 * dissects prints exactly tshark's cell; {@code frame.protocols} only where the frame holds no
 * protocol that is not dissected yet (TCP and the application layers).
 */
class TruthFilesTest {

    private static final Path TRUTH = TestCaptures.CORPUS.resolve("truth");

    @TestFactory
    Stream<DynamicTest> truthColumnsMatch() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(TRUTH)) {
            s.filter(f -> f.toString().endsWith(".fields.tsv")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(
                f.getFileName().toString().replace(".fields.tsv", ""), () -> check(f)));
    }

    private static void check(Path truth) throws IOException {
        String capture = truth.getFileName().toString().replace(".fields.tsv", "");
        List<String> lines = Files.readAllLines(truth, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        FieldRegistry reg = FieldRegistry.standard();
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            FieldDef d = reg.lookup(header[i]);
            if (d != null && d.dissected()) {
                columns.add(i);
            }
        }
        List<String> names = new ArrayList<>();
        for (int c : columns) {
            names.add(header[c]);
        }
        Session s = Session.needing(names);
        Set<String> mine = TsharkFieldsTest.dissectedProtocols(reg);
        int protocols = List.of(header).indexOf("frame.protocols");
        List<Frame> frames = TestCaptures.read(TestCaptures.CORPUS.resolve(capture));
        assertEquals(lines.size() - 1, frames.size());
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (int n = 0; n < frames.size(); n++) {
            Packet p = s.dissect(frames.get(n));
            String[] want = lines.get(n + 1).split("\t", -1);
            for (int c : columns) {
                if (c == protocols && !covered(want[c], mine)) {
                    continue;
                }
                String got = FieldFormat.cell(p, reg.lookup(header[c]).id());
                compared++;
                if (!got.equals(want[c])) {
                    problems.add("frame " + (n + 1) + " " + header[c] + ": tshark [" + want[c]
                            + "] sharkfin [" + got + "]");
                }
            }
        }
        assertTrue(compared > 0, "nothing compared in " + capture);
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), capture);
    }

    private static boolean covered(String protocols, Set<String> mine) {
        for (String layer : protocols.split(":")) {
            if (!mine.contains(layer)) {
                return false;
            }
        }
        return true;
    }
}
