package io.sharkfin.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -r -} reads the capture from standard input, as tshark's does, for every command that
 * reads one: what each prints is what it prints for the file itself. A cut-short stream fails
 * as tshark words it ("The standard input appears to have been cut short ...").
 */
class StandardInputTest {
    private static final Path LAB = Path.of("src/test/resources/corpus/captures/lab-c2-a.pcap");
    private static final Path DNS = Path.of("src/test/resources/corpus/captures/cs-dns_lab.pcapng");

    @Test
    void readingStandardInputPrintsWhatReadingTheFilePrints() throws Exception {
        for (Path capture : new Path[]{LAB, DNS}) {
            String[] filtered = {"-Y", "dns", "-T", "fields", "-e", "frame.number", "-e", "dns.qry.name"};
            assertSame(capture, filtered);
            assertSame(capture, "-c", "40");
        }
    }

    @Test
    void iocsAndPacksReadStandardInputToo() throws Exception {
        CliRun fromFile = CliRun.of("iocs", "-r", LAB.toString(), "--format", "json");
        CliRun piped = piped(Files.readAllBytes(LAB), "iocs", "-r", "-", "--format", "json");
        assertEquals(0, fromFile.code(), fromFile.err());
        // the report names its input: the file's path, or "-"
        assertEquals(fromFile.out().replace(LAB.toString(), "-"), piped.out());
        CliRun pack = piped(Files.readAllBytes(LAB), "pack", "run", "filters/dns.yaml", "-r", "-");
        assertTrue(pack.out().startsWith("-: 939 frames"), pack.out());
    }

    @Test
    void aCutShortStreamEndsWithTsharksWords() throws Exception {
        byte[] all = Files.readAllBytes(LAB);
        byte[] cut = java.util.Arrays.copyOf(all, 30_000);
        CliRun r = piped(cut, "-T", "fields", "-e", "frame.number", "-r", "-");
        assertEquals(2, r.code());
        assertEquals("125", r.out().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("sharkfin: The standard input appears to have been cut short in the middle of a packet.",
                r.err().strip());
    }

    private static void assertSame(Path capture, String... args) throws Exception {
        String[] fileArgs = new String[args.length + 2];
        String[] stdinArgs = new String[args.length + 2];
        fileArgs[0] = stdinArgs[0] = "-r";
        fileArgs[1] = capture.toString();
        stdinArgs[1] = "-";
        System.arraycopy(args, 0, fileArgs, 2, args.length);
        System.arraycopy(args, 0, stdinArgs, 2, args.length);
        CliRun fromFile = CliRun.of(fileArgs);
        CliRun piped = piped(Files.readAllBytes(capture), stdinArgs);
        assertEquals(0, fromFile.code(), fromFile.err());
        assertTrue(fromFile.out().lines().count() > 5, fromFile.out());
        assertEquals(fromFile.out(), piped.out());
        assertEquals(fromFile.code(), piped.code(), piped.err());
    }

    /** Runs the command line with {@code stdin} as standard input. */
    private static CliRun piped(byte[] stdin, String... args) {
        InputStream saved = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin));
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }
}
