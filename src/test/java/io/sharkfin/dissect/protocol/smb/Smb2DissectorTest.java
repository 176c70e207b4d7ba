package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.TcpFrames;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SMB2 on smb.pcapng as an analyst of lateral movement reads it (who logged on, which shares and
 * files, with what result), in sessions that record only the fields they ask for, which must see
 * what tshark's recorded output shows (TsharkFieldsTest compares every field on every frame);
 * and what the capture cannot show: a header cut short inside its NBSS message.
 */
class Smb2DissectorTest {

    /** The rows of {@code fields} for the frames that have the first of them, in a session needing just those. */
    private static List<String> rows(String... fields) {
        Session s = Session.needing(List.of(fields));
        List<String> out = new ArrayList<>();
        for (Frame f : SmbCapture.FRAMES) {
            Packet p = TestCaptures.dissect(s, f);
            if (!TestCaptures.cell(p, fields[0]).isEmpty()) {
                StringBuilder row = new StringBuilder().append(f.number());
                for (String field : fields) {
                    row.append(' ').append(TestCaptures.cell(p, field));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** Each AUTHENTICATE names its user, domain and host; the logon failure shows in the response. */
    @Test
    void logonsNameTheirUsers() {
        assertEquals(List.of("10 lab LABGROUP LABSERVER", "89 lab LABGROUP LABSERVER", "109 lab LABGROUP LABSERVER",
                        "123 NULL NULL LABSERVER", "155 nosuchuser LABGROUP LABSERVER", "183 lab LABGROUP LABSERVER"),
                rows("ntlmssp.auth.username", "ntlmssp.auth.domain", "ntlmssp.auth.hostname"));
        assertEquals(List.of("110 0xc000006d 109"), rows("smb2.nt_status", "smb2.response_to", "smb2.cmd")
                .stream().filter(r -> r.contains("0xc000006d")).map(r -> r.substring(0, r.lastIndexOf(' '))).toList());
    }

    /**
     * A session's later messages carry the account its AUTHENTICATE named and the frame that
     * authenticated it, in a session that asks for nothing of NTLMSSP's; the anonymous session's
     * account is there, empty.
     */
    @Test
    void sessionsRememberTheirAccount() {
        List<String> rows = rows("smb2.auth_frame", "smb2.acct");
        assertTrue(rows.contains("12 11 lab"));
        assertTrue(rows.contains("157 156 nosuchuser"));
        assertTrue(rows.contains("125 124 "));
        Session s = Session.needing(List.of("smb2.acct"));
        Packet p = TestCaptures.upTo(SmbCapture.FRAMES, s, 125);
        assertTrue(p.has(p.registry().lookup("smb2.acct").id()));
    }

    /** Tree connects name their share; later messages on the tree name it too. */
    @Test
    void treesAreNamedByTheirConnect() {
        List<String> rows = rows("smb2.tree", "smb2.tcon_frame");
        assertTrue(rows.contains("12 \\\\127.0.0.1\\share "));
        assertTrue(rows.contains("14 \\\\127.0.0.1\\share 13"));
        assertTrue(rows.contains("91 \\\\127.0.0.1\\IPC$ "));
        List<String> types = rows("smb2.share_type", "smb2.tree");
        assertTrue(types.contains("13 0x01 "), "a disk, from the response");
        assertTrue(types.contains("92 0x02 "), "a pipe share");
        assertTrue(types.contains("14 0x01 \\\\127.0.0.1\\share"), "remembered for the tree");
    }

    /**
     * The executable's create, its write reassembled from three segments (its bytes as data,
     * starting with MZ), and its close carry the file id the create response gave.
     */
    @Test
    void theExecutableIsWrittenThroughOneFileId() {
        assertEquals(List.of("14 5"), rows("smb2.create.disposition").subList(0, 1));
        List<String> fids = rows("smb2.fid", "smb2.cmd");
        String fid = "ecb5e972-0000-0000-a0b4-618c00000000";
        assertEquals(List.of("15 " + fid + " 5", "19 " + fid + " 9", "21 " + fid + " 6"),
                fids.stream().filter(r -> r.contains(fid)).toList());
        List<String> write = rows("smb2.write_length", "tcp.segment.count", "data.len");
        assertEquals("19 70016 3 70016", write.get(0));
        Session s = Session.needing(List.of("data.data"));
        Packet p = TestCaptures.upTo(SmbCapture.FRAMES, s, 19);
        assertTrue(TestCaptures.cell(p, "data.data").startsWith("4d5a90"));
    }

    /**
     * File names come from creates, from the entries of a directory listing (the level its
     * request asked for) and from the file information a query returns.
     */
    @Test
    void fileNamesComeFromCreatesListingsAndQueries() {
        List<String> rows = rows("smb2.filename", "smb2.cmd");
        assertTrue(rows.contains("14 PSEXESVC.exe 5"));
        assertTrue(rows.contains("32 .,..,PSEXESVC.exe,notes.txt 14"));
        assertTrue(rows.contains("46 \\notes.txt 16"));
        Session s = Session.needing(List.of("smb2.filename"));
        Packet root = TestCaptures.upTo(SmbCapture.FRAMES, s, 29);
        assertTrue(root.has(root.registry().lookup("smb2.filename").id()), "the share's root: an empty name");
    }

    /** Encrypted messages show their transform header and session, and no command. */
    @Test
    void encryptedMessagesAreNotRead() {
        List<String> rows = rows("smb2.header.transform.msg_size", "smb2.sesid", "smb2.cmd");
        assertEquals(18, rows.size());
        for (String r : rows) {
            assertTrue(r.endsWith(" "), r);
        }
    }

    /**
     * An NBSS message too short for the SMB2 header it starts: the header's reads run past the
     * message, which is malformed, as packet-smb2.c's reads past its tvbuff are in tshark.
     */
    @Test
    void aHeaderCutByItsMessageIsMalformed() {
        ByteBuffer b = ByteBuffer.allocate(4 + 20).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0, 0, 0, 20}).put(new byte[] {(byte) 0xfe, 'S', 'M', 'B'}).putShort((short) 64);
        List<Frame> frames = new TcpFrames(new ArrayList<>(), new byte[] {10, 9, 0, 1}, 40000,
                new byte[] {10, 9, 0, 2}, 445).send(true, b.array()).close();
        Packet p = TestCaptures.upTo(frames, Session.full(), 4);
        assertTrue(p.malformed());
        assertEquals("0xfe534d42", TestCaptures.cell(p, "smb2.protocol_id"));
        assertFalse(TestCaptures.cell(p, "nbss.length").isEmpty());
    }
}
