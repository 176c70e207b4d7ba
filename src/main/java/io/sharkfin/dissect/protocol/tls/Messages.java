package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Durations;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.ocsp.Ocsp;
import io.sharkfin.dissect.protocol.x509.X509;

import static io.sharkfin.dissect.protocol.tls.TlsFields.*;

/**
 * The handshake message bodies other than the hellos: Certificate, ServerKeyExchange,
 * ClientKeyExchange, CertificateRequest, CertificateVerify, NewSessionTicket, Finished,
 * CertificateStatus, and the structures they share (signature algorithms, signed
 * certificate timestamps), as Wireshark's {@code packet-tls-utils.c} adds their fields.
 */
final class Messages {
    private Messages() {
    }

    /** A SignatureAndHashAlgorithm / SignatureScheme (two bytes). */
    static void signatureAlgorithm(Packet p, int buf, int off, Fingerprints fp) {
        int v = p.u16(buf, off);
        int item = p.addUInt(HANDSHAKE_SIG_HASH_ALG, buf, off, 2, v);
        int saved = p.openSubtree(item);
        p.addUInt(HANDSHAKE_SIG_HASH_HASH, buf, off, 1, v >> 8);
        p.addUInt(HANDSHAKE_SIG_HASH_SIG, buf, off + 1, 1, v & 0xff);
        p.closeSubtree(saved);
        if (fp != null) {
            fp.sigAlg(v);
        }
    }

    /** The signature_algorithms extension and CertificateRequest's list. */
    static int sigHashAlgs(Packet p, int buf, int off, int end, Fingerprints fp) {
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_SIG_HASH_ALG_LEN, 2, 0xfffe);
        if (len < 0) {
            return end;
        }
        off += 2;
        int next = off + (int) len;
        int list = p.addNone(HANDSHAKE_SIG_HASH_ALGS, buf, off, (int) len);
        int saved = p.openSubtree(list);
        while (off + 2 <= next) {
            signatureAlgorithm(p, buf, off, fp);
            off += 2;
        }
        if (!Vectors.end(p, buf, off, next)) {
            off = next;
        }
        p.closeSubtree(saved);
        return off;
    }

    /** A digitally-signed struct: the algorithm (TLS 1.2 and 1.3), then the signature vector. */
    static int digitallySigned(Packet p, int buf, int off, int end, int version,
                               io.sharkfin.dissect.FieldSpec lenField, io.sharkfin.dissect.FieldSpec sigField) {
        if (version == 0x0303 || version == 0xfefd || version == 0x0304) {
            signatureAlgorithm(p, buf, off, null);
            off += 2;
        }
        long len = Vectors.add(p, buf, off, end, lenField, 0, 0xffff);
        if (len < 0) {
            return end;
        }
        off += 2;
        p.addBytes(sigField, buf, off, (int) len);
        return off + (int) len;
    }

    static int sctList(Packet p, int buf, int off, int end, int version) {
        long listLen = Vectors.add(p, buf, off, end, SCT_SCTS_LENGTH, 1, 0xffff);
        if (listLen < 0) {
            return end;
        }
        off += 2;
        while (off < end) {
            int item = p.addText(buf, off, 2, SCT_LABEL, false);
            int saved = p.openSubtree(item);
            try {
                long sctLen = Vectors.add(p, buf, off, end, SCT_SCT_LENGTH, 1, 0xffff);
                if (sctLen < 0) {
                    return end;
                }
                off += 2;
                int next = off + (int) sctLen;
                p.setLength(item, 2 + (int) sctLen);
                off = sct(p, buf, off, next, version, item);
                if (!Vectors.end(p, buf, off, next)) {
                    off = next;
                }
            } finally {
                p.closeSubtree(saved);
            }
        }
        return off;
    }

    private static final String SCT_LABEL = "Signed Certificate Timestamp";

    /** One SCT under its subtree {@code item}, whose text gains the log's name (tls_dissect_sct). */
    private static int sct(Packet p, int buf, int off, int end, int version, int item) {
        int v = p.u8(buf, off);
        p.addUInt(SCT_SCT_VERSION, buf, off, 1, v);
        off++;
        if (v != 0) {
            return off;
        }
        p.addBytes(SCT_SCT_LOGID, buf, off, 32);
        if (item >= 0) {
            p.setLabel(item, SCT_LABEL + " (" + CtLogs.name(p, buf, off) + ")");
        }
        off += 32;
        long ms = p.u64(buf, off);
        long nanos = Math.floorDiv(ms, 1000) * 1_000_000_000L + Math.floorMod(ms, 1000) * 1_000_000L;
        p.addTime(SCT_SCT_TIMESTAMP, buf, off, 8, nanos);
        off += 8;
        long extLen = Vectors.add(p, buf, off, end, SCT_SCT_EXTENSIONS_LENGTH, 0, 0xffff);
        if (extLen < 0) {
            return end;
        }
        off += 2 + (int) extLen;
        return digitallySigned(p, buf, off, end, version, SCT_SCT_SIGNATURE_LENGTH, SCT_SCT_SIGNATURE);
    }

    /** CertificateStatus (and the TLS 1.3 status_request extension of a certificate entry). */
    static int certificateStatus(Packet p, int buf, int off, int end) {
        int type = p.u8(buf, off);
        p.addUInt(HANDSHAKE_EXTENSIONS_STATUS_REQUEST_TYPE, buf, off, 1, type);
        off++;
        if (type == 1) {
            off = ocspResponse(p, buf, off, end);
        } else if (type == 2) {
            long len = Vectors.add(p, buf, off, end, HANDSHAKE_OCSP_RESPONSE_LIST_LEN, 1, 0xffffff);
            if (len < 0) {
                return end;
            }
            off += 3;
            int next = off + (int) len;
            while (off < next) {
                off = ocspResponse(p, buf, off, next);
            }
        }
        return off;
    }

    /** One OCSP response: its length, then the response, which OCSP dissects. */
    private static int ocspResponse(Packet p, int buf, int off, int end) {
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_OCSP_RESPONSE_LEN, 1, 0xffffff);
        if (len < 0) {
            return end;
        }
        off += 3;
        Ocsp.tlsResponse(p, buf, off, (int) len);
        return off + (int) len;
    }

    static void certificate(Packet p, int buf, int off, int end, TlsSession s) {
        if (s.version == 0x0304) {
            long ctx = Vectors.add(p, buf, off, end, HANDSHAKE_CERTIFICATE_REQUEST_CONTEXT_LENGTH, 0, 0xff);
            if (ctx < 0) {
                return;
            }
            off++;
            if (ctx > 0) {
                p.addBytes(HANDSHAKE_CERTIFICATE_REQUEST_CONTEXT, buf, off, (int) ctx);
                off += (int) ctx;
            }
        }
        long listLen = Vectors.add(p, buf, off, end, HANDSHAKE_CERTIFICATES_LENGTH, 0, 0xffffff);
        if (listLen < 0) {
            return;
        }
        off += 3;
        int next = off + (int) listLen;
        int saved = -1;
        boolean opened = false;
        if (listLen > 0) {
            int list = p.addNone(HANDSHAKE_CERTIFICATES, buf, off, (int) listLen);
            saved = p.openSubtree(list);
            opened = true;
        }
        try {
            while (off < next) {
                long certLen = Vectors.add(p, buf, off, next, HANDSHAKE_CERTIFICATE_LENGTH, 1, 0xffffff);
                if (certLen < 0) {
                    return;
                }
                off += 3;
                X509.certificate(p, buf, off, (int) certLen, HANDSHAKE_CERTIFICATE);
                TlsCertificates.add(p, buf, off, (int) certLen);
                off += (int) certLen;
                if (s.version == 0x0304) {
                    off = Extensions.dissect(p, buf, off, next, Extensions.CERTIFICATE, s, null);
                }
            }
        } finally {
            if (opened) {
                p.closeSubtree(saved);
            }
        }
    }

    static void certificateRequest(Packet p, int buf, int off, int end, TlsSession s) {
        boolean tls13 = s.version == 0x0304;
        if (tls13) {
            long ctx = Vectors.add(p, buf, off, end, HANDSHAKE_CERTIFICATE_REQUEST_CONTEXT_LENGTH, 0, 0xff);
            if (ctx < 0) {
                return;
            }
            off++;
            if (ctx > 0) {
                p.addBytes(HANDSHAKE_CERTIFICATE_REQUEST_CONTEXT, buf, off, (int) ctx);
                off += (int) ctx;
            }
        } else {
            long count = Vectors.add(p, buf, off, end, HANDSHAKE_CERT_TYPES_COUNT, 1, 0xff);
            if (count < 0) {
                return;
            }
            off++;
            int next = off + (int) count;
            int list = p.addNone(HANDSHAKE_CERT_TYPES, buf, off, (int) count);
            int saved = p.openSubtree(list);
            while (off < next) {
                p.addUInt(HANDSHAKE_CERT_TYPE, buf, off, 1, p.u8(buf, off));
                off++;
            }
            p.closeSubtree(saved);
        }
        if (s.version == 0x0303 || (tls13 && s.tls13Draft > 0 && s.tls13Draft < 19)) {
            off = sigHashAlgs(p, buf, off, end, null);
        }
        if (tls13 && (s.tls13Draft == 0 || s.tls13Draft >= 19)) {
            Extensions.dissect(p, buf, off, end, Extensions.CERT_REQUEST, s, null);
        } else {
            certificateAuthorities(p, buf, off, end);
        }
    }

    /** Distinguished names of acceptable certificate authorities (the names are X.509 Names). */
    static int certificateAuthorities(Packet p, int buf, int off, int end) {
        long len = Vectors.add(p, buf, off, end, HANDSHAKE_DNAMES_LEN, 0, 0xffff);
        if (len < 0) {
            return end;
        }
        off += 2;
        int next = off + (int) len;
        if (len > 0) {
            int list = p.addNone(HANDSHAKE_DNAMES, buf, off, (int) len);
            int saved = p.openSubtree(list);
            try {
                int count = 100;
                while (off < next) {
                    if (count-- == 0) {
                        return next;
                    }
                    long nameLen = Vectors.add(p, buf, off, next, HANDSHAKE_DNAME_LEN, 1, 0xffff);
                    if (nameLen < 0) {
                        return next;
                    }
                    off += 2;
                    X509.distinguishedName(p, buf, off, (int) nameLen);
                    off += (int) nameLen;
                }
            } finally {
                p.closeSubtree(saved);
            }
        }
        return off;
    }

    static void serverKeyExchange(Packet p, int buf, int off, int end, TlsSession s) {
        switch (KeyExchange.of(s.cipher)) {
            case DH_ANON, DHE_DSS, DHE_RSA -> under(p, buf, off, end - off, "Diffie-Hellman Server Params",
                    () -> dhParams(p, buf, off, end, s.version, KeyExchange.of(s.cipher) == KeyExchange.DH_ANON));
            case ECDH_ANON, ECDH_ECDSA, ECDH_RSA, ECDHE_ECDSA, ECDHE_RSA -> under(p, buf, off, end - off,
                    "EC Diffie-Hellman Server Params",
                    () -> ecdhParams(p, buf, off, end, s.version, KeyExchange.of(s.cipher) == KeyExchange.ECDH_ANON));
            default -> {
            }
        }
    }

    private static void ecdhParams(Packet p, int buf, int off, int end, int version, boolean anon) {
        int curveType = p.u8(buf, off);
        p.addUInt(HANDSHAKE_SERVER_CURVE_TYPE, buf, off, 1, curveType);
        off++;
        if (curveType != 3) {
            return;
        }
        p.addUInt(HANDSHAKE_SERVER_NAMED_CURVE, buf, off, 2, p.u16(buf, off));
        off += 2;
        if (off >= end) {
            return;
        }
        int pointLen = p.u8(buf, off);
        p.addUInt(HANDSHAKE_SERVER_POINT_LEN, buf, off, 1, pointLen);
        p.addBytes(HANDSHAKE_SERVER_POINT, buf, off + 1, pointLen);
        off += 1 + pointLen;
        if (!anon) {
            digitallySigned(p, buf, off, end, version, HANDSHAKE_SIG_LEN, HANDSHAKE_SIG);
        }
    }

    private static void dhParams(Packet p, int buf, int off, int end, int version, boolean anon) {
        off = lengthAndBytes(p, buf, off, HANDSHAKE_P_LEN, HANDSHAKE_P);
        off = lengthAndBytes(p, buf, off, HANDSHAKE_G_LEN, HANDSHAKE_G);
        off = lengthAndBytes(p, buf, off, HANDSHAKE_YS_LEN, HANDSHAKE_YS);
        if (!anon) {
            digitallySigned(p, buf, off, end, version, HANDSHAKE_SIG_LEN, HANDSHAKE_SIG);
        }
    }

    private static int lengthAndBytes(Packet p, int buf, int off, io.sharkfin.dissect.FieldSpec lenField,
                                      io.sharkfin.dissect.FieldSpec bytesField) {
        int len = p.u16(buf, off);
        p.addUInt(lenField, buf, off, 2, len);
        p.addBytes(bytesField, buf, off + 2, len);
        return off + 2 + len;
    }

    static void clientKeyExchange(Packet p, int buf, int off, int length, TlsSession s) {
        switch (KeyExchange.of(s.cipher)) {
            case DH_ANON, DH_DSS, DH_RSA, DHE_DSS, DHE_RSA -> under(p, buf, off, length, "Diffie-Hellman Client Params",
                    () -> lengthAndBytes(p, buf, off, HANDSHAKE_YC_LEN, HANDSHAKE_YC));
            case ECDH_ANON, ECDH_ECDSA, ECDH_RSA, ECDHE_ECDSA, ECDHE_RSA -> under(p, buf, off, length,
                    "EC Diffie-Hellman Client Params", () -> {
                        int pointLen = p.u8(buf, off);
                        p.addUInt(HANDSHAKE_CLIENT_POINT_LEN, buf, off, 1, pointLen);
                        p.addBytes(HANDSHAKE_CLIENT_POINT, buf, off + 1, pointLen);
                    });
            case RSA -> under(p, buf, off, length, "RSA Encrypted PreMaster Secret", () -> {
                if (s.version == 0x0300) {
                    p.addBytes(HANDSHAKE_EPMS, buf, off, length);
                } else {
                    lengthAndBytes(p, buf, off, HANDSHAKE_EPMS_LEN, HANDSHAKE_EPMS);
                }
            });
            default -> {
            }
        }
    }

    /** NewSessionTicket under its "TLS Session Ticket" text item, as ssl_dissect_hnd_new_ses_ticket shows it. */
    static void newSessionTicket(Packet p, int buf, int off, int end, TlsSession s) {
        under(p, buf, off, end - off, "TLS Session Ticket", () -> sessionTicket(p, buf, off, end, s));
    }

    /**
     * Runs {@code body} with its items under a text item ({@code proto_tree_add_subtree}: the key
     * exchange's parameters, a session ticket), which exists when the session draws the tree.
     */
    private static void under(Packet p, int buf, int off, int len, String text, Runnable body) {
        int saved = p.openSubtree(p.addText(buf, off, len, text, false));
        try {
            body.run();
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void sessionTicket(Packet p, int buf, int off, int end, TlsSession s) {
        boolean tls13 = s.version == 0x0304;
        long lifetime = p.u32(buf, off);
        int hint = p.addUInt(HANDSHAKE_SESSION_TICKET_LIFETIME_HINT, buf, off, 4, lifetime);
        if (hint >= 0 && p.wantsText()) {
            // the field's unit, and the time in words from a minute on
            p.setLabel(hint, HANDSHAKE_SESSION_TICKET_LIFETIME_HINT.title() + ": " + lifetime
                    + (lifetime == 1 ? " second" : " seconds")
                    + (lifetime >= 60 ? " (" + Durations.unsignedSeconds(lifetime) + ")" : ""));
        }
        off += 4;
        if (tls13) {
            p.addUInt(HANDSHAKE_SESSION_TICKET_AGE_ADD, buf, off, 4, p.u32(buf, off));
            off += 4;
            if (s.tls13Draft == 0 || s.tls13Draft >= 21) {
                long nonceLen = Vectors.add(p, buf, off, end, HANDSHAKE_SESSION_TICKET_NONCE_LENGTH, 0, 255);
                if (nonceLen < 0) {
                    return;
                }
                off++;
                p.addBytes(HANDSHAKE_SESSION_TICKET_NONCE, buf, off, (int) nonceLen);
                off += (int) nonceLen;
            }
        }
        long ticketLen = Vectors.add(p, buf, off, end, HANDSHAKE_SESSION_TICKET_LENGTH, tls13 ? 1 : 0, 0xffff);
        if (ticketLen < 0) {
            return;
        }
        off += 2;
        p.addBytes(HANDSHAKE_SESSION_TICKET, buf, off, (int) ticketLen);
        off += (int) ticketLen;
        if (tls13) {
            Extensions.dissect(p, buf, off, end, Extensions.NEW_SESSION_TICKET, s, null);
        }
    }
}
