package io.sharkfin.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Captures that arrive through a pipe ({@code tcpdump -U -w - | sharkfin -r -}, a named pipe,
 * {@code <(zcat x.pcap.gz)}) are read as they come: a frame is handed out while its writer is
 * still writing the next ones, not when the pipe closes. Devices are refused as tshark refuses
 * them (reading {@code /dev/zero} would never end).
 */
class PipedCaptureTest {

    private static final Path CAPTURE = TestFiles.CORPUS.resolve("lab-c2-a.pcap");

    @TempDir
    Path tmp;

    @Test
    void aFrameIsHandedOutBeforeItsWriterWritesTheNext() throws Exception {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        Writer writer = new Writer(out);
        writer.start();
        assertReadAsItComes(CaptureFiles.stream(in, "-"), writer);
    }

    @Test
    void aNamedPipeIsReadAsItComes() throws Exception {
        Path fifo = tmp.resolve("capture.fifo");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Writer writer = new Writer(null) {
            @Override
            OutputStream open() throws IOException {
                return Files.newOutputStream(fifo);
            }
        };
        writer.start();
        assertReadAsItComes(CaptureFiles.stream(fifo), writer);
    }

    /**
     * Reads every frame, letting the writer go on after the first: the reader must have had that
     * frame while the writer waited, and then all of the capture.
     */
    private static void assertReadAsItComes(CaptureReader reader, Writer writer) throws Exception {
        List<Frame> frames = new ArrayList<>();
        try (CaptureReader r = reader) {
            Frame f = new Frame();
            while (r.next(f)) {
                frames.add(f.copy());
                writer.firstRead.countDown();
            }
        }
        writer.join();
        assertEquals(null, writer.failure);
        assertEquals(true, writer.waitedForTheReader, "the first frame came only when the pipe closed");
        List<Frame> expected = TestFiles.readAll(CAPTURE);
        assertEquals(expected.size(), frames.size());
        TruncationTest.checkPrefix(expected, frames, "read from the pipe");
    }

    @Test
    void devicesAreRefusedAsTsharkRefusesThem() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        String expected = "The file \"/dev/null\" is a \"special file\" or socket or other non-regular file.";
        assertEquals(expected, assertThrows(CaptureException.class, () -> CaptureFiles.open(device)).getMessage());
        assertEquals(expected, assertThrows(CaptureException.class, () -> CaptureFiles.stream(device)).getMessage());
    }

    /**
     * Writes the capture's header and first record, waits (at most a few seconds) for the reader
     * to have read that frame, then writes the rest and closes the pipe.
     */
    private static class Writer extends Thread {
        final CountDownLatch firstRead = new CountDownLatch(1);
        private final OutputStream pipe;
        volatile boolean waitedForTheReader;
        volatile Throwable failure;

        Writer(OutputStream pipe) {
            this.pipe = pipe;
            setDaemon(true);
        }

        OutputStream open() throws IOException {
            return pipe;
        }

        @Override
        public void run() {
            try (OutputStream out = open()) {
                byte[] all = Files.readAllBytes(CAPTURE);
                int first = TestFiles.pcapPrefix(all, 1);
                out.write(all, 0, first);
                out.flush();
                waitedForTheReader = firstRead.await(10, TimeUnit.SECONDS);
                out.write(all, first, all.length - first);
            } catch (IOException | InterruptedException | RuntimeException e) {
                failure = e;
            }
        }
    }

    private static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            try (InputStream ignored = p.getInputStream()) {
                ignored.readAllBytes();
            }
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
