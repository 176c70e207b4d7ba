package io.sharkfin.dissect.protocol.http;

import io.sharkfin.cli.CliRun;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.FileMagic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP's objects are those tshark's Export Objects saves ({@code src/tools/record-http-objects.sh}
 * recorded every file {@code tshark --export-objects http} writes from each test capture in
 * conformance/http-objects.tsv): {@code sharkfin -r CAPTURE --export-objects http,DIR} writes the
 * same files under the same names, and the bodies' {@code http.file_data.sha256} values, with
 * their sizes and how often each occurs, are those of the files.
 */
class HttpObjectsTest {
    private static final Path TRUTH = Path.of("src/test/resources/conformance/http-objects.tsv");
    private static final FieldRegistry REGISTRY = FieldRegistry.standard();
    private static final int SHA256 = REGISTRY.lookup("http.file_data.sha256").id();
    private static final int MD5 = REGISTRY.lookup("http.file_data.md5").id();
    private static final int MAGIC = REGISTRY.lookup("http.file_data.magic").id();
    private static final int FILE_DATA = REGISTRY.lookup("http.file_data").id();
    private static final int CONTENT_TYPE = REGISTRY.lookup("http.content_type").id();

    @TempDir
    Path temp;

    /** Each capture's exported files by name: "SHA-256 size". */
    private static Map<String, Map<String, String>> truth() throws IOException {
        Map<String, Map<String, String>> truth = new TreeMap<>();
        List<String> lines = Files.readAllLines(TRUTH);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            truth.computeIfAbsent(c[0], k -> new TreeMap<>()).put(c[1], c[2] + " " + c[3]);
        }
        return truth;
    }

    /** Every capture of the corpus and of the dissector tests, with its name in the truth file. */
    private static Map<String, Path> captures() throws IOException {
        Map<String, Path> out = new TreeMap<>();
        for (Path dir : List.of(TestCaptures.CORPUS, TestCaptures.DISSECT)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().matches(".*\\.pcap(ng)?$"))
                        .forEach(f -> out.put(dir == TestCaptures.CORPUS ? f.getFileName().toString() : f.toString(), f));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> exportWritesTsharksFiles() throws IOException {
        Map<String, Map<String, String>> truth = truth();
        assertTrue(truth.size() >= 12, truth.keySet().toString());
        return captures().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Path dir = temp.resolve(c.getValue().getFileName().toString());
            CliRun r = CliRun.of("-r", c.getValue().toString(), "-q", "--export-objects", "http," + dir);
            assertEquals(0, r.code(), r.err());
            Map<String, String> want = truth.getOrDefault(c.getKey(), Map.of());
            assertTrue(r.err().contains(want.size() + " HTTP object"), r.err());
            assertEquals(want, files(dir), c.getKey());
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
        Map<String, String> once = truth().get(capture.toString());
        Map<String, String> got = files(dir);
        assertEquals(2 * once.size(), got.size());
        assertEquals(once.get("update.exe"), got.get("update(2).exe"));
        assertEquals(once.get("logo.jpg"), got.get("logo(1).jpg"));
        assertEquals(once.get("object152.text%2fhtml"), got.get("object152(1).text%2fhtml"));
    }

    @Test
    void onlyHttpObjects() {
        CliRun r = CliRun.of("-r", "src/test/resources/dissect/http-files.pcapng", "--export-objects", "smb," + temp);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not \"smb\""), r.err());
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

    @TestFactory
    Stream<DynamicTest> bodiesAreTheObjectsTsharkExports() throws IOException {
        Map<String, Map<String, String>> truth = truth();
        return captures().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Map<String, String> want = new TreeMap<>();
            Map<String, Long> counts = new TreeMap<>();
            truth.getOrDefault(c.getKey(), Map.of()).values().forEach(v -> counts.merge(v, 1L, Long::sum));
            counts.forEach((v, n) -> want.put(v.substring(0, 64), v.substring(65) + " bytes x" + n));
            assertEquals(want, bodies(c.getValue()), c.getKey());
        }));
    }

    /** Each body's SHA-256 with its size and count, as derived from the truth file. */
    private static Map<String, String> bodies(Path capture) throws Exception {
        BitSet fields = new BitSet();
        fields.set(SHA256);
        fields.set(FILE_DATA);
        Map<String, long[]> seen = new TreeMap<>();
        try (PacketStream packets = PacketStream.open(capture, fields)) {
            for (Packet p : packets) {
                int data = p.first(FILE_DATA);
                for (int e = p.first(SHA256); e >= 0; e = p.next(e), data = p.next(data)) {
                    assertTrue(p.hidden(e), "a hidden item, as Wireshark's filter-only fields");
                    long[] sizeAndCount = seen.computeIfAbsent(p.string(e), k -> new long[2]);
                    sizeAndCount[0] = p.rawLen(data);
                    sizeAndCount[1]++;
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        seen.forEach((sha, v) -> out.put(sha, v[0] + " bytes x" + v[1]));
        return out;
    }

    /** The images capture's bodies are of the kinds their Content-Type declares. */
    @Test
    void magicNamesTheImagesTheirContentTypeDeclares() throws Exception {
        BitSet fields = new BitSet();
        fields.set(MAGIC);
        fields.set(CONTENT_TYPE);
        fields.set(MD5);
        int checked = 0;
        try (PacketStream packets = PacketStream.open(TestCaptures.DISSECT.resolve("images.pcapng"), fields)) {
            for (Packet p : packets) {
                int magic = p.first(MAGIC);
                int type = p.first(CONTENT_TYPE);
                if (magic >= 0 && type >= 0 && p.string(type).startsWith("image/")
                        && List.of("image/png", "image/gif", "image/jpeg").contains(p.string(type))) {
                    assertEquals(p.string(type), p.string(magic), "frame " + p.number());
                    assertEquals(32, p.string(p.first(MD5)).length());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 3, "checked " + checked);
    }

    @Test
    void magicNumbers() {
        assertEquals(FileMagic.DOSEXEC, FileMagic.of("MZ\u0090\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 4));
        assertEquals(FileMagic.ELF, FileMagic.of(new byte[] {0x7f, 'E', 'L', 'F', 2}, 5));
        assertEquals(FileMagic.ZIP, FileMagic.of(new byte[] {'P', 'K', 3, 4}, 4));
        assertEquals(FileMagic.MACH_O, FileMagic.of(new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe}, 4));
        // 0xcafebabe: a Java class when a class file version follows, else a fat Mach-O
        assertEquals(FileMagic.JAVA_CLASS, FileMagic.of(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 52}, 8));
        assertEquals(FileMagic.MACH_O, FileMagic.of(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 2}, 8));
        // a body shorter than its magic, or cut before it, is no such file
        assertNull(FileMagic.of(new byte[] {'M'}, 1));
        assertNull(FileMagic.of(new byte[] {'P', 'K', 3, 4}, 3));
        assertNull(FileMagic.of("<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 6));
        assertTrue(FileMagic.executable(FileMagic.DOSEXEC) && !FileMagic.executable(FileMagic.ZIP));
    }
}
