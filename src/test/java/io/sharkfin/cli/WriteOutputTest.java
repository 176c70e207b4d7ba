package io.sharkfin.cli;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -w} prints no frames, as tshark: the selected frames go to the file only, unless
 * {@code -P} asks for the summary lines too.
 */
class WriteOutputTest {
    private static final String LAB = "src/test/resources/corpus/captures/lab-c2-a.pcap";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static long frames(Path file) throws Exception {
        long n = 0;
        try (CaptureReader r = CaptureFiles.open(file)) {
            Frame f = new Frame();
            while (r.next(f)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theCaptureBeingReadIsNotOverwritten(@TempDir Path dir) throws Exception {
        Path capture = dir.resolve("capture.pcap");
        java.nio.file.Files.copy(Path.of(LAB), capture);
        byte[] before = java.nio.file.Files.readAllBytes(capture);
        // under another name too: tshark truncates the file it reads and reports it damaged
        for (String name : new String[]{capture.toString(), dir.resolve(".").resolve("capture.pcap").toString()}) {
            CliRun r = run("-r", capture.toString(), "-Y", "dns", "-w", name);
            assertEquals(2, r.code());
            assertTrue(r.err().contains("is the capture being read"), r.err());
            assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(capture)), "the capture is intact");
        }
    }

    @Test
    void writingPrintsNoFramesUnlessAsked(@TempDir Path dir) throws Exception {
        Path quiet = dir.resolve("nx.pcapng");
        CliRun written = run("-r", LAB, "-Y", "dns.flags.rcode == 3", "-w", quiet.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals("", written.out());
        assertEquals(14, frames(quiet), "the 14 NXDOMAIN responses of lab-c2-a");

        Path printed = dir.resolve("nx-printed.pcapng");
        CliRun both = run("-r", LAB, "-Y", "dns.flags.rcode == 3", "-w", printed.toString(), "-P");
        assertEquals(0, both.code(), both.err());
        assertEquals(14, both.out().lines().count());
        assertTrue(both.out().lines().allMatch(l -> l.contains("No such name")), both.out());
        assertEquals(14, frames(printed));
    }
}
