package io.sharkfin.dissect.protocol.tcp;

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
 * A minimal pcap/pcapng reader for the TCP tests (the real reader lives in another package and
 * is written separately): enough of both formats for the corpus captures.
 */
final class TestCaptures {
    static final Path CORPUS = Path.of("src/test/resources/corpus/captures");

    private TestCaptures() {
    }

    static List<Frame> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        int magic = b.order(ByteOrder.BIG_ENDIAN).getInt(0);
        if (magic == 0x0A0D0D0A) {
            return pcapng(b);
        }
        return pcap(b);
    }

    private static List<Frame> pcap(ByteBuffer b) {
        int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        ByteOrder order;
        boolean nanos;
        if (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d) {
            order = ByteOrder.LITTLE_ENDIAN;
            nanos = magic == 0xa1b23c4d;
        } else {
            order = ByteOrder.BIG_ENDIAN;
            nanos = b.order(ByteOrder.BIG_ENDIAN).getInt(0) == 0xa1b23c4d;
        }
        b.order(order);
        int linkType = b.getInt(20) & 0x0fffffff;
        List<Frame> frames = new ArrayList<>();
        int pos = 24;
        while (pos + 16 <= b.limit()) {
            long sec = b.getInt(pos) & 0xffffffffL;
            long frac = b.getInt(pos + 4) & 0xffffffffL;
            int incl = b.getInt(pos + 8);
            int orig = b.getInt(pos + 12);
            byte[] data = new byte[incl];
            b.get(pos + 16, data);
            long ts = sec * 1_000_000_000L + (nanos ? frac : frac * 1000);
            frames.add(frame(frames.size() + 1, ts, incl, orig, linkType, data));
            pos += 16 + incl;
        }
        return frames;
    }

    private static List<Frame> pcapng(ByteBuffer b) {
        List<Frame> frames = new ArrayList<>();
        List<int[]> interfaces = new ArrayList<>(); // {linkType}
        List<Long> resolutions = new ArrayList<>();
        int pos = 0;
        while (pos + 12 <= b.limit()) {
            int type = b.getInt(pos);
            if (type == 0x0A0D0D0A) {
                int bom = b.order(ByteOrder.LITTLE_ENDIAN).getInt(pos + 8);
                b.order(bom == 0x1A2B3C4D ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
                interfaces.clear();
                resolutions.clear();
            }
            int len = b.getInt(pos + 4);
            if (type == 1) {
                interfaces.add(new int[] {b.getShort(pos + 8) & 0xffff});
                resolutions.add(resolution(b, pos + 16, pos + len - 4));
            } else if (type == 6) {
                int iface = b.getInt(pos + 8);
                long ts = ((b.getInt(pos + 12) & 0xffffffffL) << 32) | (b.getInt(pos + 16) & 0xffffffffL);
                int incl = b.getInt(pos + 20);
                int orig = b.getInt(pos + 24);
                byte[] data = new byte[incl];
                b.get(pos + 28, data);
                long per = resolutions.get(iface);
                long nanos = per >= 0 ? ts * per : ts / -per;
                frames.add(frame(frames.size() + 1, nanos, incl, orig, interfaces.get(iface)[0], data));
            } else if (type == 3) {
                int orig = b.getInt(pos + 8);
                int incl = Math.min(orig, len - 16);
                byte[] data = new byte[incl];
                b.get(pos + 12, data);
                frames.add(frame(frames.size() + 1, 0, incl, orig, interfaces.get(0)[0], data));
            }
            pos += len;
        }
        return frames;
    }

    /** Nanoseconds per timestamp unit (or, negative, units per nanosecond). */
    private static long resolution(ByteBuffer b, int pos, int end) {
        while (pos + 4 <= end) {
            int code = b.getShort(pos) & 0xffff;
            int len = b.getShort(pos + 2) & 0xffff;
            if (code == 0) {
                break;
            }
            if (code == 9 && len >= 1) {
                int v = b.get(pos + 4) & 0xff;
                if ((v & 0x80) != 0) {
                    throw new IllegalArgumentException("binary if_tsresol not supported");
                }
                long units = 1;
                for (int i = 0; i < v; i++) {
                    units *= 10;
                }
                return units <= 1_000_000_000L ? 1_000_000_000L / units : -(units / 1_000_000_000L);
            }
            pos += 4 + ((len + 3) & ~3);
        }
        return 1000; // microseconds
    }

    private static Frame frame(int number, long ts, int incl, int orig, int linkType, byte[] data) {
        return new Frame().set(number, ts, incl, orig, linkType, 0, MemorySegment.ofArray(data), 0);
    }
}
