package io.sharkfin.capture;

import java.lang.foreign.MemorySegment;

/**
 * The byte array behind the frames a reader hands out from one heap buffer, so that their bytes
 * can be read from the array in place: as composed bytes ({@link ByteArrays}), which the
 * interpreter and C1 run far faster than a heap segment's accessors. A segment's array is looked
 * up when the segment comes a second time in a row (a reader's buffer holds many frames), so that
 * frames each in their own segment allocate nothing (the look-up's {@code Optional}). Mutable,
 * one per consumer of a stream of frames.
 */
public final class FrameArray {
    private MemorySegment segment;
    private boolean lookedUp;
    private byte[] array;
    private long base;

    /**
     * The array holding {@code f}'s bytes, which start at {@link #offset} of it; null when there is
     * none to read in place: a native segment (a mapped capture), a frame whose segment is new,
     * or a frame not within its segment.
     */
    public byte[] of(Frame f) {
        MemorySegment s = f.segment();
        if (s != segment) {
            segment = s;
            lookedUp = false;
            array = null;
            return null;
        }
        if (!lookedUp) {
            lookedUp = true;
            if (!s.isNative() && s.heapBase().orElse(null) instanceof byte[] a) {
                array = a;
                base = s.address();
            }
        }
        long at = f.offset();
        return at >= 0 && at + f.capturedLength() <= s.byteSize() ? array : null;
    }

    /** Where the bytes of the frame last given to {@link #of} start in its array. */
    public long offset(Frame f) {
        return base + f.offset();
    }
}
