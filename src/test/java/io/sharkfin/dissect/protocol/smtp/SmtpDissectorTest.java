package io.sharkfin.dissect.protocol.smtp;

import io.sharkfin.capture.Frame;
import io.sharkfin.cli.output.summary.Columns;
import io.sharkfin.cli.output.summary.InfoColumns;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.SeqFragments;
import io.sharkfin.repl.view.ProtocolTree;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SMTP's and IMF's behaviour on {@code smtp.pcapng} (make-smtp.py) and {@code smtp-python.pcap}
 * (a real smtplib/smtpd session) that the recorded tshark output shows only as values: the
 * credentials an analyst looks for, whichever fields a session records (the AUTH state follows
 * the session whatever it wants), the message reassembled from its fragments with its sender and
 * subject, STARTTLS's hand-over, a base64 body decoded; and what the captures cannot show: the
 * bound on a reassembled message.
 */
class SmtpDissectorTest {

    private static final List<Frame> SYNTHETIC = TestCaptures.read(TestCaptures.DISSECT.resolve("smtp.pcapng"));
    private static final List<Frame> PYTHON = TestCaptures.read(TestCaptures.DISSECT.resolve("smtp-python.pcap"));

    /** Dissects {@code frames} in {@code s}; returns each frame's value of {@code field} ("" when absent). */
    private static List<String> cells(List<Frame> frames, Session s, String field) {
        List<String> out = new ArrayList<>();
        for (Frame f : frames) {
            Packet p = TestCaptures.dissect(s, f);
            out.add(FieldFormat.cell(p, p.registry().lookup(field).id()));
        }
        return out;
    }

    /** Dissects the capture in {@code s} up to frame {@code number}; returns that frame. */
    private static Packet upTo(List<Frame> frames, Session s, int number) {
        return TestCaptures.upTo(frames, s, number);
    }

    private static String cell(Packet p, String field) {
        return TestCaptures.cell(p, field);
    }

    /**
     * AUTH LOGIN's user name and password are the lines after the server's 334s, AUTH LOGIN with
     * the user name on the command gives it there; shown as sent (base64: packet-smtp.c decodes
     * only with its preference on), the same in a session that records nothing else.
     */
    @Test
    void credentialsSentInClear() {
        for (Session s : List.of(Session.full(), Session.needing(List.of("smtp.auth.username", "smtp.auth.password")))) {
            List<String> users = cells(SYNTHETIC, s, "smtp.auth.username");
            assertEquals("YWxpY2VAZXhhbXBsZS5vcmc=", users.get(13));
            assertEquals("Y2Fyb2w=", users.get(131));
            assertEquals(2, users.stream().filter(v -> !v.isEmpty()).count());
        }
        List<String> passwords = cells(SYNTHETIC, Session.needing(List.of("smtp.auth.password")), "smtp.auth.password");
        assertEquals("UzNjcmV0IXBhc3M=", passwords.get(17));
        assertEquals("cGHpc3M=", passwords.get(135));
        assertEquals(2, passwords.stream().filter(v -> !v.isEmpty()).count());
    }

    /** AUTH PLAIN's credentials, on the command or after a 334, are one value with a warning. */
    @Test
    void plainCredentialsAreOneValue() {
        List<String> plain = cells(SYNTHETIC, Session.full(), "smtp.auth.username_password");
        assertEquals("AG1hbGxvcnlAZXhhbXBsZS5vcmcAaHVudGVyMg==", plain.get(71));
        assertEquals("YXV0aHoAYm9iAHdyb25n", plain.get(123));
        assertEquals("not-base64!", plain.get(127));
        Packet p = upTo(SYNTHETIC, Session.full(), 72);
        assertEquals("base64 decode failed or is not enabled (check SMTP preferences)", cell(p, "_ws.expert.message"));
    }

    /** The Info column names the credentials as packet-smtp.c words them. */
    @Test
    void infoNamesTheCredentials() {
        Session s = Session.full();
        InfoColumns columns = new InfoColumns(s.registry());
        List<String> info = new ArrayList<>();
        for (Frame f : SYNTHETIC.subList(0, 132)) {
            info.add(columns.compute(TestCaptures.dissect(s, f)).info());
        }
        assertEquals("C: User: YWxpY2VAZXhhbXBsZS5vcmc=", info.get(13));
        assertEquals("C: Pass: UzNjcmV0IXBhc3M=", info.get(17));
        assertEquals("C: AUTH PLAIN AG1hbGxvcnlAZXhhbXBsZS5vcmcAaHVudGVyMg==", info.get(71));
        assertEquals("C: AUTH LOGIN User: Y2Fyb2w=", info.get(131));
    }

    /**
     * The message sent in three DATA fragments is reassembled in the frame of its end of message
     * and handed to IMF: sender, recipients' addresses, subject; the Protocol column reads
     * SMTP/IMF. The fragments' own frames show their text lines only.
     */
    @Test
    void theMessageIsReassembledAtItsEnd() {
        Session s = Session.full();
        InfoColumns columns = new InfoColumns(s.registry());
        Packet fragment = upTo(SYNTHETIC, s, 40);
        assertEquals("", cell(fragment, "imf.from"));
        assertEquals("C: DATA fragment, 464 bytes", columns.compute(fragment).info());
        Packet p = TestCaptures.dissect(s, SYNTHETIC.get(40));
        p = TestCaptures.dissect(s, SYNTHETIC.get(41));
        p = TestCaptures.dissect(s, SYNTHETIC.get(42));
        p = TestCaptures.dissect(s, SYNTHETIC.get(43));
        assertEquals(44, p.number());
        assertEquals("38,40,42", cell(p, "smtp.data.fragment"));
        assertEquals("855", cell(p, "smtp.data.reassembled.length"));
        assertEquals("\"Alice Example\" <alice@example.org>", cell(p, "imf.from"));
        assertEquals("Quarterly invoice - please review", cell(p, "imf.subject"));
        assertEquals("alice@example.org,bob@example.net, carol@example.net\r\n,dave@example.com,eve@example.com,"
                + " frank@example.com\r\n,billing@example.org\r\n,alice@example.org\r\n", cell(p, "imf.address"));
        Columns c = columns.compute(p);
        assertEquals("SMTP/IMF", c.protocol());
        assertTrue(c.info().startsWith("from: \"Alice Example\" <alice@example.org>, subject: Quarterly"), c.info());
        List<String> tree = ProtocolTree.of(p).stream().map(ProtocolTree.Line::text).toList();
        assertTrue(tree.contains("From: \"Alice Example\" <alice@example.org>, 1 item"), tree.toString());
        assertTrue(tree.contains("Display-Name: Friend, 1 item"), tree.toString());
    }

    /** STARTTLS answered 220: the connection's next payloads are TLS records for SMTP. */
    @Test
    void startTlsHandsTheConnectionToTls() {
        Packet p = upTo(SYNTHETIC, Session.full(), 205);
        assertEquals("", cell(p, "smtp"));
        assertEquals("Simple Mail Transfer Protocol", cell(p, "tls.app_data_proto"));
    }

    /** A command cut across two segments is read whole in the segment that ends it. */
    @Test
    void aSplitCommandIsDesegmented() {
        Session s = Session.needing(List.of("smtp.req.parameter", "tcp.segment"));
        Packet first = upTo(SYNTHETIC, s, 140);
        assertEquals("", cell(first, "smtp.req.parameter"));
        Packet p = TestCaptures.dissect(s, SYNTHETIC.get(140));
        p = TestCaptures.dissect(s, SYNTHETIC.get(141));
        assertEquals("FROM:<split@example.org>", cell(p, "smtp.req.parameter"));
        assertEquals("140,142", cell(p, "tcp.segment"));
    }

    /**
     * Real smtplib traffic: the UTF-8 message's base64 body is decoded into its own data source
     * for the text lines; the 100 kB report crosses segments and is reassembled at its end.
     */
    @Test
    void realMessages() {
        Session s = Session.full();
        Packet utf8 = upTo(PYTHON, s, 30);
        assertEquals("base64", cell(utf8, "imf.content.transfer_encoding"));
        assertTrue(utf8.dataSources().stream().anyMatch(d -> d.name().equals("base64")));
        List<String> tree = ProtocolTree.of(utf8).stream().map(ProtocolTree.Line::text).toList();
        assertTrue(tree.contains("Schöne Grüße,\\n"), tree.toString());
        Packet report = upTo(PYTHON, Session.needing(List.of("smtp.data.fragment", "imf.subject")), 80);
        assertEquals("77,78,80", cell(report, "smtp.data.fragment"));
        assertEquals("Monthly export", cell(report, "imf.subject"));
    }

    /**
     * A message past the bound is dropped whole, fragments and all; the next message is
     * reassembled again.
     */
    @Test
    void aHugeMessageIsDropped() {
        SeqFragments d = new SeqFragments();
        byte[] mib = new byte[1 << 20];
        for (int i = 0; i < SeqFragments.MAX_BYTES / mib.length; i++) {
            assertNull(d.add(i + 1, mib, true));
        }
        assertNull(d.add(100, new byte[] {'x'}, true));
        assertNull(d.end(101));
        d.add(102, "Subject: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), true);
        SeqFragments.Reassembled r = d.end(103);
        assertEquals(1, r.fragments().size());
        assertEquals(14, r.data().length);
        assertFalse(r.fragments().isEmpty());
    }
}
