package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Packet;

import static io.sharkfin.dissect.protocol.tls.TlsFields.*;

/**
 * The handshake protocol inside records (Wireshark's {@code dissect_tls_handshake} and
 * {@code dissect_tls_handshake_full}): messages one after the other, a message that continues in
 * later records reassembled per direction, encrypted handshake messages recognised and left
 * alone, and each message's body dissected.
 */
final class Handshake {
    static final int CLIENT_HELLO = 1;
    static final int SERVER_HELLO = 2;

    private static final byte[] HRR_RANDOM = {(byte) 0xcf, 0x21, (byte) 0xad, 0x74, (byte) 0xe5, (byte) 0x9a,
        0x61, 0x11, (byte) 0xbe, 0x1d, (byte) 0x8c, 0x02, 0x1e, 0x65, (byte) 0xb8, (byte) 0x91, (byte) 0xc2,
        (byte) 0xa2, 0x11, 0x16, 0x7a, (byte) 0xbb, (byte) 0x8c, 0x5e, 0x07, (byte) 0x9e, 0x09, (byte) 0xe2,
        (byte) 0xc8, (byte) 0xa8, 0x33, (byte) 0x9c};

    private Handshake() {
    }

    /** Message types Wireshark knows ({@code ssl_31_handshake_type}). */
    static boolean known(int type) {
        return switch (type) {
            case 0, 1, 2, 3, 4, 5, 6, 8, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 67, 254 -> true;
            default -> false;
        };
    }

    /**
     * Dissects the handshake messages of one record (or of QUIC CRYPTO data).
     *
     * @param maybeEncrypted whether the bytes may be encrypted (a plain record, not QUIC)
     * @param transport      't' for TCP, 'q' for QUIC (JA4's first character)
     */
    static void dissect(Packet p, int buf, int off, int end, boolean maybeEncrypted, TlsSession s,
                        boolean fromServer, char transport) {
        // without records (QUIC), Wireshark words the tls item itself as it would a record's:
        // "TLSv1.3 Record Layer: Handshake Protocol: Client Hello"
        boolean word = transport == 'q' && p.protocolItem() >= 0;
        String shown = messages(p, buf, off, end, maybeEncrypted, s, fromServer, transport, word);
        if (shown != null) {
            p.setLabel(p.protocolItem(), "TLSv1.3 Record Layer: Handshake Protocol: " + shown);
        }
    }

    /**
     * The messages of {@link #dissect}; returns what Wireshark's tree shows of them
     * ({@code tls_show_handshake_details}): the first message's type ("Client Hello", with
     * " (fragment)" when it is not complete here), "Multiple Handshake Messages" once a second
     * one or the middle of a reassembled one is seen; null when nothing is shown, or when not
     * {@code word}ed (then nothing of it is worked out).
     */
    private static String messages(Packet p, int buf, int off, int end, boolean maybeEncrypted, TlsSession s,
                                   boolean fromServer, char transport, boolean word) {
        HandshakeReassembly r = s.reassembly[fromServer ? 1 : 0];
        boolean firstMessage = true;
        String shown = null;
        long frame = p.number();
        if (r.active()) {
            byte[] head = r.head(4);
            int have = r.length();
            int subset = end - off;
            long msgLen = 0;
            if (have + subset >= 4) {
                byte[] len = new byte[4];
                System.arraycopy(head, 0, len, 0, Math.min(4, have));
                for (int i = have; i < 4; i++) {
                    len[i] = (byte) p.u8(buf, off + i - have);
                }
                msgLen = 4 + (((len[1] & 0xffL) << 16) | ((len[2] & 0xff) << 8) | (len[3] & 0xff));
                if (subset > msgLen - have) {
                    subset = (int) (msgLen - have);
                }
            }
            if (!p.available(buf, off, subset)) {
                r.abandon();
                return null;
            }
            int type = r.messageType();
            r.append(p.copy(buf, off, subset), frame);
            if (!r.active()) {
                return null; // abandoned: too large to keep
            }
            boolean last = msgLen != 0 && have + subset == msgLen;
            if (!last) {
                fragmentItem(p, buf, off, end - off, type, " (fragment)");
                return word ? MULTIPLE : null;
            }
            fragmentItem(p, buf, off, subset, type, " (last fragment)");
            off += subset;
            byte[] message = r.bytes();
            int rbuf = p.addBuffer("Reassembled TLS Handshake", message);
            fragmentTree(p, rbuf, message.length, r);
            r.finish();
            shown = word ? shown(p, rbuf, 0, message.length, true, shown) : null;
            full(p, rbuf, 0, message.length, s, fromServer, true, transport);
            firstMessage = false;
            assert type >= 0;
        } else if (maybeEncrypted && looksEncrypted(p, buf, off, end, s, fromServer)) {
            addMessageItem(p, buf, off, end - off);
            return word ? ENCRYPTED : null;
        }
        while (off < end) {
            int subset = end - off;
            long msgLen = subset >= 4 ? 4 + p.u24(buf, off + 1) : 0;
            if (msgLen == 0 || subset < msgLen) {
                r.start(p.copy(buf, off, Math.min(subset, Math.max(0, p.bufferLength(buf) - off))), frame);
                fragmentItem(p, buf, off, subset, p.available(buf, off, 1) ? p.u8(buf, off) : -1, " (fragment)");
                if (!word) {
                    return null;
                }
                if (!firstMessage) {
                    return MULTIPLE;
                }
                return p.available(buf, off, 1) ? typeName(p.u8(buf, off)) + " (fragment)" : null;
            }
            shown = word ? shown(p, buf, off, (int) msgLen, firstMessage, shown) : null;
            full(p, buf, off, (int) msgLen, s, fromServer, firstMessage, transport);
            off += (int) msgLen;
            firstMessage = false;
        }
        return shown;
    }

    private static final String MULTIPLE = "Multiple Handshake Messages";
    private static final String ENCRYPTED = "Encrypted Handshake Message";

    /** What the tree shows after message {@code [off, off + length)}, given what it showed before. */
    private static String shown(Packet p, int buf, int off, int length, boolean first, String before) {
        int type = p.u8(buf, off);
        if (!first) {
            return known(type) ? MULTIPLE : before;
        }
        int bodyLen = p.u24(buf, off + 1);
        if (type == SERVER_HELLO && bodyLen > 2 && isHrr(p, buf, off + 4, off + Math.min(length, 4 + bodyLen))) {
            return "Hello Retry Request";
        }
        return typeName(type);
    }

    /** Wireshark's name of a handshake message type, "Encrypted Handshake Message" for others. */
    private static String typeName(int type) {
        return HandshakeTypes.nameOr(type, ENCRYPTED);
    }

    private static void addMessageItem(Packet p, int buf, int off, int len) {
        p.addNone(HANDSHAKE, buf, off, len);
    }

    /**
     * A piece of a message that spans records or CRYPTO frames, worded as
     * tls_show_handshake_details words it ("Handshake Protocol: Client Hello (fragment)", "...
     * (last fragment)"); {@code type} -1 when not even the type byte is there.
     */
    private static void fragmentItem(Packet p, int buf, int off, int len, int type, String suffix) {
        int item = p.addNone(HANDSHAKE, buf, off, len);
        if (item >= 0 && type >= 0 && p.wantsText()) {
            p.setLabel(item, "Handshake Protocol: " + typeName(type) + suffix);
        }
    }

    /** The reassembled message's fragments, each over the bytes it gave ("#16(36)"). */
    private static void fragmentTree(Packet p, int rbuf, int length, HandshakeReassembly r) {
        int tree = p.addNone(HANDSHAKE_FRAGMENTS, rbuf, 0, length);
        int saved = p.openSubtree(tree);
        int at = 0;
        for (int i = 0; i < r.fragmentCount(); i++) {
            p.addUInt(HANDSHAKE_FRAGMENT, rbuf, at, r.fragmentSize(i), r.fragmentFrame(i));
            at += r.fragmentSize(i);
        }
        p.addUInt(HANDSHAKE_FRAGMENT_COUNT, rbuf, 0, 0, r.fragmentCount());
        p.closeSubtree(saved);
    }

    /** Wireshark's {@code is_encrypted_handshake_message}. */
    private static boolean looksEncrypted(Packet p, int buf, int off, int end, TlsSession s, boolean fromServer) {
        if (end - off < 16) {
            return false;
        }
        boolean encrypted = p.u32(buf, off) == 0 && p.u8(buf, off + 4) == 0;
        if (!encrypted) {
            long ccs = s.ccsFrame[fromServer ? 1 : 0];
            encrypted = ccs != 0 && p.number() > ccs;
        }
        if (!encrypted) {
            encrypted = !known(p.u8(buf, off)) || p.u24(buf, off + 1) >= 0x10000;
        }
        return encrypted;
    }

    /** One complete message of {@code length} bytes at {@code off} (type and length included). */
    static void full(Packet p, int buf, int off, int length, TlsSession s, boolean fromServer,
                     boolean first, char transport) {
        int type = p.u8(buf, off);
        int bodyLen = p.u24(buf, off + 1);
        if (!known(type) && !first) {
            return;
        }
        if (first && type == SERVER_HELLO && bodyLen > 2) {
            scanServerHello(p, buf, off + 4, off + 4 + bodyLen, s);
        }
        int item = p.addNone(HANDSHAKE, buf, off, length);
        if (!known(type)) {
            return;
        }
        int saved = p.openSubtree(item);
        try {
            p.addUInt(HANDSHAKE_TYPE, buf, off, 1, type);
            p.addUInt(HANDSHAKE_LENGTH, buf, off + 1, 3, bodyLen);
            int body = off + 4;
            int end = body + bodyLen;
            if (type == CLIENT_HELLO || type == SERVER_HELLO) {
                s.resetForHello();
            }
            switch (type) {
                case CLIENT_HELLO -> {
                    s.serverPort = p.dstPort(); // Wireshark's ssl_set_server
                    Hellos.client(p, buf, body, end, s, transport);
                }
                case SERVER_HELLO -> Hellos.server(p, buf, body, end, s, isHrr(p, buf, body, end));
                case 4 -> Messages.newSessionTicket(p, buf, body, end, s);
                case 6 -> Hellos.helloRetryRequest(p, buf, body, end, s);
                case 8 -> Extensions.dissect(p, buf, body, end, Extensions.ENCRYPTED_EXTENSIONS, s, null);
                case 11 -> Messages.certificate(p, buf, body, end, s);
                case 12 -> Messages.serverKeyExchange(p, buf, body, end, s);
                case 13 -> Messages.certificateRequest(p, buf, body, end, s);
                case 14 -> s.resumed = false;
                case 15 -> Messages.digitallySigned(p, buf, body, end, s.version,
                        HANDSHAKE_CLIENT_CERT_VRFY_SIG_LEN, HANDSHAKE_CLIENT_CERT_VRFY_SIG);
                case 16 -> Messages.clientKeyExchange(p, buf, body, bodyLen, s);
                case 20 -> {
                    if (s.version != 0x0300) {
                        p.addBytes(HANDSHAKE_VERIFY_DATA, buf, body, bodyLen);
                    }
                }
                case 22 -> Messages.certificateStatus(p, buf, body, end);
                default -> {
                }
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static boolean isHrr(Packet p, int buf, int body, int end) {
        if (end - body < 34 || !p.available(buf, body + 2, 32)) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            if ((byte) p.u8(buf, body + 2 + i) != HRR_RANDOM[i]) {
                return false;
            }
        }
        return true;
    }

    /** Wireshark's {@code tls_scan_server_hello} and {@code ssl_try_set_version}. */
    private static void scanServerHello(Packet p, int buf, int off, int end, TlsSession s) {
        if (!p.available(buf, off, 2)) {
            return;
        }
        int version = p.u16(buf, off);
        if (version == 0x0303 && end - off >= 46 && p.available(buf, off, end - off)) {
            int o = off + 34;
            int sidLen = p.u8(buf, o);
            o++;
            if (end - o >= sidLen + 5) {
                o += sidLen + 5;
                while (end - o >= 6) {
                    int extType = p.u16(buf, o);
                    int extLen = p.u16(buf, o + 2);
                    if (end - o < 4 + extLen) {
                        break;
                    }
                    if (extType == 43 && extLen == 2) {
                        version = p.u16(buf, o + 4);
                        break;
                    }
                    o += 4 + extLen;
                }
            }
        }
        trySetVersion(s, 22, SERVER_HELLO, version);
    }

    /** Wireshark's {@code ssl_try_set_version} (not DTLS). */
    static void trySetVersion(TlsSession s, int contentType, int handshakeType, int version) {
        boolean authoritative = (contentType == 22 && known(handshakeType) && handshakeType != CLIENT_HELLO)
                || (contentType != 22 && Records.validContentType(contentType));
        if (!authoritative) {
            return;
        }
        int draft = 0;
        if (handshakeType == SERVER_HELLO) {
            draft = draftVersion(version);
            if (draft != 0) {
                version = 0x0304;
            }
            if (version == 0xfb17 || version == 0xfb1a) {
                draft = version & 0xff;
                version = 0x0304;
            }
        }
        switch (version) {
            case 0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x0101 -> {
                s.tls13Draft = draft;
                s.version = version;
            }
            default -> {
            }
        }
    }

    /** The TLS 1.3 draft number of a 0x7fXX version, else 0. */
    static int draftVersion(int version) {
        return (version & 0xff00) == 0x7f00 ? version & 0xff : 0;
    }
}
