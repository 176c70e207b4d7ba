package io.sharkfin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code -w FILE -F pcap} and {@code -F nsecpcap} write the bytes tshark 4.0.17 writes
 * ({@code src/test/resources/cli/README.md} has the commands): microsecond time stamps cut from a
 * nanosecond capture's, or nanosecond ones, under the source's snapshot length (a pcapng
 * source has none: the link type's largest).
 */
class PcapWriteFormatsTest {
    private static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");
    private static final Path TSHARK = Path.of("src/test/resources/cli");

    private static byte[] written(Path dir, String capture, String filter, String format) throws Exception {
        Path out = dir.resolve(capture + "." + format);
        CliRun r = CliRun.of("-r", CAPTURES.resolve(capture).toString(), "-Y", filter, "-w", out.toString(),
                "-F", format);
        assertEquals(0, r.code(), r.err());
        return Files.readAllBytes(out);
    }

    @Test
    void pcapFromNanosecondsIsInMicroseconds(@TempDir Path dir) throws Exception {
        // interface 0 of the example is in nanoseconds
        byte[] got = written(dir, "ppp-pcapng-example.pcapng", "frame.interface_id == 0 && tcp", "pcap");
        assertArrayEquals(Files.readAllBytes(TSHARK.resolve("pcapng-example-tcp.pcap")), got);
    }

    @Test
    void nsecpcapKeepsNanoseconds(@TempDir Path dir) throws Exception {
        byte[] got = written(dir, "ppp-pcapng-example.pcapng", "frame.interface_id == 0 && tcp", "nsecpcap");
        assertArrayEquals(Files.readAllBytes(TSHARK.resolve("pcapng-example-tcp.nsec.pcap")), got);
    }

    @Test
    void pcapKeepsThePcapSourcesSnapshotLength(@TempDir Path dir) throws Exception {
        byte[] got = written(dir, "ppp-sll.pcap", "dns", "pcap"); // 65535 in its header
        assertArrayEquals(Files.readAllBytes(TSHARK.resolve("ppp-sll-dns.pcap")), got);
    }

    @Test
    void anotherFormatIsRefused(@TempDir Path dir) {
        CliRun r = CliRun.of("-r", CAPTURES.resolve("ppp-sll.pcap").toString(), "-w", dir.resolve("x").toString(),
                "-F", "erf");
        assertEquals(2, r.code());
        assertEquals("sharkfin: -F supports pcapng, pcap (microsecond time stamps) and nsecpcap (nanosecond),"
                + " not erf\n", r.err());
    }
}
