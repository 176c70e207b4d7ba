package io.sharkfin.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Inputs that are not readable captures, and the message each gets. The expected messages are
 * tshark 4.0.17's for the same bytes.
 */
class OpenProblemsTest {
    @TempDir
    Path tmp;

    @Test
    void missingFileAndDirectory() {
        Path missing = tmp.resolve("nothing.pcap");
        assertEquals("The file \"" + missing + "\" doesn't exist.", openFailure(missing));
        assertEquals("\"" + tmp + "\" is a directory (folder), not a file.", openFailure(tmp));
    }

    @Test
    void emptyFileIsAnEmptyCapture() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.pcap"), new byte[0]);
        try (CaptureReader r = CaptureFiles.open(empty)) {
            assertEquals("empty", r.format());
            assertFalse(r.next(new Frame()));
        }
    }

    @Test
    void textIsNotACapture() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.pcap"), "hello world, this is not a capture\n");
        assertEquals("The file \"" + text + "\" isn't a capture file in a format TShark understands.",
                openFailure(text));
    }

    @Test
    void unsupportedPcapHeaders() throws Exception {
        assertEquals("contains record data that TShark doesn't support.\n(pcap: major version 1 unsupported)",
                problem("v1.pcap", pcapHeader(1, 0, 1)));
        assertEquals("contains record data that TShark doesn't support.\n"
                + "(pcap: network type reserved field not zero (0x00010000))", problem("resv.pcap", pcapHeader(2, 4, 0x00010001)));
    }

    @Test
    void damagedPcapngBlocks() throws Exception {
        assertEquals("contains record data that TShark doesn't support.\n(pcapng: unknown SHB version 2.0)",
                problem("ver.pcapng", shb(2, 0)));
        byte[] epb = le(6, 36, 3, 0, 0, 4, 4, 0x64636261, 36);
        assertEquals("appears to be damaged or corrupt.\n(pcapng: interface index 3 is not less than section"
                + " interface count 0)", problem("noif.pcapng", cat(shb(1, 0), epb)));
        byte[] idb = cat(le(1, 20), le16(1, 0), le(0, 24));
        assertEquals("appears to be damaged or corrupt.\n(pcapng: total block lengths (first 20 and second 24)"
                + " don't match)", problem("trail.pcapng", cat(shb(1, 0), idb)));
        byte[] spb = le(3, 20, 4, 0x64636261, 20);
        assertEquals("appears to be damaged or corrupt.\n(pcapng: SPB appeared before any IDBs in the section)",
                problem("spb.pcapng", cat(shb(1, 0), spb)));
    }

    @Test
    void streamsAreCalledStandardInput() throws Exception {
        byte[] cut = Arrays.copyOf(Files.readAllBytes(TestFiles.SYNTHETIC.resolve("le-nsec.pcap")), 120);
        try (CaptureReader r = CaptureFiles.open(new ByteArrayInputStream(cut), "-")) {
            Frame f = new Frame();
            CaptureException e = assertThrows(CaptureException.class, () -> {
                while (r.next(f)) {
                    // the first record is whole, the second is cut
                }
            });
            assertEquals("The standard input appears to have been cut short in the middle of a packet.", e.getMessage());
            assertEquals(1, e.framesRead());
        }
    }

    /** The message for a file with these bytes, after the file name. */
    private String problem(String name, byte[] bytes) throws Exception {
        Path file = Files.write(tmp.resolve(name), bytes);
        String message = TruncationTest.read(file).message();
        String prefix = "The file \"" + file + "\" ";
        assertEquals(prefix, message.substring(0, prefix.length()));
        return message.substring(prefix.length());
    }

    private static String openFailure(Path file) {
        return assertThrows(CaptureException.class, () -> CaptureFiles.open(file)).getMessage();
    }

    private static byte[] pcapHeader(int major, int minor, int network) {
        return cat(le(PcapReader.MAGIC_USEC), le16(major, minor), le(0, 0, 65535, network));
    }

    private static byte[] shb(int major, int minor) {
        return cat(le(PcapngReader.BLOCK_SHB, 28, 0x1A2B3C4D), le16(major, minor), le(-1, -1, 28));
    }

    private static byte[] le(int... words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        return b.array();
    }

    private static byte[] le16(int... halves) {
        ByteBuffer b = ByteBuffer.allocate(halves.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int h : halves) {
            b.putShort((short) h);
        }
        return b.array();
    }

    private static byte[] cat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
