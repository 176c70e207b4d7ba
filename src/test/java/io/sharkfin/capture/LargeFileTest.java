package io.sharkfin.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A capture larger than 2 GiB: a sparse pcap of 256 KiB frames whose data are holes, so the file
 * costs no disk space. Every frame is found, and frames past the 2 GiB mark are readable views.
 */
class LargeFileTest {
    private static final int FRAME = LinkType.MAX_CAPTURED_STANDARD;
    private static final int FRAMES = 10_000; // 10,000 x 256 KiB = 2.44 GiB

    @TempDir
    Path tmp;

    @Test
    void readsPastTwoGibibytes() throws Exception {
        Path file = tmp.resolve("large.pcap");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(PcapReader.MAGIC_USEC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                    .putInt(FRAME).putInt(LinkType.ETHERNET).flip();
            ch.write(header);
            long pos = 24;
            for (int i = 0; i < FRAMES; i++) {
                ByteBuffer rec = ByteBuffer.allocate(17).order(ByteOrder.LITTLE_ENDIAN);
                rec.putInt(1_700_000_000 + i).putInt(0).putInt(FRAME).putInt(FRAME).put((byte) i).flip();
                ch.write(rec, pos);
                pos += 16 + FRAME;
            }
            // make the last frame's data end the file
            ch.write(ByteBuffer.wrap(new byte[]{(byte) 0xee}), pos - 1);
        }
        // read in sequence through buffers, and mapped, where the last frame lies past 2 GiB
        assertEquals(FRAMES, readAll(CaptureFiles.stream(file), false));
        assertEquals(FRAMES, readAll(CaptureFiles.open(file), true));
    }

    private static long readAll(CaptureReader reader, boolean mapped) throws Exception {
        long count = 0;
        try (CaptureReader r = reader) {
            Frame f = new Frame();
            while (r.next(f)) {
                count++;
                assertEquals((byte) (count - 1), (byte) f.byteAt(0));
                assertEquals(1_700_000_000L + count - 1, f.epochSeconds());
                if (count == FRAMES) {
                    if (mapped) {
                        assertTrue(f.offset() > Integer.MAX_VALUE, "last frame lies past 2 GiB: " + f.offset());
                    }
                    assertEquals(0xee, f.byteAt(FRAME - 1));
                }
            }
        }
        return count;
    }
}
