package io.sharkfin.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Damaged gzip files: the frames decompressed before the damage are returned, then the problem,
 * worded as tshark 4.0.17 words it for the same damage (expected values from tshark runs on
 * these exact mutations of synthetic/be-usec.pcap.gz).
 */
class DamagedGzipTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what                | offset | xor  | frames | message after the file name
            "CRC flipped           | -8     | 255  | 3      | ' cannot be decompressed; it may be damaged or corrupt.\n(bad CRC)'",
            "length flipped        | -1     | 1    | 3      | ' cannot be decompressed; it may be damaged or corrupt.\n(length field wrong)'",
            "deflate data damaged  | 200    | 85   | 3      | ' cannot be decompressed; it may be damaged or corrupt.\n(bad CRC)'",
            "invalid block type    | 10     | 0xf5 | 0      | ' cannot be decompressed; it may be damaged or corrupt.(invalid block type)'",
            "reserved flag bits    | 3      | 0xe0 | 0      | ' cannot be decompressed; it may be damaged or corrupt.(reserved flag bits set)'",
            "compression method    | 2      | 0x0f | 0      | ' cannot be decompressed; it may be damaged or corrupt.(unknown compression method)'",
    })
    void damageIsReportedAfterTheGoodFrames(String what, int offset, int xor, int frames, String message)
            throws Exception {
        byte[] gz = Files.readAllBytes(TestFiles.SYNTHETIC.resolve("be-usec.pcap.gz"));
        int at = offset < 0 ? gz.length + offset : offset;
        gz[at] ^= (byte) xor;
        Path file = tmp.resolve("damaged.pcap.gz");
        Files.write(file, gz);
        var out = TruncationTest.read(file);
        assertEquals(frames, out.frames().size(), what + ": frames");
        assertEquals("The file \"" + file + "\"" + message, out.message(), what);
        // decompressed as it is read, from the file or from a stream: the same frames, the same words
        var streamed = TruncationTest.read(() -> CaptureFiles.stream(file));
        assertEquals(out.frames().size(), streamed.frames().size(), what + ": streamed");
        assertEquals(out.message(), streamed.message(), what + ": streamed");
        var piped = TruncationTest.read(() -> CaptureFiles.stream(Files.newInputStream(file), "-"));
        assertEquals(out.frames().size(), piped.frames().size(), what + ": piped");
        assertEquals(out.message().replace("file \"" + file + "\"", "standard input"), piped.message(), what);
    }

    /**
     * Bytes after the last gzip member are passed through uncompressed, like wiretap does; here
     * eight bytes, too few for a record header. (tshark 4.0.17 reports a corrupt record instead:
     * its pass-through copies its input buffer from the start, re-reading the gzip header, so it
     * is not compared.)
     */
    @Test
    void dataAfterTheLastMemberIsReadAsIs() throws Exception {
        byte[] gz = Files.readAllBytes(TestFiles.SYNTHETIC.resolve("be-usec.pcap.gz"));
        Path file = tmp.resolve("trailing.pcap.gz");
        Files.write(file, concat(gz, "garbage!".getBytes()));
        var out = TruncationTest.read(file);
        assertEquals(3, out.frames().size());
        assertEquals("The file \"" + file + "\" appears to have been cut short in the middle of a packet.",
                out.message());
    }

    @Test
    void zstandardIsNotSupported() throws Exception {
        Path file = tmp.resolve("x.pcap.zst");
        Files.write(file, new byte[]{0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0, 0, 0, 0});
        assertEquals("The file \"" + file + "\" cannot be decompressed; it is compressed in a way that we don't"
                + " support.(reading zstd-compressed files isn't supported)", TruncationTest.read(file).message());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
