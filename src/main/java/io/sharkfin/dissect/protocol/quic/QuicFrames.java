package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import static io.sharkfin.dissect.protocol.quic.QuicFields.*;

/**
 * The frames of a decrypted QUIC packet, as Wireshark 4.0's {@code dissect_quic_frame_type} shows
 * them: each a {@code quic.frame} item holding its type and fields. CRYPTO data goes through the
 * connection's {@link CryptoStream} to the {@link QuicCryptoConsumer}; NEW_CONNECTION_ID frames
 * teach the connection tracking new CIDs.
 */
final class QuicFrames {
    private static final int[] TLS_ALERTS = {0, 1, 10, 20, 21, 22, 30, 40, 41, 42, 43, 44, 45, 46,
        47, 48, 49, 50, 51, 60, 70, 71, 80, 86, 90, 100, 109, 110, 111, 112, 113, 114, 115, 116,
        120, 121};

    private final QuicConnections connections;
    private final QuicCryptoConsumer consumer;

    QuicFrames(QuicConnections connections, QuicCryptoConsumer consumer) {
        this.connections = connections;
        this.consumer = consumer;
    }

    /** The packet the frames are in. */
    record Context(QuicConnection connection, boolean fromServer, int packetType) {
    }

    /** Dissects every frame of a decrypted payload. */
    void dissectAll(Tvb t, Context c) {
        int offset = t.start;
        while (t.reportedRemaining(offset) > 0) {
            offset = frame(t, offset, c);
        }
    }

    private int frame(Tvb t, int offset, Context c) {
        Packet p = t.p;
        int orig = offset;
        t.ensure(offset, 1);
        int item = p.addNone(FRAME, t.buf, offset, 1);
        int saved = p.openSubtree(item);
        try {
            long type = t.varint(offset);
            int typeItem = p.addUInt(FRAME_TYPE, t.buf, offset, t.varintLength, type);
            offset += t.varintLength;
            offset = body(t, offset, type, typeItem, c);
            p.setLength(item, offset - orig);
            return offset;
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** Reads a variable-length integer field and adds it (masked as the field says). */
    private static long varintField(Tvb t, FieldSpec f, int at) {
        long v = t.varint(at);
        long shown = v;
        if (f.bitmask() != 0) {
            shown = (v & f.bitmask()) >>> Long.numberOfTrailingZeros(f.bitmask());
        }
        t.p.addUInt(f, t.buf, at, t.varintLength, shown);
        return v;
    }

    private static int bytesField(Tvb t, FieldSpec f, int at, long length) {
        int n = t.itemLength(at, length);
        t.p.addBytes(f, t.buf, at, n);
        return n;
    }

    private int body(Tvb t, int offset, long type, int typeItem, Context c) {
        Packet p = t.p;
        switch ((int) Math.min(type, Integer.MAX_VALUE)) {
            case 0x00 -> {
                int end = offset;
                int stop = t.capturedEnd();
                while (end < stop && p.u8(t.buf, end) == 0) {
                    end++;
                }
                int padLength = 1 + end - offset;
                p.addUInt(PADDING_LENGTH, t.buf, offset, 0, padLength);
                offset += padLength - 1;
            }
            case 0x01, 0x1e, 0xac -> {
                // PING, HANDSHAKE_DONE, IMMEDIATE_ACK: no fields
            }
            case 0x02, 0x03, 0x42, 0x43 -> offset = ack(t, offset, type);
            case 0x04 -> {
                varintField(t, RSTS_STREAM_ID, offset);
                offset += t.varintLength;
                varintField(t, RSTS_APPLICATION_ERROR_CODE, offset);
                offset += t.varintLength;
                varintField(t, RSTS_FINAL_SIZE, offset);
                offset += t.varintLength;
            }
            case 0x05 -> {
                varintField(t, SS_STREAM_ID, offset);
                offset += t.varintLength;
                varintField(t, SS_APPLICATION_ERROR_CODE, offset);
                offset += t.varintLength;
            }
            case 0x06 -> offset = crypto(t, offset, c);
            case 0x07 -> {
                long length = varintField(t, NT_LENGTH, offset);
                offset += t.varintLength;
                offset += bytesField(t, NT_TOKEN, offset, length & 0xffffffffL);
            }
            case 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f -> offset = stream(t, offset, type, typeItem);
            case 0x10 -> offset += skipField(t, MD_MAXIMUM_DATA, offset);
            case 0x11 -> {
                offset += skipField(t, MSD_STREAM_ID, offset);
                offset += skipField(t, MSD_MAXIMUM_STREAM_DATA, offset);
            }
            case 0x12, 0x13 -> offset += skipField(t, MS_MAX_STREAMS, offset);
            case 0x14 -> offset += skipField(t, SB_STREAM_DATA_LIMIT, offset);
            case 0x15 -> {
                offset += skipField(t, SDB_STREAM_ID, offset);
                offset += skipField(t, SB_STREAM_DATA_LIMIT, offset);
            }
            case 0x16, 0x17 -> offset += skipField(t, SIB_STREAM_LIMIT, offset);
            case 0x18, 0x40 -> offset = newConnectionId(t, offset, type, c);
            case 0x19, 0x41 -> {
                if (type == 0x41) {
                    offset += skipField(t, MP_UNIFLOW_ID, offset);
                }
                offset += skipField(t, RCI_SEQUENCE, offset);
            }
            case 0x1a -> offset += bytesField(t, PATH_CHALLENGE_DATA, offset, 8);
            case 0x1b -> offset += bytesField(t, PATH_RESPONSE_DATA, offset, 8);
            case 0x1c, 0x1d -> offset = connectionClose(t, offset, type);
            case 0x30, 0x31 -> {
                long length;
                if (type == 0x31) {
                    length = varintField(t, DG_LENGTH, offset);
                    offset += t.varintLength;
                } else {
                    length = t.reportedRemaining(offset);
                }
                offset += bytesField(t, DG, offset, length & 0xffffffffL);
            }
            case 0xaf -> offset = ackFrequency(t, offset);
            case 0x2f5 -> offset += skipField(t, TS, offset);
            case 0x44 -> offset = addAddress(t, offset);
            case 0x45 -> {
                t.ensure(offset, 1);
                p.addUInt(MP_ADDRESS_ID, t.buf, offset, 1, p.u8(t.buf, offset));
                offset += 1;
                offset += skipField(t, MP_SEQUENCE_NUMBER, offset);
            }
            case 0x46 -> offset = uniflows(t, offset);
            default -> {
                if (Expert.wanted(p, QuicExperts.FT_UNKNOWN)) {
                    Expert.add(p, typeItem >= 0 ? p.parent(typeItem) : -1, QuicExperts.FT_UNKNOWN,
                            t.buf, offset, "Unknown Frame Type 0x" + Long.toHexString(type));
                }
            }
        }
        return offset;
    }

    /** Adds a variable-length integer field and returns its length. */
    private static int skipField(Tvb t, FieldSpec f, int at) {
        varintField(t, f, at);
        return t.varintLength;
    }

    private static int ack(Tvb t, int offset, long type) {
        if (type == 0x42 || type == 0x43) {
            offset += skipField(t, MP_UNIFLOW_ID, offset);
        }
        offset += skipField(t, ACK_LARGEST_ACKNOWLEDGED, offset);
        offset += skipField(t, ACK_ACK_DELAY, offset);
        long ranges = varintField(t, ACK_ACK_RANGE_COUNT, offset);
        offset += t.varintLength;
        offset += skipField(t, ACK_FIRST_ACK_RANGE, offset);
        // every range reads bytes, so a huge count ends at the end of the payload
        for (long i = 0; i != ranges; i++) {
            offset += skipField(t, ACK_GAP, offset);
            offset += skipField(t, ACK_ACK_RANGE, offset);
        }
        if (type == 0x03) {
            offset += skipField(t, ACK_ECT0_COUNT, offset);
            offset += skipField(t, ACK_ECT1_COUNT, offset);
            offset += skipField(t, ACK_ECN_CE_COUNT, offset);
        }
        return offset;
    }

    private int crypto(Tvb t, int offset, Context c) {
        Packet p = t.p;
        long cryptoOffset = varintField(t, CRYPTO_OFFSET, offset);
        offset += t.varintLength;
        long cryptoLength = varintField(t, CRYPTO_LENGTH, offset);
        offset += t.varintLength;
        int length = t.itemLength(offset, cryptoLength & 0xffffffffL);
        p.addNone(CRYPTO_CRYPTO_DATA, t.buf, offset, length);
        CryptoStream stream = c.connection().crypto(c.fromServer(), c.packetType(), connections.budget);
        CryptoStream.Outcome out = stream.add(p.number(), cryptoOffset, p.copy(t.buf, offset, length));
        if (out.retransmission) {
            Expert.add(p, QuicExperts.RETRANSMISSION, t.buf, offset);
        } else if (out.overlap) {
            Expert.add(p, QuicExperts.OVERLAP, t.buf, offset);
        }
        if (out.segmentSkip >= 0) {
            hand(p, c, t.buf, offset + out.segmentSkip, out.segmentLength);
        } else if (out.reassembled != null) {
            int buf = p.addBuffer("Reassembled QUIC CRYPTO", out.reassembled);
            CryptoFragmentTree.add(p, buf, out.reassembled.length, out.fragments);
            hand(p, c, buf, 0, out.reassembled.length);
        } else if (out.reassembledIn != 0) {
            p.addUInt(CRYPTO_REASSEMBLED_IN, t.buf, 0, 0, out.reassembledIn);
        }
        return offset + length;
    }

    /** Hands CRYPTO bytes to TLS, and lets QUIC see the ServerHello's cipher suite. */
    private void hand(Packet p, Context c, int buf, int off, int len) {
        if (c.packetType() == QuicVersion.INITIAL) {
            ServerHelloPeek hello = c.connection().hello(c.fromServer());
            int before = hello.suite();
            hello.append(p.copy(buf, off, len), 0, len);
            if (hello.suite() >= 0 && before < 0) {
                connections.conversationOrCreate(p).tlsSuite = hello.suite();
            }
        }
        consumer.handshake(p, buf, off, len);
    }

    private static int stream(Tvb t, int offset, long type, int typeItem) {
        Packet p = t.p;
        // Wireshark reads the flags from the byte before (the type's last byte)
        offset -= 1;
        int flags = t.u8(offset);
        int saved = p.openSubtree(typeItem);
        p.addBoolean(STREAM_FIN, t.buf, offset, 1, (flags & 0x01) != 0);
        p.addBoolean(STREAM_LEN, t.buf, offset, 1, (flags & 0x02) != 0);
        p.addBoolean(STREAM_OFF, t.buf, offset, 1, (flags & 0x04) != 0);
        p.closeSubtree(saved);
        offset += 1;
        long id = t.varint(offset);
        int idLength = t.varintLength;
        int idItem = p.addUInt(STREAM_STREAM_ID, t.buf, offset, idLength, id);
        saved = p.openSubtree(idItem);
        p.addUInt(STREAM_INITIATOR, t.buf, offset, idLength, id & 1);
        p.addUInt(STREAM_DIRECTION, t.buf, offset, idLength, (id & 2) >>> 1);
        p.closeSubtree(saved);
        offset += idLength;
        if ((type & 0x04) != 0) {
            offset += skipField(t, STREAM_OFFSET, offset);
        }
        long length;
        if ((type & 0x02) != 0) {
            length = varintField(t, STREAM_LENGTH, offset);
            offset += t.varintLength;
        } else {
            length = t.reportedRemaining(offset);
        }
        // no application protocol is known without 1-RTT keys: the data goes nowhere
        offset += bytesField(t, STREAM_DATA, offset, length);
        return offset;
    }

    private int newConnectionId(Tvb t, int offset, long type, Context c) {
        Packet p = t.p;
        if (type == 0x40) {
            offset += skipField(t, MP_UNIFLOW_ID, offset);
        }
        offset += skipField(t, NCI_SEQUENCE, offset);
        offset += skipField(t, NCI_RETIRE_PRIOR_TO, offset);
        int length = t.u8(offset);
        int lengthItem = p.addUInt(NCI_CONNECTION_ID_LENGTH, t.buf, offset, 1, length);
        offset++;
        boolean valid = length >= 1 && length <= Cid.MAX_LENGTH;
        if (!valid && Expert.wanted(p, QuicExperts.PROTOCOL_VIOLATION)) {
            Expert.add(p, lengthItem, QuicExperts.PROTOCOL_VIOLATION, t.buf, offset - 1,
                    "Connection ID Length must be between 1 and " + Cid.MAX_LENGTH + " bytes");
        }
        bytesField(t, NCI_CONNECTION_ID, offset, length);
        Cid cid = null;
        if (valid) {
            cid = Cid.of(p.copy(t.buf, offset, length));
            connections.addCid(c.connection(), cid, c.fromServer());
        }
        offset += length;
        bytesField(t, NCI_STATELESS_RESET_TOKEN, offset, 16);
        if (cid != null) {
            connections.addResetToken(c.connection(), c.fromServer(), cid, p.copy(t.buf, offset, 16));
        }
        return offset + 16;
    }

    private static int connectionClose(Tvb t, int offset, long type) {
        Packet p = t.p;
        if (type == 0x1c) {
            long code = varintField(t, CC_ERROR_CODE, offset);
            int codeLength = t.varintLength;
            if ((code >>> 8) == 1 && java.util.Arrays.binarySearch(TLS_ALERTS, (int) (code & 0xff)) >= 0) {
                int at = offset + codeLength - 1;
                p.addUInt(CC_ERROR_CODE_TLS_ALERT, t.buf, at, 1, t.u8(at));
            }
            offset += codeLength;
            offset += skipField(t, CC_FRAME_TYPE, offset);
        } else {
            offset += skipField(t, CC_ERROR_CODE_APP, offset);
        }
        long reasonLength = varintField(t, CC_REASON_PHRASE_LENGTH, offset);
        offset += t.varintLength;
        int n = t.itemLength(offset, reasonLength & 0xffffffffL);
        p.addString(CC_REASON_PHRASE, t.buf, offset, n, true);
        return offset + n;
    }

    private static int ackFrequency(Tvb t, int offset) {
        Packet p = t.p;
        offset += skipField(t, AF_SEQUENCE_NUMBER, offset);
        offset += skipField(t, AF_ACK_ELICITING_THRESHOLD, offset);
        offset += skipField(t, AF_REQUEST_MAX_ACK_DELAY, offset);
        int last = t.u8(offset);
        int item = p.addUInt(AF_LAST_BYTE, t.buf, offset, 1, last);
        int saved = p.openSubtree(item);
        p.addUInt(AF_RESERVED, t.buf, offset, 1, (last & 0xfc) >> 2);
        p.addBoolean(AF_IGNORE_CE, t.buf, offset, 1, (last & 0x01) != 0);
        p.addBoolean(AF_IGNORE_ORDER, t.buf, offset, 1, (last & 0x02) != 0);
        p.closeSubtree(saved);
        return offset + 1;
    }

    private static int addAddress(Tvb t, int offset) {
        Packet p = t.p;
        int config = t.u8(offset);
        int item = p.addUInt(MP_FIRST_BYTE, t.buf, offset, 1, config);
        int saved = p.openSubtree(item);
        p.addUInt(MP_RESERVED_BIT, t.buf, offset, 1, (config & 0xe0) >> 5);
        p.addBoolean(PORT_PRESENCE_BIT, t.buf, offset, 1, (config & 0x10) != 0);
        p.addUInt(IP_VERSION, t.buf, offset, 1, config & 0x0f);
        p.closeSubtree(saved);
        offset += 1;
        p.addUInt(MP_ADDRESS_ID, t.buf, offset, 1, t.u8(offset));
        offset += 1;
        offset += skipField(t, MP_SEQUENCE_NUMBER, offset);
        p.addUInt(MP_INTERFACE_TYPE, t.buf, offset, 1, t.u8(offset));
        offset += 1;
        if ((config & 0x06) == 0x06) {
            t.ensure(offset, 16);
            p.addBytes(MP_IP_ADDRESS_V6, t.buf, offset, 16);
            offset += 16;
        } else {
            t.ensure(offset, 4);
            p.addIPv4(MP_IP_ADDRESS, t.buf, offset);
            offset += 4;
        }
        if ((config & 0x10) != 0) {
            p.addUInt(MP_PORT, t.buf, offset, 2, t.u16(offset));
            offset += 2;
        }
        return offset;
    }

    private static int uniflows(Tvb t, int offset) {
        Packet p = t.p;
        offset += skipField(t, MP_SEQUENCE_NUMBER, offset);
        long receiving = varintField(t, MP_RECEIVING_UNIFLOWS, offset);
        offset += t.varintLength;
        long sending = varintField(t, MP_ACT_SEND_UF, offset);
        offset += t.varintLength;
        offset = uniflowSection(t, offset, MP_RECEIVING_UNIFLOWS_SECTION, receiving);
        return uniflowSection(t, offset, MP_ACT_SEND_UF_SECTION, sending);
    }

    private static int uniflowSection(Tvb t, int offset, FieldSpec section, long count) {
        Packet p = t.p;
        t.ensure(offset, 1);
        int item = p.addNone(section, t.buf, offset, 1);
        int saved = p.openSubtree(item);
        try {
            // every entry reads bytes, so a huge count ends at the end of the payload
            for (long i = 0; i < count; i++) {
                t.ensure(offset, 1);
                int info = p.addNone(MP_UNIFLOW_INFO_SECTION, t.buf, offset, 1);
                int inner = p.openSubtree(info);
                offset += skipField(t, MP_UNIFLOW_ID, offset);
                p.addUInt(MP_ADD_LOCAL_ADDRESS_ID, t.buf, offset, 1, t.u8(offset));
                offset += 1;
                p.closeSubtree(inner);
            }
        } finally {
            p.closeSubtree(saved);
        }
        return offset;
    }
}
