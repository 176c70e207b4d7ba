package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.capture.Frame;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small pcap/pcapng reader for tests (the project's readers live elsewhere): every frame with
 * its number, timestamp, lengths and link type.
 */
final class TestCaptures {
    static final Path CAPTURES = Path.of("src/test/resources/corpus/captures");
    static final Path DNS = Path.of("src/test/resources/dns");

    private TestCaptures() {
    }

    static List<Frame> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        int magic = b.order(ByteOrder.BIG_ENDIAN).getInt(0);
        return magic == 0x0A0D0D0A ? pcapng(b) : pcap(b);
    }

    private static List<Frame> pcap(ByteBuffer b) {
        int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        boolean le = magic == 0xa1b2c3d4 || magic == 0xa1b23c4d;
        b.order(le ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int m = b.getInt(0);
        long fraction = m == 0xa1b23c4d ? 1 : 1000;
        int linkType = b.getInt(20) & 0x0fffffff;
        List<Frame> frames = new ArrayList<>();
        int pos = 24;
        while (pos + 16 <= b.limit()) {
            long sec = b.getInt(pos) & 0xffffffffL;
            long sub = b.getInt(pos + 4) & 0xffffffffL;
            int caplen = b.getInt(pos + 8);
            int origlen = b.getInt(pos + 12);
            byte[] data = new byte[caplen];
            b.get(pos + 16, data);
            frames.add(frame(frames.size() + 1, sec * 1_000_000_000L + sub * fraction, caplen, origlen,
                    linkType, data));
            pos += 16 + caplen;
        }
        return frames;
    }

    private static List<Frame> pcapng(ByteBuffer b) {
        List<Frame> frames = new ArrayList<>();
        List<int[]> interfaces = new ArrayList<>(); // {linkType, tsresol}
        int pos = 0;
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        while (pos + 12 <= b.limit()) {
            if (b.order(ByteOrder.BIG_ENDIAN).getInt(pos) == 0x0A0D0D0A) {
                int bom = b.order(ByteOrder.LITTLE_ENDIAN).getInt(pos + 8);
                order = bom == 0x1A2B3C4D ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
                interfaces.clear();
            }
            b.order(order);
            int type = b.getInt(pos);
            int length = b.getInt(pos + 4);
            if (type == 1) {
                int linkType = b.getShort(pos + 8) & 0xffff;
                int resol = 6;
                int opt = pos + 16;
                while (opt + 4 <= pos + length - 4) {
                    int code = b.getShort(opt) & 0xffff;
                    int len = b.getShort(opt + 2) & 0xffff;
                    if (code == 0) {
                        break;
                    }
                    if (code == 9 && len >= 1) {
                        resol = b.get(opt + 4);
                    }
                    opt += 4 + ((len + 3) & ~3);
                }
                interfaces.add(new int[] {linkType, resol});
            } else if (type == 6) {
                int ifId = b.getInt(pos + 8);
                long ts = ((b.getInt(pos + 12) & 0xffffffffL) << 32) | (b.getInt(pos + 16) & 0xffffffffL);
                int caplen = b.getInt(pos + 20);
                int origlen = b.getInt(pos + 24);
                byte[] data = new byte[caplen];
                b.get(pos + 28, data);
                int[] iface = interfaces.get(ifId);
                frames.add(frame(frames.size() + 1, nanos(ts, iface[1]), caplen, origlen, iface[0], data));
            }
            pos += length;
        }
        return frames;
    }

    private static long nanos(long ts, int resol) {
        if ((resol & 0x80) != 0) {
            throw new IllegalArgumentException("binary timestamp resolution");
        }
        long perSecond = 1;
        for (int i = 0; i < resol; i++) {
            perSecond *= 10;
        }
        long seconds = ts / perSecond;
        long sub = ts % perSecond;
        return seconds * 1_000_000_000L + sub * (1_000_000_000L / perSecond);
    }

    private static Frame frame(long number, long ts, int caplen, int origlen, int linkType, byte[] data) {
        return new Frame().set(number, ts, caplen, origlen, linkType, 0, MemorySegment.ofArray(data), 0);
    }
}
