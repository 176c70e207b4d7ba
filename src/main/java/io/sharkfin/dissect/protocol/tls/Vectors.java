package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * TLS's variable-length vectors ({@code opaque x<min..max>}) as Wireshark reads them
 * ({@code ssl_add_vector}, {@code ssl_end_vector}): the length field is added, lengths outside
 * the permitted range or past the enclosing structure raise expert infos.
 */
final class Vectors {
    private Vectors() {
    }

    /** Size in bytes of the length of a vector whose maximum is {@code max}. */
    static int lengthSize(long max) {
        return max > 0xffffff ? 4 : max > 0xffff ? 3 : max > 0xff ? 2 : 1;
    }

    /**
     * Reads and adds the length of a vector at {@code off} that must end by {@code end}.
     *
     * @return the length, or -1 when it cannot be read or runs past {@code end} (the caller then
     *         skips to {@code end}, as Wireshark does)
     */
    static long add(Packet p, int buf, int off, int end, FieldSpec lengthField, long min, long max) {
        if (off > end) {
            Expert.add(p, TlsFields.BUFFER_TOO_SMALL,
                    "Vector offset is past buffer end offset (" + off + " > " + end + ")", buf, off);
            return -1;
        }
        int size = lengthSize(max);
        if (end - off < size) {
            Expert.add(p, TlsFields.BUFFER_TOO_SMALL, "No more room for vector of length " + size, buf, off);
            return -1;
        }
        long value = switch (size) {
            case 1 -> p.u8(buf, off);
            case 2 -> p.u16(buf, off);
            case 3 -> p.u24(buf, off);
            default -> p.u32(buf, off);
        };
        int item = p.addUInt(lengthField, buf, off, size, value);
        if (value < min) {
            Expert.add(p, item, TlsFields.VECTOR_LENGTH, buf, off,
                    "Vector length " + value + " is smaller than minimum " + min);
        } else if (value > max) {
            Expert.add(p, item, TlsFields.VECTOR_LENGTH, buf, off,
                    "Vector length " + value + " is larger than maximum " + max);
        }
        long room = (long) end - off - size;
        if (room < value) {
            Expert.add(p, item, TlsFields.BUFFER_TOO_SMALL, buf, off,
                    "Vector length " + value + " is too large, truncating it to " + room);
            return -1;
        }
        return value;
    }

    /** Whether a structure ended where it should; raises Wireshark's expert info when not. */
    static boolean end(Packet p, int buf, int off, int end) {
        if (off < end) {
            int trailing = end - off;
            Expert.add(p, TlsFields.TRAILING_DATA, trailing + " trailing byte"
                    + (trailing == 1 ? " was" : "s were") + " unprocessed", buf, off);
            return false;
        }
        if (off > end) {
            int excess = off - end;
            Expert.add(p, TlsFields.BUFFER_TOO_SMALL, "Dissector processed too much data (" + excess
                    + " byte" + (excess == 1 ? "" : "s") + ")", buf, end);
            return false;
        }
        return true;
    }

    static boolean isGrease(int v) {
        return (v & 0x0f0f) == 0x0a0a && (v & 0xff) == ((v >> 8) & 0xff);
    }
}
