package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Truncated;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * The bytes HTTP reads (one buffer of a {@link Packet} between a start and a reported end), with
 * the text primitives Wireshark's HTTP code relies on: {@code tvb_find_line_end},
 * {@code get_token_len}, case-insensitive comparisons and ASCII strings. Offsets are buffer
 * offsets. Bytes past the captured end throw {@link Truncated} as Wireshark's tvb accessors do.
 */
final class HttpText {
    private MemorySegment seg;
    private long base;
    // the buffer's array when it is on the heap (seg otherwise): HTTP's text is scanned byte by
    // byte, and until the JIT has the scanner each segment read costs a chain of calls
    private byte[] array;
    int buf;
    /** Buffer offset where the bytes handed to HTTP start (Wireshark's tvb offset 0). */
    int start;
    /** Reported end (exclusive). */
    int end;
    /** Captured end (exclusive), at most {@link #end}. */
    int capEnd;
    /** Where the line found by the last {@link #lineEnd} call continues. */
    int next;

    /** Points the view at {@code length} bytes of {@code buf} from {@code offset}. */
    HttpText over(Packet p, int buf, int offset, int length) {
        this.buf = buf;
        this.array = p.bufferArray(buf);
        this.seg = array == null ? p.bufferSegment(buf) : null;
        this.base = p.bufferBase(buf);
        this.start = offset;
        this.end = offset + Math.max(0, length);
        this.capEnd = Math.max(offset, Math.min(end, p.bufferLength(buf)));
        return this;
    }

    /** Treats the bytes from {@code end} on as not captured (a body cut to its Content-Length). */
    HttpText limitCaptured(int end) {
        capEnd = Math.max(start, Math.min(capEnd, end));
        return this;
    }

    /** A byte known to be captured. */
    int at(int off) {
        byte[] a = array;
        return (a != null ? a[(int) base + off] : seg.get(ValueLayout.JAVA_BYTE, base + off)) & 0xff;
    }

    /** A byte, or {@link Truncated} when it is not captured (or past the reported end). */
    int u8(int off) {
        check(off, 1);
        return at(off);
    }

    int u16(int off) {
        check(off, 2);
        return (at(off) << 8) | at(off + 1);
    }

    /** Throws as Wireshark's {@code tvb_ensure_bytes_exist} does when the bytes are not there. */
    void check(int off, int len) {
        if (off < start || len < 0 || (long) off + len > capEnd) {
            throw off < start || len < 0 || (long) off + len > end ? Truncated.MALFORMED : Truncated.SHORT;
        }
    }

    /** Captured bytes from {@code off} (Wireshark's {@code tvb_ensure_captured_length_remaining}). */
    int ensureCapturedRemaining(int off) {
        if (off < start || off > capEnd || (off == capEnd && off < end)) {
            throw off > end || off < start ? Truncated.MALFORMED : Truncated.SHORT;
        }
        return capEnd - off;
    }

    int capturedRemaining(int off) {
        return Math.max(0, capEnd - off);
    }

    int reportedRemaining(int off) {
        return end - off;
    }

    /**
     * Wireshark's {@code tvb_find_line_end} over {@code len} captured bytes from {@code off}: the
     * length of the line (without its CR, LF or CRLF), {@link #next} set past the terminator; -1
     * when {@code desegment} and no terminator (or a final CR whose LF may follow) was found.
     */
    int lineEnd(int off, int len, boolean desegment) {
        int eob = off + Math.max(0, Math.min(len, capEnd - off));
        for (int i = off; i < eob; i++) {
            int c = at(i);
            if (c == '\n') {
                next = i + 1;
                return i - off;
            }
            if (c == '\r') {
                if (i + 1 >= eob) {
                    if (desegment) {
                        return -1;
                    }
                    next = i + 1;
                } else {
                    next = at(i + 1) == '\n' ? i + 2 : i + 1;
                }
                return i - off;
            }
        }
        if (desegment) {
            return -1;
        }
        next = eob;
        return eob - off;
    }

    /** Index of the first {@code b} in {@code [from, to)}, or -1. */
    int indexOf(int b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (at(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** Wireshark's {@code get_token_len}: the token's length; {@link #next} past the blanks after it. */
    int token(int from, int lineEnd) {
        int i = from;
        while (i < lineEnd) {
            int c = at(i);
            if (c == ' ' || c == '\r' || c == '\n') {
                break;
            }
            i++;
        }
        int len = i - from;
        while (i < lineEnd && at(i) == ' ') {
            i++;
        }
        next = i;
        return len;
    }

    /** Whether the bytes at {@code off} are {@code s} (ASCII, exact case), within {@code to}. */
    boolean startsWith(int off, int to, String s) {
        if (off < 0 || off + s.length() > to) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (at(off + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Case-insensitive {@link #startsWith}. */
    boolean startsWithIgnoreCase(int off, int to, String s) {
        if (off < 0 || off + s.length() > to) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Strings.asciiLower(at(off + i)) != Strings.asciiLower(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The captured bytes {@code [off, off+len)} as a new array. */
    byte[] bytes(int off, int len) {
        byte[] b = new byte[len];
        copyTo(off, b, 0, len);
        return b;
    }

    /** Copies captured bytes into {@code dst}. */
    void copyTo(int off, byte[] dst, int dstOff, int len) {
        if (array != null) {
            System.arraycopy(array, (int) base + off, dst, dstOff, len);
        } else {
            MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, base + off, dst, dstOff, len);
        }
    }

    /**
     * The bytes as Wireshark's ENC_ASCII string reads them into a C string: cut at the first NUL,
     * bytes above 0x7f as U+FFFD.
     */
    String ascii(int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int c = at(off + i);
            if (c == 0) {
                break;
            }
            sb.append(c < 0x80 ? (char) c : '\uFFFD');
        }
        return sb.toString();
    }

    /**
     * The bytes as a C string Wireshark copies from the packet and later prints (a header value
     * it keeps, such as the Host in the full URI): cut at the first NUL, UTF-8 where the bytes
     * are, U+FFFD where they are not.
     */
    String raw(int off, int len) {
        int end = indexOf(0, off, off + len);
        return Strings.utf8WithReplacement(bytes(off, (end < 0 ? off + len : end) - off));
    }

    /** Wireshark's {@code format_text} of the bytes (as the expert infos quote lines). */
    String formatted(int off, int len) {
        return format(bytes(off, len));
    }

    /** {@code format_text} ({@link io.sharkfin.dissect.Strings#formatText}) of UTF-8 bytes, broken ones as U+FFFD. */
    static String format(byte[] raw) {
        return io.sharkfin.dissect.Strings.formatText(io.sharkfin.dissect.Strings.utf8WithReplacement(raw));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
