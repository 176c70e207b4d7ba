package io.sharkfin.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CaptureFiles#stream} reads through buffers of {@link StreamedData#CHUNK} bytes, moving
 * records cut by a buffer boundary and gathering those larger than the room kept for them; the
 * read-ahead thread serves files of several buffers. Reading a capture that way must give exactly
 * the frames the memory-mapped reader ({@link CaptureFiles#open}) gives, for pcap and pcapng,
 * whole or cut short.
 */
class StreamedReadingTest {

    @TempDir
    Path tmp;

    /** Frames of pseudo-random sizes: mostly small, some larger than a chunk's carry room. */
    private static List<Frame> frames() {
        Random r = new Random(20261128);
        List<Frame> out = new ArrayList<>();
        long bytes = 0;
        for (int i = 1; bytes < 14L * StreamedData.CHUNK; i++) {
            int len = switch (r.nextInt(20)) {
                case 0 -> LinkType.MAX_CAPTURED_STANDARD - r.nextInt(1000);
                case 1, 2 -> 2000 + r.nextInt(70_000);
                case 3 -> r.nextInt(20);
                default -> 60 + r.nextInt(1440);
            };
            byte[] data = new byte[len];
            for (int k = 0; k < len; k++) {
                data[k] = (byte) (i * 31 + k);
            }
            out.add(Frame.of(i, 1_700_000_000_000_000_000L + i * 1_000L, LinkType.ETHERNET, data));
            bytes += len;
        }
        return out;
    }

    private Path write(String name, boolean pcapng, List<Frame> frames) throws Exception {
        Path file = tmp.resolve(name);
        if (pcapng) {
            try (PcapngWriter w = PcapngWriter.create(file)) {
                for (Frame f : frames) {
                    w.write(f);
                }
            }
        } else {
            try (PcapWriter w = PcapWriter.create(file)) {
                for (Frame f : frames) {
                    w.write(f);
                }
            }
        }
        return file;
    }

    @Test
    void pcapReadInSequenceEqualsMapped() throws Exception {
        List<Frame> frames = frames();
        Path file = write("a.pcap", false, frames);
        assertTrue(Files.size(file) > 4L * StreamedData.CHUNK, "big enough to be read ahead");
        assertSameFrames(file, frames.size());
    }

    @Test
    void pcapngReadInSequenceEqualsMapped() throws Exception {
        List<Frame> frames = frames();
        assertSameFrames(write("a.pcapng", true, frames), frames.size());
    }

    @Test
    void smallFileReadOnTheCallersThreadEqualsMapped() throws Exception {
        List<Frame> frames = frames().subList(0, 40);
        assertSameFrames(write("small.pcap", false, frames), 40);
        assertSameFrames(write("small.pcapng", true, frames), 40);
    }

    @Test
    void recordsLargerThanAChunkAreGatheredWhole() throws Exception {
        // USB captures allow records of up to 128 MiB: larger than a chunk and its carry room
        List<Frame> frames = new ArrayList<>();
        int[] sizes = {100, 3 * StreamedData.CHUNK + 17, 64, StreamedData.CHUNK, 5, StreamedData.CARRY + 1, 700};
        for (int i = 0; i < sizes.length; i++) {
            byte[] data = new byte[sizes[i]];
            for (int k = 0; k < data.length; k++) {
                data[k] = (byte) (k * 7 + i);
            }
            frames.add(Frame.of(i + 1, 1_000_000_000L * (i + 1), 220, data));
        }
        assertSameFrames(write("usb.pcap", false, frames), sizes.length);
        assertSameFrames(write("usb.pcapng", true, frames), sizes.length);
    }

    @Test
    void cutShortFilesFailAtTheSameFrameWithTheSameMessage() throws Exception {
        List<Frame> frames = frames();
        for (boolean pcapng : new boolean[]{false, true}) {
            Path file = write(pcapng ? "cut.pcapng" : "cut.pcap", pcapng, frames);
            long size = Files.size(file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                // in the middle of a record, well past the first chunks
                ch.truncate(size - size / 3 - 7);
            }
            Outcome streamed = readAll(CaptureFiles.stream(file));
            Outcome mapped = readAll(CaptureFiles.open(file));
            assertEquals(mapped.frames.size(), streamed.frames.size());
            assertTrue(mapped.error != null && mapped.error.contains("cut short"), mapped.error);
            assertEquals(mapped.error, streamed.error);
        }
    }

    @Test
    void closingWhileReadingEndsTheReadWithAnError() throws Exception {
        Path file = write("close.pcap", false, frames());
        CaptureReader r = CaptureFiles.stream(file);
        Frame f = new Frame();
        for (int i = 0; i < 10; i++) {
            assertTrue(r.next(f));
        }
        r.close();
        CaptureException e = assertThrows(CaptureException.class, () -> {
            while (r.next(f)) {
                // the frames already read ahead may still come; then the read fails
            }
        });
        assertTrue(e.getMessage().contains("closed while being read"), e.getMessage());
    }

    @Test
    void aStreamThatFailsOtherwiseThanByAnIOExceptionEndsTheReadWithAnError() throws Exception {
        // the read-ahead thread dies with such a failure; the reader, waiting for its next chunk,
        // must get the failure rather than wait for ever
        List<Frame> frames = frames();
        Path file = write("fails.pcap", false, frames);
        long failAt = 3L * StreamedData.CHUNK + 5;
        java.io.InputStream failing = new java.io.FilterInputStream(Files.newInputStream(file)) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= failAt) {
                    throw new IllegalStateException("decoder bug");
                }
                int n = super.read(b, off, (int) Math.min(len, failAt - read));
                read += Math.max(n, 0);
                return n;
            }
        };
        Outcome outcome = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> readAll(CaptureFiles.stream(failing, "-")));
        assertEquals("The standard input could not be read: reading failed: java.lang.IllegalStateException: decoder bug.",
                outcome.error);
        assertTrue(outcome.frames.size() > 10 && outcome.frames.size() < frames.size(), "frames " + outcome.frames.size());
        for (int i = 0; i < outcome.frames.size(); i++) {
            assertArrayEquals(bytes(frames.get(i)), bytes(outcome.frames.get(i)), "frame " + (i + 1));
        }
    }

    @Test
    void aStreamReadInPiecesEqualsTheMappedFile() throws Exception {
        // a pipe hands over whatever its writer wrote: reads of any length, records cut anywhere
        List<Frame> frames = frames();
        for (boolean pcapng : new boolean[]{false, true}) {
            Path file = write(pcapng ? "piped.pcapng" : "piped.pcap", pcapng, frames);
            Outcome piped = readAll(CaptureFiles.stream(new Trickle(Files.newInputStream(file), 3), file.toString()));
            assertSame(readAll(CaptureFiles.open(file)), piped, frames.size());
        }
    }

    @Test
    void aStreamOfLargeRecordsEqualsTheMappedFile() throws Exception {
        List<Frame> frames = new ArrayList<>();
        int[] sizes = {100, 3 * StreamedData.CHUNK + 17, 64, StreamedData.CHUNK, 5, StreamedData.CARRY + 1, 700};
        for (int i = 0; i < sizes.length; i++) {
            frames.add(Frame.of(i + 1, 1_000_000_000L * (i + 1), 220, new byte[sizes[i]]));
        }
        Path file = write("usb-piped.pcapng", true, frames);
        Outcome piped = readAll(CaptureFiles.stream(new Trickle(Files.newInputStream(file), 4), file.toString()));
        assertSame(readAll(CaptureFiles.open(file)), piped, sizes.length);
    }

    @Test
    void aStreamCutShortFailsAtTheSameFrameWithTheSameMessage() throws Exception {
        List<Frame> frames = frames().subList(0, 300);
        for (boolean pcapng : new boolean[]{false, true}) {
            Path file = write(pcapng ? "cut-piped.pcapng" : "cut-piped.pcap", pcapng, frames);
            long size = Files.size(file);
            for (long cut : new long[]{size / 2 + 3, 30, 10, 3, size - 1}) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(cut);
                }
                Outcome mapped = opened(() -> CaptureFiles.open(file));
                Outcome piped = opened(() -> CaptureFiles.stream(new Trickle(Files.newInputStream(file), cut),
                        file.toString()));
                assertEquals(mapped.frames.size(), piped.frames.size(), "cut at " + cut);
                assertTrue(mapped.error != null, "cut at " + cut);
                assertEquals(mapped.error, piped.error, "cut at " + cut);
            }
        }
    }

    @Test
    void aStreamOfNothingIsAnEmptyCaptureAndGzipIsExpanded() throws Exception {
        Outcome none = readAll(CaptureFiles.stream(java.io.InputStream.nullInputStream(), "-"));
        assertEquals(List.of(), none.frames);
        assertEquals(null, none.error);
        List<Frame> frames = frames().subList(0, 50);
        Path file = write("zipped.pcap", false, frames);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            Files.copy(file, out);
        }
        Outcome unzipped = readAll(CaptureFiles.stream(new java.io.ByteArrayInputStream(gz.toByteArray()), "-"));
        assertSame(readAll(CaptureFiles.open(file)), unzipped, 50);
        // a gzip file read in sequence tells its progress in compressed bytes, up to the file's size
        Path zipped = tmp.resolve("zipped.pcap.gz");
        Files.write(zipped, gz.toByteArray());
        try (CaptureReader r = CaptureFiles.stream(zipped)) {
            Frame f = new Frame();
            while (r.next(f)) {
                assertTrue(r.position() > 0 && r.position() <= gz.size(), "position " + r.position());
            }
            assertEquals(gz.size(), r.position());
        }
        CaptureException e = assertThrows(CaptureException.class, () -> CaptureFiles.stream(
                new java.io.ByteArrayInputStream(new byte[]{1, 2, 3, 4, 5, 6, 7, 8}), "-"));
        assertEquals("The standard input isn't a capture file in a format TShark understands.", e.getMessage());
    }

    private record Outcome(List<Frame> frames, String error) {
    }

    private interface Opening {
        CaptureReader open() throws IOException, CaptureException;
    }

    /** What reading gives, a failure to open included (before the first frame). */
    private static Outcome opened(Opening opening) throws IOException {
        CaptureReader reader;
        try {
            reader = opening.open();
        } catch (CaptureException e) {
            return new Outcome(List.of(), e.getMessage());
        }
        return readAll(reader);
    }

    private static Outcome readAll(CaptureReader reader) throws IOException {
        List<Frame> out = new ArrayList<>();
        String error = null;
        try (CaptureReader r = reader) {
            Frame f = new Frame();
            while (r.next(f)) {
                out.add(f.copy());
            }
        } catch (CaptureException e) {
            error = e.getMessage();
        }
        return new Outcome(out, error);
    }

    private static void assertSameFrames(Path file, int expected) throws Exception {
        assertSame(readAll(CaptureFiles.open(file)), readAll(CaptureFiles.stream(file)), expected);
    }

    private static void assertSame(Outcome mapped, Outcome streamed, int expected) {
        assertEquals(null, streamed.error);
        assertEquals(null, mapped.error);
        assertEquals(expected, streamed.frames.size());
        assertEquals(expected, mapped.frames.size());
        for (int i = 0; i < expected; i++) {
            Frame s = streamed.frames.get(i);
            Frame m = mapped.frames.get(i);
            assertEquals(m.number(), s.number());
            assertEquals(m.timestampNanos(), s.timestampNanos());
            assertEquals(m.capturedLength(), s.capturedLength());
            assertEquals(m.originalLength(), s.originalLength());
            assertEquals(m.timePrecision(), s.timePrecision());
            assertArrayEquals(bytes(m), bytes(s), "frame " + m.number());
        }
    }

    private static byte[] bytes(Frame f) {
        return f.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }
}
