package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile QUIC: random datagrams, long headers whose lengths lie, random DCIDs, Initials that
 * decrypt (sealed here with the keys of their random DCID) to random frames with lying lengths,
 * CRYPTO frames at random offsets, coalesced packets, and frames cut short by the capture, in UDP
 * datagrams of one conversation dissected by the real pipeline. Whatever comes in, no exception but
 * {@link io.sharkfin.dissect.Truncated} (which marks the frame) escapes a dissector, the number of
 * QUIC's fields stays proportional to the datagram, and a session wanting a few fields sees what a
 * full session sees of them.
 */
class QuicRobustnessPropertiesTest {

    private static final long[] VERSIONS = {1, QuicVersion.V2, 0xff00001dL, 0xff000016L, 0, 0x1a2a3a4aL,
        0x51303530L, 0xfaceb002L, 0x12345678L};
    private static final long[] FRAME_TYPES = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
        0x0b, 0x0f, 0x10, 0x11, 0x12, 0x14, 0x15, 0x16, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x30,
        0x31, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0xac, 0xaf, 0x2f5, 0x99, 0x3fffffffL};
    private static final List<String> FEW = List.of("quic", "quic.packet_number", "quic.crypto.offset",
            "quic.frame_type", "quic.dcid", "quic.connection.number", "quic.remaining_payload");

    @Property(tries = 300)
    void randomDatagramsNeverEscape(@ForAll @Size(max = 1300) List<@Size(max = 400) byte[]> datagrams) {
        check(datagrams.stream().map(QuicRobustnessPropertiesTest::longHeaderFirst).toList(), 0);
    }

    @Property(tries = 400)
    void hostileHeadersNeverEscape(@ForAll("headers") List<byte[]> datagrams, @ForAll @IntRange(max = 40) int cut) {
        check(datagrams, cut);
    }

    @Property(tries = 400)
    void decryptedHostileFramesNeverEscape(@ForAll("sealedInitials") List<byte[]> datagrams,
                                           @ForAll @IntRange(max = 40) int cut) {
        check(datagrams, cut);
        if (cut == 0) {
            // the generator's packets really are decrypted: the first one has a packet number
            String view = view(TestCaptures.dissect(Session.needing(FEW), frame(1, datagrams.get(0), false, 0)));
            assertTrue(view.contains("quic.packet_number=0") || view.matches(".*quic.packet_number=\\d.*"), view);
        }
    }

    /** Half of random datagrams look like long headers of a known version (so they get far). */
    private static byte[] longHeaderFirst(byte[] d) {
        if (d.length > 5 && (d[0] & 1) == 0) {
            d[0] |= (byte) 0xc0;
            d[1] = 0;
            d[2] = 0;
            d[3] = 0;
            d[4] = 1;
        }
        return d;
    }

    @Provide
    Arbitrary<List<byte[]>> headers() {
        Arbitrary<byte[]> header = Combinators.combine(Arbitraries.integers().between(0, 255),
                        Arbitraries.integers().between(0, VERSIONS.length - 1),
                        Arbitraries.integers().between(0, 24), Arbitraries.integers().between(0, 24),
                        varint(), varint(), Arbitraries.bytes().array(byte[].class).ofMaxSize(120))
                .as((first, v, dcil, scil, token, length, rest) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(first | 0x80);
                    out.writeBytes(ByteBuffer.allocate(4).putInt((int) VERSIONS[v]).array());
                    out.write(dcil);
                    out.writeBytes(new byte[dcil]);
                    out.write(scil);
                    out.writeBytes(new byte[scil]);
                    out.writeBytes(token);
                    out.writeBytes(length);
                    out.writeBytes(rest);
                    return out.toByteArray();
                });
        Arbitrary<byte[]> coalesced = header.list().ofMinSize(1).ofMaxSize(3).map(QuicRobustnessPropertiesTest::concat);
        Arbitrary<byte[]> shortHeader = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(80)
                .map(b -> {
                    b[0] &= 0x7f;
                    return b;
                });
        return Arbitraries.oneOf(coalesced, shortHeader).list().ofMaxSize(6);
    }

    /** Variable-length integers: small, large, and ones that claim more than there is. */
    private static Arbitrary<byte[]> varint() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 63).map(v -> new byte[] {(byte) (int) v}),
                Arbitraries.integers().between(0, 0x3fff).map(v -> new byte[] {(byte) (0x40 | v >> 8), (byte) (int) v}),
                Arbitraries.longs().between(0, 0x3fffffffffffffffL).map(v -> ByteBuffer.allocate(8)
                        .putLong(v | 0xc000000000000000L).array()),
                Arbitraries.just(new byte[] {(byte) 0x80}));
    }

    @Provide
    Arbitrary<List<byte[]>> sealedInitials() {
        Arbitrary<byte[]> frame = Combinators.combine(Arbitraries.integers().between(0, FRAME_TYPES.length - 1),
                        varint().list().ofMaxSize(5), Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
                .as((t, fields, data) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(encode(FRAME_TYPES[t]));
                    fields.forEach(out::writeBytes);
                    out.writeBytes(data);
                    return out.toByteArray();
                });
        Arbitrary<byte[]> crypto = Combinators.combine(Arbitraries.integers().between(0, 600),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(200))
                .as((offset, data) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(6);
                    out.writeBytes(encode(offset));
                    out.writeBytes(encode(data.length));
                    out.writeBytes(data);
                    return out.toByteArray();
                });
        Arbitrary<byte[]> payload = Arbitraries.oneOf(frame, crypto, crypto).list().ofMinSize(1).ofMaxSize(8)
                .map(QuicRobustnessPropertiesTest::concat);
        Arbitrary<byte[]> dcid = Arbitraries.bytes().array(byte[].class).ofMaxSize(20);
        Arbitrary<byte[]> initial = Combinators.combine(dcid, payload, Arbitraries.of(1L, (long) QuicVersion.V2, 0xff00001dL),
                        Arbitraries.integers().between(0, 40))
                .as(QuicRobustnessPropertiesTest::sealInitial);
        return initial.list().ofMinSize(1).ofMaxSize(6);
    }

    private static byte[] encode(long v) {
        if (v < 64) {
            return new byte[] {(byte) v};
        }
        if (v < 0x4000) {
            return new byte[] {(byte) (0x40 | v >> 8), (byte) v};
        }
        if (v < 0x40000000) {
            return ByteBuffer.allocate(4).putInt((int) (v | 0x80000000L)).array();
        }
        return ByteBuffer.allocate(8).putLong(v | 0xc000000000000000L).array();
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A client Initial to {@code dcid} whose payload is {@code plain}, protected as RFC 9001 says. */
    static byte[] sealInitial(byte[] dcid, byte[] plain, long version, int pn) {
        try {
            byte[] payload = plain.length < 20 ? java.util.Arrays.copyOf(plain, 20) : plain;
            ByteArrayOutputStream h = new ByteArrayOutputStream();
            h.write(QuicVersion.isV2(version) ? 0xd3 : 0xc3);
            h.writeBytes(ByteBuffer.allocate(4).putInt((int) version).array());
            h.write(dcid.length);
            h.writeBytes(dcid);
            h.write(0);
            h.write(0);
            h.writeBytes(encode(4 + payload.length + 16));
            h.writeBytes(ByteBuffer.allocate(4).putInt(pn).array());
            byte[] header = h.toByteArray();
            PacketKeys keys = InitialKeys.derive(version, dcid).client();
            byte[] nonce = keys.iv();
            for (int i = 0; i < 4; i++) {
                nonce[11 - i] ^= (byte) (pn >>> (8 * i));
            }
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.key(), "AES"), new GCMParameterSpec(128, nonce));
            gcm.updateAAD(header);
            byte[] sealed = gcm.doFinal(payload);
            byte[] mask = keys.mask(java.util.Arrays.copyOf(sealed, 16));
            header[0] ^= (byte) (mask[0] & 0x0f);
            for (int i = 0; i < 4; i++) {
                header[header.length - 4 + i] ^= mask[1 + i];
            }
            return concat(List.of(header, sealed));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Dissects the datagrams in turn (every third one from the server) on the real pipeline, once
     * with a full session and once with a session wanting a few QUIC fields; {@code cut} bytes at
     * the end of each frame are not captured. A dissector failure the session would contain fails
     * the property.
     */
    private static void check(List<byte[]> datagrams, int cut) {
        Session full = Session.full();
        Session few = Session.needing(FEW);
        long n = 0;
        for (byte[] d : datagrams) {
            n++;
            Frame frame = frame(n, d, n % 3 == 0, cut);
            Packet p = TestCaptures.dissect(full, frame);
            String fullView = view(p);
            int quicEntries = p.entryCount() - firstQuicEntry(p);
            assertTrue(quicEntries <= 12L * d.length + 100, quicEntries + " entries for " + d.length + " bytes");
            assertEquals(fullView, view(TestCaptures.dissect(few, frame)));
        }
    }

    private static String view(Packet p) {
        StringBuilder sb = new StringBuilder();
        for (String f : FEW) {
            sb.append(f).append('=').append(FieldFormat.cell(p, p.registry().lookup(f).id())).append(';');
        }
        return sb.append(p.malformed()).toString();
    }

    /** The entry of the QUIC protocol item (what came before it is the lower layers'). */
    private static int firstQuicEntry(Packet p) {
        int quic = p.registry().lookup("quic").id();
        for (int e = 0; e < p.entryCount(); e++) {
            if (p.field(e) == quic) {
                return e;
            }
        }
        return p.entryCount();
    }

    /** The datagram between the client and the server (port 443); its last {@code cut} bytes are not captured. */
    private static Frame frame(long number, byte[] datagram, boolean fromServer, int cut) {
        return QuicTestFrames.cut(fromServer ? QuicTestFrames.fromServer(number, datagram)
                : QuicTestFrames.fromClient(number, datagram), cut);
    }
}
