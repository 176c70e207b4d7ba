package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.TsharkTruth;
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
        Path path = TsharkTruth.captureOf(truthFile, ".tsv.gz", HttpRun.HTTP.resolve("synthetic"));
        Map<Long, Map<String, String>> truth = TsharkTruth.read(truthFile);
        Map<Long, Map<String, String>> ours = HttpRun.run(path, HttpRun.fieldNames());
        List<String> problems = new ArrayList<>();
        TreeSet<Long> frames = new TreeSet<>(truth.keySet());
        frames.addAll(ours.keySet());
        for (long f : frames) {
            Map<String, String> want = truth.getOrDefault(f, Map.of());
            Map<String, String> got = ours.getOrDefault(f, Map.of());
            TreeSet<String> names = new TreeSet<>(want.keySet());
            names.addAll(got.keySet());
            TsharkTruth.compare(f, names, want, got, problems);
        }
        assertTrue(!truth.isEmpty(), "no HTTP frame recorded for " + path.getFileName());
        TsharkTruth.assertNone(problems, path.getFileName());
    }
}
