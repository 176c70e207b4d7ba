package io.sharkfin.capture;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * A reusable cursor over the options of one pcapng block. It checks their layout as wiretap
 * does ({@code pcapng_process_options}): a truncated option header or an option running past
 * the block is a corrupt file; {@code opt_endofopt} ends the list; custom options need at least
 * a private enterprise number.
 */
final class PcapngOptions {
    static final int END_OF_OPTIONS = 0;
    static final int COMMENT = 1;

    private MemorySegment seg;
    private boolean swapped;
    private long pos;
    private long end;
    private int code;
    private int length;
    private long value;

    /** Starts walking the {@code length} option bytes at {@code start}. */
    PcapngOptions reset(MemorySegment segment, boolean byteSwapped, long start, long optionBytes) {
        this.seg = segment;
        this.swapped = byteSwapped;
        this.pos = start;
        this.end = start + optionBytes;
        return this;
    }

    /** Moves to the next option; false when there is none. */
    boolean next() {
        long remaining = end - pos;
        if (remaining == 0) {
            return false;
        }
        if (remaining < 4) {
            throw Damage.badFile("pcapng: Not enough data for option header");
        }
        code = u16(pos);
        length = u16(pos + 2);
        pos += 4;
        long rounded = (length + 3) & ~3L;
        if (rounded > remaining - 4) {
            throw Damage.badFile("pcapng: Not enough data to handle option of length " + length);
        }
        value = pos;
        pos += rounded;
        if (code == END_OF_OPTIONS) {
            pos = end;
            return false;
        }
        if (isCustom(code) && length < 4) {
            throw Damage.badFile("pcapng: option length (" + length + ") too small for custom option");
        }
        return true;
    }

    private static boolean isCustom(int code) {
        return code == 2988 || code == 2989 || code == 19372 || code == 19373;
    }

    int code() {
        return code;
    }

    int length() {
        return length;
    }

    int u8() {
        return seg.get(ValueLayout.JAVA_BYTE, value) & 0xff;
    }

    long i64() {
        long v = seg.get(FileCaptureReader.LE_LONG, value);
        return swapped ? Long.reverseBytes(v) : v;
    }

    /** The value as UTF-8 text up to the first NUL, as wiretap stores string options. */
    String string() {
        int n = 0;
        while (n < length && seg.get(ValueLayout.JAVA_BYTE, value + n) != 0) {
            n++;
        }
        byte[] text = new byte[n];
        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, value, text, 0, n);
        return new String(text, StandardCharsets.UTF_8);
    }

    private int u16(long at) {
        short v = seg.get(FileCaptureReader.LE_SHORT, at);
        return (swapped ? Short.reverseBytes(v) : v) & 0xffff;
    }
}
