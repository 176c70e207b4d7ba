package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.protocol.tls.TlsFrames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile OCSP DER: random bytes, the real messages of src/test/resources/ocsp/der with bytes
 * flipped, cut, inserted or lengths changed, random BER trees built from OCSP's tags and OIDs
 * with lying lengths, and responses nested in their own extensions. Each goes to OCSP's request
 * and response dissectors directly, in a TLS CertificateStatus (both status types) and as HTTP
 * bodies of both OCSP media types. Whatever comes in, no exception escapes dissection, the entries
 * recorded stay proportional to the bytes, and the connection's next frame is dissected normally.
 */
class OcspRobustnessPropertiesTest {

    private static final List<byte[]> REAL = realMessages();

    @Property(tries = 300)
    void randomBytesNeverEscape(@ForAll @Size(max = 400) byte[] der) {
        run(der);
    }

    @Property(tries = 500)
    void damagedRealMessagesNeverEscape(@ForAll("damaged") byte[] der) {
        run(der);
    }

    @Property(tries = 400)
    void hostileStructuresNeverEscape(@ForAll("structures") byte[] der) {
        run(der);
    }

    @Example
    void responsesNestedInTheirOwnExtensionsStopAtTheBound() {
        byte[] der = Der.response(nested(200));
        Session s = Session.full();
        Packet p = s.dissect(new TlsFrames(443).frames().getFirst());
        int buf = p.addBuffer("test", der);
        p.call(OcspDissector.responses(), buf, 0, der.length);
        assertTrue(p.malformed(), "nesting past the bound marks the packet malformed");
        int layers = p.count(FieldRegistry.standard().lookup("ocsp.BasicOCSPResponse_element").id());
        assertTrue(layers > 10 && layers <= 16, layers + " BasicOCSPResponses dissected");
    }

    @Example
    void aFewNestedResponsesAreAllDissected() {
        byte[] der = Der.response(nested(3));
        Session s = Session.full();
        Packet p = s.dissect(new TlsFrames(443).frames().getFirst());
        int buf = p.addBuffer("test", der);
        p.call(OcspDissector.responses(), buf, 0, der.length);
        assertFalse(p.malformed());
        assertEquals(3, p.count(FieldRegistry.standard().lookup("ocsp.BasicOCSPResponse_element").id()));
        assertTrue(p.protocols().endsWith(":ocsp:ocsp:ocsp:ocsp"), p.protocols());
    }

    // ------------------------------------------------------------------ inputs

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<byte[]> real = Arbitraries.of(REAL);
        Arbitrary<byte[]> flipped = Combinators.combine(real, Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(1, 255)).as((b, at, x) -> {
                    byte[] c = b.clone();
                    c[at % c.length] ^= x.byteValue();
                    return c;
                });
        Arbitrary<byte[]> cut = Combinators.combine(real, Arbitraries.integers().between(0, 1 << 20))
                .as((b, at) -> Arrays.copyOf(b, at % b.length));
        Arbitrary<byte[]> inserted = Combinators.combine(real, Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.bytes()).as((b, at, x) -> {
                    int i = at % b.length;
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, i);
                    c[i] = x;
                    System.arraycopy(b, i, c, i + 1, b.length - i);
                    return c;
                });
        Arbitrary<byte[]> manyFlips = Combinators.combine(real, Arbitraries.longs()).as((b, seed) -> {
            byte[] c = b.clone();
            java.util.Random r = new java.util.Random(seed);
            for (int i = 0; i < 8; i++) {
                c[r.nextInt(c.length)] = (byte) r.nextInt(256);
            }
            return c;
        });
        return Arbitraries.oneOf(flipped, cut, inserted, manyFlips);
    }

    /** BER trees made of the tags and OIDs OCSP and X.509 look at, with lengths that may lie. */
    @Provide
    Arbitrary<byte[]> structures() {
        return tree(4).map(Der::response);
    }

    private static Arbitrary<byte[]> tree(int depth) {
        Arbitrary<byte[]> leaf = Arbitraries.oneOf(
                Arbitraries.of(Der.OIDS).map(Der::oid),
                Arbitraries.of("20240301120000Z", "2024", "20000229120000Z", "99999999999999.9999999999Z",
                        "20240301120000+9999", " 2024030112 0 0").map(t -> Der.tlv(0x18, t.getBytes(StandardCharsets.US_ASCII))),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(12).map(b -> Der.tlv(0x04, b)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3).map(b -> Der.tlv(0x0a, b)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(10).map(b -> Der.tlv(0x02, b)),
                Arbitraries.of(new byte[]{5, 0}, new byte[]{(byte) 0x80, 0}, new byte[]{(byte) 0x82, 0},
                        new byte[]{3, 1, 0}, new byte[]{0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Integer> tag = Arbitraries.of(0x30, 0x30, 0x30, 0xa0, 0xa1, 0xa2, 0xa3, 0x04, 0x31, 0x81);
        Arbitrary<byte[]> constructed = Combinators.combine(tag, tree(depth - 1).list().ofMaxSize(5),
                Arbitraries.integers().between(0, 9)).as((t, children, lie) -> {
                    byte[] body = Der.concat(children.toArray(byte[][]::new));
                    byte[] el = Der.tlv(t, body);
                    if (lie == 0 && el.length > 1) {
                        el[1] = (byte) (el[1] ^ 0x05); // a length that lies (short form) or a long form gone bad
                    }
                    return el;
                });
        return Arbitraries.oneOf(leaf, constructed);
    }

    /** A BasicOCSPResponse whose single response's extension holds the next one, {@code depth} deep. */
    private static byte[] nested(int depth) {
        byte[] basic = null;
        for (int i = 0; i < depth; i++) {
            byte[] extensions = basic == null ? new byte[0]
                    : Der.tlv(0xa1, Der.seq(Der.seq(Der.oid("1.3.6.1.5.5.7.48.1.1"), Der.tlv(0x04, basic))));
            byte[] single = Der.seq(Der.seq(Der.seq(Der.oid("1.3.14.3.2.26")), Der.tlv(0x04, new byte[2]),
                    Der.tlv(0x04, new byte[2]), Der.tlv(0x02, new byte[]{1})), Der.tlv(0x80, new byte[0]),
                    Der.tlv(0x18, "20240301120000Z".getBytes(StandardCharsets.US_ASCII)), extensions);
            byte[] data = Der.seq(Der.tlv(0xa2, Der.tlv(0x04, new byte[4])),
                    Der.tlv(0x18, "20240301120000Z".getBytes(StandardCharsets.US_ASCII)), Der.seq(single));
            basic = Der.seq(data, Der.seq(Der.oid("1.2.840.10045.4.3.2")), Der.tlv(0x03, new byte[]{0, 1}));
        }
        return basic;
    }

    private static List<byte[]> realMessages() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/ocsp/der"))) {
            return files.sorted().map(f -> {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the checks

    private static void run(byte[] der) {
        direct(der);
        inTls(der);
        overHttp(der);
    }

    /**
     * Straight to both dissectors through {@link Packet#call}, which contains only the "ran out
     * of data" signal: any other exception fails the property.
     */
    private static void direct(byte[] der) {
        Session s = Session.full();
        Packet p = s.dissect(new TlsFrames(443).frames().getFirst());
        for (Dissector d : List.of(OcspDissector.requests(), OcspDissector.responses())) {
            int before = p.entryCount();
            int buf = p.addBuffer("test", der);
            p.call(d, buf, 0, der.length);
            assertBounded(p.entryCount() - before, der.length);
        }
    }

    /** As the OCSP response of a CertificateStatus (ocsp), then of one of type ocsp_multi. */
    private static void inTls(byte[] der) {
        TlsFrames c = new TlsFrames(443);
        c.send(false, record(handshake(22, Der.concat(new byte[]{1}, vec24(der)))));
        c.send(false, record(handshake(22, Der.concat(new byte[]{2}, vec24(Der.concat(vec24(der), vec24(der)))))));
        c.send(false, new byte[]{21, 3, 3, 0, 2, 2, 40});
        assertLastFrameDissected(c.frames(), ":tls");
    }

    /** As the body of an ocsp-request and of an ocsp-response. */
    private static void overHttp(byte[] der) {
        TlsFrames c = new TlsFrames(80);
        c.send(true, http("POST / HTTP/1.1\r\nHost: o\r\nContent-Type: application/ocsp-request\r\n", der));
        c.send(false, http("HTTP/1.1 200 OK\r\nContent-Type: application/ocsp-response\r\n", der));
        c.send(true, "GET / HTTP/1.1\r\nHost: o\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertLastFrameDissected(c.frames(), ":http");
    }

    private static void assertLastFrameDissected(List<Frame> frames, String last) {
        Session s = Session.full();
        Packet p = null;
        for (Frame f : frames) {
            p = s.dissect(f);
            assertBounded(p.entryCount(), f.capturedLength());
        }
        assertTrue(p.protocols().endsWith(last), p.protocols());
    }

    private static void assertBounded(int entries, int bytes) {
        assertTrue(entries < 64 + 40 * Math.max(1, bytes), entries + " entries for " + bytes + " bytes");
    }

    private static byte[] http(String head, byte[] body) {
        byte[] h = (head + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return Der.concat(h, body);
    }

    private static byte[] handshake(int type, byte[] body) {
        return Der.concat(new byte[]{(byte) type}, vec24(body));
    }

    private static byte[] record(byte[] payload) {
        return Der.concat(new byte[]{22, 3, 3, (byte) (payload.length >> 8), (byte) payload.length}, payload);
    }

    private static byte[] vec24(byte[] b) {
        return Der.concat(new byte[]{(byte) (b.length >> 16), (byte) (b.length >> 8), (byte) b.length}, b);
    }

    /** A few DER encodings for the inputs. */
    private static final class Der {
        static final String[] OIDS = {"1.3.6.1.5.5.7.48.1.1", "1.3.6.1.5.5.7.48.1.2", "1.3.6.1.5.5.7.48.1.3",
            "1.3.6.1.5.5.7.48.1.4", "1.3.6.1.5.5.7.48.1.5", "1.3.6.1.5.5.7.48.1.6", "1.3.6.1.5.5.7.48.1.7",
            "1.3.6.1.4.1.311.21.4", "1.3.6.1.4.1.311.21.1", "1.3.6.1.4.1.311.20.2", "2.5.29.17", "2.5.4.3",
            "1.2.840.113549.1.1.1", "1.3.6.1.5.5.7.1.1"};

        /** An OCSPResponse (successful) whose BasicOCSPResponse bytes are {@code basic}. */
        static byte[] response(byte[] basic) {
            return seq(tlv(0x0a, new byte[]{0}), tlv(0xa0, seq(oid("1.3.6.1.5.5.7.48.1.1"), tlv(0x04, basic))));
        }

        static byte[] seq(byte[]... parts) {
            return tlv(0x30, concat(parts));
        }

        static byte[] tlv(int tag, byte[] content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(tag);
            int n = content.length;
            if (n < 0x80) {
                out.write(n);
            } else if (n < 0x100) {
                out.write(0x81);
                out.write(n);
            } else if (n < 0x10000) {
                out.write(0x82);
                out.write(n >> 8);
                out.write(n);
            } else {
                out.write(0x83);
                out.write(n >> 16);
                out.write(n >> 8);
                out.write(n);
            }
            out.writeBytes(content);
            return out.toByteArray();
        }

        static byte[] oid(String dotted) {
            String[] arcs = dotted.split("\\.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(40 * Integer.parseInt(arcs[0]) + Integer.parseInt(arcs[1]));
            for (int i = 2; i < arcs.length; i++) {
                long a = Long.parseLong(arcs[i]);
                int shift = 63 - Long.numberOfLeadingZeros(a | 1);
                for (int s = shift / 7 * 7; s > 0; s -= 7) {
                    out.write((int) (0x80 | ((a >> s) & 0x7f)));
                }
                out.write((int) (a & 0x7f));
            }
            return tlv(0x06, out.toByteArray());
        }

        static byte[] concat(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] p : parts) {
                out.writeBytes(p);
            }
            return out.toByteArray();
        }
    }
}
