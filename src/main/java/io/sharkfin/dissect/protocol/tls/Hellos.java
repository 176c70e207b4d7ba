package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Packet;

import static io.sharkfin.dissect.protocol.tls.TlsFields.*;

/**
 * ClientHello, ServerHello and HelloRetryRequest ({@code ssl_dissect_hnd_cli_hello},
 * {@code ssl_dissect_hnd_srv_hello}), with the JA3/JA3S fields Wireshark adds after them and
 * sharkfin's JA4.
 */
final class Hellos {
    private Hellos() {
    }

    private static boolean wantsClientPrints(Packet p) {
        return p.wants(HANDSHAKE_JA3) || p.wants(HANDSHAKE_JA3_FULL) || p.wants(JA4) || p.wants(JA4_R);
    }

    static void client(Packet p, int buf, int off, int end, TlsSession s, char transport) {
        Fingerprints fp = wantsClientPrints(p) ? new Fingerprints() : null;
        int version = p.u16(buf, off);
        p.addUInt(HANDSHAKE_VERSION, buf, off, 2, version);
        off += 2;
        if (fp != null) {
            fp.version = version;
            fp.ja3.append(version).append(',');
        }
        off = common(p, buf, off, s, false);
        try {
            long csLen = Vectors.add(p, buf, off, end, HANDSHAKE_CIPHER_SUITES_LENGTH, 2, 0xffff);
            if (csLen < 0) {
                return;
            }
            off += 2;
            int next = off + (int) csLen;
            int list = p.addNone(HANDSHAKE_CIPHERSUITES, buf, off, (int) csLen);
            int saved = p.openSubtree(list);
            String dash = "";
            while (off + 2 <= next) {
                int cs = p.u16(buf, off);
                p.addUInt(HANDSHAKE_CIPHERSUITE, buf, off, 2, cs);
                off += 2;
                if (fp != null) {
                    fp.cipher(cs);
                    if (!Vectors.isGrease(cs)) {
                        fp.ja3.append(dash).append(cs);
                        dash = "-";
                    }
                }
            }
            if (fp != null) {
                fp.ja3.append(',');
            }
            if (!Vectors.end(p, buf, off, next)) {
                off = next;
            }
            p.closeSubtree(saved);
            long cmLen = Vectors.add(p, buf, off, end, HANDSHAKE_COMP_METHODS_LENGTH, 1, 0xff);
            if (cmLen < 0) {
                return;
            }
            off++;
            next = off + (int) cmLen;
            list = p.addNone(HANDSHAKE_COMP_METHODS, buf, off, (int) cmLen);
            saved = p.openSubtree(list);
            while (off < next) {
                p.addUInt(HANDSHAKE_COMP_METHOD, buf, off, 1, p.u8(buf, off));
                off++;
            }
            p.closeSubtree(saved);
            if (off < end) {
                Extensions.dissect(p, buf, off, end, Extensions.CLIENT_HELLO, s, fp);
            } else if (fp != null) {
                fp.ja3.append(",,");
            }
            if (fp != null) {
                String full = fp.ja3.toString();
                p.addComputedString(HANDSHAKE_JA3_FULL, buf, off, 0, full);
                p.addComputedString(HANDSHAKE_JA3, buf, off, 0, Fingerprints.md5(full));
                if (p.wants(JA4)) {
                    p.addComputedString(JA4, buf, off, 0, fp.ja4(transport, false));
                }
                if (p.wants(JA4_R)) {
                    p.addComputedString(JA4_R, buf, off, 0, fp.ja4(transport, true));
                }
            }
        } finally {
            fp = null;
        }
    }

    static void server(Packet p, int buf, int off, int end, TlsSession s, boolean hrr) {
        boolean prints = p.wants(HANDSHAKE_JA3S) || p.wants(HANDSHAKE_JA3S_FULL);
        StringBuilder ja3 = prints ? new StringBuilder() : null;
        s.resumed = true;
        int version = p.u16(buf, off);
        p.addUInt(HANDSHAKE_VERSION, buf, off, 2, version);
        off += 2;
        if (ja3 != null) {
            ja3.append(version);
        }
        off = common(p, buf, off, s, true);
        int cipher = p.u16(buf, off);
        s.cipher = cipher;
        p.addUInt(HANDSHAKE_CIPHERSUITE, buf, off, 2, cipher);
        off += 2;
        if (ja3 != null) {
            ja3.append(',').append(cipher).append(',');
        }
        if (!(s.version == 0x0304 && s.tls13Draft > 0 && s.tls13Draft < 22)) {
            p.addUInt(HANDSHAKE_COMP_METHOD, buf, off, 1, p.u8(buf, off));
            off++;
        }
        if (off < end) {
            Fingerprints fp = null;
            if (ja3 != null) {
                fp = new Fingerprints();
            }
            Extensions.dissect(p, buf, off, end, hrr ? Extensions.HELLO_RETRY_REQUEST : Extensions.SERVER_HELLO, s, fp);
            if (fp != null) {
                ja3.append(fp.ja3);
            }
        }
        if (ja3 != null) {
            String full = ja3.toString();
            p.addComputedString(HANDSHAKE_JA3S_FULL, buf, off, 0, full);
            p.addComputedString(HANDSHAKE_JA3S, buf, off, 0, Fingerprints.md5(full));
        }
    }

    static void helloRetryRequest(Packet p, int buf, int off, int end, TlsSession s) {
        int version = p.u16(buf, off);
        p.addUInt(HANDSHAKE_VERSION, buf, off, 2, version);
        int draft = Handshake.draftVersion(version);
        off += 2;
        if (draft == 0 || draft >= 19) {
            p.addUInt(HANDSHAKE_CIPHERSUITE, buf, off, 2, p.u16(buf, off));
            off += 2;
        }
        Extensions.dissect(p, buf, off, end, Extensions.HELLO_RETRY_REQUEST, s, null);
    }

    /** Random and session id ({@code ssl_dissect_hnd_hello_common}). */
    private static int common(Packet p, int buf, int off, TlsSession s, boolean fromServer) {
        int random = p.addBytes(HANDSHAKE_RANDOM, buf, off, 32);
        if (s.version != 0x0304) {
            int saved = p.openSubtree(random);
            p.addTime(HANDSHAKE_RANDOM_TIME, buf, off, 4, p.u32(buf, off) * 1_000_000_000L);
            p.addBytes(HANDSHAKE_RANDOM_BYTES, buf, off + 4, 28);
            p.closeSubtree(saved);
        }
        off += 32;
        if (!fromServer || !(s.version == 0x0304 && s.tls13Draft > 0 && s.tls13Draft < 22)) {
            int sidLen = p.u8(buf, off);
            p.addUInt(HANDSHAKE_SESSION_ID_LENGTH, buf, off, 1, sidLen);
            off++;
            if (sidLen > 0) {
                p.addBytes(HANDSHAKE_SESSION_ID, buf, off, sidLen);
                off += sidLen;
            }
        }
        return off;
    }
}
