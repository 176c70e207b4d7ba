package io.sharkfin.cli;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ctrl-C while sharkfin reads a capture that is still being written into its standard input
 * ({@code tcpdump -U -w - | sharkfin -r - -w out.pcapng}): the read ends, the frames selected until
 * then are printed and written, and the file written is complete (it was cut in the middle of a
 * record when the JVM simply exited), with the shell's status for SIGINT.
 */
class InterruptedReadTest {
    private static final Path LAB = Path.of("src/test/resources/corpus/captures/lab-c2-a.pcap");

    @TempDir
    Path tmp;

    @Test
    void ctrlCEndsAPipedReadWithEveryOutputComplete() throws Exception {
        assumeTrue(signalsReachUs(), "SIGINT is ignored here (a background job): nothing to test");
        Path written = tmp.resolve("out.pcapng");
        Piped run = Piped.start("-r", "-", "-l", "-T", "fields", "-e", "frame.number", "-w", written.toString());
        // the file header and three records; the writer stays open, as tcpdump's would
        run.feed(3);
        assertEquals(List.of("1", "2", "3"), run.lines(3));
        String err = run.interrupt();
        assertTrue(err.contains("interrupted (Ctrl-C) after 3 frames; what was selected until then is printed and written"),
                err);
        List<Long> numbers = new ArrayList<>();
        try (CaptureReader r = CaptureFiles.open(written)) {
            Frame f = new Frame();
            while (r.next(f)) {
                numbers.add(f.number());
            }
        }
        assertEquals(List.of(1L, 2L, 3L), numbers);
    }

    @Test
    void ctrlCEndsAPackRunOverAPipeWithTheAlertsFoundUntilThen() throws Exception {
        assumeTrue(signalsReachUs(), "SIGINT is ignored here (a background job): nothing to test");
        Piped run = Piped.start("pack", "run", "filters/dns.yaml", "-r", "-", "--format", "ndjson");
        // frame 47 is the first DGA-like name; its alert goes out at once, the pipe still open
        run.feed(48);
        assertTrue(run.lines(1).get(0).contains("\"frame\":47"));
        String err = run.interrupt();
        assertTrue(err.contains("interrupted (Ctrl-C) after 48 frames"), err);
    }

    /** sharkfin in a process of its own, reading lab-c2-a.pcap as a pipe gives it. */
    private record Piped(Process process, OutputStream in, BufferedReader out) {

        static Piped start(String... args) throws java.io.IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).start();
            return new Piped(p, p.getOutputStream(),
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }

        /** Writes the capture's header and its first {@code records} records, keeping the pipe open. */
        void feed(int records) throws java.io.IOException {
            byte[] all = Files.readAllBytes(LAB);
            in.write(all, 0, TestFiles.pcapPrefix(all, records));
            in.flush();
        }

        /** The next {@code n} lines printed (at most a minute's wait). */
        List<String> lines(int n) throws Exception {
            CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
                List<String> seen = new ArrayList<>();
                try {
                    for (String line; seen.size() < n && (line = out.readLine()) != null; ) {
                        seen.add(line);
                    }
                } catch (java.io.IOException e) {
                    seen.add(e.toString());
                }
                return seen;
            });
            try {
                return lines.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
                throw e;
            }
        }

        /** Sends Ctrl-C's signal; returns what was printed on standard error, the exit status SIGINT's. */
        String interrupt() throws Exception {
            try {
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
                assertEquals(0, kill.waitFor());
                assertTrue(process.waitFor(30, TimeUnit.SECONDS), "Ctrl-C did not end the read");
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(130, process.exitValue(), err);
                return err;
            } finally {
                in.close();
                process.destroyForcibly();
            }
        }
    }

    /** Whether this process may be sent SIGINT (Linux: not in /proc/self/status's SigIgn, and kill exists). */
    private static boolean signalsReachUs() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    BigInteger ignored = new BigInteger(line.substring(7).strip(), 16);
                    // SIGINT is signal 2: bit 1
                    return !ignored.testBit(1) && new ProcessBuilder("kill", "-l").start().waitFor() == 0;
                }
            }
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
