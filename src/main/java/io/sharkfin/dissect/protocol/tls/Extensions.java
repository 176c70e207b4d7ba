package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.DataDissector;

import static io.sharkfin.dissect.protocol.tls.TlsFields.*;

/**
 * Hello extensions ({@code ssl_dissect_hnd_extension}): the extension list of ClientHello,
 * ServerHello, HelloRetryRequest, EncryptedExtensions, Certificate entries, CertificateRequest
 * and NewSessionTicket, each extension's own fields, and its part in the JA3 strings.
 */
final class Extensions {
    static final int CLIENT_HELLO = 1;
    static final int SERVER_HELLO = 2;
    static final int NEW_SESSION_TICKET = 4;
    static final int ENCRYPTED_EXTENSIONS = 8;
    static final int CERTIFICATE = 11;
    static final int CERT_REQUEST = 13;
    static final int HELLO_RETRY_REQUEST = 6;

    private Extensions() {
    }

    /**
     * Dissects an extension list (2-byte length, then extensions) at {@code off} up to
     * {@code end}; returns the offset after it. {@code fp}: the hello's fingerprints, or null.
     */
    static int dissect(Packet p, int buf, int off, int end, int hsType, TlsSession s, Fingerprints fp) {
        long extsLen = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_LENGTH, 0, 0xffff);
        if (extsLen < 0) {
            return end;
        }
        off += 2;
        end = off + (int) extsLen;
        while (end - off >= 4) {
            int type = p.u16(buf, off);
            int len = p.u16(buf, off + 2);
            int saved = p.openSubtree(!p.wantsText() ? -1 : text(p, buf, off, 4 + len, "Extension: "
                    + name(p, HANDSHAKE_EXTENSION_TYPE, type, "Unknown type " + type) + " (len=" + len + ")"));
            try {
                p.addUInt(HANDSHAKE_EXTENSION_TYPE, buf, off, 2, type);
                if (fp != null) {
                    fp.extension(type);
                    if (!Vectors.isGrease(type)) {
                        fp.ja3.append(fp.ja3ExtensionDash).append(type);
                        fp.ja3ExtensionDash = "-";
                    }
                }
                off += 2;
                long extLen = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSION_LEN, 0, 0xffff);
                if (extLen < 0) {
                    return end;
                }
                off += 2;
                int next = off + (int) extLen;
                off = one(p, buf, type, off, next, hsType, s, fp);
                if (!Vectors.end(p, buf, off, next)) {
                    off = next;
                }
            } finally {
                p.closeSubtree(saved);
            }
        }
        if (fp != null && hsType == CLIENT_HELLO) {
            fp.ja3.append(fp.ja3Groups.length() > 0 ? fp.ja3Groups : ",");
            fp.ja3.append(fp.ja3PointFormats.length() > 0 ? fp.ja3PointFormats : ",");
        }
        if (!Vectors.end(p, buf, off, end)) {
            off = end;
        }
        return off;
    }

    private static int one(Packet p, int buf, int type, int off, int end, int hs, TlsSession s,
                           Fingerprints fp) {
        switch (type) {
            case 0:
                return serverName(p, buf, off, end, fp);
            case 1:
                p.addUInt(HANDSHAKE_MAX_FRAGMENT_LENGTH, buf, off, 1, p.u8(buf, off));
                return off + 1;
            case 5:
                if (hs == CLIENT_HELLO) {
                    return statusRequest(p, buf, off, end);
                }
                if (s.version == 0x0304 && hs == CERTIFICATE) {
                    return Messages.certificateStatus(p, buf, off, end);
                }
                return off;
            case 10:
                return supportedGroups(p, buf, off, end, hs == CLIENT_HELLO ? fp : null);
            case 11:
                return pointFormats(p, buf, off, hs == CLIENT_HELLO ? fp : null);
            case 13:
            case 50:
                return Messages.sigHashAlgs(p, buf, off, end, hs == CLIENT_HELLO ? fp : null);
            case 15:
                p.addUInt(HANDSHAKE_EXTENSION_HEARTBEAT_MODE, buf, off, 1, p.u8(buf, off));
                return off + 1;
            case 16:
                return alpn(p, buf, off, end, hs, s, fp);
            case 18:
                if (hs == SERVER_HELLO || hs == ENCRYPTED_EXTENSIONS || hs == CERTIFICATE) {
                    return Messages.sctList(p, buf, off, end, s.version);
                }
                return off;
            case 21:
                p.addBytes(HANDSHAKE_EXTENSIONS_PADDING_DATA, buf, off, end - off);
                return end;
            case 27:
                return compressCertificate(p, buf, off, end, hs);
            case 28:
                p.addUInt(RECORD_SIZE_LIMIT, buf, off, 2, p.u16(buf, off));
                return off + 2;
            case 35: {
                // ssl_dissect_hnd_hello_ext_session_ticket words the ticket's item by its size
                int data = p.addBytes(HANDSHAKE_EXTENSION_DATA, buf, off, end - off);
                if (data >= 0 && p.wantsText()) {
                    p.setLabel(data, DataDissector.label(end - off));
                }
                return end;
            }
            case 40:
            case 51:
                return keyShare(p, buf, off, end, hs);
            case 41:
                return preSharedKey(p, buf, off, end, hs);
            case 42:
            case 46:
                if (hs == NEW_SESSION_TICKET) {
                    p.addUInt(EARLY_DATA_MAX_EARLY_DATA_SIZE, buf, off, 4, p.u32(buf, off));
                    return off + 4;
                }
                return off;
            case 43:
                if (hs == CLIENT_HELLO) {
                    return supportedVersions(p, buf, off, end, fp);
                }
                if (hs == SERVER_HELLO || hs == HELLO_RETRY_REQUEST) {
                    p.addUInt(HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION, buf, off, 2, p.u16(buf, off));
                    return off + 2;
                }
                return off;
            case 44:
                return cookie(p, buf, off, end);
            case 45:
                return pskKeyExchangeModes(p, buf, off, end);
            case 17513:
                return alps(p, buf, off, end, hs);
            case 57:
            case 0xffa5:
                return QuicTransportParameters.dissect(p, buf, off, end);
            case 65281:
                return renegotiationInfo(p, buf, off, end);
            case 22:
            case 23:
            case 49:
                return off; // encrypt_then_mac, extended_master_secret, post_handshake_auth: empty
            default:
                if (isDissectedElsewhere(type)) {
                    return end; // known to Wireshark, decoded there by fields sharkfin lacks
                }
                p.addBytes(HANDSHAKE_EXTENSION_DATA, buf, off, end - off);
                return end;
        }
    }

    /**
     * Extensions Wireshark decodes into fields of its own that sharkfin does not produce (SRP, certificate types, status_request_v2, delegated credentials,
     * ESNI, connection id, OID filters, certificate authorities, NPN): they are skipped without
     * the generic {@code tls.handshake.extension.data} item, which Wireshark does not add for them.
     */
    private static boolean isDissectedElsewhere(int type) {
        return switch (type) {
            case 9, 12, 17, 19, 20, 34, 47, 48, 53, 54, 0xffce, 13172, 0x26 -> true;
            default -> false;
        };
    }

    private static int serverName(Packet p, int buf, int off, int end, Fingerprints fp) {
        if (fp != null) {
            fp.sni = true;
        }
        if (off == end) {
            return off;
        }
        int saved = p.openSubtree(!p.wantsText() ? -1 : text(p, buf, off, end - off, "Server Name Indication extension"));
        try {
            return serverNames(p, buf, off, end);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static int serverNames(Packet p, int buf, int off, int end) {
        long listLen = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_SERVER_NAME_LIST_LEN, 1, 0xffff);
        if (listLen < 0) {
            return end;
        }
        off += 2;
        int next = off + (int) listLen;
        while (off < next) {
            p.addUInt(HANDSHAKE_EXTENSIONS_SERVER_NAME_TYPE, buf, off, 1, p.u8(buf, off));
            off++;
            long nameLen = Vectors.add(p, buf, off, next, HANDSHAKE_EXTENSIONS_SERVER_NAME_LEN, 1, 0xffff);
            if (nameLen < 0) {
                return next;
            }
            off += 2;
            asciiString(p, HANDSHAKE_EXTENSIONS_SERVER_NAME, buf, off, (int) nameLen);
            off += (int) nameLen;
        }
        return off;
    }

    private static int statusRequest(Packet p, int buf, int off, int end) {
        int statusType = p.u8(buf, off);
        p.addUInt(HANDSHAKE_EXTENSIONS_STATUS_REQUEST_TYPE, buf, off, 1, statusType);
        off++;
        if (statusType == 1 || statusType == 2) {
            long ids = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_STATUS_REQUEST_RESPONDER_IDS_LEN, 0, 0xffff);
            if (ids < 0) {
                return end;
            }
            off += 2 + (int) ids;
            long exts = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_STATUS_REQUEST_EXTS_LEN, 0, 0xffff);
            if (exts < 0) {
                return end;
            }
            off += 2 + (int) exts;
        }
        return off;
    }

    private static int supportedGroups(Packet p, int buf, int off, int end, Fingerprints fp) {
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_SUPPORTED_GROUPS_LENGTH, 2, 0xffff);
        if (len < 0) {
            return end;
        }
        off += 2;
        int next = off + (int) len;
        int list = p.addNone(HANDSHAKE_EXTENSIONS_SUPPORTED_GROUPS, buf, off, (int) len);
        int saved = p.openSubtree(list);
        String dash = "";
        if (fp != null) {
            fp.ja3Groups.append(',');
        }
        // Wireshark walks to the end of the extension, not of the list
        while (off + 2 <= end) {
            int g = p.u16(buf, off);
            p.addUInt(HANDSHAKE_EXTENSIONS_SUPPORTED_GROUP, buf, off, 2, g);
            off += 2;
            if (fp != null && !Vectors.isGrease(g)) {
                fp.ja3Groups.append(dash).append(g);
                dash = "-";
            }
        }
        p.closeSubtree(saved);
        if (!Vectors.end(p, buf, off, next)) {
            off = next;
        }
        return off;
    }

    private static int pointFormats(Packet p, int buf, int off, Fingerprints fp) {
        int n = p.u8(buf, off);
        p.addUInt(HANDSHAKE_EXTENSIONS_EC_POINT_FORMATS_LENGTH, buf, off, 1, n);
        off++;
        int list = p.addNone(HANDSHAKE_EXTENSIONS_EC_POINT_FORMATS, buf, off, n);
        int saved = p.openSubtree(list);
        if (fp != null) {
            fp.ja3PointFormats.append(',');
        }
        for (int i = 0; i < n; i++) {
            int v = p.u8(buf, off);
            p.addUInt(HANDSHAKE_EXTENSIONS_EC_POINT_FORMAT, buf, off, 1, v);
            off++;
            if (fp != null) {
                fp.ja3PointFormats.append(v);
                if (i + 1 < n) {
                    fp.ja3PointFormats.append('-');
                }
            }
        }
        p.closeSubtree(saved);
        return off;
    }

    private static int alpn(Packet p, int buf, int off, int end, int hs, TlsSession s, Fingerprints fp) {
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_ALPN_LEN, 2, 0xffff);
        if (len < 0) {
            return end;
        }
        off += 2;
        int next = off + (int) len;
        int list = p.addNone(HANDSHAKE_EXTENSIONS_ALPN_LIST, buf, off, (int) len);
        int saved = p.openSubtree(list);
        String chosen = null;
        try {
            while (off < next) {
                long nameLen = Vectors.add(p, buf, off, next, HANDSHAKE_EXTENSIONS_ALPN_STR_LEN, 1, 0xff);
                if (nameLen < 0) {
                    return next;
                }
                off++;
                asciiString(p, HANDSHAKE_EXTENSIONS_ALPN_STR, buf, off, (int) nameLen);
                if (fp != null && fp.firstAlpn == null) {
                    fp.firstAlpn = p.copy(buf, off, (int) nameLen);
                }
                if (hs == SERVER_HELLO || hs == ENCRYPTED_EXTENSIONS) {
                    chosen = new String(p.copy(buf, off, (int) nameLen), java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                off += (int) nameLen;
            }
        } finally {
            p.closeSubtree(saved);
        }
        if (chosen != null) {
            String app = TlsPorts.alpnProtocol(chosen);
            if (app != null) {
                s.appProtocol = app;
            }
        }
        return off;
    }

    private static int alps(Packet p, int buf, int off, int end, int hs) {
        if (hs != CLIENT_HELLO) {
            return end;
        }
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_ALPS_LEN, 2, 0xffff);
        if (len < 0) {
            return end;
        }
        off += 2;
        int next = off + (int) len;
        int list = p.addNone(HANDSHAKE_EXTENSIONS_ALPS_ALPN_LIST, buf, off, (int) len);
        int saved = p.openSubtree(list);
        try {
            while (off < next) {
                long nameLen = Vectors.add(p, buf, off, next, HANDSHAKE_EXTENSIONS_ALPS_ALPN_STR_LEN, 1, 0xff);
                if (nameLen < 0) {
                    return next;
                }
                off++;
                asciiString(p, HANDSHAKE_EXTENSIONS_ALPS_ALPN_STR, buf, off, (int) nameLen);
                off += (int) nameLen;
            }
        } finally {
            p.closeSubtree(saved);
        }
        return off;
    }

    private static int compressCertificate(Packet p, int buf, int off, int end, int hs) {
        if (hs != CLIENT_HELLO && hs != CERT_REQUEST) {
            return off;
        }
        long len = Vectors.add(p, buf, off, end, COMPRESS_CERTIFICATE_ALGORITHMS_LENGTH, 1, 0xfe);
        if (len < 0) {
            return end;
        }
        off++;
        int next = off + (int) len;
        while (off < next) {
            p.addUInt(COMPRESS_CERTIFICATE_ALGORITHM, buf, off, 2, p.u16(buf, off));
            off += 2;
        }
        return off;
    }

    private static int keyShare(Packet p, int buf, int off, int end, int hs) {
        if (end <= off) {
            return off;
        }
        int saved = p.openSubtree(!p.wantsText() ? -1 : text(p, buf, off, end - off, "Key Share extension"));
        try {
            return keyShares(p, buf, off, end, hs);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static int keyShares(Packet p, int buf, int off, int end, int hs) {
        switch (hs) {
            case CLIENT_HELLO -> {
                long len = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_KEY_SHARE_CLIENT_LENGTH, 0, 0xffff);
                if (len < 0) {
                    return end;
                }
                off += 2;
                int next = off + (int) len;
                while (off + 4 <= next) {
                    off = keyShareEntry(p, buf, off, next);
                }
                if (!Vectors.end(p, buf, off, next)) {
                    return next;
                }
            }
            case SERVER_HELLO -> off = keyShareEntry(p, buf, off, end);
            case HELLO_RETRY_REQUEST -> {
                p.addUInt(HANDSHAKE_EXTENSIONS_KEY_SHARE_SELECTED_GROUP, buf, off, 2, p.u16(buf, off));
                off += 2;
            }
            default -> {
            }
        }
        return off;
    }

    private static int keyShareEntry(Packet p, int buf, int off, int end) {
        int group = p.u16(buf, off);
        int length = off + 4 <= end ? p.u16(buf, off + 2) : 0;
        int saved = p.openSubtree(!p.wantsText() ? -1 : text(p, buf, off, Math.min(end - off, 4 + length), "Key Share Entry: Group: "
                + name(p, HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP, group, "Unknown (" + group + ")")
                + ", Key Exchange length: " + length));
        try {
            return keyShareValue(p, buf, off, end);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static int keyShareValue(Packet p, int buf, int off, int end) {
        p.addUInt(HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP, buf, off, 2, p.u16(buf, off));
        off += 2;
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_KEY_SHARE_KEY_EXCHANGE_LENGTH, 1, 0xffff);
        if (len < 0) {
            return end;
        }
        off += 2;
        p.addBytes(HANDSHAKE_EXTENSIONS_KEY_SHARE_KEY_EXCHANGE, buf, off, (int) len);
        return off + (int) len;
    }

    /** packet-tls-utils.c's ssl_dissect_hnd_hello_ext_psk: all of it under a text item, each identity under one. */
    private static int preSharedKey(Packet p, int buf, int off, int end, int hs) {
        p.need(buf, off, end - off);
        int saved = p.openSubtree(p.addText(buf, off, end - off, "Pre-Shared Key extension", false));
        try {
            return preSharedKeyItems(p, buf, off, end, hs);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static int preSharedKeyItems(Packet p, int buf, int off, int end, int hs) {
        if (hs == SERVER_HELLO) {
            p.addUInt(HANDSHAKE_EXTENSIONS_PSK_IDENTITY_SELECTED, buf, off, 2, p.u16(buf, off));
            return off + 2;
        }
        if (hs != CLIENT_HELLO) {
            return off;
        }
        long idsLen = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_PSK_IDENTITIES_LENGTH, 7, 0xffff);
        if (idsLen < 0) {
            return end;
        }
        off += 2;
        int idsEnd = off + (int) idsLen;
        while (off < idsEnd) {
            p.need(buf, off, 4);
            int identity = p.addText(buf, off, 4, "PSK Identity (", false);
            int inner = p.openSubtree(identity);
            long idLen = Vectors.add(p, buf, off, idsEnd, HANDSHAKE_EXTENSIONS_PSK_IDENTITY_IDENTITY_LENGTH, 1, 0xffff);
            if (idLen < 0) {
                p.closeSubtree(inner);
                return idsEnd;
            }
            p.setLabel(identity, "PSK Identity (length: " + idLen + ")");
            off += 2;
            p.addBytes(HANDSHAKE_EXTENSIONS_PSK_IDENTITY_IDENTITY, buf, off, (int) idLen);
            off += (int) idLen;
            p.addUInt(HANDSHAKE_EXTENSIONS_PSK_IDENTITY_OBFUSCATED_TICKET_AGE, buf, off, 4, p.u32(buf, off));
            off += 4;
            p.setLength(identity, 2 + (int) idLen + 4);
            p.closeSubtree(inner);
        }
        if (!Vectors.end(p, buf, off, idsEnd)) {
            off = idsEnd;
        }
        long bindersLen = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_PSK_BINDERS_LEN, 33, 0xffff);
        if (bindersLen < 0) {
            return end;
        }
        off += 2;
        p.addNone(HANDSHAKE_EXTENSIONS_PSK_BINDERS, buf, off, (int) bindersLen);
        return off + (int) bindersLen;
    }

    private static int supportedVersions(Packet p, int buf, int off, int end, Fingerprints fp) {
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_SUPPORTED_VERSIONS_LEN, 2, 254);
        if (len < 0) {
            return end;
        }
        off++;
        int next = off + (int) len;
        while (off + 2 <= next) {
            int v = p.u16(buf, off);
            p.addUInt(HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION, buf, off, 2, v);
            if (fp != null) {
                fp.supportedVersion(v);
            }
            off += 2;
        }
        if (!Vectors.end(p, buf, off, next)) {
            off = next;
        }
        return off;
    }

    private static int cookie(Packet p, int buf, int off, int end) {
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_COOKIE_LEN, 1, 0xffff);
        if (len < 0) {
            return end;
        }
        off += 2;
        p.addBytes(HANDSHAKE_EXTENSIONS_COOKIE, buf, off, (int) len);
        return off + (int) len;
    }

    private static int pskKeyExchangeModes(Packet p, int buf, int off, int end) {
        long len = Vectors.add(p, buf, off, end, EXTENSION_PSK_KE_MODES_LENGTH, 1, 255);
        if (len < 0) {
            return end;
        }
        off++;
        int next = off + (int) len;
        while (off < next) {
            p.addUInt(EXTENSION_PSK_KE_MODE, buf, off, 1, p.u8(buf, off));
            off++;
        }
        return off;
    }

    private static int renegotiationInfo(Packet p, int buf, int off, int end) {
        int saved = p.openSubtree(!p.wantsText() ? -1 : text(p, buf, off, end - off, "Renegotiation Info extension"));
        try {
            return renegotiation(p, buf, off, end);
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** A text item over {@code len} bytes at {@code off}; callers build its text only when {@link Packet#wantsText}. */
    private static int text(Packet p, int buf, int off, int len, String text) {
        return p.addText(buf, off, Math.max(0, len), text, false);
    }

    /** The name Wireshark's value string gives {@code value} in field {@code f}, or {@code otherwise}. */
    private static String name(Packet p, io.sharkfin.dissect.FieldSpec f, long value, String otherwise) {
        String n = p.registry().byId(f.id()).valueName(value);
        return n != null ? n : otherwise;
    }

    private static int renegotiation(Packet p, int buf, int off, int end) {
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_EXTENSIONS_RENEG_INFO_LEN, 0, 255);
        if (len < 0) {
            return end;
        }
        off++;
        if (len > 0) {
            p.addBytes(HANDSHAKE_EXTENSIONS_RENEG_INFO, buf, off, (int) len);
            off += (int) len;
        }
        return off;
    }

    /**
     * An ASCII string item as Wireshark stores it: the value ends at the first NUL byte (its
     * strings are C strings), the item still covers all {@code len} bytes.
     */
    static void asciiString(Packet p, io.sharkfin.dissect.FieldSpec f, int buf, int off, int len) {
        if (!p.wants(f)) {
            return;
        }
        int nul = -1;
        for (int i = 0; i < len && p.available(buf, off + i, 1); i++) {
            if (p.u8(buf, off + i) == 0) {
                nul = i;
                break;
            }
        }
        if (nul < 0) {
            p.addString(f, buf, off, len, true);
            return;
        }
        String value = io.sharkfin.dissect.Strings.asciiWithReplacement(p.copy(buf, off, nul));
        p.addComputedString(f, buf, off, len, value);
    }
}
