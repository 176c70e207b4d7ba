package io.sharkfin.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * What the file readers share: the data and its window, the frame count, and turning a
 * {@link Damage} into a {@link CaptureException} with tshark's wording. After a failure every
 * further {@link #next(Frame)} throws the same exception.
 *
 * <p>Readers parse file positions: before reading a span they make the window hold it
 * ({@link #window}); file position {@code p} is then at {@code seg} offset {@code p - base}.
 */
abstract sealed class FileCaptureReader implements CaptureReader permits PcapReader, PcapngReader {
    static final ValueLayout.OfInt LE_INT =
            ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfLong LE_LONG =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfShort LE_SHORT =
            ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    final CaptureData data;
    /**
     * The data's size, as far as known: a stream's becomes known when a {@link #window} meets its
     * end, so readers move the window over a span before they compare its end with the size.
     */
    long size;
    private boolean sizeKnown;
    /** The memory of the window, and the file position at its offset 0. */
    MemorySegment seg;
    long base;
    // the window's array when it is a heap buffer, and where seg's offset 0 is in it
    private byte[] array;
    private int arrayOffset;
    private long windowStart;
    private long windowEnd;
    /** Records read so far, packets or not (the next frame number minus one). */
    long records;
    /** Packets handed out. */
    long framesRead;
    private CaptureException failure;

    FileCaptureReader(CaptureData data) {
        this.data = data;
        refreshWindow();
    }

    @Override
    public final boolean next(Frame frame) throws CaptureException {
        if (failure != null) {
            throw failure;
        }
        try {
            if (readRecord(frame)) {
                framesRead++;
                return true;
            }
            return false;
        } catch (Damage d) {
            failure = new CaptureException(CaptureMessages.whileReading(data.source(), d), framesRead);
        } catch (IllegalStateException e) {
            failure = new CaptureException("The " + data.source() + " was closed while being read.",
                    framesRead, e);
        } catch (UncheckedIOException e) {
            failure = new CaptureException("The " + data.source() + " could not be read: "
                    + e.getCause().getMessage() + ".", framesRead, e);
        } catch (InternalError e) {
            // the JVM's answer to a mapped file that shrank under us
            failure = new CaptureException("The " + data.source()
                    + " could not be read: it changed while being read (" + e.getMessage() + ").",
                    framesRead, e);
        }
        throw failure;
    }

    /** Reads the next packet record into {@code frame}; false at a clean end of the data. */
    abstract boolean readRecord(Frame frame);

    /**
     * Makes the window hold file positions {@code [pos, pos + n)} (cut at the end of the data),
     * refreshing {@link #seg} and {@link #base}. Frames handed out before may no longer be valid.
     */
    final void window(long pos, long n) {
        if (pos < windowStart || pos + n > windowEnd) {
            data.ensure(pos, n);
            refreshWindow();
        }
    }

    private void refreshWindow() {
        seg = data.segment();
        base = data.base();
        array = seg.isNative() ? null : seg.heapBase().orElse(null) instanceof byte[] a ? a : null;
        arrayOffset = array != null ? (int) seg.address() : 0;
        windowStart = data.windowStart();
        windowEnd = data.windowEnd();
        size = data.size();
        sizeKnown = data.sizeKnown();
    }

    /**
     * The little-endian int at {@code seg} offset {@code at}: from the heap buffer's array when
     * there is one, so that a run's first records, read before the JIT has compiled the reader,
     * are not read through a memory segment's method handles ({@link ByteArrays}).
     */
    final int leInt(long at) {
        byte[] a = array;
        return a != null ? ByteArrays.le32(a, arrayOffset + (int) at) : seg.get(LE_INT, at);
    }

    /** The little-endian short at {@code seg} offset {@code at}, as {@link #leInt}. */
    final short leShort(long at) {
        byte[] a = array;
        return a != null ? (short) ByteArrays.le16(a, arrayOffset + (int) at) : seg.get(LE_SHORT, at);
    }

    /** The end of the data at a record boundary: the end of the capture, unless the data was cut. */
    final boolean endOfData() {
        if (data.truncation() != null) {
            throw data.truncation();
        }
        return false;
    }

    /**
     * Fails with a short read unless {@code n} bytes are available at {@code pos}. A stream whose
     * end is not known yet is read that far when the span is beyond the window: a block's body
     * that is skipped, which the stream has no other way to tell it holds, and which is not kept
     * (the window moves to its last byte). A span to be parsed is put in the window first.
     */
    final void need(long pos, long n) {
        if (n > 0 && !sizeKnown && size - pos >= n && pos + n > windowEnd) {
            window(pos + n - 1, 1);
        }
        if (n < 0 || size - pos < n) {
            throw data.shortRead();
        }
    }

    @Override
    public void stop() {
        data.stopReading();
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
