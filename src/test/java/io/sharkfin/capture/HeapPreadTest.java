package io.sharkfin.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link HeapPread} reads the file's bytes into the array where asked, at most 256 KiB a call,
 * and 0 at the end; the tests run with native access enabled (as {@code bin/sharkfin} does), so
 * on Linux the streamed reading of every other test goes through it too.
 */
class HeapPreadTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheFilesBytesWhereAsked() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "pread through libc on Linux");
        byte[] content = new byte[700_000];
        new Random(7).nextBytes(content);
        Path file = Files.write(tmp.resolve("data"), content);
        try (HeapPread r = HeapPread.open(file)) {
            assertNotNull(r, "available with native access on Linux");
            byte[] into = new byte[content.length + 100];
            assertEquals(1000, r.read(into, 100, 1000, 5000));
            assertArrayEquals(Arrays.copyOfRange(content, 5000, 6000), Arrays.copyOfRange(into, 100, 1100));
            assertEquals(256 << 10, r.read(into, 0, content.length, 0), "one call copies at most 256 KiB");
            assertArrayEquals(Arrays.copyOfRange(content, 0, 256 << 10), Arrays.copyOf(into, 256 << 10));
            assertEquals(10, r.read(into, 0, 1000, content.length - 10), "what is left before the end");
            assertEquals(0, r.read(into, 0, 1000, content.length), "the end");
        }
    }

    @Test
    void aFileThatCannotBeOpenedLeavesItToTheChannel() {
        assertNull(HeapPread.open(tmp.resolve("missing")));
    }
}
