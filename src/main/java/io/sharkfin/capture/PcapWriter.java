package io.sharkfin.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Writes classic little-endian pcap. A pcap file has one link type, so a frame of a second link
 * type is refused with tshark's message. The resolution is chosen when the writer is made:
 * microseconds (cut, as tshark's {@code -F pcap} cuts them), nanoseconds (magic
 * {@code a1b23c4d}, tshark's {@code -F nsecpcap}), or, for a file on disk,
 * {@linkplain #create(Path) microseconds while every frame allows it}, switching to nanoseconds
 * as soon as a frame's time needs it, rewriting the records already written, so original time
 * stamps always survive. A stream cannot be rewritten.
 */
public final class PcapWriter implements CaptureWriter {
    private static final int VERSION_MAJOR = 2;
    private static final int VERSION_MINOR = 4;
    private static final long MAX_SECONDS = 0xffffffffL;
    private static final String FORMAT = "pcap";

    private final CaptureOutput out;
    private final boolean canSwitchToNanoseconds;
    private final int defaultLinkType;
    /** The header's snapshot length; 0 for the link type's largest frame. */
    private final int snaplen;
    private boolean nanosecond;
    private int linkType = -1;
    private long written;

    private PcapWriter(CaptureOutput out, boolean nanosecond, boolean canSwitch, int defaultLinkType, int snaplen) {
        this.out = out;
        this.nanosecond = nanosecond;
        this.canSwitchToNanoseconds = canSwitch;
        this.defaultLinkType = defaultLinkType;
        this.snaplen = snaplen;
    }

    /**
     * Creates a pcap file; its link type is that of the first frame ({@link LinkType#ETHERNET}
     * for a file without frames).
     */
    public static PcapWriter create(Path file) throws CaptureException {
        return create(file, LinkType.ETHERNET);
    }

    /** Creates a pcap file whose link type, if no frame is written, is {@code emptyLinkType}. */
    public static PcapWriter create(Path file, int emptyLinkType) throws CaptureException {
        return new PcapWriter(CaptureOutput.create(file), false, true, emptyLinkType, 0);
    }

    /**
     * Creates a pcap file of one resolution, as tshark's {@code -w FILE -F pcap} (time stamps cut
     * to microseconds) or {@code -F nsecpcap} ({@code nanosecond}) writes it.
     *
     * @param snaplen the header's snapshot length (tshark keeps a pcap source's); 0 for the
     *                largest frame of the link type, as tshark writes when the source has none
     */
    public static PcapWriter create(Path file, boolean nanosecond, int snaplen) throws CaptureException {
        return new PcapWriter(CaptureOutput.create(file), nanosecond, false, LinkType.ETHERNET, snaplen);
    }

    /**
     * Writes pcap to a stream, which is closed with the writer. With {@code nanosecond} false,
     * time stamps are cut to microseconds, as tshark does when it writes pcap.
     *
     * @param name how messages name the stream ({@code "-"} for standard output)
     */
    public static PcapWriter to(OutputStream stream, String name, boolean nanosecond) {
        return to(stream, name, nanosecond, 0);
    }

    /** {@link #to(OutputStream, String, boolean)} with a snapshot length as {@link #create(Path, boolean, int)}'s. */
    public static PcapWriter to(OutputStream stream, String name, boolean nanosecond, int snaplen) {
        return new PcapWriter(CaptureOutput.of(stream, name), nanosecond, false, LinkType.ETHERNET, snaplen);
    }

    @Override
    public void write(Frame frame) throws CaptureException {
        long number = written + 1;
        if (linkType < 0) {
            writeHeader(frame.linkType());
        } else if (frame.linkType() != linkType) {
            throw refuse(number, "has a network type that differs from the network type of earlier packets,"
                    + " which isn't supported in a \"" + FORMAT + "\" file.\n(link type " + frame.linkType()
                    + " after " + linkType + "; write pcapng to keep both)");
        }
        int captured = frame.capturedLength();
        if (captured > LinkType.maxCapturedLength(linkType)) {
            throw refuse(number, "is larger than " + CaptureMessages.PROGRAM + " supports in a \"" + FORMAT
                    + "\" file.");
        }
        long seconds = frame.hasTimestamp() ? frame.epochSeconds() : 0;
        int nanos = frame.hasTimestamp() ? frame.nanoOfSecond() : 0;
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw refuse(number, "has a time stamp (" + seconds + " s since 1970) that can't be saved in a \""
                    + FORMAT + "\" file, which holds 1970 to 2106; write pcapng instead.");
        }
        if (!nanosecond && nanos % 1000 != 0 && canSwitchToNanoseconds) {
            switchToNanoseconds();
        }
        out.i32((int) seconds)
                .i32(nanosecond ? nanos : nanos / 1000)
                .i32(captured)
                .i32(frame.originalLength())
                .bytes(frame.segment(), frame.offset(), captured);
        written++;
    }

    private void writeHeader(int firstLinkType) throws CaptureException {
        linkType = firstLinkType;
        out.i32(nanosecond ? PcapReader.MAGIC_NSEC : PcapReader.MAGIC_USEC)
                .i16(VERSION_MAJOR).i16(VERSION_MINOR)
                .i32(0) // time zone offset, always 0
                .i32(0) // time stamp accuracy, always 0
                .i32(snaplen > 0 ? snaplen : LinkType.maxCapturedLength(firstLinkType))
                .i32(firstLinkType);
    }

    /**
     * Turns the microsecond file written so far into a nanosecond one: new magic, and every
     * record's fraction multiplied by 1000. Happens at most once per file.
     */
    private void switchToNanoseconds() throws CaptureException {
        out.flush();
        FileChannel ch = out.file();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size(), arena);
            m.set(FileCaptureReader.LE_INT, 0, PcapReader.MAGIC_NSEC);
            for (long p = PcapReader.FILE_HEADER_LENGTH; p < m.byteSize(); ) {
                int micros = m.get(FileCaptureReader.LE_INT, p + 4);
                m.set(FileCaptureReader.LE_INT, p + 4, micros * 1000);
                p += 16 + Integer.toUnsignedLong(m.get(FileCaptureReader.LE_INT, p + 8));
            }
            m.force();
        } catch (IOException e) {
            throw out.failure(e);
        }
        nanosecond = true;
    }

    private CaptureException refuse(long number, String what) {
        return new CaptureException("Frame " + number + " " + what, written);
    }

    @Override
    public long framesWritten() {
        return written;
    }

    @Override
    public void close() throws CaptureException {
        if (linkType < 0) {
            writeHeader(defaultLinkType);
        }
        out.close();
    }
}
