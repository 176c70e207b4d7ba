package io.sharkfin.dissect.protocol.ftp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.TcpFrames;
import io.sharkfin.repl.view.ProtocolTree;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FTP's behaviour on {@code ftp.pcapng} that its recorded tshark output shows only as values:
 * which data connection joins which announcement, and that sessions recording few fields (or none
 * of FTP's) hand the announced connections to FTP-DATA as a full one does; and what the capture
 * cannot show: a working directory that is not UTF-8, and the directory's bound.
 */
class FtpDissectorTest {

    private static final List<Frame> FRAMES = TestCaptures.read(TestCaptures.DISSECT.resolve("ftp.pcapng"));

    /**
     * Dissects the capture in {@code s} as far as the last of {@code numbers}; returns whether
     * each of those frames has {@code field}, in order (a session refills one packet per frame).
     */
    private static List<Boolean> haveAt(Session s, String field, int... numbers) {
        List<Boolean> out = new ArrayList<>();
        for (Frame f : FRAMES.subList(0, numbers[numbers.length - 1])) {
            Packet p = TestCaptures.dissect(s, f);
            if (out.size() < numbers.length && f.number() == numbers[out.size()]) {
                out.add(has(p, field));
            }
        }
        return out;
    }

    /** Dissects the capture up to frame {@code number} in {@code s}; returns that frame. */
    private static Packet upTo(Session s, int number) {
        return TestCaptures.upTo(FRAMES, s, number);
    }

    private static String cell(Packet p, String field) {
        return TestCaptures.cell(p, field);
    }

    private static boolean has(Packet p, String field) {
        return p.has(p.registry().lookup(field).id());
    }

    /** A PASV reply announces the connection its LIST's listing then comes on. */
    @Test
    void aPassiveConnectionAnswersTheNextCommand() {
        Packet p = upTo(Session.full(), 47);
        assertEquals("40", cell(p, "ftp-data.setup-frame"));
        assertEquals("PASV", cell(p, "ftp-data.setup-method"));
        assertEquals("LIST", cell(p, "ftp-data.command"));
        assertEquals("42", cell(p, "ftp-data.command-frame"));
        assertEquals("/pub", cell(p, "ftp-data.current-working-directory"));
        List<String> tree = ProtocolTree.of(p).stream().map(ProtocolTree.Line::text).toList();
        assertTrue(tree.contains("FTP Data (201 bytes data)"), tree.toString());
        assertTrue(tree.contains("Command frame: 42"), tree.toString());
    }

    /**
     * A PORT with another address than the client's announces nothing the server's connection
     * joins; that connection, from port 20 to the client, joins the older announcement with the
     * same endpoints: the one "P 192,0,2,10,1,2" made in the first session (a one-letter command
     * is a PORT to packet-ftp.c's strncmp), answering the request that followed it there.
     */
    @Test
    void aNatedPortLeavesTheConnectionToAnOlderAnnouncement() {
        Packet p = upTo(Session.full(), 370);
        assertEquals("281", cell(p, "ftp-data.setup-frame"));
        assertEquals("EPRT 1|2|3", cell(p, "ftp-data.command"));
    }

    /**
     * EPRT's announcement puts the client's own address first, so the server's connection never
     * joins it; from port 20 it is FTP-DATA by its port alone, set up in its own first frame.
     */
    @Test
    void anEprtConnectionIsFtpDataByItsPortAlone() {
        Packet p = upTo(Session.full(), 388);
        assertEquals("385", cell(p, "ftp-data.setup-frame"));
        assertFalse(has(p, "ftp-data.setup-method"));
        assertFalse(has(p, "ftp-data.command"));
    }

    /** A data connection announced in the empty directory shows what a CWD then appended in place. */
    @Test
    void anEmptyDirectoryGrownInPlaceIsShared() {
        Packet p = upTo(Session.full(), 438);
        assertEquals("CWD upload", cell(p, "ftp-data.command"));
        assertEquals("upload", cell(p, "ftp-data.current-working-directory"));
    }

    /**
     * Sessions that do not record FTP's fields still hand announced connections to FTP-DATA: a
     * transferred file that reads as an HTTP request is no HTTP, and FTP-DATA's payloads are no
     * {@code data}, as in tshark.
     */
    @Test
    void otherSessionsLeaveAnnouncedConnectionsToFtpData() {
        assertEquals(List.of(false), haveAt(Session.needing(List.of("http.request")), "http.request", 133));
        // the NAT'd PASV's connection (97) joins nothing: its payload is data
        assertEquals(List.of(false, true, false), haveAt(Session.needing(List.of("data")), "data", 47, 97, 133));
        Packet command = upTo(Session.needing(List.of("ftp-data.command")), 133);
        assertEquals("RETR request.txt", cell(command, "ftp-data.command"));
    }

    /** After AUTH TLS answered 234, the connection is TLS's, its data FTP's. */
    @Test
    void authTlsHandsTheConnectionToTls() {
        Packet p = upTo(Session.full(), 487);
        assertEquals("File Transfer Protocol (FTP)", cell(p, "tls.app_data_proto"));
        assertFalse(has(p, "ftp"));
    }

    /**
     * After AUTH TLS answered 234 the connection is TLS's, but TLS refuses text (once it has the
     * rest of what could be a record's header), which FTP then dissects: also in a session that
     * records no field of TLS's, as tshark does.
     */
    @Test
    void textAfterAuthTlsIsFtpsAgain() {
        for (Session s : List.of(Session.full(), Session.needing(List.of("ftp.request.command")))) {
            List<Frame> frames = new ArrayList<>();
            TcpFrames c = new TcpFrames(frames, new byte[] {10, 9, 0, 1}, 40000, new byte[] {10, 9, 0, 2}, 21);
            c.send(true, TcpFrames.lines(List.of("AUTH TLS")));
            c.send(false, TcpFrames.lines(List.of("234 go")));
            c.send(true, TcpFrames.lines(List.of("NOOP")), List.of(2));
            Packet p = null;
            for (Frame f : frames) {
                p = TestCaptures.dissect(s, f);
            }
            assertEquals("NOOP", cell(p, "ftp.request.command"));
        }
    }

    /**
     * A directory that is not UTF-8: tshark's value is the raw bytes (and {@code -T fields}
     * prints them raw), sharkfin's has U+FFFD for each bad sequence, as the tree shows it in both
     * (README, Differences).
     */
    @Test
    void aDirectoryThatIsNotUtf8ReadsWithReplacementCharacters() {
        // "café" in UTF-8, then a byte that starts no UTF-8 sequence
        Packet p = last(Session.full(), "CWD caf\u00c3\u00a9\u00ff", "250 ok");
        assertEquals("caf\u00e9\ufffd", cell(p, "ftp.current-working-directory"));
    }

    /** Relative CWDs grow the directory only up to its bound. */
    @Test
    void theDirectoryIsBounded() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add("CWD " + "d".repeat(30_000));
            lines.add("250 ok");
        }
        Packet p = last(Session.full(), lines.toArray(String[]::new));
        assertEquals(WorkingDirectory.MAX, cell(p, "ftp.current-working-directory").length());
    }

    /** Dissects a control connection of alternating request and reply lines; returns the last frame. */
    private static Packet last(Session s, String... lines) {
        List<Frame> frames = new ArrayList<>();
        TcpFrames c = new TcpFrames(frames, new byte[] {10, 9, 0, 1}, 40000, new byte[] {10, 9, 0, 2}, 21);
        for (int i = 0; i < lines.length; i++) {
            c.send(i % 2 == 0, (lines[i] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        Packet p = null;
        for (Frame f : frames) {
            p = TestCaptures.dissect(s, f);
        }
        return p;
    }
}
