package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

import java.util.HexFormat;

import static io.sharkfin.dissect.protocol.quic.QuicFields.*;

/**
 * One UDP datagram of QUIC, as Wireshark 4.0's {@code dissect_quic}: the connection it belongs to,
 * then each packet in it — long header (Initial, 0-RTT, Handshake), Retry, Version Negotiation,
 * short header, or a stateless reset — each packet after the first in a {@code quic} item of its
 * own. Made per datagram.
 */
final class QuicPackets {
    private static final String CHECKTAG_FAILED = "Decryption (checktag) failed: Checksum error";
    private static final int RESET_TOKEN = 16;

    private final Packet p;
    private final QuicConnections connections;
    private final QuicFrames frames;
    private QuicConnection conn;
    private boolean fromServer;

    QuicPackets(Packet p, QuicConnections connections, QuicFrames frames) {
        this.p = p;
        this.connections = connections;
        this.frames = frames;
    }

    /** Dissects a datagram ({@code t}: the UDP payload). */
    void datagram(Tvb t) {
        int protocolItem = p.entryCount() - 1;
        if (protocolItem < 0 || p.field(protocolItem) != QUIC.id()) {
            protocolItem = -1;
        }
        int outer = protocolItem >= 0 ? p.parent(protocolItem) : p.openSubtree(-1);
        Header h = Header.read(t);
        QuicConnections.Found found = connections.find(p, h.type(), h.dcid());
        conn = found.connection();
        fromServer = found.fromServer();
        Cid retryOdcid = conn != null && h.type() == QuicVersion.RETRY && conn.clientDcidSet
                ? conn.clientDcidInitial : null;
        boolean statelessReset = false;
        if (conn == null && t.capturedEnd() - RESET_TOKEN >= t.start
                && (found = connections.findStatelessReset(p,
                        p.copy(t.buf, t.capturedEnd() - RESET_TOKEN, RESET_TOKEN))).connection() != null) {
            conn = found.connection();
            fromServer = found.fromServer();
            statelessReset = true;
        } else {
            conn = connections.createOrUpdate(p, conn, h.type(), h.version(), h.scid(), h.dcid(),
                    fromServer);
        }
        connectionInfo(t);
        if (statelessReset) {
            statelessReset(t);
            return;
        }
        Cid firstDcid = Cid.EMPTY;
        int pos = t.start;
        int item = protocolItem;
        do {
            if (pos > t.start) {
                // each coalesced packet gets a quic item of its own (one layer all the same)
                p.closeSubtree(outer);
                item = p.addBytes(QUIC, t.buf, pos, t.restItemLength(pos));
                p.openSubtree(item);
            }
            Tvb msg = t.sub(pos, messageEnd(t, pos));
            Cid dcid = coalescedDcid(msg);
            if (dcid != null && pos == t.start) {
                firstDcid = dcid;
            } else if (dcid != null && !dcid.equals(firstDcid)) {
                // random padding data after the real packets, most likely
                if (Expert.wanted(p, QuicExperts.COALESCED_PADDING_DATA)) {
                    Expert.add(p, -1, QuicExperts.COALESCED_PADDING_DATA, t.buf, pos,
                            "(Random) padding data appended to the datagram");
                }
                break;
            }
            int length = msg.end - msg.start;
            if (pos == t.start) {
                p.setProtocolLength(length);
            } else {
                p.setLength(item, length);
            }
            p.addUInt(PACKET_LENGTH, t.buf, pos, 0, length);
            int first = msg.u8(pos);
            int end;
            if ((first & 0x80) != 0) {
                p.addUInt(HEADER_FORM, t.buf, pos, 1, 1);
                long version = msg.u32(pos + 1);
                if (version == 0) {
                    versionNegotiation(msg);
                    break;
                }
                end = QuicVersion.longPacketType(first, version) == QuicVersion.RETRY
                        ? retry(msg, retryOdcid) : longHeader(msg);
            } else {
                end = shortHeader(msg);
            }
            if (msg.reportedRemaining(end) > 0) {
                p.addBytes(REMAINING_PAYLOAD, t.buf, end, msg.restItemLength(end));
            }
            pos = msg.end;
        } while (t.reportedRemaining(pos) > 0);
    }

    /**
     * Whether {@link #datagram} would add nothing but QUIC's fields for the datagram from
     * {@code start} to {@code end} of buffer {@code buf} and change nothing kept (allocating
     * nothing to find out, most of the time): a short header packet (it fills its datagram) of a
     * conversation QUIC owns, whole and long enough for every read (a DCID of up to 20 bytes
     * after the first byte; a stateless reset's token is its last 16 bytes), whose connection,
     * if any, has no decryption state left to settle (its first short header packet after a
     * usable TLS cipher marks it undecryptable; without one, each only fails). Once no
     * connection has such state left, no packet's connection need be found: the answer is the
     * same for all. Or a datagram that is one Handshake packet ({@link #handshakeQuiet}).
     */
    static boolean quiet(Packet p, QuicConnections connections, int buf, int start, int end) {
        if (Math.min(end, p.bufferLength(buf)) != end || end - start < 1 + Cid.MAX_LENGTH) {
            return false;
        }
        if ((p.u8(buf, start) & 0x80) != 0) {
            return handshakeQuiet(p, connections, buf, start, end);
        }
        if (!connections.tlsCipherUsable(p) || connections.allSettled()) {
            return true;
        }
        QuicConnection conn = connections.findShort(p, buf, start + 1);
        return conn == null || conn.skipDecryption;
    }

    /**
     * Whether {@link #datagram} would add nothing but QUIC's fields for a datagram that is one
     * Handshake packet, which no key of this dissector opens: the packet fills the datagram
     * exactly (no coalesced packet, no padding), its CIDs are of at most 20 bytes and its length
     * is not 0, it belongs to a known connection, and dissecting it changes nothing kept (a
     * server's first Handshake packet could name the server's CID, and the first packet after a
     * usable TLS cipher marks it known).
     */
    private static boolean handshakeQuiet(Packet p, QuicConnections connections, int buf, int start, int end) {
        // read as datagram() reads it: a read it would fail on leaves the datagram to it
        Tvb t = new Tvb(p, buf, start, end);
        Header h;
        long length;
        int lengthEnd;
        try {
            h = Header.read(t);
            int dcil = t.u8(start + 5);
            int scil = t.u8(start + 6 + dcil);
            if (h.type() != QuicVersion.HANDSHAKE || dcil > Cid.MAX_LENGTH || scil > Cid.MAX_LENGTH) {
                return false;
            }
            int at = start + 7 + dcil + scil;
            length = t.varint(at);
            lengthEnd = at + t.varintLength;
        } catch (Truncated e) {
            return false;
        }
        if (length == 0 || length != end - lengthEnd) {
            return false;
        }
        QuicConnections.Found found = connections.find(p, QuicVersion.HANDSHAKE, h.dcid());
        QuicConnection conn = found.connection();
        return conn != null
                && !(found.fromServer() && h.scid().length() > 0 && conn.serverCids.get(0).cid.length() == 0)
                && (conn.cipherKnown || !connections.tlsCipherUsable(p));
    }

    private void connectionInfo(Tvb t) {
        int saved = p.openSubtree(p.addText(t.buf, t.start, 0, "QUIC Connection information", false));
        if (conn == null) {
            Expert.add(p, QuicExperts.CONNECTION_UNKNOWN, t.buf, t.start);
        } else {
            p.addUInt(CONNECTION_NUMBER, t.buf, t.start, 0, conn.number);
        }
        p.closeSubtree(saved);
    }

    /**
     * Wireshark's {@code quic_get_message_tvb}: a long header packet other than Retry and Version
     * Negotiation ends where its Length field says (if that is within the datagram); anything
     * else runs to the end of the datagram.
     */
    private static int messageEnd(Tvb t, int pos) {
        int first = t.u8(pos);
        if ((first & 0x80) != 0) {
            long version = t.u32(pos + 1);
            int type = QuicVersion.longPacketType(first, version);
            if (type != QuicVersion.RETRY && version != 0) {
                long length = 5;
                length += 1 + t.u8(pos + (int) length);
                length += 1 + t.u8(pos + (int) length);
                if (type == QuicVersion.INITIAL) {
                    long token = t.varint(pos + (int) length);
                    length = (length + t.varintLength + token) & 0xffffffffL;
                }
                long payload = t.varint(pos + (int) length);
                length = (length + t.varintLength + payload) & 0xffffffffL;
                if (payload <= Integer.MAX_VALUE && length < t.reportedRemaining(pos)) {
                    return pos + (int) length;
                }
            }
        }
        return t.end;
    }

    /**
     * The DCID Wireshark compares between coalesced packets ({@code check_dcid_on_coalesced_packet});
     * null for a short header without a connection, which cannot be checked.
     */
    private Cid coalescedDcid(Tvb msg) {
        int at = msg.start;
        int first = msg.u8(at);
        if ((first & 0x80) != 0) {
            int dcil = msg.u8(at + 5);
            return dcil > 0 && dcil <= Cid.MAX_LENGTH ? Cid.of(msg.bytes(at + 6, dcil)) : Cid.EMPTY;
        }
        if (conn == null) {
            return null;
        }
        int n = peerCid().length();
        return n == 0 ? Cid.EMPTY : Cid.of(msg.bytes(at + 1, n));
    }

    /** The first CID of the side the packet goes to (a short header's DCID is that long). */
    private Cid peerCid() {
        return (fromServer ? conn.clientCids : conn.serverCids).get(0).cid;
    }

    // ---------------------------------------------------------------- long header

    private int longHeader(Tvb msg) {
        int pos = msg.start;
        Header h = Header.read(msg);
        int type = h.type();
        boolean hasKeys = conn != null && (type == QuicVersion.INITIAL
                || (type == QuicVersion.ZERO_RTT && !fromServer) || type == QuicVersion.HANDSHAKE);
        String error = null;
        int pnLength = 0;
        int firstByte = 0;
        long pn = 0;
        PacketKeys keys = null;
        if (hasKeys) {
            if (type == QuicVersion.INITIAL && !fromServer && h.dcid().equals(conn.clientDcidInitial)) {
                conn.initialKeys(conn.version, h.dcid());
            } else if (type == QuicVersion.INITIAL && fromServer && h.version() != conn.version) {
                // compatible version negotiation: the server's version decides the keys from now
                conn.version = h.version();
                conn.initialKeys(conn.version, conn.clientDcidInitial);
            } else if (type == QuicVersion.ZERO_RTT) {
                error = "Secrets are not available";
            } else if (type == QuicVersion.HANDSHAKE) {
                error = cipherKnown() ? "Secrets are not available" : "Unable to retrieve cipher information";
            }
            if (error == null) {
                int pnOffset = pos + 1 + 4 + 1 + h.dcid().length() + 1 + h.scid().length();
                if (type == QuicVersion.INITIAL) {
                    long token = msg.varint(pnOffset);
                    pnOffset = (int) ((pnOffset + msg.varintLength + token) & 0xffffffffL);
                }
                msg.varint(pnOffset);
                pnOffset += msg.varintLength;
                error = "Header deprotection failed";
                keys = type == QuicVersion.INITIAL && conn.initialKeys != null
                        ? conn.initialKeys.of(fromServer) : null;
                if (keys != null) {
                    byte[] mask = keys.mask(msg.bytes(pnOffset + 4, PacketKeys.SAMPLE_LENGTH));
                    firstByte = h.firstByte() ^ (mask[0] & 0x0f);
                    pnLength = (firstByte & 0x03) + 1;
                    byte[] raw = msg.bytes(pnOffset, pnLength);
                    long truncated = 0;
                    for (int i = 0; i < pnLength; i++) {
                        truncated = (truncated << 8) | ((raw[i] ^ mask[1 + i]) & 0xff);
                    }
                    pn = PacketNumbers.expand(conn.maxPacketNumber(fromServer, firstByte), truncated,
                            8 * pnLength);
                    error = null;
                }
            }
        }
        p.addBoolean(FIXED_BIT, msg.buf, pos, 1, (h.firstByte() & 0x40) != 0);
        p.addUInt(QuicVersion.isV2(h.version()) ? LONG_PACKET_TYPE_V2 : LONG_PACKET_TYPE, msg.buf, pos, 1,
                (h.firstByte() & 0x30) >> 4);
        if (pnLength != 0) {
            p.addUInt(LONG_RESERVED, msg.buf, pos, 1, (firstByte & 0x0c) >> 2);
            p.addUInt(PACKET_NUMBER_LENGTH, msg.buf, pos, 1, firstByte & 0x03);
        }
        int offset = commonHeader(msg, pos + 1);
        if (type == QuicVersion.INITIAL) {
            long token = msg.varint(offset);
            p.addUInt(TOKEN_LENGTH, msg.buf, offset, msg.varintLength, token);
            offset += msg.varintLength;
            if (token != 0) {
                int n = msg.itemLength(offset, token & 0xffffffffL);
                p.addBytes(TOKEN, msg.buf, offset, n);
                offset += n;
            }
        }
        long length = msg.varint(offset);
        p.addUInt(LENGTH, msg.buf, offset, msg.varintLength, length);
        offset += msg.varintLength;
        if (error != null) {
            decryptionFailed(msg, "Failed to create decryption context: " + error);
            return offset;
        }
        if (conn == null || pnLength == 0) {
            decryptionFailed(msg, "Failed to decrypt packet number");
            return offset;
        }
        p.addUInt(PACKET_NUMBER, msg.buf, offset, pnLength, pn);
        offset += pnLength;
        int payloadItem = p.addBytes(PAYLOAD, msg.buf, offset, msg.restItemLength(offset));
        boolean ok = payload(msg, offset, payloadItem, keys, firstByte, pnLength, pn, type);
        if (ok) {
            conn.setMaxPacketNumber(fromServer, firstByte, pn);
        }
        return msg.end;
    }

    /** Whether the connection's cipher suite is known from TLS (and remembered once it is). */
    private boolean cipherKnown() {
        if (!conn.cipherKnown && connections.tlsCipherUsable(p)) {
            conn.cipherKnown = true;
        }
        return conn.cipherKnown;
    }

    private void decryptionFailed(Tvb msg, String message) {
        if (Expert.wanted(p, QuicExperts.DECRYPTION_FAILED)) {
            Expert.add(p, -1, QuicExperts.DECRYPTION_FAILED, msg.buf, msg.start, message);
        }
    }

    /** Version, DCID and SCID with their lengths ({@code dissect_quic_long_header_common}). */
    private int commonHeader(Tvb msg, int offset) {
        long version = msg.u32(offset);
        p.addUInt(VERSION, msg.buf, offset, 4, version);
        offset += 4;
        int dcil = msg.u8(offset);
        p.addUInt(DCIL, msg.buf, offset, 1, dcil);
        offset++;
        if (dcil > 0) {
            msg.ensure(offset, dcil);
            p.addBytes(DCID, msg.buf, offset, dcil);
            offset += dcil;
        }
        int scil = msg.u8(offset);
        p.addUInt(SCIL, msg.buf, offset, 1, scil);
        offset++;
        if (scil > 0) {
            msg.ensure(offset, scil);
            p.addBytes(SCID, msg.buf, offset, scil);
            offset += scil;
        }
        return offset;
    }

    /**
     * Decrypts the payload and dissects its frames ({@code quic_process_payload}); returns whether
     * decryption worked.
     */
    private boolean payload(Tvb msg, int offset, int payloadItem, PacketKeys keys, int firstByte,
                            int pnLength, long pn, int type) {
        int headerLength = offset - msg.start;
        int sealedLength = msg.capturedRemaining(offset);
        String error = null;
        byte[] plain = null;
        if (sealedLength - PacketKeys.TAG_LENGTH <= 0) {
            error = "Decryption not possible, ciphertext is too short";
        } else {
            byte[] header = p.copy(msg.buf, msg.start, headerLength);
            header[0] = (byte) firstByte;
            for (int i = 0; i < pnLength; i++) {
                header[headerLength - 1 - i] = (byte) (pn >>> (8 * i));
            }
            // the ciphertext where it lies when its buffer is an array (the frame's, usually):
            // an Initial is 1,200 bytes or more, and every one is decrypted
            byte[] array = p.bufferArray(msg.buf);
            plain = array != null
                    ? keys.open(pn, header, array, (int) p.bufferBase(msg.buf) + offset, sealedLength)
                    : keys.open(pn, header, p.copy(msg.buf, offset, sealedLength));
            if (plain == null) {
                error = CHECKTAG_FAILED;
            }
        }
        if (error != null) {
            if (Expert.wanted(p, QuicExperts.DECRYPTION_FAILED)) {
                Expert.add(p, payloadItem, QuicExperts.DECRYPTION_FAILED, msg.buf, offset,
                        "Decryption failed: " + error);
            }
            return false;
        }
        if (plain.length > 0 && !QuicVersion.isGoogle(conn.version)) {
            int buf = p.addBuffer("Decrypted QUIC", plain);
            frames.dissectAll(new Tvb(p, buf, 0, plain.length),
                    new QuicFrames.Context(conn, fromServer, type));
        }
        return true;
    }

    // ---------------------------------------------------------------- short header

    private int shortHeader(Tvb msg) {
        int pos = msg.start;
        int header = p.addNone(SHORT, msg.buf, pos, msg.restItemLength(pos));
        int saved = p.openSubtree(header);
        int first = msg.u8(pos);
        p.addUInt(HEADER_FORM, msg.buf, pos, 1, 0);
        int dcidLength = 0;
        String error = null;
        if (conn != null) {
            dcidLength = peerCid().length();
            // without 1-RTT secrets the header protection cannot be removed
            if (!conn.skipDecryption) {
                if (connections.tlsCipherUsable(p)) {
                    conn.cipherKnown = true;
                    connections.settle(conn);
                    error = "Secrets are not available";
                } else {
                    error = "Missing TLS handshake, unsupported ciphers or padding";
                }
            }
        }
        p.addBoolean(FIXED_BIT, msg.buf, pos, 1, (first & 0x40) != 0);
        p.addBoolean(SPIN_BIT, msg.buf, pos, 1, (first & 0x20) != 0);
        int offset = pos + 1;
        if (dcidLength > 0) {
            msg.ensure(offset, dcidLength);
            p.addBytes(DCID, msg.buf, offset, dcidLength);
            offset += dcidLength;
            if (header >= 0 && p.wantsText()) {
                // dissect_quic_short_header appends the DCID to the header's item
                p.setLabel(header, SHORT.title() + " DCID=" + HexFormat.of().formatHex(p.copy(msg.buf, offset - dcidLength, dcidLength)));
            }
        }
        p.closeSubtree(saved);
        if (error != null) {
            decryptionFailed(msg, "Failed to create decryption context: " + error);
        }
        return offset;
    }

    // ---------------------------------------------------------------- Retry, VN, reset

    private int retry(Tvb msg, Cid odcid) {
        int pos = msg.start;
        int first = msg.u8(pos);
        long version = msg.u32(pos + 1);
        p.addUInt(QuicVersion.isV2(version) ? LONG_PACKET_TYPE_V2 : LONG_PACKET_TYPE, msg.buf, pos, 1,
                (first & 0x30) >> 4);
        int offset = commonHeader(msg, pos + 1);
        boolean old = QuicVersion.draftAtMost(version, 24);
        if (old) {
            int odcil = msg.u8(offset);
            p.addUInt(ODCIL, msg.buf, offset, 1, odcil);
            offset++;
            msg.ensure(offset, odcil);
            p.addBytes(ODCID, msg.buf, offset, odcil);
            offset += odcil;
        }
        int tokenLength = msg.reportedRemaining(offset);
        if (!old && tokenLength >= 16) {
            tokenLength -= 16;
        }
        msg.ensure(offset, tokenLength);
        p.addBytes(RETRY_TOKEN, msg.buf, offset, tokenLength);
        offset += tokenLength;
        if (!old) {
            msg.ensure(offset, 16);
            int tag = p.addBytes(RETRY_INTEGRITY_TAG, msg.buf, offset, 16);
            Boolean verified = odcid == null ? null : RetryIntegrity.verify(version, odcid,
                    msg.bytes(pos, msg.end - pos));
            if (Expert.wanted(p, QuicExperts.BAD_RETRY)) {
                if (verified == null) {
                    Expert.add(p, tag, QuicExperts.BAD_RETRY, msg.buf, offset,
                            "Cannot verify Retry Packet due to unknown ODCID");
                } else if (!verified) {
                    Expert.add(p, tag, QuicExperts.BAD_RETRY, msg.buf, offset);
                }
            }
            offset += 16;
        }
        return offset;
    }

    private void versionNegotiation(Tvb msg) {
        int pos = msg.start;
        int first = msg.u8(pos);
        p.addUInt(VN_UNUSED, msg.buf, pos, 1, first & 0x7f);
        int offset = commonHeader(msg, pos + 1);
        while (msg.reportedRemaining(offset) > 0) {
            p.addUInt(SUPPORTED_VERSION, msg.buf, offset, 4, msg.u32(offset));
            offset += 4;
        }
    }

    private void statelessReset(Tvb t) {
        int length = t.end - t.start;
        p.addUInt(PACKET_LENGTH, t.buf, t.start, 0, length);
        int first = t.u8(t.start);
        int form = p.addUInt(HEADER_FORM, t.buf, t.start, 1, (first & 0x80) >> 7);
        if ((first & 0x80) != 0 && Expert.wanted(p, QuicExperts.PROTOCOL_VIOLATION)) {
            Expert.add(p, form, QuicExperts.PROTOCOL_VIOLATION, t.buf, t.start,
                    "Stateless Reset packets must be formatted as with short header");
        }
        p.addBoolean(FIXED_BIT, t.buf, t.start, 1, (first & 0x40) != 0);
        int bits = (length - 16) * 8 - 2;
        if (bits <= 0) {
            // Wireshark refuses a bit field of no bits as a dissector bug
            throw io.sharkfin.dissect.Truncated.MALFORMED;
        }
        int span = (2 + bits + 7) >> 3;
        byte[] raw = t.bytes(t.start, span);
        byte[] value = new byte[(bits + 7) >> 3];
        for (int i = 0; i < value.length; i++) {
            int hi = (raw[i] & 0xff) << 2;
            int lo = i + 1 < raw.length ? (raw[i + 1] & 0xff) >>> 6 : 0;
            value[i] = (byte) (hi | lo);
        }
        value[value.length - 1] &= (byte) (0xff << ((8 - bits % 8) % 8));
        p.addComputedBytes(UNPREDICTABLE_BITS, t.buf, t.start, span, value);
        t.ensure(t.end - 16, 16);
        p.addBytes(STATELESS_RESET_TOKEN, t.buf, t.end - 16, 16);
    }
}
