package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile TLS: random bytes, records and handshake messages whose lengths lie, hellos with
 * random extension lists, certificates with random, huge, deeply nested or truncated ASN.1, and
 * real certificates with bytes flipped (which the JDK then rejects). Whatever comes in, no
 * exception escapes dissection (a frame is at most marked malformed), the entries recorded per
 * frame stay proportional to its bytes, and the next frame is dissected normally.
 */
class TlsRobustnessPropertiesTest {

    private static final byte[] CERTIFICATE = realCertificate();

    @Property(tries = 300)
    void randomPayloadsNeverEscape(@ForAll @Size(max = 600) List<@Size(max = 700) byte[]> payloads) {
        run(payloads);
    }

    @Property(tries = 600)
    void lyingRecordsNeverEscape(@ForAll("records") List<byte[]> payloads) {
        run(payloads);
    }

    @Property(tries = 300)
    void hostileCertificatesNeverEscape(@ForAll("certificates") byte[] certificate) {
        run(List.of(handshake(11, certificateList(certificate))));
    }

    @Provide
    Arbitrary<List<byte[]>> records() {
        Arbitrary<Integer> type = Arbitraries.of(20, 21, 22, 23, 24, 25, 0, 99);
        Arbitrary<Integer> version = Arbitraries.of(0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x7f17, 0xffff);
        Arbitrary<Integer> length = Arbitraries.of(0, 1, 2, 4, 5, 16, 100, 0x3fff, 0x4800, 0xffff);
        Arbitrary<byte[]> body = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                hellos(), Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(b -> handshake(11, b)));
        Arbitrary<byte[]> record = Combinators.combine(type, version, length, body, Arbitraries.integers().between(0, 2))
                .as((t, v, l, b, lie) -> {
                    int declared = lie == 0 ? b.length : l;
                    ByteBuffer r = ByteBuffer.allocate(5 + b.length);
                    r.put((byte) (int) t).putShort((short) (int) v).putShort((short) declared).put(b);
                    return r.array();
                });
        return record.list().ofMaxSize(8);
    }

    private Arbitrary<byte[]> hellos() {
        Arbitrary<Integer> extType = Arbitraries.of(0, 5, 10, 11, 13, 16, 18, 21, 27, 28, 35, 41, 42, 43, 44, 45,
                50, 51, 57, 17513, 65281, 0x0a0a, 1234);
        Arbitrary<byte[]> ext = Combinators.combine(extType, Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                Arbitraries.integers().between(0, 3)).as((t, d, lie) -> {
                    ByteBuffer b = ByteBuffer.allocate(4 + d.length);
                    b.putShort((short) (int) t).putShort((short) (lie == 0 ? d.length + 7 : d.length)).put(d);
                    return b.array();
                });
        return Combinators.combine(Arbitraries.of(1, 2, 4, 8, 12, 13, 15, 16, 20, 22), ext.list().ofMaxSize(12))
                .as((type, exts) -> {
                    ByteArrayOutputStream all = new ByteArrayOutputStream();
                    exts.forEach(all::writeBytes);
                    ByteBuffer body = ByteBuffer.allocate(2 + 32 + 1 + 2 + 4 + 1 + 1 + 2 + all.size());
                    body.putShort((short) 0x0303).put(new byte[32]).put((byte) 0).putShort((short) 4)
                            .putShort((short) 0x1301).putShort((short) 0xc02f).put((byte) 1).put((byte) 0)
                            .putShort((short) all.size()).put(all.toByteArray());
                    return handshake(type, body.array());
                });
    }

    @Provide
    Arbitrary<byte[]> certificates() {
        Arbitrary<byte[]> flipped = Combinators.combine(Arbitraries.integers().between(0, CERTIFICATE.length - 1),
                Arbitraries.integers().between(1, 255)).as((at, x) -> {
                    byte[] c = CERTIFICATE.clone();
                    c[at] ^= (byte) (int) x;
                    return c;
                });
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, CERTIFICATE.length)
                .map(n -> java.util.Arrays.copyOf(CERTIFICATE, n));
        Arbitrary<byte[]> deep = Arbitraries.integers().between(1, 3000).map(TlsRobustnessPropertiesTest::nested);
        Arbitrary<byte[]> hugeLength = Arbitraries.integers().between(0, 4)
                .map(n -> new byte[]{0x30, (byte) (0x80 | n), (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 2, 1, 0});
        return Arbitraries.oneOf(flipped, cut, deep, hugeLength, Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    /** SEQUENCEs nested {@code depth} deep. */
    static byte[] nested(int depth) {
        byte[] inner = {5, 0};
        for (int i = 0; i < depth; i++) {
            ByteBuffer b = ByteBuffer.allocate(inner.length + 6);
            b.put((byte) 0x30).put((byte) 0x84).putInt(inner.length).put(inner);
            inner = b.array();
        }
        return inner;
    }

    static byte[] handshake(int type, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(4 + body.length);
        b.put((byte) type).put((byte) (body.length >> 16)).putShort((short) body.length).put(body);
        return b.array();
    }

    static byte[] certificateList(byte[] cert) {
        ByteBuffer b = ByteBuffer.allocate(6 + cert.length);
        b.put((byte) 0).putShort((short) (cert.length + 3)).put((byte) 0).putShort((short) cert.length).put(cert);
        byte[] list = b.array();
        list[0] = (byte) ((cert.length + 3) >> 16);
        list[3] = (byte) (cert.length >> 16);
        return list;
    }

    /**
     * Each payload handed straight to the TLS dissector (through {@link Packet#call}, which
     * contains only the "ran out of data" signal: any other exception fails the property), then
     * all of them as one TCP connection through a session.
     */
    private static void run(List<byte[]> payloads) {
        Session direct = Session.full();
        Frame first = new TlsFrames(443).frames().getFirst();
        Packet p = direct.dissect(first);
        for (byte[] payload : payloads) {
            if (p.layerCount() > Packet.MAX_LAYERS / 2) {
                // each call adds layers to the one packet, and a frame ends at Packet.MAX_LAYERS
                // (Wireshark's dissector bug): go on in a fresh one
                p = direct.dissect(first);
            }
            int before = p.entryCount();
            int buf = p.addBuffer("test", payload);
            p.call(TlsDissector.instance(), buf, 0, payload.length);
            assertTrue(p.entryCount() - before < 64 + 40 * Math.max(1, payload.length),
                    (p.entryCount() - before) + " entries for " + payload.length + " bytes");
        }
        throughTcp(payloads);
    }

    private static void throughTcp(List<byte[]> payloads) {
        TlsFrames c = new TlsFrames(443);
        boolean client = true;
        for (byte[] p : payloads) {
            c.send(client, p);
            client = !client;
        }
        // a well-formed record after the hostile ones: dissection goes on
        c.send(true, new byte[]{21, 3, 3, 0, 2, 2, 40});
        Session s = Session.full();
        Packet last = null;
        for (Frame f : c.frames()) {
            Packet p = s.dissect(f);
            assertTrue(p.entryCount() < 64 + 40 * Math.max(1, f.capturedLength()),
                    "entries " + p.entryCount() + " for " + f.capturedLength() + " bytes");
            last = p;
        }
        assertTrue(last.protocols().startsWith("eth:ethertype:ip:tcp"), last.protocols());
    }

    private static byte[] realCertificate() {
        try {
            // the first certificate of ppp-tls.pcap's frame 2 (from tshark's recording)
            for (String line : Files.readAllLines(Path.of("src/test/resources/tls/truth/ppp-tls.pcap.tsv"))) {
                String[] p = line.split("\t");
                if (p[1].equals("tls.handshake.certificate")) {
                    return java.util.HexFormat.of().parseHex(p[2].split("\u001f")[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no certificate recorded");
    }
}
