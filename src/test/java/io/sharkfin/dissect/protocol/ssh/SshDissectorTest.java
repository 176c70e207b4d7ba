package io.sharkfin.dissect.protocol.ssh;

import io.sharkfin.capture.Frame;
import io.sharkfin.cli.output.summary.InfoColumns;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.repl.view.ProtocolTree;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recorded tshark output of the SSH captures cannot show. {@code ssh-openssh.pcap} is real
 * OpenSSH 9.2 traffic over the loopback (eight connections, one per key exchange and cipher
 * family, made with sshd and ssh on this project's machine): its clear-text part is tshark's
 * (fields and trees of the group-exchange connections are recorded), and its encrypted packets
 * are where sharkfin deliberately differs: tshark 4.0 decrypts them with all-zero keys when it has
 * no key log (README, Differences).
 */
class SshDissectorTest {

    private static final List<Frame> OPENSSH = TestCaptures.read(TestCaptures.DISSECT.resolve("ssh-openssh.pcap"));

    /** Every frame of the real capture dissected in order with a full session, with its summary. */
    private static final List<String[]> DISSECTED = new ArrayList<>();

    static {
        Session s = Session.full();
        InfoColumns columns = new InfoColumns(s.registry());
        for (Frame f : OPENSSH) {
            Packet p = TestCaptures.dissect(s, f);
            DISSECTED.add(new String[] {cell(p, "ssh.kex.hassh"), cell(p, "ssh.kex.hasshserver"),
                    cell(p, "ssh.packet_length_encrypted"), cell(p, "ssh.packet_length"),
                    cell(p, "ssh.encrypted_packet"), cell(p, "ssh.mac"), columns.compute(p).info(),
                    String.join("\n", ProtocolTree.of(p).stream().map(ProtocolTree.Line::text).toList()),
                    cell(p, "tcp.stream"), cell(p, "ssh.protocol")});
        }
    }

    private static String cell(Packet p, String field) {
        return FieldFormat.cell(p, p.registry().lookup(field).id());
    }

    private static String[] frame(int number) {
        return DISSECTED.get(number - 1);
    }

    /**
     * The HASSH of OpenSSH 9.2p1's default client and of its server as configured here, as tshark
     * 4.0.17 printed them for this capture's first connection (frames 8 and 9).
     */
    @Test
    void opensshFingerprintsAreTsharks() {
        assertEquals("472b5de333ad665af5cbf10ff892c4df", frame(8)[0]);
        assertEquals("", frame(8)[1]);
        assertEquals("", frame(9)[0]);
        assertFalse(frame(9)[1].isEmpty());
        assertEquals(SshKeyInit.md5(""), "d41d8cd98f00b204e9800998ecf8427e");
        // every connection's client announced itself, and every KEXINIT got its side's hash
        long clients = DISSECTED.stream().filter(r -> !r[0].isEmpty()).count();
        long servers = DISSECTED.stream().filter(r -> !r[1].isEmpty()).count();
        assertEquals(8, clients);
        assertEquals(8, servers);
    }

    /**
     * chacha20-poly1305 after a curve25519 exchange: tshark 4.0 shows an empty "SSH Version 2"
     * subtree and no Info; sharkfin shows the 4 bytes of encrypted length, the encrypted bytes and
     * the 16-byte Poly1305 tag, and says so in the Info column.
     */
    @Test
    void chachaPacketsShowAsEncryptedPackets() {
        String[] r = frame(16);
        assertEquals("Client: Encrypted packet (len=44)", r[6]);
        assertEquals(8, r[2].length());
        assertEquals(2 * (44 - 4 - 16), r[4].length());
        assertEquals(32, r[5].length());
        assertTrue(r[7].contains("SSH Version 2 (encryption:chacha20-poly1305@openssh.com compression:none)"), r[7]);
    }

    /**
     * AES-GCM's length is additional authenticated data, in clear: it is the packet length, and
     * the tag follows the encrypted bytes; the MAC that ssh_decryption_set_mac_id cannot check is
     * not named in the title.
     */
    @Test
    void gcmPacketsKeepTheirLengthInClear() {
        boolean seen = false;
        for (String[] r : DISSECTED) {
            if (r[7].contains("encryption:aes256-gcm@openssh.com") && !r[3].isEmpty() && !r[4].isEmpty()) {
                assertEquals("", r[2]);
                assertEquals(32, r[5].length());
                assertFalse(r[7].contains("mac:"), r[7]);
                seen = true;
            }
        }
        assertTrue(seen);
    }

    /**
     * hmac-sha2-256 is the MAC packet-ssh.c can check, so the title names it, and a packet's last
     * 32 bytes are its MAC; after a group exchange packet-ssh.c 4.0 settles no algorithm at all,
     * so those packets are titled plainly and keep their MAC in the encrypted bytes, as tshark
     * shows them too.
     */
    @Test
    void macsAreCutAsTheAgreedAlgorithmsSay() {
        boolean sha256 = false;
        boolean groupExchange = false;
        for (String[] r : DISSECTED) {
            if (r[7].contains("mac:hmac-sha2-256 ") && !r[4].isEmpty()) {
                assertEquals(64, r[5].length());
                sha256 = true;
            }
            if (r[8].equals("3") && !r[4].isEmpty()) {
                assertEquals("", r[5]);
                assertFalse(r[7].contains("SSH Version 2 ("), r[7]);
                groupExchange = true;
            }
        }
        assertTrue(sha256 && groupExchange);
    }

    /** The last connection failed to log in without a key: its client line and KEXINIT are there all the same. */
    @Test
    void everyConnectionAnnouncedItsVersion() {
        long lines = DISSECTED.stream().filter(r -> r[9].startsWith("SSH-2.0-OpenSSH_9.2p1")).count();
        assertEquals(16, lines);
    }
}
