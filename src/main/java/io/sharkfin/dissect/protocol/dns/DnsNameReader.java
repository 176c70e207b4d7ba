package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Truncated;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a domain name as Wireshark 4.0 does ({@code get_dns_name}): labels joined by dots,
 * compression pointers followed, RFC 2673 bit-string labels printed as {@code \[x..../n]}, and
 * Wireshark's stand-ins for names it cannot show: {@code <Root>}, {@code <Name too long>},
 * {@code <Name contains a pointer that loops>}, {@code <Unknown extended label>}. Where Wireshark
 * gives up with an exception (a 0x80 label, a name that is empty where it may not be, bytes past
 * the message) this throws {@link Truncated}.
 *
 * <p>Its quirks are kept on purpose, because they decide field values: the name is cut after 253
 * characters, the length it reports ({@link #nameLength()}, Wireshark's {@code name_len}) counts
 * label bytes and dots but not bit-string text, and a pointer loop is declared only after 256
 * pointers or when a pointer points just past itself plus two.
 *
 * <p>Bounded work: a name whose pointers come back to a place already visited would repeat the
 * same path until the 256-pointer limit, so that is decided on the first revisit; a name therefore
 * costs at most one pass over the message. One reader is reused for every name of a session.
 *
 * <p>NBNS reads its names with it too (Wireshark's {@code get_nbns_name} calls {@code get_dns_name}),
 * before undoing their NetBIOS encoding.
 */
public final class DnsNameReader {

    /** Wireshark's MAX_DNAME_LEN: size of its name buffer, terminating NUL included. */
    private static final int MAX_NAME = 255;
    private static final int MAX_POINTERS = 255;

    static final byte[] ROOT = ascii("<Root>");
    static final byte[] TOO_LONG = ascii("<Name too long>");
    static final byte[] LOOPS = ascii("<Name contains a pointer that loops>");
    static final byte[] UNKNOWN_EXTENDED = ascii("<Unknown extended label>");

    private final byte[] buffer = new byte[MAX_NAME];
    private byte[] text = buffer;
    private int nameLength;
    private int rawLength;

    private final DnsText formatted = new DnsText();
    private boolean formattedValid;

    // pointer targets visited while reading the current name: visited[target] == stamp
    private int[] visited = new int[512];
    private int stamp;

    /**
     * Reads the name at {@code offset} of the message; pointers count from {@code dataOffset}
     * (2 for DNS over TCP, whose length prefix is part of the span).
     *
     * @return the bytes the name takes at {@code offset} (up to and including its first pointer)
     */
    public int read(DnsSpan s, int offset, int dataOffset) {
        formattedValid = false;
        int len = expand(s, offset, dataOffset);
        boolean startsWithNul = text == buffer ? (buffer[0] == 0) : text[0] == 0;
        if (startsWithNul && len <= 2) {
            setText(ROOT);
            return len;
        }
        if (len < 2 || (len > 2 && nameLength == 0)) {
            throw Truncated.MALFORMED;
        }
        return len;
    }

    private int expand(DnsSpan s, int start, int dataOffset) {
        text = buffer;
        buffer[0] = 0;
        int written = 0;
        nameLength = 0;
        int maxname = MAX_NAME;
        int len = -1;
        int pointers = 0;
        int offset = start;
        nextStamp(s.capturedLength());
        while (true) {
            int component = s.u8(offset);
            offset++;
            if (component == 0) {
                break;
            }
            switch (component & 0xc0) {
                case 0x00 -> {
                    if (written > 0) {
                        if (maxname > 0) {
                            buffer[written++] = '.';
                            nameLength++;
                            maxname--;
                        }
                    } else {
                        maxname--;
                    }
                    // Wireshark reads label bytes only while its buffer has room, and skips the rest
                    int copy = maxname > 0 ? Math.min(component, maxname) : 0;
                    if (s.has(offset, copy)) {
                        s.copyInto(offset, buffer, written, copy);
                        written += copy;
                    } else {
                        // byte by byte: the first byte missing decides short or malformed
                        for (int i = 0; i < copy; i++) {
                            buffer[written++] = (byte) s.u8(offset + i);
                        }
                    }
                    nameLength += copy;
                    maxname -= copy;
                    offset += component;
                }
                case 0x40 -> {
                    if ((component & 0x3f) != 0x01) {
                        setText(UNKNOWN_EXTENDED);
                        int used = offset - start;
                        if (used < 1) {
                            throw Truncated.MALFORMED;
                        }
                        return used;
                    }
                    int bitCount = s.u8(offset);
                    offset++;
                    int labelLength = (bitCount - 1) / 8 + 1;
                    int[] room = {maxname};
                    written = print(written, room, "\\[x");
                    for (; labelLength > 0; labelLength--, offset++) {
                        if (room[0] > 0) {
                            written = print(written, room, hex2(s.u8(offset)));
                        }
                    }
                    written = print(written, room, "/" + bitCount + "]");
                    maxname = room[0];
                }
                case 0x80 -> throw Truncated.MALFORMED;
                default -> {
                    int target = dataOffset + (((component & 0x3f) << 8) | s.u8(offset));
                    offset++;
                    pointers++;
                    if (len < 0) {
                        len = offset - start;
                    }
                    if (target == offset + 2 || pointers > MAX_POINTERS || seen(target)) {
                        setText(LOOPS);
                        if (len < 1) {
                            throw Truncated.MALFORMED;
                        }
                        return len;
                    }
                    offset = target;
                }
            }
        }
        rawLength = written;
        if (maxname > 0) {
            if (written < MAX_NAME) {
                buffer[written] = 0;
            }
        } else {
            setText(TOO_LONG);
        }
        return len < 0 ? offset - start : len;
    }

    /** Appends text as Wireshark's snprintf into the rest of its buffer does. */
    private int print(int written, int[] room, String s) {
        if (room[0] <= 0) {
            return written;
        }
        int n = s.length();
        if (n > room[0]) {
            room[0] = 0; // nothing printed, and nothing printed after it
            return written;
        }
        // snprintf keeps the last byte for its NUL when the text fills the room exactly
        int copy = n < room[0] ? n : n - 1;
        for (int i = 0; i < copy; i++) {
            buffer[written + i] = (byte) s.charAt(i);
        }
        if (copy < n) {
            buffer[written + copy] = 0;
        }
        room[0] -= n;
        return written + n;
    }

    private static String hex2(int b) {
        return Character.toString(Character.forDigit(b >> 4, 16))
                + Character.forDigit(b & 15, 16);
    }

    private void nextStamp(int messageLength) {
        if (visited.length < messageLength + 1) {
            visited = new int[Math.max(messageLength + 1, visited.length * 2)];
            stamp = 0;
        }
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(visited, 0);
            stamp = 1;
        }
    }

    /** Marks a pointer target; true when this name has been there before. */
    private boolean seen(int target) {
        if (target < 0 || target >= visited.length) {
            return false; // past the message: the next read throws
        }
        if (visited[target] == stamp) {
            return true;
        }
        visited[target] = stamp;
        return false;
    }

    private void setText(byte[] placeholder) {
        text = placeholder;
        nameLength = placeholder.length;
    }

    /** Wireshark's {@code name_len}: the bytes of the name as read (see the class comment). */
    int nameLength() {
        return nameLength;
    }

    /**
     * The name as the C string Wireshark passes around unescaped (up to its first NUL), for the
     * few places that use it raw (a TSIG algorithm's dissector lookup and message).
     */
    public String rawString() {
        int n = 0;
        int limit = text == buffer ? rawLength : text.length;
        while (n < limit && text[n] != 0) {
            n++;
        }
        return new String(text, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** Wireshark's {@code qname_labels_count}: dots plus one, 0 for names of 0 or 1 byte. */
    int labelCount() {
        if (nameLength <= 1) {
            return 0;
        }
        int labels = 1;
        for (int i = 0; i < nameLength; i++) {
            if (text[i] == '.') {
                labels++;
            }
        }
        return labels;
    }

    /** The name as Wireshark shows it ({@code format_text}), UTF-8, reused until the next read. */
    DnsText formatted() {
        if (!formattedValid) {
            formatted.clear();
            formatted.appendFormatted(text, 0, nameLength);
            formattedValid = true;
        }
        return formatted;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
