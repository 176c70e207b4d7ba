package io.sharkfin.dissect.protocol.ssh;

import io.sharkfin.dissect.protocol.ssh.SshConnection.KexFamily;
import io.sharkfin.dissect.protocol.ssh.SshConnection.Peer;

import java.util.Arrays;
import java.util.List;

/**
 * How packet-ssh.c settles the algorithms from the two KEXINITs: the first of the client's
 * names the server also lists, chosen once ({@code ssh_choose_algo}); the family the key
 * exchange's messages are read as; the encryption, MAC and compression of each direction and the
 * MAC's length, which decide how encrypted packets are cut and how the tree titles them.
 */
final class SshAlgorithms {
    private SshAlgorithms() {
    }

    /** The first name of {@code client}'s comma list that {@code server}'s also has, or null. */
    static String choose(String client, String server) {
        if (client == null || server == null) {
            return null;
        }
        List<String> offered = split(server);
        for (String c : split(client)) {
            if (offered.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /** g_strsplit(s, ",", 0): an empty string has no parts. */
    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(",", -1));
    }

    /** Once both sides proposed: the key exchange and the family its messages 30-49 belong to. */
    static void chooseKex(SshConnection c) {
        Peer client = c.peers[0];
        Peer server = c.peers[1];
        if (client.kexProposal == null || server.kexProposal == null || c.kex != null) {
            return;
        }
        c.kex = choose(client.kexProposal, server.kexProposal);
        String k = c.kex;
        if (k == null) {
            return;
        }
        if (k.equals("diffie-hellman-group-exchange-sha1") || k.equals("diffie-hellman-group-exchange-sha256")) {
            c.family = KexFamily.DH_GEX;
        } else if (k.startsWith("ecdh-sha2-") || k.equals("curve25519-sha256@libssh.org")
                || k.equals("curve25519-sha256") || k.equals("curve448-sha512")) {
            c.family = KexFamily.ECDH;
        } else if (k.equals("diffie-hellman-group14-sha256") || k.equals("diffie-hellman-group16-sha512")
                || k.equals("diffie-hellman-group18-sha512") || k.equals("diffie-hellman-group1-sha1")
                || k.equals("diffie-hellman-group14-sha1")) {
            c.family = KexFamily.DH;
        }
    }

    /**
     * ssh_choose_enc_mac, run by the DH and ECDH replies: each direction's cipher, MAC (the
     * AEAD ciphers' own, 16 bytes) and compression. packet-ssh.c then keeps the MAC's name only
     * for hmac-sha2-256, the one it can check, so that the tree's title names no other.
     */
    static void chooseEncryptionAndMac(SshConnection c) {
        for (int dir = 0; dir < 2; dir++) {
            Peer peer = c.peers[dir];
            if (peer.enc == null) {
                peer.enc = choose(c.peers[0].encProposals[dir], c.peers[1].encProposals[dir]);
            }
            String enc = peer.enc;
            if ("aes128-gcm@openssh.com".equals(enc) || "aes256-gcm@openssh.com".equals(enc)) {
                peer.mac = "<implicit>";
                peer.macLength = 16;
                peer.lengthIsPlaintext = true;
            } else if ("chacha20-poly1305@openssh.com".equals(enc)) {
                peer.mac = "<implicit>";
                peer.macLength = 16;
            } else {
                if (peer.mac == null) {
                    peer.mac = choose(c.peers[0].macProposals[dir], c.peers[1].macProposals[dir]);
                }
                setMacLength(peer);
            }
            if (peer.comp == null) {
                peer.comp = choose(c.peers[0].compProposals[dir], c.peers[1].compProposals[dir]);
            }
        }
        for (Peer peer : c.peers) {
            if (peer.mac != null && !peer.mac.equals("hmac-sha2-256")) {
                peer.mac = null; // ssh_decryption_set_mac_id forgets a MAC it cannot check
            }
        }
    }

    /** ssh_set_mac_length: the MAC's length from its name; an "-etm" MAC leaves the length in clear. */
    private static void setMacLength(Peer peer) {
        String name = peer.mac;
        if (name == null) {
            return;
        }
        int etm = name.indexOf("-etm@openssh.com");
        if (etm >= 0) {
            peer.lengthIsPlaintext = true;
            name = name.substring(0, etm);
        } else {
            int at = name.indexOf("@openssh.com");
            if (at >= 0) {
                name = name.substring(0, at);
            }
        }
        int dash = name.lastIndexOf('-');
        long bits = dash >= 0 ? unsigned(name.substring(dash + 1)) : -1;
        if (bits > 0 && bits % 8 == 0) {
            peer.macLength = (int) (bits / 8);
        } else if (name.equals("hmac-sha1") || name.equals("hmac-ripemd160")) {
            peer.macLength = 20;
        } else if (name.equals("hmac-md5")) {
            peer.macLength = 16;
        } else if (name.equals("none")) {
            peer.macLength = 0;
        }
    }

    /** ws_strtou32 of a whole string: its value, or -1 when it is not a 32-bit unsigned number. */
    private static long unsigned(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v > 0xffffffffL ? -1 : v;
    }
}
