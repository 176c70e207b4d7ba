package io.sharkfin.dissect.protocol.multipart;

import io.sharkfin.capture.Frame;
import io.sharkfin.cli.output.summary.InfoColumns;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.TcpFrames;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MIME multipart on {@code multipart.pcapng} (make-multipart.py) as an analyst reads it: the
 * files of an HTTP upload with their names and types, a mail's nested parts and attachments, the
 * hostile bodies marked as tshark marks them; packet-multipart.c's header and parameter readers
 * with their quirks; and what the capture cannot show: the bound on the parts of one body.
 */
class MultipartDissectorTest {

    private static final List<Frame> FRAMES = TestCaptures.read(TestCaptures.DISSECT.resolve("multipart.pcapng"));

    /** Dissects the capture in {@code s} up to frame {@code number}; returns that frame. */
    private static Packet upTo(Session s, int number) {
        return TestCaptures.upTo(FRAMES, s, number);
    }

    private static String cell(Packet p, String field) {
        return TestCaptures.cell(p, field);
    }

    /**
     * The form-data upload reassembled from three segments: five parts, the file's name with its
     * non-ASCII letters as ENC_ASCII reads them, its type, the JSON part handed to JSON; a session
     * wanting only the disposition sees the same.
     */
    @Test
    void uploadShowsItsFiles() {
        for (Session s : List.of(Session.full(), Session.needing(List.of("mime_multipart.header.content-disposition")))) {
            Packet p = upTo(s, 8);
            assertEquals("form-data;name=\"user\",form-data;name=\"comment\",form-data;name=\"file\";filename=\"Q3 report"
                    + " \uFFFD\uFFFD\uFFFD final \uFFFD\uFFFD.bin\",form-data;name=\"notes\";filename=\"notes.txt\","
                    + "form-data;name=\"meta\"", cell(p, "mime_multipart.header.content-disposition"));
        }
        Packet p = upTo(Session.full(), 8);
        assertEquals("multipart/form-data", cell(p, "mime_multipart.type"));
        assertEquals(",,,,", cell(p, "mime_multipart.part"));
        assertEquals("application/octet-stream,text/plain,application/json;charset=utf-8",
                cell(p, "mime_multipart.header.content-type"));
        assertEquals("HTTP/JSON", new InfoColumns(Session.full().registry()).compute(p).protocol());
        assertTrue(cell(p, "frame.protocols").endsWith("http:mime_multipart:data:data:data:data-text-lines:json"),
                cell(p, "frame.protocols"));
    }

    /**
     * The mail: multipart/mixed with a quoted, folded boundary holding multipart/alternative, a
     * zip (base64, left encoded as tshark leaves it, to media) and an exe-like attachment (octet
     * stream, to data); preamble and epilogue kept as such.
     */
    @Test
    void mailShowsNestedPartsAndAttachments() {
        Packet p = upTo(Session.full(), 224);
        assertEquals("multipart/mixed,multipart/alternative", cell(p, "mime_multipart.type"));
        assertEquals("--===============1234567890==\r\n,--alt-b0undary\r\n", cell(p, "mime_multipart.first_boundary"));
        assertEquals("attachment;filename=\"invoice 4411.zip\",attachment;filename=\"scan.pdf.exe\"",
                cell(p, "mime_multipart.header.content-disposition"));
        assertEquals("quoted-printable,7bit,base64,BASE64", cell(p, "mime_multipart.header.content-transfer-encoding"));
        assertFalse(cell(p, "mime_multipart.preamble").isEmpty());
        assertEquals("6570696c6f677565206c696e650d0a", cell(p, "mime_multipart.trailer"));
        assertTrue(matches("mime_multipart.header.content-disposition matches \"filename=\\\"[^\\\"]*\\\\.exe\\\"\"", p));
    }

    /**
     * Hostile bodies: no parameters (a finding, no multipart item: the layer is there, the
     * protocol does not match a filter), LF-only lines (malformed, as C's negative string length
     * fails), 40 nested multiparts, a boundary that never appears (the body as data).
     */
    @Test
    void hostileBodiesAreMarkedAsTsharkMarksThem() {
        Session s = Session.full();
        Packet p = upTo(s, 88);
        assertTrue(cell(p, "frame.protocols").contains("http:mime_multipart:data"));
        assertFalse(matches("mime_multipart", p));
        assertTrue(matches("mime_multipart.no_required_parameter", p));
        p = upTo(s, 108);
        assertEquals("", cell(p, "mime_multipart.first_boundary"));
        assertEquals("42", cell(p, "data.len"));
        p = upTo(s, 156);
        assertEquals(40, cell(p, "mime_multipart.type").split(",").length);
        assertFalse(p.malformed());
        p = upTo(s, 166);
        assertTrue(p.malformed());
        assertEquals("--lf\n", cell(p, "mime_multipart.first_boundary"));
    }

    /**
     * Parts end where the frame reaches Wireshark's 500 protocol layers (each part's dissector is
     * one), with tshark's dissector bug, shown twice as the postdissectors' call fails too; the
     * 2,000 parts of the capture's upload likewise.
     */
    @Test
    void partsEndAtTheLayerLimit() {
        Packet upload = upTo(Session.full(), 144);
        assertEquals(494, cell(upload, "mime_multipart.part").split(",", -1).length);
        assertEquals("1,1", cell(upload, "_ws.malformed.dissector_bug"));
        assertTrue(upload.malformed());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < 10_000; i++) {
            body.writeBytes("--b\r\n\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] head = ("POST / HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                + body.size() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[head.length + body.size()];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(body.toByteArray(), 0, message, head.length, body.size());
        List<Integer> cuts = new ArrayList<>();
        for (int at = 1400; at < message.length; at += 1400) {
            cuts.add(at);
        }
        List<Frame> frames = new TcpFrames().send(true, message, cuts).close();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Session s = Session.full();
            int parts = 0;
            for (Frame f : frames) {
                Packet p = TestCaptures.dissect(s, f);
                String cell = cell(p, "mime_multipart.part");
                parts = Math.max(parts, cell.isEmpty() ? 0 : cell.split(",", -1).length);
            }
            // each part's body goes to data, a layer each
            assertTrue(parts > 490 && parts < Packet.MAX_LAYERS, parts + " parts");
        });
    }

    /** unfold_and_compact_mime_header: blanks around separators go, folded lines join, quotes stay. */
    @Test
    void headersAreCompactedAsInC() {
        MimeHeaderText.Compacted c = MimeHeaderText.compact("Content-Type:    text/plain ;  charset = \"a  b\" ;\r\n\tx=1\r\nnext");
        assertEquals("Content-Type:text/plain;charset=\"a  b\";x=1", c.text());
        assertEquals(12, c.colon());
        assertEquals(-1, MimeHeaderText.compact("no colon here").colon());
        assertEquals("a b", MimeHeaderText.compact("a \t b\n").text());
    }

    /**
     * ws_find_media_type_parameter: quotes and escapes removed, an unquoted value cut at a
     * tspecial; and its quirk that a name found nowhere yields the last parameter's value.
     */
    @Test
    void parametersAreFoundAsInC() {
        assertEquals("simple boundary", MimeHeaderText.findParameter("boundary=\"simple boundary\";charset=x", "boundary"));
        assertEquals("a\"b", MimeHeaderText.findParameter("BOUNDARY=\"a\\\"b\"", "boundary"));
        assertEquals("abc", MimeHeaderText.findParameter("boundary=abc/def", "boundary"));
        assertEquals("utf-8", MimeHeaderText.findParameter("charset=utf-8", "boundary"));
        assertNull(MimeHeaderText.findParameter("charset", "boundary"));
        assertNull(MimeHeaderText.findParameter("", "boundary"));
        assertEquals("", MimeHeaderText.findParameter("boundary=", "boundary"));
    }

    private static boolean matches(String filter, Packet p) {
        try {
            return Filter.compile(filter).test(p);
        } catch (FilterException e) {
            throw new AssertionError(e);
        }
    }
}
