package io.sharkfin.dissect.protocol.http;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.TcpFrames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile HTTP over TCP: messages built from the pieces that break parsers (request and status
 * lines with odd tokens, header names with illegal characters, lying Content-Lengths, chunk
 * sizes that overflow, unknown and stacked transfer codings, broken gzip, NULs and bytes above
 * 0x7f), cut into segments at random. No exception escapes the dissectors (a frame marked
 * malformed is fine: Wireshark marks them too), and the entries of a frame stay proportional to
 * its bytes.
 */
class HttpRobustnessPropertiesTest {

    private static final String[] LINES = {
        "GET / HTTP/1.1", "POST /a?b=c&&d HTTP/1.0", "HTTP/1.1 200 OK", "HTTP/1.1 2", "HTTP/1.1 -12 x",
        "CONNECT h:443 HTTP/1.1", "HTTP/1.1 101 Switching", "M-SEARCH * HTTP/1.1", "NOTIFY * HTTP/1.1",
        "HEAD /x HTTP/1.1", "ICY 200 OK", "GET  HTTP/1.1", "Host: a", "Host:", "Content-Length: 5",
        "Content-Length: -1", "Content-Length: 99999999999999999999", "Content-Length: 3000000",
        "Transfer-Encoding: chunked", "Transfer-Encoding: gzip, chunked", "Transfer-Encoding: foo, bar",
        "Content-Encoding: gzip", "Content-Encoding: deflate", "Content-Type: text/html",
        "Content-Type: application/x-www-form-urlencoded", "Content-Type: image/png", "Content-Type: text/xml",
        "Cookie: a=b; ;c", "Authorization: Basic ====", "Authorization: CitrixAGBasic username=\"x\"",
        "Upgrade: websocket", "Bad Name: x", ": empty", "X\0Y: z", "\u00ff\u00fe: q", "", "ffffffffffff",
        "0", "10;ext", "-5", "a=%4", "a=%zz&b", "\u001f\u008b\u0008\u0000garbage", "<?xml version=\"1.0\"?>"};

    @Property(tries = 300)
    void hostileMessagesNeverEscape(@ForAll("conversations") List<Object[]> messages) {
        TcpFrames tcp = new TcpFrames();
        for (Object[] m : messages) {
            tcp.send((Boolean) m[0], (byte[]) m[1], List.of((Integer) m[2], (Integer) m[3]));
        }
        List<Frame> frames = tcp.close();
        for (Session s : List.of(Session.full(), Session.needing(List.of("http.request.method", "http.host")))) {
            run(s, frames);
        }
    }

    /**
     * Dissects the frames on the real pipeline; an exception escaping a dissector (which the
     * session would contain as a malformed mark) fails the property, a frame too short for its
     * headers is marked as in Wireshark.
     */
    private static void run(Session session, List<Frame> frames) {
        for (Frame f : frames) {
            Packet p = TestCaptures.dissect(session, f);
            assertTrue(p.entryCount() <= 200 + 8 * f.capturedLength(), "entries " + p.entryCount());
        }
    }

    @Property(tries = 200)
    void randomBytesNeverEscape(@ForAll("bytes") byte[] data, @ForAll("cut") int cut) {
        run(Session.full(), new TcpFrames().send(true, data, List.of(cut)).send(false, data, List.of(cut)).close());
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    }

    @Provide
    Arbitrary<Integer> cut() {
        return Arbitraries.integers().between(0, 600);
    }

    @Provide
    Arbitrary<List<Object[]>> conversations() {
        Arbitrary<byte[]> message = Arbitraries.of(LINES).list().ofMaxSize(12).map(TcpFrames::lines);
        Arbitrary<Object[]> step = Combinators.combine(Arbitraries.of(true, false), message,
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 300))
                .as((dir, bytes, a, b) -> new Object[] {dir, bytes, Math.min(a, b), Math.max(a, b)});
        return step.list().ofMaxSize(8);
    }
}
