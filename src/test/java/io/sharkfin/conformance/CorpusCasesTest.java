package io.sharkfin.conformance;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The differential test against tshark 4.0.17: every case of {@code captures/cases.tsv} (2,444
 * filters over the 24 shared captures) and of sharkfin's own {@code sharkfin-cases.tsv} must
 * select exactly the frames tshark selected — except
 * the cases listed in {@code known-differences.tsv}, where sharkfin must select the frames that
 * file documents (each with its reason; the README lists them).
 *
 * <p>Each capture is read once for all its filters, as a filter pack would: the session records
 * the union of the fields the filters read. {@link PerFilterSessionTest} checks that priming a
 * session for one filter alone gives the same answers.
 */
class CorpusCasesTest {

    static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");
    static final Path KNOWN = Path.of("src/test/resources/conformance/known-differences.tsv");

    record Case(String capture, String filter, String frames) {
    }

    /** sharkfin's own cases, with tshark 4.0.17's verdicts (src/tools/record-cases.sh). */
    static final Path OWN_CASES = Path.of("src/test/resources/conformance/sharkfin-cases.tsv");

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path file : List.of(CAPTURES.resolve("cases.tsv"), OWN_CASES)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] p = line.split("\t", -1);
                out.add(new Case(p[0], p[1], p[2]));
            }
        }
        return out;
    }

    /** A case's capture: a bare name is a corpus capture, a path is relative to the repository's root. */
    static Path capture(String name) {
        return name.contains("/") ? Path.of(name) : CAPTURES.resolve(name);
    }

    /** capture + TAB + filter → the frames sharkfin selects on purpose. */
    static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(KNOWN)) {
            return out;
        }
        for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t", -1);
            out.put(p[0] + "\t" + p[1], p[2]);
        }
        return out;
    }

    /**
     * Runs all filters over one capture in a single pass; frame lists by filter index. A filter
     * on {@code frame.time_delta_displayed} gets a pass of its own: the field counts from the
     * last frame that filter displayed, as tshark -Y does, which a shared pass cannot know.
     */
    static List<String> evaluate(Path capture, List<Filter> filters) throws Exception {
        int displayedDelta = FieldRegistry.standard().lookup("frame.time_delta_displayed").id();
        List<Filter> shared = new ArrayList<>(filters);
        List<String> own = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            Filter f = filters.get(i);
            own.add(null);
            if (f != null && f.fields().get(displayedDelta)) {
                shared.set(i, null);
                own.set(i, selected(capture, f, null));
            }
        }
        List<String> out = sharedPass(capture, shared);
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i) != null) {
                out.set(i, own.get(i));
            }
        }
        return out;
    }

    /**
     * The frames {@code f} selects in a session that records only its fields, with the frames
     * {@code sieve} rejects undissected (null: none), each told to the session as displayed (as
     * sharkfin -r does: frame.time_delta_displayed counts from it).
     */
    static String selected(Path capture, Filter f, Sieve sieve) throws Exception {
        StringJoiner hits = new StringJoiner(",");
        try (PacketStream packets = PacketStream.open(capture, f.fields(), sieve)) {
            for (Packet p : packets) {
                if (f.test(p)) {
                    packets.session().displayed(p);
                    hits.add(Long.toString(p.number()));
                }
            }
        }
        return hits.toString();
    }

    private static List<String> sharedPass(Path capture, List<Filter> filters) throws Exception {
        BitSet fields = new BitSet();
        for (Filter f : filters) {
            if (f != null) {
                fields.or(f.fields());
            }
        }
        List<StringJoiner> hits = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            hits.add(new StringJoiner(","));
        }
        try (PacketStream packets = PacketStream.open(capture, fields)) {
            for (Packet p : packets) {
                for (int i = 0; i < filters.size(); i++) {
                    Filter f = filters.get(i);
                    if (f != null && f.test(p)) {
                        hits.get(i).add(Long.toString(p.number()));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (StringJoiner j : hits) {
            out.add(j.toString());
        }
        return out;
    }

    @TestFactory
    List<DynamicNode> everyCaseSelectsTsharksFrames() throws Exception {
        Map<String, List<Case>> byCapture = new LinkedHashMap<>();
        for (Case c : cases()) {
            byCapture.computeIfAbsent(c.capture(), k -> new ArrayList<>()).add(c);
        }
        Map<String, String> known = knownDifferences();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Map.Entry<String, List<Case>> en : byCapture.entrySet()) {
            List<Case> cs = en.getValue();
            List<Filter> filters = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (Case c : cs) {
                try {
                    filters.add(Filter.compile(c.filter()));
                    errors.add(null);
                } catch (FilterException e) {
                    filters.add(null);
                    errors.add(e.getMessage());
                }
            }
            List<String> got = evaluate(capture(en.getKey()), filters);
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                Case c = cs.get(i);
                String error = errors.get(i);
                String result = got.get(i);
                String expected = known.getOrDefault(c.capture() + "\t" + c.filter(), c.frames());
                tests.add(DynamicTest.dynamicTest(c.filter(), () -> {
                    assertEquals(null, error, c.capture() + " :: " + c.filter() + " :: tshark compiles every case");
                    assertEquals(expected, result, c.capture() + " :: " + c.filter());
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(en.getKey(), tests));
        }
        return nodes;
    }
}
