package io.sharkfin.export;

import io.sharkfin.cli.CliRun;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sharkfin -r CAPTURE --export-objects TYPE,DIR} (ftp-data, http, imf, smb) writes the files
 * tshark 4.0.17 writes, under the same names: on every test capture, against every file
 * {@code tshark --export-objects} saved (conformance/export-objects.tsv, recorded by
 * {@code src/tools/record-export-objects.sh}).
 */
class ExportObjectsTest {
    private static final Path TRUTH = Path.of("src/test/resources/conformance/export-objects.tsv");
    private static final List<String> TYPES = List.of("ftp-data", "http", "imf", "smb");

    @TempDir
    Path temp;

    /** capture → type → file name → "SHA-256 size". */
    private static Map<String, Map<String, Map<String, String>>> truth() throws IOException {
        Map<String, Map<String, Map<String, String>>> truth = new TreeMap<>();
        List<String> lines = Files.readAllLines(TRUTH);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            truth.computeIfAbsent(c[0], k -> new TreeMap<>()).computeIfAbsent(c[1], k -> new TreeMap<>())
                    .put(c[2], c[3] + " " + c[4]);
        }
        return truth;
    }

    @TestFactory
    Stream<DynamicTest> exportWritesTsharksFiles() throws IOException {
        Map<String, Map<String, Map<String, String>>> truth = truth();
        assertTrue(truth.size() >= 14, truth.keySet().toString());
        return TestCaptures.all().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Path dir = temp.resolve(c.getValue().getFileName().toString());
            List<String> args = new ArrayList<>(List.of("-r", c.getValue().toString(), "-q"));
            TYPES.forEach(t -> args.addAll(List.of("--export-objects", t + "," + dir.resolve(t))));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            for (String type : TYPES) {
                Map<String, String> want = truth.getOrDefault(c.getKey(), Map.of()).getOrDefault(type, Map.of());
                assertTrue(r.err().contains(want.size() + " " + type + " object"), r.err());
                assertEquals(want, files(dir.resolve(type)), c.getKey() + " " + type);
            }
        }));
    }

    /** A second export into the same directory numbers every name, as tshark does: name(1).ext. */
    @Test
    void existingFilesAreNotOverwritten() throws Exception {
        Path capture = TestCaptures.DISSECT.resolve("http-files.pcapng");
        Path dir = temp.resolve("twice");
        for (int i = 0; i < 2; i++) {
            assertEquals(0, CliRun.of("-r", capture.toString(), "-Y", "frame.number == 1", "--export-objects",
                    "http," + dir).code());
        }
        Map<String, String> once = truth().get(capture.toString()).get("http");
        Map<String, String> got = files(dir);
        assertEquals(2 * once.size(), got.size());
        assertEquals(once.get("update.exe"), got.get("update(2).exe"));
        assertEquals(once.get("logo.jpg"), got.get("logo(1).jpg"));
        assertEquals(once.get("object152.text%2fhtml"), got.get("object152(1).text%2fhtml"));
    }

    @Test
    void refusesTypesItDoesNotExport() {
        CliRun tftp = CliRun.of("-r", "src/test/resources/dissect/http-files.pcapng", "--export-objects", "tftp," + temp);
        assertEquals(1, tftp.code());
        assertTrue(tftp.err().contains("not \"tftp\""), tftp.err());
        CliRun twice = CliRun.of("-r", "src/test/resources/dissect/http-files.pcapng", "--export-objects", "http," + temp,
                "--export-objects", "http," + temp.resolve("b"));
        assertEquals(1, twice.code());
        assertTrue(twice.err().contains("given twice"), twice.err());
    }

    /**
     * A capture cut anywhere exports the objects of the frames before the cut, each whole and as
     * it would be from the whole capture, and ends with the damage reported, never an exception.
     */
    @Test
    void cutCapturesExportWhatTheyHold() throws Exception {
        Path capture = TestCaptures.DISSECT.resolve("http-files.pcapng");
        byte[] whole = Files.readAllBytes(capture);
        Map<String, String> all = truth().get(capture.toString()).get("http");
        for (int cut = 100; cut < whole.length; cut += whole.length / 23) {
            Path part = temp.resolve("cut-" + cut + ".pcapng");
            Files.write(part, java.util.Arrays.copyOf(whole, cut));
            Path dir = temp.resolve("cut-" + cut);
            CliRun r = CliRun.of("-r", part.toString(), "-q", "--export-objects", "http," + dir);
            assertTrue(r.code() == 0 || r.code() == 2, r.err());
            assertTrue(!r.err().contains("Exception") && !r.err().contains("could not be exported"), r.err());
            Map<String, String> got = files(dir);
            for (Map.Entry<String, String> f : got.entrySet()) {
                assertEquals(all.get(f.getKey()), f.getValue(), "cut at " + cut + ": " + f.getKey());
            }
        }
    }

    @Test
    void namesAsTsharkMakesThem() {
        assertEquals("%2f", ObjectFileNames.massage(ObjectFileNames.basename("/"), 0));
        assertEquals("sub", ObjectFileNames.basename("/dir/sub/"));
        assertEquals("a%3cb%3e%3a%7c%2a%22%5c%3f%0d%0a", ObjectFileNames.massage("a<b>:|*\"\\?\r\n", 0));
        assertEquals("nul", ObjectFileNames.massage("nul\0rest", 0));
        assertEquals("x.tar(3).gz", ObjectFileNames.massage("x.tar.gz", 3));
        assertEquals("(1).eml", ObjectFileNames.massage(".eml", 1));
        assertEquals(255, ObjectFileNames.massage("y".repeat(300) + ".bin", 0).length());
        assertTrue(ObjectFileNames.massage("y".repeat(300) + ".bin", 2).endsWith("y(2).bin"));
    }

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                byte[] b = Files.readAllBytes(f);
                out.put(f.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(b)) + " " + b.length);
            }
        }
        return out;
    }
}
