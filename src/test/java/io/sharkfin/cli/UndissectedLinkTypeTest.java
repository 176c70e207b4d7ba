package io.sharkfin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frames of a link type sharkfin has no dissector for: they are read, numbered and written like
 * any other, and the run says once, on stderr, why they hold no protocol fields (tshark shows
 * 802.11 frames dissected; without the warning an empty result would look like a finding).
 */
class UndissectedLinkTypeTest {

    @TempDir
    Path dir;

    /** A microsecond pcap of {@code linkType} holding {@code frames} frames of 40 bytes. */
    private Path capture(int linkType, int frames) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24 + frames * 56).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(linkType);
        for (int i = 0; i < frames; i++) {
            b.putInt(1_700_000_000 + i).putInt(0).putInt(40).putInt(40);
            for (int j = 0; j < 40; j++) {
                b.put((byte) j);
            }
        }
        Path p = dir.resolve("lt" + linkType + ".pcap");
        Files.write(p, b.array());
        return p;
    }

    @Test
    void framesOfAnUndissectedLinkTypeAreReadAndTheRunSaysWhyTheyHoldNoProtocols() throws IOException {
        Path wlan = capture(105, 3);
        CliRun r = CliRun.of("-r", wlan.toString(), "-Y", "frame.len == 40 && !ip", "-T", "fields", "-e", "frame.number",
                "-e", "frame.protocols");
        assertEquals(0, r.code(), r.err());
        assertEquals("1\t\n2\t\n3\t\n", r.out());
        assertEquals("sharkfin: warning: sharkfin has no dissector for link type 105 (IEEE802_11):"
                + " its frames hold their frame fields only\n", r.err());
    }

    @Test
    void aLinkTypeWithADissectorSaysNothingAndEachUndissectedOneIsNamedOnce() throws IOException {
        CliRun eth = CliRun.of("-r", capture(1, 2).toString(), "-Y", "eth", "-T", "fields", "-e", "frame.number");
        assertEquals("1\n2\n", eth.out());
        assertEquals("", eth.err());
        CliRun user = CliRun.of("-r", capture(147, 4).toString(), "-Y", "udp");
        assertEquals(0, user.code());
        assertEquals("", user.out());
        assertEquals("sharkfin: warning: sharkfin has no dissector for link type 147 (USER0):"
                + " its frames hold their frame fields only\n", user.err());
    }
}
