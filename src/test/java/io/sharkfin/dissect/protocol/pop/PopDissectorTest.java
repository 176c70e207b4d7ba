package io.sharkfin.dissect.protocol.pop;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What pop.pcapng (make-pop.py) cannot show of packet-pop.c's reading: the length a RETR answer
 * announces, as {@code sscanf("%*s %u %*s")} reads it (a sign, blanks, 32 bits, C's saturation);
 * and that the message handed to IMF is the same whatever fields a session records. The fields,
 * trees, summaries and credentials of the capture are held to tshark's by the recorded-truth tests.
 */
class PopDissectorTest {

    private static Long length(String line) {
        return PopDissector.announcedLength(line.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void theAnnouncedLengthIsReadAsScanfReadsAnUnsignedInt() {
        assertEquals(3272L, length("+OK 3272 octets"));
        assertEquals(3272L, length("+OK 3272"));
        assertEquals(7L, length("+OK   +7 octets"));
        assertEquals(4294967291L, length("+OK -5 octets"));
        assertEquals(4294967295L, length("+OK 99999999999999999999999 octets"));
        assertEquals(4294967295L, length("+OK -99999999999999999999999"));
        assertEquals(1L, length("+OK 4294967297"));
        assertEquals(12L, length("+OK 12abc"));
        assertNull(length("+OK top of message follows"));
        assertNull(length("+OK"));
        assertNull(length("+OK "));
        assertNull(length(""));
    }

    @Test
    void theRetrievedMessageIsTheSameWhateverTheSessionRecords() {
        List<Frame> frames = TestCaptures.read(TestCaptures.DISSECT.resolve("pop.pcapng"));
        for (Session s : List.of(Session.full(), Session.needing(List.of("imf.subject")))) {
            Packet p = TestCaptures.upTo(frames, s, 30);
            assertEquals("Invoice 4471 overdue", TestCaptures.cell(p, "imf.subject"));
        }
        Packet fragments = TestCaptures.upTo(frames, Session.needing(List.of("pop.data.fragment")), 30);
        assertEquals("26,28,30", TestCaptures.cell(fragments, "pop.data.fragment"));
    }
}
