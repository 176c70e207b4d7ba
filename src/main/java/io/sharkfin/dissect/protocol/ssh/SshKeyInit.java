package io.sharkfin.dissect.protocol.ssh;

import static io.sharkfin.dissect.protocol.ssh.SshFields.*;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.ssh.SshConnection.Peer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A KEXINIT's algorithm lists (ssh_dissect_key_init): the cookie, the ten name-lists, the
 * first-KEX-packet flag, and the side's HASSH fingerprint (hassh for the client, hasshServer for
 * the server: the MD5 of "kex;encryption;mac;compression" of the side's own direction, as
 * Salesforce defined it and packet-ssh.c computes it). The lists are kept for choosing the
 * algorithms once both sides have sent theirs.
 */
final class SshKeyInit {
    private SshKeyInit() {
    }

    static int dissect(SshCall c, int at) {
        Tvb t = c.t;
        Items it = c.it;
        Peer peer = c.peer;
        int start = at;
        int tree = it.text(t, at, -1, it.texts() ? "Algorithms" : null);
        int saved = it.open(tree);
        try {
            t.check(at, 16); // packet-ssh.c takes the cookie before it adds it
            it.add(COOKIE, t, at, 16);
            at += 16;
            int[] next = {at};
            peer.kexProposal = proposal(c, next, KEX_ALGORITHMS_LENGTH, KEX_ALGORITHMS);
            proposal(c, next, SERVER_HOST_KEY_ALGORITHMS_LENGTH, SERVER_HOST_KEY_ALGORITHMS);
            peer.encProposals[0] = proposal(c, next, ENCRYPTION_ALGORITHMS_CLIENT_TO_SERVER_LENGTH,
                    ENCRYPTION_ALGORITHMS_CLIENT_TO_SERVER);
            peer.encProposals[1] = proposal(c, next, ENCRYPTION_ALGORITHMS_SERVER_TO_CLIENT_LENGTH,
                    ENCRYPTION_ALGORITHMS_SERVER_TO_CLIENT);
            peer.macProposals[0] = proposal(c, next, MAC_ALGORITHMS_CLIENT_TO_SERVER_LENGTH,
                    MAC_ALGORITHMS_CLIENT_TO_SERVER);
            peer.macProposals[1] = proposal(c, next, MAC_ALGORITHMS_SERVER_TO_CLIENT_LENGTH,
                    MAC_ALGORITHMS_SERVER_TO_CLIENT);
            peer.compProposals[0] = proposal(c, next, COMPRESSION_ALGORITHMS_CLIENT_TO_SERVER_LENGTH,
                    COMPRESSION_ALGORITHMS_CLIENT_TO_SERVER);
            peer.compProposals[1] = proposal(c, next, COMPRESSION_ALGORITHMS_SERVER_TO_CLIENT_LENGTH,
                    COMPRESSION_ALGORITHMS_SERVER_TO_CLIENT);
            proposal(c, next, LANGUAGES_CLIENT_TO_SERVER_LENGTH, LANGUAGES_CLIENT_TO_SERVER);
            proposal(c, next, LANGUAGES_SERVER_TO_CLIENT_LENGTH, LANGUAGES_SERVER_TO_CLIENT);
            at = next[0];
            it.add(FIRST_KEX_PACKET_FOLLOWS, t, at, 1);
            at += 1;
            it.add(KEX_RESERVED, t, at, 4);
            at += 4;
            int dir = c.fromServer ? 1 : 0;
            FieldSpec algorithms = c.fromServer ? KEX_HASSHSERVER_ALGORITHMS : KEX_HASSH_ALGORITHMS;
            FieldSpec hash = c.fromServer ? KEX_HASSHSERVER : KEX_HASSH;
            if (c.p.wants(algorithms) || c.p.wants(hash)) {
                String list = peer.kexProposal + ";" + peer.encProposals[dir] + ";" + peer.macProposals[dir] + ";"
                        + peer.compProposals[dir];
                it.string(algorithms, t, at, 0, list);
                it.string(hash, t, at, 0, md5(list));
            }
            SshAlgorithms.chooseKex(c.conn);
            it.setLength(tree, at - start);
        } finally {
            it.close(saved);
        }
        return at;
    }

    /** ssh_dissect_proposal: a name-list's length and names; returns the names as C code keeps them. */
    private static String proposal(SshCall c, int[] at, FieldSpec lengthField, FieldSpec names) {
        Tvb t = c.t;
        int len = (int) t.u32(at[0], false);
        c.it.uint(lengthField, t, at[0], 4, Integer.toUnsignedLong(len));
        at[0] += 4;
        c.it.add(names, t, at[0], len);
        String value = c.ascii(at[0], len);
        at[0] += len;
        return value;
    }

    /** The HASSH of an algorithm string: the lowercase hex MD5 of its UTF-8 bytes. */
    static String md5(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }
}
