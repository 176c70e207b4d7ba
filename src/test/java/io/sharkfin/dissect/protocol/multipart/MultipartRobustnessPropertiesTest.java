package io.sharkfin.dissect.protocol.multipart;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.LayerRobustness;
import io.sharkfin.dissect.protocol.TcpFrames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile multipart bodies in HTTP requests: bodies built from the pieces that steer
 * packet-multipart.c (boundary lines whole, closing, glued to a line or cut; headers it knows,
 * compact names, unknown, without a colon or with control bytes; folded lines; LF or CR alone;
 * nested multiparts; quoted and escaped parameters), then mutated at random, under content types
 * whose parameters are missing, empty or odd; and random bytes. Whatever comes in, no exception
 * escapes the dissectors, the tree's wording or the Info column's pass, the items stay
 * proportional to the body, a session wanting few fields sees what a full session sees, and a
 * body whose lines end in LF alone is malformed as in tshark.
 */
class MultipartRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("mime_multipart.type", "mime_multipart.part",
            "mime_multipart.header.content-type", "mime_multipart.header.content-disposition", "mime_multipart.boundary",
            "mime_multipart.trailer", "data-text-lines", "media.type");
    /**
     * HTTP, and "/JSON" or "/XML" once per such part: packet-json.c and packet-xml.c append to
     * the Protocol column on each call (tshark prints HTTP/JSON/JSON for two JSON parts).
     */
    private static final Predicate<String> COLUMNS = Pattern.compile("HTTP(/JSON|/XML)*").asMatchPredicate();

    private static final String[] PIECES = {
        "--b\r\n", "--b--\r\n", "--b--", "--b", "\r\n--b\r\n", "x--b--\r\n", "--", "\r\n", "\n", "\r", "",
        "Content-Type: text/plain\r\n", "c: application/json\r\n", "Content-Type: multipart/mixed; boundary=b\r\n",
        "Content-Type: multipart/mixed; boundary=\"b\"\r\n", "Content-Type: multipart/alternative; boundary=c\r\n",
        "--c\r\n", "--c--\r\n", "Content-Type: application/octet-stream\r\n", "Content-Type: text/xml\r\n",
        "Content-Disposition: form-data; name=\"f\"; filename=\"a b.exe\"\r\n", "Content-Encoding: gzip\r\n",
        "e: deflate\r\n", "l: 5\r\n", "Content-Transfer-Encoding: base64\r\n", "OriginalContent: type=x;a\r\n",
        "X-Unknown: v\r\n", "no colon\r\n", ":\r\n", "Bad\u0001Name: v\r\n", "\tfolded\r\n", "Content-Type: \"q\\\"\r\n",
        "{\"a\":[1,2]}", "<a><b/></a>", "text\r\n", "\u00e9\u00ff\u0000", "=?utf-8?q?x?=\r\n"};
    private static final String[] TYPES = {
        "multipart/form-data; boundary=b", "multipart/mixed; boundary=\"b\"", "multipart/form-data",
        "multipart/form-data; charset=b", "multipart/related; boundary=", "multipart/encrypted; boundary=b",
        "multipart/encrypted; protocol=\"text/plain\"; boundary=b", "multipart/x-other; boundary=b",
        "multipart/signed; boundary=\"b\\", "multipart/report; boundary=b;", "multipart/mixed;\r\n boundary=b"};

    @Property(tries = 400)
    void hostileBodiesNeverEscape(@ForAll("bodies") byte[] body, @ForAll("types") String type,
                                  @ForAll @IntRange(min = 0, max = 50) int flips, @ForAll long seed) {
        byte[] mutated = body.clone();
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < flips && mutated.length > 0; i++) {
            mutated[r.nextInt(mutated.length)] = (byte) "-\r\nb:;\"\u0000x".charAt(r.nextInt(9));
        }
        check(post(type, mutated));
    }

    @Property(tries = 200)
    void randomBytesNeverEscape(@ForAll @Size(max = 800) byte[] body, @ForAll("types") String type) {
        check(post(type, body));
    }

    /** A body whose lines end in LF alone fails as tshark's does: the frame is malformed. */
    @Property(tries = 50)
    void lfOnlyBodiesAreMalformed(@ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 99) Integer> values) {
        StringBuilder b = new StringBuilder();
        for (int v : values) {
            b.append("--b\nContent-Type: text/plain\n\n").append(v).append('\n');
        }
        b.append("--b--\n");
        List<Frame> frames = post("multipart/form-data; boundary=b", b.toString().getBytes(StandardCharsets.US_ASCII));
        Session s = Session.full();
        boolean malformed = false;
        for (Frame f : frames) {
            Packet p = TestCaptures.dissect(s, f);
            malformed |= p.malformed();
        }
        assertTrue(malformed);
    }

    /**
     * Two parts handed to JSON (the compact header "c"), whose text is not JSON: the Protocol
     * column reads HTTP/JSON/JSON, as tshark's does (a sample the property found).
     */
    @Test
    void twoJsonPartsExtendTheProtocolColumnTwice() {
        check(post("multipart/form-data; boundary=b", ("--b\r\nc: application/json\r\nx--b--\r\n--b\r\n"
                + "c: application/json\r\n\r\n-b\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Multiparts nested 200 deep, 20,000 empty parts, and 300 kB of parts whose lines end in LF
     * alone before a CR LF at the end (each part's header search reads to that CR LF: quadratic
     * in C, bounded here): bounded time, nothing escapes.
     */
    @Test
    void deepAndWideBodiesTakeBoundedTime() {
        String nested = "x";
        for (int i = 200; i > 0; i--) {
            nested = "--n" + i + "\r\nContent-Type: multipart/mixed; boundary=n" + (i + 1) + "\r\n\r\n" + nested
                    + "\r\n--n" + i + "--\r\n";
        }
        List<Frame> deep = post("multipart/mixed; boundary=n1", nested.getBytes(StandardCharsets.US_ASCII));
        List<Frame> wide = post("multipart/mixed; boundary=w", ("--w\r\n".repeat(20_000) + "--w--\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        List<Frame> rescanned = post("multipart/mixed; boundary=r", ("--r\nA: b\n\nc\n".repeat(25_000) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            check(deep);
            check(wide);
            check(rescanned);
        });
    }

    private static List<Frame> post(String type, byte[] body) {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(("POST /u HTTP/1.1\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        m.writeBytes(body);
        byte[] message = m.toByteArray();
        List<Integer> cuts = new ArrayList<>();
        for (int at = 1400; at < message.length; at += 1400) {
            cuts.add(at);
        }
        return new TcpFrames().send(true, message, cuts).close();
    }

    private static void check(List<Frame> frames) {
        long[] sent = {0};
        LayerRobustness.check(frames, f -> (int) Math.min(Integer.MAX_VALUE / 8, sent[0] += Math.max(0,
                f.capturedLength() - 54)), "http", COLUMNS, FEW);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40)
                .map(l -> String.join("", l).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of(TYPES);
    }
}
