package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import static io.sharkfin.dissect.protocol.tls.TlsFields.*;

/**
 * The quic_transport_parameters extension (RFC 9000 section 18, and the drafts' 2-byte form) as
 * Wireshark 4.0 shows it: each parameter's type, length and value bytes, then the decoded value
 * of the parameters sharkfin knows.
 */
final class QuicTransportParameters {
    private QuicTransportParameters() {
    }

    static int dissect(Packet p, int buf, int off, int end) {
        boolean varints = true;
        int next = end;
        if (end - off >= 6 && 2 + p.u16(buf, off) == end - off && 6 + p.u16(buf, off + 4) <= end - off) {
            varints = false; // draft -26 and older
            next = off + 2 + p.u16(buf, off);
            off += 2;
        }
        while (off < next) {
            int item = parameterItem(p, buf, off, next, varints);
            int saved = p.openSubtree(item);
            try {
                off = parameter(p, buf, off, next, varints);
            } finally {
                p.closeSubtree(saved);
            }
            if (off < 0) {
                return next;
            }
        }
        return off;
    }

    /**
     * The text item each parameter sits under, worded as packet-tls-utils.c appends to it:
     * {@code Parameter: initial_max_data (len=4) 15728640}; -1 when no tree is drawn. It reads the
     * parameter's header ahead without adding anything and without throwing: {@link #parameter}
     * adds its items as it reads them, so that a header cut short still shows the part before the cut.
     */
    private static int parameterItem(Packet p, int buf, int off, int next, boolean varints) {
        if (!p.wantsText() || !p.available(buf, off, 1)) {
            return -1;
        }
        long type;
        long length;
        int header;
        if (varints) {
            int tl = varintLength(p, buf, off);
            if (!p.available(buf, off, tl + 1)) {
                return -1;
            }
            int ll = varintLength(p, buf, off + tl);
            if (!p.available(buf, off + tl, ll)) {
                return -1;
            }
            type = varint(p, buf, off);
            length = varint(p, buf, off + tl);
            header = tl + ll;
        } else {
            if (!p.available(buf, off, 4)) {
                return -1;
            }
            type = p.u16(buf, off);
            length = p.u16(buf, off + 2);
            header = 4;
        }
        int valueOff = off + header;
        int span = (int) Math.min(length, Math.max(0, next - valueOff));
        String text = "Parameter: " + QuicParameterNames.inParameter(type) + " (len=" + length + ")"
                + valueText(p, buf, valueOff, span, type);
        return p.addText(buf, off, header + span, text, false);
    }

    /** What the parameter's item says of its value: the number, with its unit for two. */
    private static String valueText(Packet p, int buf, int off, int length, long type) {
        if (varintValue(type) == null || length < 1 || !p.available(buf, off, varintLength(p, buf, off))) {
            return "";
        }
        long v = varint(p, buf, off);
        return switch ((int) Math.min(type, Integer.MAX_VALUE)) {
            case 0x01 -> " " + v + " ms";
            case 0x0a -> ""; // ack_delay_exponent: packet-tls-utils.c appends nothing
            case 0x3127 -> " " + v + " us";
            default -> " " + v;
        };
    }

    /** One parameter's items; the offset after it, or -1 when its length runs out of the list. */
    private static int parameter(Packet p, int buf, int off, int next, boolean varints) {
        long type;
        long length;
        if (varints) {
            int tl = varintLength(p, buf, off);
            type = varint(p, buf, off);
            p.addUInt(QUIC_PARAMETER_TYPE, buf, off, tl, type);
            off += tl;
            int ll = varintLength(p, buf, off);
            length = varint(p, buf, off);
            p.addUInt(QUIC_PARAMETER_LENGTH, buf, off, ll, length);
            off += ll;
        } else {
            type = p.u16(buf, off);
            p.addUInt(QUIC_PARAMETER_TYPE, buf, off, 2, type);
            off += 2;
            length = Vectors.add(p, buf, off, next, QUIC_PARAMETER_LENGTH, 0, 0xffff);
            if (length < 0) {
                return -1;
            }
            off += 2;
        }
        if (length > next - off) {
            length = Math.max(0, next - off);
        }
        int end2 = off + (int) length;
        p.addBytes(QUIC_PARAMETER_VALUE, buf, off, (int) length);
        off = value(p, buf, off, (int) length, type);
        if (!Vectors.end(p, buf, off, end2)) {
            off = end2;
        }
        return off;
    }

    /** The field of a parameter whose value is one variable-length integer, or null. */
    private static FieldSpec varintValue(long type) {
        if (type == 0xFF03DE1AL) {
            return QUIC_PARAMETER_MIN_ACK_DELAY;
        }
        return switch ((int) Math.min(type, Integer.MAX_VALUE)) {
            case 0x01 -> QUIC_PARAMETER_MAX_IDLE_TIMEOUT;
            case 0x03 -> QUIC_PARAMETER_MAX_UDP_PAYLOAD_SIZE;
            case 0x04 -> QUIC_PARAMETER_INITIAL_MAX_DATA;
            case 0x05 -> QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_BIDI_LOCAL;
            case 0x06 -> QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_BIDI_REMOTE;
            case 0x07 -> QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_UNI;
            case 0x08 -> QUIC_PARAMETER_INITIAL_MAX_STREAMS_BIDI;
            case 0x09 -> QUIC_PARAMETER_INITIAL_MAX_STREAMS_UNI;
            case 0x0a -> QUIC_PARAMETER_ACK_DELAY_EXPONENT;
            case 0x0b -> QUIC_PARAMETER_MAX_ACK_DELAY;
            case 0x0e -> QUIC_PARAMETER_ACTIVE_CONNECTION_ID_LIMIT;
            case 0x20 -> QUIC_PARAMETER_MAX_DATAGRAM_FRAME_SIZE;
            case 0x3127 -> QUIC_PARAMETER_GOOGLE_INITIAL_RTT;
            case 0xde1a -> QUIC_PARAMETER_MIN_ACK_DELAY;
            default -> null;
        };
    }

    private static int value(Packet p, int buf, int off, int length, long type) {
        FieldSpec varintField = varintValue(type);
        if (varintField != null) {
            int l = varintLength(p, buf, off);
            p.addUInt(varintField, buf, off, l, varint(p, buf, off));
            return off + l;
        }
        if (type == 0x00) {
            p.addBytes(QUIC_PARAMETER_ORIGINAL_DESTINATION_CONNECTION_ID, buf, off, length);
            return off + length;
        }
        if (type == 0x02) {
            p.addBytes(QUIC_PARAMETER_STATELESS_RESET_TOKEN, buf, off, 16);
            return off + 16;
        }
        if (type == 0x0f) {
            p.addBytes(QUIC_PARAMETER_INITIAL_SOURCE_CONNECTION_ID, buf, off, length);
            return off + length;
        }
        if (type == 0x10) {
            p.addBytes(QUIC_PARAMETER_RETRY_SOURCE_CONNECTION_ID, buf, off, length);
            return off + length;
        }
        if (type == 0x3129) {
            p.addString(QUIC_PARAMETER_GOOGLE_USER_AGENT, buf, off, length, true);
            return off + length;
        }
        if (type == 0x4752) {
            p.addUInt(QUIC_PARAMETER_GOOGLE_QUIC_VERSION, buf, off, 4, p.u32(buf, off));
            return off + 4;
        }
        if (type == 0x3128) {
            p.addBytes(QUIC_PARAMETER_GOOGLE_CONNECTION_OPTIONS, buf, off, length);
            return off + length;
        }
        // known to Wireshark or not: sharkfin decodes no further, the value bytes are shown
        return off + length;
    }

    private static int varintLength(Packet p, int buf, int off) {
        return 1 << (p.u8(buf, off) >> 6);
    }

    /** A QUIC variable-length integer (RFC 9000 section 16). */
    private static long varint(Packet p, int buf, int off) {
        int n = varintLength(p, buf, off);
        long v = p.u8(buf, off) & 0x3f;
        for (int i = 1; i < n; i++) {
            v = (v << 8) | p.u8(buf, off + i);
        }
        return v;
    }
}
