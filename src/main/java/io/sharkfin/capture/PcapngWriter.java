package io.sharkfin.capture;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes little-endian pcapng: one Section Header Block, one Interface Description Block for
 * each distinct source interface (id, name, link type) seen, and an Enhanced Packet Block per
 * frame with nanosecond time stamps ({@code if_tsresol} 9), so original times survive, and the
 * frame's comments as {@code opt_comment}.
 *
 * <p>A time stamp nanoseconds cannot express in 64 bits (before 1970, or after 2554, as damaged
 * captures have) goes to a twin interface with another clock ({@link PcapngClock}), so it too
 * reads back unchanged.
 */
public final class PcapngWriter implements CaptureWriter {
    private static final int BLOCK_SHB = PcapngReader.BLOCK_SHB;
    private static final int BLOCK_IDB = 1;
    private static final int BLOCK_EPB = 6;
    private static final int OPT_SHB_USERAPPL = 4;
    private static final int OPT_IF_NAME = 2;
    private static final int OPT_IF_DESCRIPTION = 3;
    private static final int OPT_IF_TSRESOL = 9;
    private static final int OPT_IF_TSOFFSET = 14;
    private static final String FORMAT = "pcapng";

    /** A source interface with the clock its frames need; one IDB is written for each. */
    private record InterfaceKey(int interfaceId, String name, String description, int linkType, PcapngClock clock) {
    }

    private final CaptureOutput out;
    private final Map<InterfaceKey, Integer> interfaces = new HashMap<>();
    private InterfaceKey lastKey;
    private int lastIndex;
    private long written;

    private PcapngWriter(CaptureOutput out) throws CaptureException {
        this.out = out;
        writeSectionHeader();
    }

    /** Creates a pcapng file. */
    public static PcapngWriter create(Path file) throws CaptureException {
        CaptureOutput out = CaptureOutput.create(file);
        try {
            return new PcapngWriter(out);
        } catch (CaptureException e) {
            out.close();
            throw e;
        }
    }

    /**
     * Writes pcapng to a stream, which is closed with the writer.
     *
     * @param name how messages name the stream ({@code "-"} for standard output)
     */
    public static PcapngWriter to(OutputStream stream, String name) throws CaptureException {
        return new PcapngWriter(CaptureOutput.of(stream, name));
    }

    @Override
    public void write(Frame frame) throws CaptureException {
        long number = written + 1;
        int captured = frame.capturedLength();
        if (captured > LinkType.maxCapturedLength(frame.linkType())) {
            throw new CaptureException("Frame " + number + " is larger than " + CaptureMessages.PROGRAM
                    + " supports in a \"" + FORMAT + "\" file.", written);
        }
        long seconds = frame.hasTimestamp() ? frame.epochSeconds() : 0;
        int nanos = frame.hasTimestamp() ? frame.nanoOfSecond() : 0;
        PcapngClock clock = PcapngClock.forTime(seconds, nanos);
        if (clock == null) {
            throw new CaptureException("Frame " + number + " has a time stamp (" + seconds
                    + " s since 1970) that can't be saved in a \"" + FORMAT + "\" file.", written);
        }
        int index = interfaceIndex(frame, clock);
        byte[][] comments = encode(frame.comments());
        int optionBytes = optionsLength(comments);
        int padding = -captured & 3;
        int total = 32 + captured + padding + optionBytes;
        long ticks = clock.ticks(seconds, nanos);
        out.i32(BLOCK_EPB).i32(total)
                .i32(index).i32((int) (ticks >>> 32)).i32((int) ticks)
                .i32(captured).i32(frame.originalLength())
                .bytes(frame.segment(), frame.offset(), captured).zeros(padding);
        writeOptions(comments);
        out.i32(total);
        written++;
    }

    /** The index of the IDB for this frame's interface and clock, writing the IDB when new. */
    private int interfaceIndex(Frame frame, PcapngClock clock) throws CaptureException {
        InterfaceKey last = lastKey;
        // frames of one interface usually come in runs: skip the map (and the key allocation)
        if (last != null && last.interfaceId == frame.interfaceId() && last.linkType == frame.linkType()
                && last.clock == clock && java.util.Objects.equals(last.name, frame.interfaceName())
                && java.util.Objects.equals(last.description, frame.interfaceDescription())) {
            return lastIndex;
        }
        InterfaceKey key = new InterfaceKey(frame.interfaceId(), frame.interfaceName(), frame.interfaceDescription(),
                frame.linkType(), clock);
        Integer index = interfaces.get(key);
        if (index == null) {
            index = interfaces.size();
            writeInterface(key);
            interfaces.put(key, index);
        }
        lastKey = key;
        lastIndex = index;
        return index;
    }

    private void writeSectionHeader() throws CaptureException {
        byte[] app = "sharkfin".getBytes(StandardCharsets.UTF_8);
        int options = 4 + pad4(app.length) + 4;
        int total = 28 + options;
        out.i32(BLOCK_SHB).i32(total)
                .i32(0x1A2B3C4D).i16(1).i16(0).i64(-1); // byte-order magic, version 1.0, length unknown
        option(OPT_SHB_USERAPPL, app);
        out.i32(0).i32(total);
    }

    private void writeInterface(InterfaceKey key) throws CaptureException {
        byte[] name = key.name == null ? null : key.name.getBytes(StandardCharsets.UTF_8);
        byte[] description = key.description == null ? null : key.description.getBytes(StandardCharsets.UTF_8);
        int options = (name == null ? 0 : 4 + pad4(name.length))
                + (description == null ? 0 : 4 + pad4(description.length)) + 8
                + (key.clock.offsetSeconds() != 0 ? 12 : 0) + 4;
        int total = 20 + options;
        out.i32(BLOCK_IDB).i32(total)
                .i16(key.linkType).i16(0).i32(LinkType.maxCapturedLength(key.linkType));
        if (name != null) {
            option(OPT_IF_NAME, name);
        }
        if (description != null) {
            option(OPT_IF_DESCRIPTION, description);
        }
        out.i16(OPT_IF_TSRESOL).i16(1).i8(key.clock.tsresol()).zeros(3);
        if (key.clock.offsetSeconds() != 0) {
            out.i16(OPT_IF_TSOFFSET).i16(8).i64(key.clock.offsetSeconds());
        }
        out.i32(0).i32(total);
    }

    private static byte[][] encode(List<String> comments) {
        byte[][] encoded = new byte[comments.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = comments.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return encoded;
    }

    private static int optionsLength(byte[][] comments) {
        if (comments.length == 0) {
            return 0;
        }
        int n = 4; // opt_endofopt
        for (byte[] c : comments) {
            n += 4 + pad4(c.length);
        }
        return n;
    }

    private void writeOptions(byte[][] comments) throws CaptureException {
        if (comments.length == 0) {
            return;
        }
        for (byte[] c : comments) {
            option(PcapngOptions.COMMENT, c);
        }
        out.i32(0);
    }

    private void option(int code, byte[] value) throws CaptureException {
        if (value.length > 0xffff) {
            throw new CaptureException("An option of " + value.length + " bytes can't be saved in a \""
                    + FORMAT + "\" file (at most 65535).", written);
        }
        out.i16(code).i16(value.length).bytes(value).zeros(-value.length & 3);
    }

    private static int pad4(int n) {
        return (n + 3) & ~3;
    }

    @Override
    public long framesWritten() {
        return written;
    }

    @Override
    public void close() throws CaptureException {
        out.close();
    }
}
