package io.sharkfin.capture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The synthetic captures (made by synthetic/make-synthetic.py) exercise one format corner each:
 * byte orders, nanosecond magic, FCS bits in the link type, old swapped lengths, several pcapng
 * sections and interfaces, if_tsresol decimal and binary, if_tsoffset, SPB, obsolete PB,
 * comments, skipped blocks, records without packets, gzip with one or two members. Each frame
 * must equal what tshark 4.0.17 printed for it (synthetic/truth/*.tsv).
 */
class SyntheticCaptureTest {

    @TestFactory
    Stream<DynamicTest> everySyntheticCaptureMatchesTshark() {
        List<Path> files = TestFiles.list(TestFiles.SYNTHETIC, "glob:*.{pcap,pcapng,gz}");
        assertTrue(files.size() >= 16, "synthetic captures");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    /**
     * Compares with tshark. Rows without an interface id in a pcapng file are tshark's
     * non-packet records (custom blocks, journal entries): skipped by the reader, but their
     * numbers are used up.
     */
    private static void check(Path file) throws Exception {
        List<String[]> rows = TestFiles.tsv(TestFiles.SYNTHETIC.resolve("truth").resolve(file.getFileName() + ".tsv"),
                false);
        boolean pcapng = file.getFileName().toString().contains(".pcapng");
        List<String[]> packets = rows.stream().filter(r -> !pcapng || !r[4].isEmpty()).toList();
        List<Frame> frames = TestFiles.readAll(file);
        assertEquals(packets.size(), frames.size(), "frames");
        for (int i = 0; i < packets.size(); i++) {
            String[] row = packets.get(i);
            Frame f = frames.get(i);
            String where = file.getFileName() + " frame " + row[0];
            assertEquals(Long.parseLong(row[0]), f.number(), where + ": number");
            assertEquals(!row[1].isEmpty(), f.hasTimestamp(), where + ": has a time stamp");
            if (f.hasTimestamp()) {
                assertEquals(row[1], TestFiles.epoch(f), where + ": frame.time_epoch");
            }
            assertEquals(Long.parseLong(row[2]), Integer.toUnsignedLong(f.originalLength()), where + ": frame.len");
            assertEquals(Integer.parseInt(row[3]), f.capturedLength(), where + ": frame.cap_len");
            if (pcapng) {
                assertEquals(Integer.parseInt(row[4]), f.interfaceId(), where + ": frame.interface_id");
                // tshark shows "unknown" for an interface without name, description or hardware:
                // the frame has no name then, and its dissection shows "unknown"
                assertEquals(row[5].isEmpty() || row[5].equals("unknown") ? null : row[5], f.interfaceName(),
                        where + ": frame.interface_name");
            } else {
                assertNull(f.interfaceName(), where + ": no interface name in pcap");
            }
            List<String> comments = row[6].isEmpty() ? List.of() : Arrays.asList(row[6].split("\\|"));
            assertEquals(comments, f.comments(), where + ": frame.comment");
        }
    }

    /**
     * frame.interface_name is what tshark shows: the interface's name, else its description,
     * else its hardware, else "unknown".
     */
    @Test
    void interfaceNamesAsTsharkShowsThem() throws Exception {
        Path file = TestFiles.SYNTHETIC.resolve("if-names.pcapng");
        List<String> expected = TestFiles.tsv(TestFiles.SYNTHETIC.resolve("truth/if-names.pcapng.tsv"), false)
                .stream().map(r -> r[0] + "\t" + r[4] + "\t" + r[5]).toList();
        io.sharkfin.cli.CliRun r = io.sharkfin.cli.CliRun.of("-r", file.toString(), "-T", "fields",
                "-e", "frame.number", "-e", "frame.interface_id", "-e", "frame.interface_name");
        assertEquals(0, r.code(), r.err());
        assertEquals(expected, r.out().lines().toList());
        assertEquals(List.of("eth0", "uplink port", "Intel 82574L", "unknown", "desc first"),
                expected.stream().map(l -> l.substring(l.lastIndexOf('\t') + 1)).toList());
    }

    @Test
    void linkTypesPerInterfaceAndFcsBitsMasked() throws Exception {
        assertEquals(List.of(1, 101, 113, 276, 1), linkTypes("multi-if.pcapng"));
        assertEquals(List.of(1, 1, 101, 113, 113), linkTypes("multi-section.pcapng"));
        assertEquals(List.of(1, 1, 1), linkTypes("fcs-bits.pcap"));
        assertEquals(List.of(228, 228, 228), linkTypes("raw-ip-linktype228.pcap"));
        try (CaptureReader r = CaptureFiles.open(TestFiles.SYNTHETIC.resolve("multi-if.pcapng.gz"))) {
            assertEquals("pcapng", r.format());
            assertEquals(1, r.linkType());
        }
    }

    @Test
    void pcapngFramesKnowTheirSection() throws Exception {
        // tshark -r multi-section.pcapng -T fields -e frame.section_number: 1 1 2 3 3
        assertEquals(List.of(1, 1, 2, 3, 3), TestFiles.readAll(TestFiles.SYNTHETIC.resolve("multi-section.pcapng"))
                .stream().map(Frame::sectionNumber).toList());
        // pcap has no sections: tshark adds no frame.section_number
        assertEquals(List.of(0, 0, 0), TestFiles.readAll(TestFiles.SYNTHETIC.resolve("fcs-bits.pcap"))
                .stream().map(Frame::sectionNumber).toList());
    }

    @Test
    void framesKnowTheirClocksPrecisionAsTsharksTimeColumnShowsIt() throws Exception {
        // tshark -r FILE: the Time column's decimals, e.g. multi-if.pcapng
        // 0.000000 0.499999000 0.500001 -99999876.544 2.999998 (interfaces in µs, ns and ms)
        assertEquals(List.of(6, 9, 6, 3, 6), precisions("multi-if.pcapng"));
        assertEquals(List.of(9, 9), precisions("tsresol-binary-offset.pcapng"));
        // 0.000000 0.000001 1.123455789: the second section's interface counts nanoseconds
        assertEquals(List.of(6, 6, 9), precisions("multi-section.pcapng").subList(0, 3));
        assertEquals(List.of(9, 9), precisions("le-nsec.pcap").subList(0, 2));
        assertEquals(List.of(6, 6, 6), precisions("fcs-bits.pcap"));
    }

    private static List<Integer> precisions(String file) throws Exception {
        return TestFiles.readAll(TestFiles.SYNTHETIC.resolve(file)).stream().map(Frame::timePrecision).toList();
    }

    @Test
    void framesAreViewsOfTheCaptureBytes() throws Exception {
        // make-synthetic.py fills frame n of a file with (seed * 31 + i * 7) & 0xff, seed = n
        for (Frame f : TestFiles.readAll(TestFiles.SYNTHETIC.resolve("be-usec.pcap"))) {
            for (int i = 0; i < f.capturedLength(); i++) {
                assertEquals((f.number() * 31 + i * 7) & 0xff, f.byteAt(i), "byte " + i + " of " + f);
            }
        }
    }

    @Test
    void iterableViewGivesIndependentFrames() throws Exception {
        try (CaptureReader r = CaptureFiles.open(TestFiles.SYNTHETIC.resolve("le-nsec.pcap"))) {
            List<Frame> frames = new java.util.ArrayList<>();
            r.forEach(frames::add);
            assertEquals(List.of(1L, 2L, 3L), frames.stream().map(Frame::number).toList());
            assertFalse(frames.get(0) == frames.get(1));
        }
    }

    /** A named pipe (not a regular file) is read to its end first; gzip works through it too. */
    @Test
    void namedPipeIsRead(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("capture.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo works here");
        byte[] gz = java.nio.file.Files.readAllBytes(TestFiles.SYNTHETIC.resolve("multi-if.pcapng.gz"));
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                java.nio.file.Files.write(fifo, gz);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<Frame> frames = TestFiles.readAll(fifo);
        writer.join();
        assertEquals(TestFiles.readAll(TestFiles.SYNTHETIC.resolve("multi-if.pcapng")).size(), frames.size());
        assertEquals("first packet", frames.get(0).comment());
    }

    private static List<Integer> linkTypes(String name) throws Exception {
        return TestFiles.readAll(TestFiles.SYNTHETIC.resolve(name)).stream().map(Frame::linkType).toList();
    }
}
