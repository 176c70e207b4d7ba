package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal pcap/pcapng reader for the dissector tests (the capture package has its own, full
 * reader): every frame with its link type, interface, timestamp and lengths.
 */
final class TestCaptures {
    private TestCaptures() {
    }

    static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    static final Path DISSECT = Path.of("src/test/resources/dissect");

    static List<Frame> read(Path file) {
        try {
            byte[] data = Files.readAllBytes(file);
            ByteBuffer b = ByteBuffer.wrap(data);
            int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
            if (magic == 0x0A0D0D0A) {
                return pcapng(data);
            }
            return pcap(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Frame> pcap(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int magic = b.getInt(0);
        boolean nanos = false;
        if (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d) {
            nanos = magic == 0xa1b23c4d;
        } else {
            b.order(ByteOrder.BIG_ENDIAN);
            magic = b.getInt(0);
            nanos = magic == 0xa1b23c4d;
        }
        int linkType = b.getInt(20) & 0x03ffffff;
        MemorySegment seg = MemorySegment.ofArray(data);
        List<Frame> out = new ArrayList<>();
        int at = 24;
        long n = 0;
        while (at + 16 <= data.length) {
            long secs = b.getInt(at) & 0xffffffffL;
            long frac = b.getInt(at + 4) & 0xffffffffL;
            int caplen = b.getInt(at + 8);
            int len = b.getInt(at + 12);
            Frame f = new Frame();
            f.set(++n, secs * 1_000_000_000L + (nanos ? frac : frac * 1000), caplen, len, linkType, 0,
                    seg, at + 16);
            out.add(f);
            at += 16 + caplen;
        }
        return out;
    }

    private record Iface(int linkType, long unitsPerSecond, String name) {
    }

    private static List<Frame> pcapng(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        MemorySegment seg = MemorySegment.ofArray(data);
        List<Iface> ifaces = new ArrayList<>();
        List<Frame> out = new ArrayList<>();
        int at = 0;
        long n = 0;
        while (at + 12 <= data.length) {
            int type = b.getInt(at);
            if (type == 0x0A0D0D0A) {
                int bom = b.getInt(at + 8);
                if (bom != 0x1A2B3C4D) {
                    b.order(b.order() == ByteOrder.LITTLE_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
                }
                ifaces.clear();
            }
            int blockLen = b.getInt(at + 4);
            switch (type) {
                case 1 -> ifaces.add(interfaceBlock(b, at, blockLen));
                case 6 -> {
                    int id = b.getInt(at + 8);
                    long ts = ((b.getInt(at + 12) & 0xffffffffL) << 32) | (b.getInt(at + 16) & 0xffffffffL);
                    int caplen = b.getInt(at + 20);
                    int len = b.getInt(at + 24);
                    Iface i = ifaces.get(id);
                    long nanos = i.unitsPerSecond == 1_000_000_000L ? ts
                            : (ts / i.unitsPerSecond) * 1_000_000_000L
                            + (ts % i.unitsPerSecond) * 1_000_000_000L / i.unitsPerSecond;
                    Frame f = new Frame();
                    f.set(++n, nanos, caplen, len, i.linkType, id, seg, at + 28);
                    f.interfaceName(i.name);
                    out.add(f);
                }
                case 3 -> {
                    int len = b.getInt(at + 8);
                    Iface i = ifaces.get(0);
                    int caplen = Math.min(len, blockLen - 16);
                    Frame f = new Frame();
                    f.set(++n, 0, caplen, len, i.linkType, 0, seg, at + 12);
                    out.add(f);
                }
                default -> { }
            }
            at += blockLen;
        }
        return out;
    }

    private static Iface interfaceBlock(ByteBuffer b, int at, int blockLen) {
        int linkType = b.getShort(at + 8) & 0xffff;
        long units = 1_000_000L;
        String name = null;
        int opt = at + 16;
        int end = at + blockLen - 4;
        while (opt + 4 <= end) {
            int code = b.getShort(opt) & 0xffff;
            int len = b.getShort(opt + 2) & 0xffff;
            if (code == 0) {
                break;
            }
            if (code == 9 && len >= 1) {
                int v = b.get(opt + 4) & 0xff;
                units = (v & 0x80) != 0 ? 1L << (v & 0x7f) : pow10(v);
            } else if (code == 2) {
                byte[] s = new byte[len];
                b.get(opt + 4, s);
                name = new String(s, StandardCharsets.UTF_8);
            }
            opt += 4 + ((len + 3) & ~3);
        }
        return new Iface(linkType, units, name);
    }

    private static long pow10(int e) {
        long v = 1;
        for (int i = 0; i < e; i++) {
            v *= 10;
        }
        return v;
    }
}
