package io.sharkfin.capture;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * One captured frame: its number in the capture, arrival time, lengths, link type, interface and
 * a view of its bytes.
 *
 * <p>The bytes are not copied: {@link #segment()} is the reader's memory (a buffer of the file,
 * or the whole file mapped) and the frame occupies {@code [offset(), offset() + capturedLength())}.
 * A reader may refill one {@code Frame} for every record ({@link CaptureReader#next(Frame)}) and
 * reuse its buffer: the bytes are valid until the next read. Use {@link #copy()} to keep a frame
 * beyond it.
 */
public final class Frame {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Seconds whose nanosecond count still fits in a long, with room for the fraction. */
    private static final long MAX_NANO_SECONDS = Long.MAX_VALUE / NANOS_PER_SECOND - 1;
    /** The decimals of a microsecond clock: pcap's usual one, and live capture's. */
    private static final int MICROSECONDS = 6;

    private long number;
    private long timestampNanos;
    private int capturedLength;
    private int originalLength;
    private int linkType;
    private int interfaceId;
    private MemorySegment segment = MemorySegment.NULL;
    private long offset;
    private List<String> comments = List.of();
    private String interfaceName;
    private String interfaceDescription;
    private boolean onInterface;
    private int section;
    private boolean hasTimestamp = true;
    private int timePrecision = MICROSECONDS;
    /** A time stamp outside timestampNanos' range (years beyond 2262), kept exactly. */
    private boolean wideTime;
    private long wideSeconds;
    private int wideNanos;

    /** An empty frame, to be filled by {@link CaptureReader#next(Frame)}. */
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
        this.comments = List.of();
        this.interfaceName = null;
        this.interfaceDescription = null;
        this.onInterface = false;
        this.section = 0;
        this.hasTimestamp = true;
        this.timePrecision = MICROSECONDS;
        this.wideTime = false;
        return this;
    }

    /**
     * The frame number tshark shows: the 1-based position of the record in its capture. pcapng
     * records that hold no packet (custom blocks, journal entries) are not returned but take a
     * number, as in tshark.
     */
    public long number() {
        return number;
    }

    /**
     * Arrival time in nanoseconds since 1970-01-01T00:00Z (0 when {@link #hasTimestamp()} is
     * false; saturated for times beyond its range, see {@link #timestamp(long, int)}).
     */
    public long timestampNanos() {
        return timestampNanos;
    }

    /**
     * Whether the record carries a time stamp. A pcapng Simple Packet Block has none, and tshark
     * then shows no {@code frame.time*} fields.
     */
    public boolean hasTimestamp() {
        return hasTimestamp;
    }

    /**
     * How many decimals of a second the capture's clock gives this frame's time stamp (wiretap's
     * {@code tsprec}): 6 for a microsecond pcap file and for live capture, 9 for a nanosecond
     * one, and for pcapng the resolution of the frame's interface ({@code if_tsresol}: 9 from
     * nanoseconds on, then 6, 3, 2, 1 or 0). tshark's Time column prints this many.
     */
    public int timePrecision() {
        return timePrecision;
    }

    /** Sets {@link #timePrecision()}; used by readers, after {@link #set}. */
    public Frame timePrecision(int decimals) {
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("a time stamp has 0 to 9 decimals, not " + decimals);
        }
        this.timePrecision = decimals;
        return this;
    }

    /**
     * Sets the time stamp from seconds and nanoseconds since the epoch. Times that
     * {@link #timestampNanos()} cannot hold (before 1677 or after 2262, as hostile or broken
     * captures have) are kept exactly in {@link #epochSeconds()} and {@link #nanoOfSecond()},
     * while {@link #timestampNanos()} saturates.
     */
    public Frame timestamp(long seconds, int nanos) {
        if (seconds > MAX_NANO_SECONDS || seconds < -MAX_NANO_SECONDS) {
            this.wideTime = true;
            this.wideSeconds = seconds;
            this.wideNanos = nanos;
            this.timestampNanos = seconds > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        } else {
            this.wideTime = false;
            this.timestampNanos = seconds * NANOS_PER_SECOND + nanos;
        }
        return this;
    }

    /** Whole seconds of the time stamp since the epoch (exact even where timestampNanos saturates). */
    public long epochSeconds() {
        return wideTime ? wideSeconds : Math.floorDiv(timestampNanos, NANOS_PER_SECOND);
    }

    /** Nanoseconds within {@link #epochSeconds()}, 0 to 999,999,999. */
    public int nanoOfSecond() {
        return wideTime ? wideNanos : (int) Math.floorMod(timestampNanos, NANOS_PER_SECOND);
    }

    /**
     * The time stamp as nanoseconds since the epoch, modulo 2<sup>64</sup>: the difference of two
     * frames' clocks is exact whenever the true difference is within about 292 years, however far
     * from 1970 the frames are ({@link #timestampNanos()} saturates there instead). For time
     * deltas between frames (response times, conversation timers); not an absolute time.
     */
    public long clockNanos() {
        // long arithmetic wraps: that is the point
        return epochSeconds() * NANOS_PER_SECOND + nanoOfSecond();
    }

    /** Marks this frame as having no time stamp (see {@link #hasTimestamp()}); used by readers. */
    public Frame withoutTimestamp() {
        this.timestampNanos = 0;
        this.wideTime = false;
        this.hasTimestamp = false;
        return this;
    }

    /**
     * Number of bytes captured ({@code frame.cap_len}). Readers refuse captured lengths above
     * the format's maximum, so this is never negative.
     */
    public int capturedLength() {
        return capturedLength;
    }

    /**
     * Length of the frame on the wire ({@code frame.len}): an unsigned 32-bit value as the file
     * stores it, so a hostile file can make it negative here; read it with
     * {@link Integer#toUnsignedLong(int)}.
     */
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

    /**
     * Whether the record says which interface it was captured on (pcapng packet blocks, live
     * capture; not pcap records): only then has its packet {@code frame.interface_id}, as
     * wiretap's {@code WTAP_HAS_INTERFACE_ID} decides in tshark.
     */
    public boolean hasInterfaceId() {
        return onInterface;
    }

    /**
     * The interface's name as tshark shows it ({@code frame.interface_name}): its pcapng
     * {@code if_name}, else its description, else its hardware; null when the capture records
     * none (tshark then shows "unknown"). In a pcapng file with several sections this is what
     * tshark 4.0 shows: the name of the file's n-th interface for section-local interface id n.
     */
    public String interfaceName() {
        return interfaceName;
    }

    /**
     * Marks the record as captured on its {@link #interfaceId()}, named {@code name} (null when
     * the capture records no name); used by readers whose records say so.
     */
    public Frame onInterface(String name) {
        return onInterface(name, null);
    }

    /**
     * {@link #onInterface(String)} with the interface's pcapng {@code if_description} (null: none),
     * which tshark shows as {@code frame.interface_description}.
     */
    public Frame onInterface(String name, String description) {
        this.onInterface = true;
        this.interfaceName = name;
        this.interfaceDescription = description;
        return this;
    }

    /** The interface's pcapng {@code if_description}, or null ({@code frame.interface_description}). */
    public String interfaceDescription() {
        return interfaceDescription;
    }

    /**
     * The 1-based number of the pcapng section holding the record ({@code frame.section_number});
     * 0 for formats without sections.
     */
    public int sectionNumber() {
        return section;
    }

    /** Marks the record as one of pcapng section {@code number} (1-based); used by readers. */
    public Frame inSection(int number) {
        this.section = number;
        return this;
    }

    /** The first packet comment (pcapng {@code opt_comment}), or null. */
    public String comment() {
        return comments.isEmpty() ? null : comments.get(0);
    }

    /** Replaces the packet comments by {@code text} (none when null). */
    public Frame comment(String text) {
        this.comments = text == null ? List.of() : List.of(text);
        return this;
    }

    /** Every packet comment, in file order ({@code frame.comment} occurs once for each). */
    public List<String> comments() {
        return comments;
    }

    /** Adds a packet comment after the existing ones. */
    public Frame addComment(String text) {
        List<String> all = new ArrayList<>(comments.size() + 1);
        all.addAll(comments);
        all.add(text);
        this.comments = List.copyOf(all);
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
        f.comments = comments;
        f.interfaceName = interfaceName;
        f.interfaceDescription = interfaceDescription;
        f.onInterface = onInterface;
        f.section = section;
        f.hasTimestamp = hasTimestamp;
        f.timePrecision = timePrecision;
        f.wideTime = wideTime;
        f.wideSeconds = wideSeconds;
        f.wideNanos = wideNanos;
        return f;
    }

    @Override
    public String toString() {
        return "Frame " + number + " (" + capturedLength + "/" + originalLength + " bytes, link "
                + linkType + ")";
    }
}
