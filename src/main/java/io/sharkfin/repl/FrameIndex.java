package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each frame of a capture lies, from one pass over it without dissection: the frame's offset
 * and captured length in the reader's memory (so {@code :hex N} reads frame N directly) and the
 * numbers {@code capinfos} reports ({@link CaptureInfo}). It costs 12 bytes a frame and keeps no
 * packet.
 *
 * <p>The offsets are only valid while the reader that produced them stays open: the
 * {@link LoadedCapture} keeps it for that.
 */
final class FrameIndex {

    private final MemorySegment memory;
    private final long[] offsets;
    private final int[] lengths;
    /** Frame numbers, or null when frame i is number i + 1 (pcapng may skip numbers). */
    private final long[] numbers;
    private final int count;
    private final CaptureInfo info;

    private FrameIndex(MemorySegment memory, long[] offsets, int[] lengths, long[] numbers, int count,
                       CaptureInfo info) {
        this.memory = memory;
        this.offsets = offsets;
        this.lengths = lengths;
        this.numbers = numbers;
        this.count = count;
        this.info = info;
    }

    /** Reads every frame of {@code reader}, stopping at damage (which {@link CaptureInfo#damage()} reports). */
    static FrameIndex build(CaptureReader reader, String fileName, long fileSize) {
        Frame f = new Frame();
        long[] offsets = new long[1024];
        int[] lengths = new int[1024];
        long[] numbers = null;
        int n = 0;
        MemorySegment memory = null;
        boolean oneMemory = true;
        long data = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long previous = Long.MIN_VALUE;
        boolean strict = true;
        boolean micro = true;
        Map<Integer, Long> links = new LinkedHashMap<>();
        String damage = null;
        while (true) {
            try {
                if (!reader.next(f)) {
                    break;
                }
            } catch (CaptureException e) {
                damage = e.getMessage();
                break;
            }
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, n * 2);
                lengths = Arrays.copyOf(lengths, n * 2);
                if (numbers != null) {
                    numbers = Arrays.copyOf(numbers, n * 2);
                }
            }
            if (memory == null) {
                memory = f.segment();
            } else if (f.segment() != memory) {
                oneMemory = false;
            }
            if (numbers == null && f.number() != n + 1) {
                numbers = new long[offsets.length];
                for (int i = 0; i < n; i++) {
                    numbers[i] = i + 1;
                }
            }
            if (numbers != null) {
                numbers[n] = f.number();
            }
            offsets[n] = f.offset();
            lengths[n] = f.capturedLength();
            n++;
            data += f.originalLength();
            long t = f.timestampNanos();
            first = Math.min(first, t);
            last = Math.max(last, t);
            strict &= t >= previous;
            previous = t;
            micro &= t % 1000 == 0;
            links.merge(f.linkType(), 1L, Long::sum);
        }
        CaptureInfo info = new CaptureInfo(fileName, reader.format(), fileSize, n, data,
                n == 0 ? 0 : first, n == 0 ? 0 : last, strict, micro, links, damage);
        // frames from different memories (none of today's readers do this) are not indexed
        return new FrameIndex(oneMemory ? memory : null, offsets, lengths, numbers, oneMemory ? n : 0, info);
    }

    CaptureInfo info() {
        return info;
    }

    /** Number of frames read. */
    long frames() {
        return info.frames();
    }

    /**
     * The captured bytes of the frame with this number, or null when there is no such frame
     * (or the frames could not be indexed).
     */
    byte[] bytes(long number) {
        int i = position(number);
        if (i < 0) {
            return null;
        }
        return memory.asSlice(offsets[i], lengths[i]).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    private int position(long number) {
        if (numbers == null) {
            return number >= 1 && number <= count ? (int) (number - 1) : -1;
        }
        int i = Arrays.binarySearch(numbers, 0, count, number);
        return i >= 0 ? i : -1;
    }
}
