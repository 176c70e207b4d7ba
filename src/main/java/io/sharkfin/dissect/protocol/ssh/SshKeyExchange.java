package io.sharkfin.dissect.protocol.ssh;

import static io.sharkfin.dissect.protocol.ssh.SshFields.*;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.ssh.SshConnection.Peer;

/**
 * SSH 2's binary packets before the keys change, as packet-ssh.c's
 * {@code ssh_dissect_key_exchange} reads them: length, padding length, the message (KEXINIT and
 * New Keys by the transport's codes, 30-39 by the agreed key exchange's family: Diffie-Hellman,
 * group exchange, elliptic curve), payload left over, padding, and the message's sequence number
 * as packet-ssh.c counts them (which starts some counters before and some after the increment).
 * Lengths are 32-bit and wrap as they do in C.
 */
final class SshKeyExchange {
    private static final int KEXINIT = 20;
    private static final int NEWKEYS = 21;

    private SshKeyExchange() {
    }

    /** One binary packet at {@code at}; returns the offset after it (or {@code at}, waiting for more bytes). */
    static int packet(SshCall c, int at) {
        Tvb t = c.t;
        Items it = c.it;
        Peer peer = c.peer;
        int last = at;
        int remain = t.ensureCapturedRemaining(at);
        if (c.canDesegment() && remain < 4) {
            c.desegmentOneMore(at);
            return at;
        }
        int plen = (int) t.u32(at, false);
        if (c.canDesegment() && Integer.compareUnsigned(plen + 4, remain) > 0) {
            c.desegment(at, plen + 4 - remain);
            return at;
        }
        int lengthItem = it.uint(PACKET_LENGTH, t, at, 4, Integer.toUnsignedLong(plen));
        if (Integer.compareUnsigned(plen, 0xffff) >= 0) {
            it.expert(lengthItem, PACKET_LENGTH_ERROR, t, at, "Overly large number " + plen);
            plen = remain - 4;
        }
        at += 4;
        int padding = t.u8(at);
        it.uint(PADDING_LENGTH, t, at, 1, padding);
        at += 1;
        String title = it.texts() ? (c.conn.kex != null ? "Key Exchange (method:" + c.conn.kex + ")" : "Key Exchange")
                : null;
        int kexTree = it.text(t, at, plen - 1, title);
        int saved = it.open(kexTree);
        int seqNum = 0;
        try {
            int code = t.u8(at);
            if (code >= 30 && code < 40) {
                int[] seq = {0};
                at = switch (c.conn.family) {
                    case DH -> dh(c, code, at, seq);
                    case DH_GEX -> groupExchange(c, code, at, seq);
                    case ECDH -> ellipticCurve(c, code, at, seq);
                };
                seqNum = seq[0];
            } else {
                it.add(MESSAGE_CODE, t, at, 1);
                at += 1;
                c.info(SshDissector.name(SSH2_MESSAGES, code));
                if (code == KEXINIT) {
                    at = SshKeyInit.dissect(c, at);
                    if (peer.frameKeyStart == 0 || peer.frameKeyStart == c.frame) {
                        peer.frameKeyStart = c.frame;
                        if (peer.seqNumKexInit == 0) {
                            peer.seqNumKexInit = peer.sequenceNumber++;
                        }
                    }
                    seqNum = peer.seqNumKexInit;
                } else if (code == NEWKEYS) {
                    if (peer.frameKeyEnd == 0) {
                        peer.frameKeyEnd = c.frame;
                        peer.frameKeyEndOffset = at;
                        if (peer.seqNumNewKey == 0) {
                            peer.seqNumNewKey = peer.sequenceNumber++;
                        }
                    }
                    seqNum = peer.seqNumNewKey;
                }
            }
            int len = plen + 4 - padding - (at - last);
            if (len != 0) {
                it.add(PAYLOAD, t, at, len);
            }
            at += len;
        } finally {
            it.close(saved);
        }
        it.add(PADDING_STRING, t, at, padding);
        at += padding;
        it.uint(SEQ_NUM, t, at, 0, Integer.toUnsignedLong(seqNum));
        return at;
    }

    /** The message code of a key-exchange family's message, named by that family. */
    private static int code(SshCall c, int code, int at, ValueStrings names) {
        int e = c.it.add(MESSAGE_CODE, c.t, at, 1);
        c.p.useNames(e, names);
        c.info(SshDissector.name(names, code));
        return at + 1;
    }

    /** ssh_dissect_kex_dh: the client's e; the server's host key, f and signature. */
    private static int dh(SshCall c, int code, int at, int[] seq) {
        at = code(c, code, at, KEX_DH_MESSAGES);
        Peer client = c.conn.peers[0];
        Peer server = c.conn.peers[1];
        if (code == 30) {
            checkKeyLength(c, at);
            at += mpint(c, at, DH_E);
            if (client.seqNumDhIni == 0) {
                client.seqNumDhIni = ++client.sequenceNumber;
            }
            seq[0] = client.seqNumDhIni;
        } else if (code == 31) {
            at += hostKey(c, at);
            checkKeyLength(c, at);
            SshAlgorithms.chooseEncryptionAndMac(c.conn);
            at += mpint(c, at, DH_F);
            at += hostSignature(c, at);
            if (server.seqNumDhRep == 0) {
                server.seqNumDhRep = ++server.sequenceNumber;
            }
            seq[0] = server.seqNumDhRep;
        }
        return at;
    }

    /**
     * ssh_dissect_kex_dh_gex: the request (old and new), the group, e, and the reply. packet-ssh.c
     * 4.0 settles no cipher here (that code is compiled out), so a group exchange's packets keep
     * their untitled subtree and stay encrypted with no MAC cut off.
     */
    private static int groupExchange(SshCall c, int code, int at, int[] seq) {
        at = code(c, code, at, KEX_DH_GEX_MESSAGES);
        Tvb t = c.t;
        Peer client = c.conn.peers[0];
        Peer server = c.conn.peers[1];
        switch (code) {
            case 30 -> {
                c.it.add(DH_GEX_NBITS, t, at, 4);
                at += 4;
            }
            case 31 -> {
                at += mpint(c, at, DH_GEX_P);
                at += mpint(c, at, DH_GEX_G);
                if (server.seqNumGexGrp == 0) {
                    server.seqNumGexGrp = ++server.sequenceNumber;
                }
                seq[0] = server.seqNumGexGrp;
            }
            case 32 -> {
                at += mpint(c, at, DH_E);
                if (client.seqNumGexIni == 0) {
                    client.seqNumGexIni = ++client.sequenceNumber;
                }
                seq[0] = client.seqNumGexIni;
            }
            case 33 -> {
                at += hostKey(c, at);
                at += mpint(c, at, DH_F);
                at += hostSignature(c, at);
                if (server.seqNumGexRep == 0) {
                    server.seqNumGexRep = ++server.sequenceNumber;
                }
                seq[0] = server.seqNumGexRep;
            }
            case 34 -> {
                for (FieldSpec f : new FieldSpec[] {DH_GEX_MIN, DH_GEX_NBITS, DH_GEX_MAX}) {
                    c.it.add(f, t, at, 4);
                    at += 4;
                }
                if (client.seqNumGexReq == 0) {
                    client.seqNumGexReq = ++client.sequenceNumber;
                }
                seq[0] = client.seqNumGexReq;
            }
            default -> {
            }
        }
        return at;
    }

    /** ssh_dissect_kex_ecdh: the client's Q_C; the server's host key, Q_S and signature. */
    private static int ellipticCurve(SshCall c, int code, int at, int[] seq) {
        at = code(c, code, at, KEX_ECDH_MESSAGES);
        Peer client = c.conn.peers[0];
        Peer server = c.conn.peers[1];
        if (code == 30) {
            checkKeyLength(c, at);
            if (client.seqNumEcdhIni == 0) {
                client.seqNumEcdhIni = client.sequenceNumber++;
            }
            seq[0] = client.seqNumEcdhIni;
            at += string(c, at, ECDH_Q_C, ECDH_Q_C_LENGTH);
        } else if (code == 31) {
            at += hostKey(c, at);
            checkKeyLength(c, at);
            SshAlgorithms.chooseEncryptionAndMac(c.conn);
            if (server.seqNumEcdhRep == 0) {
                server.seqNumEcdhRep = server.sequenceNumber++;
            }
            seq[0] = server.seqNumEcdhRep;
            at += string(c, at, ECDH_Q_S, ECDH_Q_S_LENGTH);
            at += hostSignature(c, at);
        }
        return at;
    }

    /**
     * ssh_read_e and ssh_read_f: a public value packet-ssh.c keeps for decryption; one of no bytes
     * or more than 1025 gets "Invalid key length", and one past the data fails the read.
     */
    private static void checkKeyLength(SshCall c, int at) {
        long length = c.t.u32(at, false);
        if (length == 0 || length > 1025) {
            c.it.expertItem(KEY_LENGTH_ERROR, c.t, at, 2, "Invalid key length: " + length);
        } else {
            c.t.check(at + 4, (int) length);
        }
    }

    /** ssh_tree_add_mpint: its length, then its bytes; returns the bytes taken (32-bit). */
    private static int mpint(SshCall c, int at, FieldSpec value) {
        return string(c, at, value, MPINT_LENGTH);
    }

    /** ssh_tree_add_string: a length, then as many bytes; returns the bytes taken (32-bit). */
    private static int string(SshCall c, int at, FieldSpec value, FieldSpec lengthField) {
        int len = (int) c.t.u32(at, false);
        c.it.uint(lengthField, c.t, at, 4, Integer.toUnsignedLong(len));
        c.it.add(value, c.t, at + 4, len);
        return 4 + len;
    }

    /** ssh_tree_add_hostkey: the server's host key, its fields by its type. */
    private static int hostKey(SshCall c, int at) {
        Tvb t = c.t;
        Items it = c.it;
        int start = at;
        int keyLen = (int) t.u32(at, false);
        at += 4;
        int typeLen = (int) t.u32(at, false);
        at += 4;
        String type = c.ascii(at, typeLen);
        int tree = it.text(t, start, keyLen + 4, it.texts() ? "KEX host key (type: " + type + ")" : null);
        int saved = it.open(tree);
        try {
            it.uint(HOST_KEY_LENGTH, t, start, 4, Integer.toUnsignedLong(keyLen));
            it.uint(HOST_KEY_TYPE_LENGTH, t, start + 4, 4, Integer.toUnsignedLong(typeLen));
            it.string(HOST_KEY_TYPE, t, at, typeLen, type);
            at += typeLen;
            if (type.equals("ssh-rsa")) {
                at += mpint(c, at, HOST_KEY_RSA_E);
                mpint(c, at, HOST_KEY_RSA_N);
            } else if (type.equals("ssh-dss")) {
                at += mpint(c, at, HOST_KEY_DSA_P);
                at += mpint(c, at, HOST_KEY_DSA_Q);
                at += mpint(c, at, HOST_KEY_DSA_G);
                mpint(c, at, HOST_KEY_DSA_Y);
            } else if (type.startsWith("ecdsa-sha2-")) {
                at += string(c, at, HOST_KEY_ECDSA_ID, HOST_KEY_ECDSA_ID_LENGTH);
                string(c, at, HOST_KEY_ECDSA_Q, HOST_KEY_ECDSA_Q_LENGTH);
            } else if (type.startsWith("ssh-ed")) {
                string(c, at, HOST_KEY_EDDSA_KEY, HOST_KEY_EDDSA_KEY_LENGTH);
            } else {
                it.add(HOST_KEY_DATA, t, at, keyLen - (typeLen + 4));
            }
        } finally {
            it.close(saved);
        }
        return 4 + keyLen;
    }

    /**
     * ssh_tree_add_hostsignature: the exchange's signature; only RSA and DSA signatures are read
     * on, so the others get packet-ssh.c's "Decoded N bytes, but packet legnth is M bytes".
     */
    private static int hostSignature(SshCall c, int at) {
        Tvb t = c.t;
        Items it = c.it;
        int start = at;
        int sigLen = (int) t.u32(at, false);
        at += 4;
        int typeLen = (int) t.u32(at, false);
        at += 4;
        String type = c.ascii(at, typeLen);
        int tree = it.text(t, start, sigLen + 4, it.texts() ? "KEX host signature (type: " + type + ")" : null);
        int saved = it.open(tree);
        try {
            int lengthItem = it.uint(HOST_SIG_LENGTH, t, start, 4, Integer.toUnsignedLong(sigLen));
            it.uint(HOST_SIG_TYPE_LENGTH, t, start + 4, 4, Integer.toUnsignedLong(typeLen));
            it.string(HOST_SIG_TYPE, t, at, typeLen, type);
            at += typeLen;
            if (type.equals("ssh-rsa")) {
                at += mpint(c, at, HOST_SIG_RSA);
            } else if (type.equals("ssh-dss")) {
                at += mpint(c, at, HOST_SIG_DSA);
            } else if (!type.startsWith("ecdsa-sha2-") && !type.startsWith("ssh-ed")) {
                it.add(HOST_SIG_DATA, t, at, sigLen - (typeLen + 4));
            }
            if (at - start != 4 + sigLen && it.wantsExpert(PACKET_DECODE_ERROR)) {
                it.expert(lengthItem, PACKET_DECODE_ERROR, t, start,
                        "Decoded " + (at - start) + " bytes, but packet legnth is " + sigLen + " bytes");
            }
        } finally {
            it.close(saved);
        }
        return 4 + sigLen;
    }
}
