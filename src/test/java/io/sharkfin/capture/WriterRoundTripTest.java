package io.sharkfin.capture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the readers return, the writers write so that reading the output gives the same
 * frames back: bytes, lengths, times, link types, interface names and descriptions, and comments.
 */
class WriterRoundTripTest {
    @TempDir
    Path tmp;

    static Stream<Path> allCaptures() {
        return Stream.concat(TestFiles.corpusCaptures().stream(),
                TestFiles.list(TestFiles.SYNTHETIC, "glob:*.{pcap,pcapng,gz}").stream());
    }

    @TestFactory
    Stream<DynamicTest> pcapngRoundTrip() {
        return allCaptures().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            List<Frame> original = TestFiles.readAll(p);
            Path out = tmp.resolve(p.getFileName() + ".out.pcapng");
            try (CaptureWriter w = PcapngWriter.create(out)) {
                for (Frame f : original) {
                    w.write(f);
                }
                assertEquals(original.size(), w.framesWritten());
            }
            List<Frame> reread = TestFiles.readAll(out);
            assertSameFrames(original, reread, true);
            // writing what was read back gives the very same file
            Path again = tmp.resolve(p.getFileName() + ".again.pcapng");
            try (CaptureWriter w = PcapngWriter.create(again)) {
                for (Frame f : reread) {
                    w.write(f);
                }
            }
            assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "second write is identical");
        }));
    }

    @TestFactory
    Stream<DynamicTest> pcapRoundTripOfSingleLinkTypeCaptures() {
        return allCaptures().filter(WriterRoundTripTest::singleLinkType).map(p ->
                DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    List<Frame> original = TestFiles.readAll(p);
                    Path out = tmp.resolve(p.getFileName() + ".out.pcap");
                    try (CaptureWriter w = PcapWriter.create(out)) {
                        for (Frame f : original) {
                            w.write(f);
                        }
                    }
                    assertSameFrames(original, TestFiles.readAll(out), false);
                    boolean needsNanos = original.stream().anyMatch(f -> f.nanoOfSecond() % 1000 != 0);
                    int magic = java.nio.ByteBuffer.wrap(Files.readAllBytes(out), 0, 4)
                            .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
                    assertEquals(needsNanos ? PcapReader.MAGIC_NSEC : PcapReader.MAGIC_USEC, magic,
                            "nanosecond magic only when a time needs it");
                }));
    }

    private static boolean singleLinkType(Path p) {
        try {
            List<Frame> frames = TestFiles.readAll(p);
            return frames.stream().map(Frame::linkType).distinct().count() == 1
                    && frames.stream().allMatch(f -> f.epochSeconds() >= 0 && f.epochSeconds() <= 0xffffffffL);
        } catch (CaptureException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pcapSwitchesToNanosecondsMidFile() throws Exception {
        byte[] data = {1, 2, 3, 4};
        Path out = tmp.resolve("switch.pcap");
        try (CaptureWriter w = PcapWriter.create(out)) {
            w.write(Frame.of(1, 1_700_000_000_000_001_000L, 1, data));
            w.write(Frame.of(2, 1_700_000_000_000_002_000L, 1, data));
            w.write(Frame.of(3, 1_700_000_000_000_002_001L, 1, data));
        }
        List<Long> times = TestFiles.readAll(out).stream().map(Frame::timestampNanos).toList();
        assertEquals(List.of(1_700_000_000_000_001_000L, 1_700_000_000_000_002_000L, 1_700_000_000_000_002_001L),
                times);
    }

    @Test
    void pcapRefusesASecondLinkType() throws Exception {
        List<Frame> frames = TestFiles.readAll(TestFiles.SYNTHETIC.resolve("multi-if.pcapng"));
        try (CaptureWriter w = PcapWriter.create(tmp.resolve("mixed.pcap"))) {
            w.write(frames.get(0));
            CaptureException e = assertThrows(CaptureException.class, () -> w.write(frames.get(1)));
            assertEquals("Frame 2 has a network type that differs from the network type of earlier packets,"
                    + " which isn't supported in a \"pcap\" file.\n(link type 101 after 1; write pcapng to keep both)",
                    e.getMessage());
            assertEquals(1, w.framesWritten());
        }
        assertEquals(1, TestFiles.readAll(tmp.resolve("mixed.pcap")).size());
    }

    @Test
    void pcapRefusesTimesBefore1970() throws Exception {
        try (CaptureWriter w = PcapWriter.create(tmp.resolve("old.pcap"))) {
            CaptureException e = assertThrows(CaptureException.class,
                    () -> w.write(Frame.of(1, -5_000_000_000L, 1, new byte[4])));
            assertTrue(e.getMessage().startsWith("Frame 1 has a time stamp (-5 s since 1970)"), e.getMessage());
        }
    }

    @Test
    void pcapngKeepsTimesBefore1970AndFarFuture() throws Exception {
        Frame early = Frame.of(1, -86_400_000_000_001L, 1, new byte[]{9});
        Frame late = Frame.of(2, 0, 1, new byte[]{8}).timestamp(18_446_744_073_204L, 126_329_000);
        Path out = tmp.resolve("times.pcapng");
        try (CaptureWriter w = PcapngWriter.create(out)) {
            w.write(early);
            w.write(late);
        }
        assertSameFrames(List.of(early, late), TestFiles.readAll(out), false);
    }

    @Test
    void emptyOutputsAreValidCaptures() throws Exception {
        Path pcap = tmp.resolve("empty.pcap");
        Path pcapng = tmp.resolve("empty.pcapng");
        PcapWriter.create(pcap).close();
        PcapngWriter.create(pcapng).close();
        try (CaptureReader r = CaptureFiles.open(pcap)) {
            assertEquals(LinkType.ETHERNET, r.linkType());
            assertEquals(false, r.next(new Frame()));
        }
        assertEquals(0, TestFiles.readAll(pcapng).size());
    }

    @Test
    void streamsCanBeWritten() throws Exception {
        List<Frame> original = TestFiles.readAll(TestFiles.SYNTHETIC.resolve("le-nsec.pcap"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CaptureWriter w = PcapWriter.to(bytes, "-", true)) {
            for (Frame f : original) {
                w.write(f);
            }
        }
        try (CaptureReader r = CaptureFiles.open(new java.io.ByteArrayInputStream(bytes.toByteArray()), "-")) {
            Frame f = new Frame();
            int n = 0;
            while (r.next(f)) {
                assertEquals(original.get(n++).timestampNanos(), f.timestampNanos());
            }
            assertEquals(original.size(), n);
        }
    }

    static void assertSameFrames(List<Frame> expected, List<Frame> actual, boolean interfaces) {
        assertEquals(expected.size(), actual.size(), "frames");
        for (int i = 0; i < expected.size(); i++) {
            Frame a = expected.get(i);
            Frame b = actual.get(i);
            String where = "frame " + (i + 1);
            assertArrayEquals(a.bytes().toArray(ValueLayout.JAVA_BYTE), b.bytes().toArray(ValueLayout.JAVA_BYTE), where);
            assertEquals(a.originalLength(), b.originalLength(), where + " length");
            assertEquals(a.linkType(), b.linkType(), where + " link type");
            if (a.hasTimestamp()) {
                assertEquals(a.epochSeconds(), b.epochSeconds(), where + " seconds");
                assertEquals(a.nanoOfSecond(), b.nanoOfSecond(), where + " nanoseconds");
            }
            if (interfaces) {
                assertEquals(a.interfaceName(), b.interfaceName(), where + " interface name");
                assertEquals(a.interfaceDescription(), b.interfaceDescription(), where + " interface description");
                assertEquals(a.comments(), b.comments(), where + " comments");
            }
        }
    }
}
