package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.FileMagic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sharkfin's {@code http.file_data.sha256} names the files tshark's Export Objects saves: on every
 * test capture, the bodies' hashes, with their sizes and how often each occurs, are those of the
 * files {@code tshark --export-objects http} writes (conformance/export-objects.tsv, recorded by
 * {@code src/tools/record-export-objects.sh}; ExportObjectsTest checks the files themselves).
 */
class HttpObjectsTest {
    private static final Path TRUTH = Path.of("src/test/resources/conformance/export-objects.tsv");
    private static final FieldRegistry REGISTRY = FieldRegistry.standard();
    private static final int SHA256 = REGISTRY.lookup("http.file_data.sha256").id();
    private static final int MD5 = REGISTRY.lookup("http.file_data.md5").id();
    private static final int MAGIC = REGISTRY.lookup("http.file_data.magic").id();
    private static final int FILE_DATA = REGISTRY.lookup("http.file_data").id();
    private static final int CONTENT_TYPE = REGISTRY.lookup("http.content_type").id();

    /** Each capture's HTTP objects as "SHA-256 size", one per exported file. */
    private static Map<String, List<String>> truth() throws IOException {
        Map<String, List<String>> truth = new TreeMap<>();
        List<String> lines = Files.readAllLines(TRUTH);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            if (c[1].equals("http")) {
                truth.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[3] + " " + c[4]);
            }
        }
        return truth;
    }

    @TestFactory
    Stream<DynamicTest> bodiesAreTheObjectsTsharkExports() throws IOException {
        Map<String, List<String>> truth = truth();
        assertTrue(truth.size() >= 12, truth.keySet().toString());
        return TestCaptures.all().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            Map<String, String> want = new TreeMap<>();
            Map<String, Long> counts = new TreeMap<>();
            truth.getOrDefault(c.getKey(), List.of()).forEach(v -> counts.merge(v, 1L, Long::sum));
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
