package io.sharkfin.dissect.protocol.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTTP, SSDP, media and urlencoded-form field of every HTTP frame of the corpus and of the
 * synthetic captures, compared with what tshark 4.0.17 recorded (src/test/resources/http/truth,
 * made by record-truth.py): the same frames, fields, values in the same order, layers and
 * expert infos.
 */
class HttpTruthTest {

    static Stream<Path> truthFiles() throws IOException {
        return Files.list(HttpRun.HTTP.resolve("truth")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthFiles")
    void everyFieldOfEveryHttpFrameAsTshark(Path truthFile) throws Exception {
        String capture = truthFile.getFileName().toString().replaceFirst("\\.tsv\\.gz$", "");
        Path path = Files.exists(HttpRun.CORPUS.resolve(capture)) ? HttpRun.CORPUS.resolve(capture)
                : HttpRun.HTTP.resolve("synthetic").resolve(capture);
        Map<Long, Map<String, String>> truth = HttpRun.readTruth(truthFile);
        Map<Long, Map<String, String>> ours = HttpRun.run(path, HttpRun.fieldNames());
        List<String> problems = new ArrayList<>();
        TreeSet<Long> frames = new TreeSet<>(truth.keySet());
        frames.addAll(ours.keySet());
        for (long f : frames) {
            Map<String, String> want = truth.getOrDefault(f, Map.of());
            Map<String, String> got = ours.getOrDefault(f, Map.of());
            TreeSet<String> names = new TreeSet<>(want.keySet());
            names.addAll(got.keySet());
            for (String n : names) {
                String w = want.getOrDefault(n, "");
                String g = got.getOrDefault(n, "");
                if (!w.equals(g)) {
                    problems.add("frame " + f + " " + n + ": tshark [" + show(w) + "] ours [" + show(g) + "]");
                }
            }
        }
        assertTrue(!truth.isEmpty(), "no HTTP frame recorded for " + capture);
        assertEquals(List.of(), problems.subList(0, Math.min(40, problems.size())),
                problems.size() + " differences in " + capture);
    }

    private static String show(String s) {
        String v = s.replace(HttpRun.SEP, "|");
        return v.length() > 200 ? v.substring(0, 200) + "..." : v;
    }
}
