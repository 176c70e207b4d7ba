package io.sharkfin.capture;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * One captured frame: its number in the capture, arrival time, lengths, link type, interface and
 * a view of its bytes.
 *
 * <p>The bytes are not copied: {@link #segment()} is the memory of the whole capture (a mapped
 * file, or a heap buffer) and the frame occupies {@code [offset(), offset() + capturedLength())}.
 * A reader may refill one {@code Frame} for every record ({@link CaptureReader#next(Frame)}); use
 * {@link #copy()} to keep a frame beyond the next read.
 */
public final class Frame {
    private long number;
    private long timestampNanos;
    private int capturedLength;
    private int originalLength;
    private int linkType;
    private int interfaceId;
    private MemorySegment segment = MemorySegment.NULL;
    private long offset;
    private String comment;
    private String interfaceName;

    public Frame() {
    }

    /** A frame over a byte array (for tests and live capture). */
    public static Frame of(long number, long timestampNanos, int linkType, byte[] data) {
        Frame f = new Frame();
        f.set(number, timestampNanos, data.length, data.length, linkType, 0,
                MemorySegment.ofArray(data), 0);
        return f;
    }

    /** Refills this frame; used by readers. */
    public Frame set(long number, long timestampNanos, int capturedLength, int originalLength,
                     int linkType, int interfaceId, MemorySegment segment, long offset) {
        this.number = number;
        this.timestampNanos = timestampNanos;
        this.capturedLength = capturedLength;
        this.originalLength = originalLength;
        this.linkType = linkType;
        this.interfaceId = interfaceId;
        this.segment = segment;
        this.offset = offset;
        this.comment = null;
        this.interfaceName = null;
        return this;
    }

    /** 1-based position of the frame in its capture. */
    public long number() {
        return number;
    }

    /** Arrival time in nanoseconds since 1970-01-01T00:00Z. */
    public long timestampNanos() {
        return timestampNanos;
    }

    /** Number of bytes captured ({@code frame.cap_len}). */
    public int capturedLength() {
        return capturedLength;
    }

    /** Length of the frame on the wire ({@code frame.len}). */
    public int originalLength() {
        return originalLength;
    }

    /** The pcap LINKTYPE_ value of the frame's interface (see {@link LinkType}). */
    public int linkType() {
        return linkType;
    }

    /** The pcapng interface index (0 for pcap). */
    public int interfaceId() {
        return interfaceId;
    }

    /** The interface's name when the capture records one, else null. */
    public String interfaceName() {
        return interfaceName;
    }

    public Frame interfaceName(String name) {
        this.interfaceName = name;
        return this;
    }

    /** The packet comment (pcapng {@code opt_comment}), or null. */
    public String comment() {
        return comment;
    }

    public Frame comment(String text) {
        this.comment = text;
        return this;
    }

    /** The memory holding the frame; the frame starts at {@link #offset()}. */
    public MemorySegment segment() {
        return segment;
    }

    /** Where the frame starts in {@link #segment()}. */
    public long offset() {
        return offset;
    }

    /** The frame's bytes as their own segment (allocates a view, copies nothing). */
    public MemorySegment bytes() {
        return segment.asSlice(offset, capturedLength);
    }

    /** Byte {@code i} of the frame, 0-based. */
    public int byteAt(int i) {
        if (i < 0 || i >= capturedLength) {
            throw new IndexOutOfBoundsException(i);
        }
        return segment.get(ValueLayout.JAVA_BYTE, offset + i) & 0xff;
    }

    /** A copy that owns its bytes and survives the reader. */
    public Frame copy() {
        byte[] data = new byte[capturedLength];
        MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, offset, data, 0, capturedLength);
        Frame f = new Frame();
        f.set(number, timestampNanos, capturedLength, originalLength, linkType, interfaceId,
                MemorySegment.ofArray(data), 0);
        f.comment = comment;
        f.interfaceName = interfaceName;
        return f;
    }

    @Override
    public String toString() {
        return "Frame " + number + " (" + capturedLength + "/" + originalLength + " bytes, link "
                + linkType + ")";
    }
}
