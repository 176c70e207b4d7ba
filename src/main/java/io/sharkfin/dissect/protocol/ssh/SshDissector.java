package io.sharkfin.dissect.protocol.ssh;

import static io.sharkfin.dissect.protocol.ssh.SshFields.*;

import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;

import java.util.List;

/**
 * SSH as packet-ssh.c 4.0 dissects a connection without its keys: the identification lines
 * (which announce the version), SSH 1's packets, SSH 2's binary packets up to the new keys with
 * their key exchange ({@link SshKeyExchange}), then each side's packets as encrypted ones. Like
 * packet-ssh.c it asks TCP for the rest of a line or packet cut by a segment boundary, keeps its
 * state per connection and direction ({@link SshConnection}), and titles each direction's packets
 * with the algorithms agreed for it.
 *
 * <p>One difference, listed in the README: where packet-ssh.c 4.0 sets up a decryption without a
 * key log (AES and ChaCha20 after a DH or ECDH exchange) and so decrypts with all-zero keys,
 * showing an empty subtree, garbage messages and no Info, sharkfin shows the packets as packet-ssh.c
 * shows those of the ciphers it does not decrypt: length, encrypted bytes and MAC.
 */
public final class SshDissector implements TcpPayloadDissector {
    /** Wireshark's default TCP ports for SSH. */
    public static final List<Integer> PORTS = List.of(22, 29418);

    /**
     * The fields whose wanting stands for a tree in tshark (the protocol's own item does not:
     * every summary line asks for it), which decides what packet-ssh.c's {@code if (tree)} reads.
     */
    private static final FieldGroup OWN_FIELDS = FieldGroup.of(ALL.stream().filter(f -> f != SSH).toList());

    @Override
    public FieldSpec protocol() {
        return SSH;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    @Override
    public String shortName() {
        return "SSH";
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        SshConnection conn = tcp.conversationState(SshConnection.class, SshConnection::new);
        boolean fromServer = p.dstPort() != tcp.matchedPort();
        Tvb t = Tvb.of(p, buf, offset, length);
        Items it = new Items(p, OWN_FIELDS);
        SshColumns.Call columns = SshColumns.begin(p, conn.version == SshConnection.VERSION_1 ? "SSHv1"
                : conn.version == SshConnection.VERSION_2 ? "SSHv2" : "SSH");
        SshCall c = new SshCall(p, t, it, conn, fromServer, tcp, columns);
        int at = 0;
        while (t.reportedLength() - at > 0) {
            SshConnection.Peer peer = c.peer;
            boolean afterVersionStart = peer.frameVersionStart == 0 || c.frame >= peer.frameVersionStart;
            boolean beforeVersionEnd = peer.frameVersionEnd == 0 || c.frame <= peer.frameVersionEnd;
            c.needMore = false;
            int last = at;
            if (afterVersionStart && beforeVersionEnd && c.startsWithIgnoreCase(at, "SSH-")) {
                if (peer.frameVersionStart == 0) {
                    peer.frameVersionStart = c.frame;
                }
                at = identification(c, at);
                if (!c.needMore) {
                    peer.frameVersionEnd = c.frame;
                    conn.version = c.version;
                }
            } else if (c.version == SshConnection.VERSION_1) {
                at = ssh1(c, at);
            } else if (c.version == SshConnection.VERSION_2) {
                at = ssh2(c, at);
            } else {
                at = encrypted(c, at);
            }
            if (c.needMore) {
                return t.capturedLength();
            }
            if (at <= last) {
                break;
            }
        }
        c.done();
        int e = it.uint(DIRECTION, t, 0, 0, fromServer ? 1 : 0);
        it.label(e, fromServer ? "Direction: server-to-client" : "Direction: client-to-server");
        return t.capturedLength();
    }

    /**
     * ssh_dissect_protocol: an identification line "SSH-protoversion-softwareversion comments";
     * the client's announces the connection's version. A line whose end is not here yet waits
     * for more bytes, with packet-ssh.c's request of a length that wraps (see
     * {@link TcpPayload#needWrapped}).
     */
    private static int identification(SshCall c, int at) {
        Tvb t = c.t;
        if (!c.fromServer) {
            if (c.startsWithIgnoreCase(at, "SSH-2.") || c.startsWithIgnoreCase(at, "SSH-1.99-")) {
                c.version = SshConnection.VERSION_2;
            } else if (c.startsWithIgnoreCase(at, "SSH-1.")) {
                c.version = SshConnection.VERSION_1;
            }
        }
        int remain = t.ensureCapturedRemaining(at);
        int newline = t.find(at, -1, '\n');
        if (c.canDesegment() && (newline == -1 || Integer.compareUnsigned(remain, newline - at) < 0)) {
            c.desegment(at, newline - remain);
            return at;
        }
        int lineLength;
        int textLength;
        if (newline == -1) {
            lineLength = remain;
            textLength = remain;
        } else {
            lineLength = newline - at + 1;
            textLength = lineLength > 1 && t.u8(at + lineLength - 2) == '\r' ? lineLength - 2 : lineLength - 1;
        }
        c.info("Protocol (" + Strings.formatText(t.bytes(at, textLength)) + ")");
        c.it.add(PROTOCOL, t, at, textLength);
        return at + lineLength;
    }

    /** ssh_dissect_ssh1: a packet of SSH 1, its message code shown until the keys are settled. */
    private static int ssh1(SshCall c, int at) {
        Tvb t = c.t;
        Items it = c.it;
        SshConnection.Peer peer = c.peer;
        int tree = it.text(t, at, -1, it.texts() ? "SSH Version 1" : null);
        int saved = it.open(tree);
        try {
            int remain = t.ensureCapturedRemaining(at);
            if (c.canDesegment() && remain < 4) {
                c.desegmentOneMore(at);
                return at;
            }
            int plen = (int) t.u32(at, false);
            int padding = 8 - Integer.remainderUnsigned(plen, 8);
            if (c.canDesegment() && Integer.compareUnsigned(plen + 4 + padding, remain) > 0) {
                c.desegment(at, plen + padding - remain);
                return at;
            }
            if (Integer.compareUnsigned(plen, 0xffff) >= 0) {
                if (it.tree()) {
                    int e = it.uint(PACKET_LENGTH, t, at, 4, Integer.toUnsignedLong(plen));
                    it.label(e, "Overly large length " + Integer.toHexString(plen));
                }
                plen = remain - 4 - padding;
            } else if (it.tree() && plen != 0) {
                it.uint(PACKET_LENGTH, t, at, 4, plen);
            }
            at += 4;
            it.uint(PADDING_LENGTH, t, at, padding, padding);
            at += padding;
            int len;
            if (peer.frameKeyStart == 0 || peer.frameKeyStart >= c.frame && c.frame <= peer.frameKeyEnd) {
                int code = t.u8(at);
                int e = it.add(MESSAGE_CODE, t, at, 1);
                c.p.useNames(e, SSH1_MESSAGES);
                c.info(name(SSH1_MESSAGES, code));
                at += 1;
                len = plen - 1;
                if (peer.frameKeyStart == 0) {
                    peer.frameKeyStart = c.frame;
                }
                peer.frameKeyEnd = c.frame;
            } else {
                len = plen;
                c.info("Encrypted packet (len=" + len + ")");
            }
            if (it.tree()) {
                it.add(PAYLOAD, t, at, len);
            }
            return at + len;
        } finally {
            it.close(saved);
        }
    }

    /**
     * ssh_dissect_ssh2: SSH 2's binary packets, each under a subtree titled with its direction's
     * algorithms; the key exchange's up to the side's New Keys, encrypted ones after it.
     */
    private static int ssh2(SshCall c, int at) {
        Tvb t = c.t;
        Items it = c.it;
        SshConnection.Peer peer = c.peer;
        int remain = t.capturedRemaining(at);
        while (remain > 0) {
            int last = at;
            int tree = it.tree() ? it.text(t, at, -1, it.texts() ? title(peer) : null) : -1;
            int saved = it.open(tree);
            try {
                if (peer.frameKeyStart == 0 || peer.frameKeyStart <= c.frame && (peer.frameKeyEnd == 0
                        || c.frame < peer.frameKeyEnd || c.frame == peer.frameKeyEnd && at < peer.frameKeyEndOffset)) {
                    at = SshKeyExchange.packet(c, at);
                    if (c.needMore) {
                        break;
                    }
                } else {
                    if (c.needMore) {
                        break;
                    }
                    at = encrypted(c, at);
                }
            } finally {
                it.close(saved);
            }
            it.setLength(tree, at - last);
            remain = t.capturedRemaining(at);
        }
        return at;
    }

    /** "SSH Version 2", with the direction's encryption, MAC and compression once agreed. */
    private static String title(SshConnection.Peer peer) {
        StringBuilder title = new StringBuilder("SSH Version 2");
        if (peer.enc != null || peer.mac != null || peer.comp != null) {
            title.append(" (");
            if (peer.enc != null) {
                title.append("encryption:").append(peer.enc).append(peer.mac != null || peer.comp != null ? " " : "");
            }
            if (peer.mac != null) {
                title.append("mac:").append(peer.mac).append(peer.comp != null ? " " : "");
            }
            if (peer.comp != null) {
                title.append("compression:").append(peer.comp);
            }
            title.append(')');
        }
        return title.toString();
    }

    /**
     * ssh_dissect_encrypted_packet: the rest of the payload as one encrypted packet, its length
     * in clear where the MAC is computed over the encrypted bytes, its MAC cut off the end.
     */
    static int encrypted(SshCall c, int at) {
        Tvb t = c.t;
        Items it = c.it;
        SshConnection.Peer peer = c.peer;
        int len = t.reportedLength() - at;
        c.info("Encrypted packet (len=" + len + ")");
        if (it.tree()) {
            int encryptedLength = len;
            if (len > 4 && peer.lengthIsPlaintext) {
                it.uint(PACKET_LENGTH, t, at, 4, t.u32(at, false));
                encryptedLength -= 4;
            } else if (len > 4) {
                it.add(PACKET_LENGTH_ENCRYPTED, t, at, 4);
                encryptedLength -= 4;
            }
            if (peer.macLength > 0) {
                encryptedLength -= peer.macLength;
            }
            it.add(ENCRYPTED_PACKET, t, at + 4, encryptedLength);
            if (peer.macLength > 0) {
                it.add(MAC, t, at + 4 + encryptedLength, peer.macLength);
            }
        }
        return at + len;
    }

    /** val_to_str(value, names, "Unknown (%u)"). */
    static String name(ValueStrings names, int value) {
        String n = names.nameOf(value);
        return n != null ? n : "Unknown (" + value + ")";
    }
}
