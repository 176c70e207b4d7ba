package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;

import static io.sharkfin.dissect.protocol.tls.TlsFields.*;

/**
 * The record layer (Wireshark's {@code dissect_ssl} loop and {@code dissect_ssl3_record}):
 * records one after the other, a record cut by the segment end handed back to TCP for
 * reassembly, and each record's content dispatched by its type.
 */
final class Records {
    static final int CHANGE_CIPHER_SPEC = 20;
    static final int ALERT = 21;
    static final int HANDSHAKE = 22;
    static final int APPLICATION_DATA = 23;
    static final int HEARTBEAT = 24;
    static final int TLS12_CID = 25;

    private Records() {
    }

    static boolean validContentType(int t) {
        return t >= 20 && t <= 25;
    }

    private static boolean recordVersion(int v) {
        return v == 0x0300 || v == 0x0301 || v == 0x0302 || v == 0x0303 || v == 0x0101;
    }

    /**
     * Dissects the records in {@code length} bytes at {@code offset}.
     *
     * @return {@code length}: like Wireshark's dissect_ssl, TLS keeps its layer even when its first
     *         record only asked TCP for more bytes
     */
    static int dissect(Packet p, int buf, int offset, int length, TcpPayload tcp, TlsSession s) {
        boolean fromServer = s.fromServer(p.srcPort(), p.dstPort());
        int end = offset + length;
        int off = offset;
        boolean desegment = tcp.canDesegment();
        while (end - off > 0) {
            int available = end - off;
            boolean known = s.version == 0x0300 || s.version == 0x0301 || s.version == 0x0302
                    || s.version == 0x0303 || s.version == 0x0101;
            if (available < 5) {
                if (desegment) {
                    tcp.needOneMoreSegment(off);
                }
                return length;
            }
            if (!known) {
                int first = p.u8(buf, off);
                if (first >= 0x80 && isSslV2Type(p.u8(buf, off + 2))) {
                    // SSLv2 records are not dissected: the rest is shown as continuation data
                    return length;
                }
                if (!validContentType(first) || !recordVersion(p.u16(buf, off + 1))) {
                    return length; // "Continuation Data"
                }
            }
            int next = record(p, buf, off, end, s, fromServer, desegment, tcp);
            if (next < 0) {
                return length;
            }
            if (next <= off) {
                break;
            }
            off = next;
        }
        return length;
    }

    private static boolean isSslV2Type(int t) {
        return t == 0 || t == 1 || t == 2 || t == 4;
    }

    /** One record; returns the offset after it, or -1 when TCP was asked for more bytes. */
    private static int record(Packet p, int buf, int off, int end, TlsSession s, boolean fromServer,
                              boolean desegment, TcpPayload tcp) {
        int available = end - off;
        boolean tls10to12 = s.version == 0x0301 || s.version == 0x0302 || s.version == 0x0303 || s.version == 0x0101;
        int contentType = p.u8(buf, off);
        if (tls10to12 && !validContentType(contentType)) {
            // proto_tree_add_expert: an item over the rest, worded as the finding, with it beneath
            Expert.addItem(p, IGNORED_UNKNOWN_RECORD, buf, off, available);
            return end;
        }
        int version = p.u16(buf, off + 1);
        int recordLength = p.u16(buf, off + 3);
        if (!validContentType(contentType)) {
            return off + 5 + recordLength; // "Continuation Data"
        }
        if (available < recordLength + 5) {
            if (desegment) {
                tcp.needMore(off, recordLength + 5 - available);
                return -1;
            }
            return end;
        }
        int recordItem = p.addNone(RECORD, buf, off, 5 + recordLength);
        int saved = p.openSubtree(recordItem);
        try {
            if (s.version == 0x0304 && contentType == APPLICATION_DATA) {
                p.addUInt(RECORD_OPAQUE_TYPE, buf, off, 1, contentType);
            } else {
                p.addUInt(RECORD_CONTENT_TYPE, buf, off, 1, contentType);
            }
            p.addUInt(RECORD_VERSION, buf, off + 1, 2, version);
            int lengthItem = p.addUInt(RECORD_LENGTH, buf, off + 3, 2, recordLength);
            int body = off + 5;
            // Wireshark copies the whole record before it looks inside (for decryption): a record
            // the snapshot length cut shows its header alone, and the frame is "TLS truncated"
            p.need(buf, body, recordLength);
            int nextByte = p.u8(buf, body);
            if (s.version == TlsSession.VERSION_UNKNOWN) {
                Handshake.trySetVersion(s, contentType, nextByte, version);
            } else {
                version = s.version;
            }
            checkLength(p, buf, off + 3, lengthItem, contentType, recordLength, version);
            String app = content(p, buf, body, recordLength, contentType, version, s, fromServer);
            if (recordItem >= 0 && p.wantsText()) {
                p.setLabel(recordItem, RecordLabels.record(p, recordItem, contentType, version, s.version,
                        recordLength, app));
            }
        } finally {
            p.closeSubtree(saved);
        }
        return off + 5 + recordLength;
    }

    private static void checkLength(Packet p, int buf, int at, int item, int type, int length, int version) {
        int maxExpansion = version == 0x0304 ? 256 : 2048;
        if (length == 0 && (type == CHANGE_CIPHER_SPEC || type == ALERT || type == HANDSHAKE)) {
            String name = type == CHANGE_CIPHER_SPEC ? "Change Cipher Spec" : type == ALERT ? "Alert" : "Handshake";
            Expert.add(p, item, RECORD_LENGTH_INVALID, buf, at, "Zero-length " + name + " fragments are not allowed");
        }
        if (length > 16384 + maxExpansion) {
            Expert.add(p, item, RECORD_LENGTH_INVALID, buf, at,
                    "TLSCiphertext length MUST NOT exceed 2^14 + " + maxExpansion);
        }
    }

    /** The record's content; returns the protocol of application data (null: none known). */
    private static String content(Packet p, int buf, int body, int length, int type, int version,
                                  TlsSession s, boolean fromServer) {
        switch (type) {
            case CHANGE_CIPHER_SPEC -> {
                if (version == 0x0304 && s.tls13Draft > 0 && s.tls13Draft < 22) {
                    return null;
                }
                int item = p.addNone(CHANGE_CIPHER_SPEC_FIELD, buf, body, 1);
                if (s.version == 0x0304) {
                    return null;
                }
                int dir = fromServer ? 1 : 0;
                if (s.ccsFrame[dir] == 0) {
                    s.ccsFrame[dir] = p.number();
                }
                if (fromServer && s.resumed) {
                    Expert.add(p, item, RESUMED, buf, body);
                }
                if (fromServer) {
                    s.resumed = false;
                }
            }
            case ALERT -> {
                int item = p.addNone(ALERT_MESSAGE, buf, body, length);
                if (length != 2 && item >= 0 && p.wantsText()) {
                    p.setLabel(item, "Alert Message: Encrypted Alert");
                }
                if (length == 2) {
                    int saved = p.openSubtree(item);
                    p.addUInt(ALERT_MESSAGE_LEVEL, buf, body, 1, p.u8(buf, body));
                    p.addUInt(ALERT_MESSAGE_DESC, buf, body + 1, 1, p.u8(buf, body + 1));
                    p.closeSubtree(saved);
                }
            }
            case HANDSHAKE -> Handshake.dissect(p, buf, body, body + length, true, s, fromServer, 't');
            case APPLICATION_DATA -> {
                String app = s.appProtocol;
                if (app == null) {
                    app = TlsPorts.appProtocol(p.srcPort());
                    if (app == null) {
                        app = TlsPorts.appProtocol(p.dstPort());
                    }
                }
                s.appDataFrom |= fromServer ? 2 : 1;
                p.addBytes(APP_DATA, buf, body, length);
                if (app != null) {
                    p.addComputedString(APP_DATA_PROTO, buf, 0, 0, app);
                }
                return app;
            }
            default -> {
            }
        }
        return null;
    }

    private static final io.sharkfin.dissect.FieldSpec CHANGE_CIPHER_SPEC_FIELD = TlsFields.CHANGE_CIPHER_SPEC;
}
