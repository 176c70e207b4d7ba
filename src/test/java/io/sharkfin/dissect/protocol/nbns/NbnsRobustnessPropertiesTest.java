package io.sharkfin.dissect.protocol.nbns;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.LayerRobustness;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * Hostile NBNS messages: random bytes, messages built from the pieces that break NBNS parsers
 * (encoded names with letters out of range, compression pointers anywhere, scope labels, record
 * and node-status lengths and counts that lie) and mutated, cut copies of the messages of
 * {@code nbns.pcapng}. Whatever comes in, no exception escapes the dissector, the tree's wording
 * or the Info column's pass, the number of items stays proportional to the message, and a session
 * that wants few fields sees what a full session sees of them.
 */
class NbnsRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("nbns", "nbns.name", "nbns.addr", "nbns.netbios_name",
            "nbns.unit_id", "nbns.count.answers");
    /** Ethernet, IPv4 and UDP before the NBNS message in nbns.pcapng's frames. */
    private static final int HEADERS = 14 + 20 + 8;
    private static final List<byte[]> MESSAGES = messagesOfTheCapture();

    @Property(tries = 400)
    void randomBytesNeverEscape(@ForAll @Size(max = 400) byte[] payload) {
        check(payload, Integer.MAX_VALUE);
    }

    @Property(tries = 1500)
    void hostileMessagesNeverEscape(@ForAll("messages") byte[] payload) {
        check(payload, Integer.MAX_VALUE);
    }

    /** Also cut by a snapshot length: the message says it is longer than what was captured. */
    @Property(tries = 1500)
    void mutatedMessagesNeverEscape(@ForAll("mutations") byte[] payload,
                                    @ForAll @IntRange(min = 0, max = 500) int snapshot) {
        check(payload, snapshot < 400 ? HEADERS + snapshot : Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<byte[]> messages() {
        Arbitrary<Integer> count = Arbitraries.of(0, 1, 2, 3, 255, 65535);
        Arbitrary<byte[]> header = Combinators.combine(Arbitraries.integers().between(0, 0xffff),
                        count, count, count, count)
                .as((flags, qd, an, ns, ar) -> ByteBuffer.allocate(12).putShort((short) 0x8a01)
                        .putShort((short) (int) flags).putShort((short) (int) qd).putShort((short) (int) an)
                        .putShort((short) (int) ns).putShort((short) (int) ar).array());
        Arbitrary<byte[]> piece = Arbitraries.oneOf(encodedName(), pointer(), scopeLabel(), framing(),
                nodeStatus(), Arbitraries.bytes().array(byte[].class).ofMaxSize(24), Arbitraries.just(new byte[1]));
        return Combinators.combine(header, piece.list().ofMaxSize(30)).as((h, pieces) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(h);
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    /** A first-level encoded label of 0 to 40 letters, mostly 'A'-'P', some past 'Z' or lower case. */
    private static Arbitrary<byte[]> encodedName() {
        Arbitrary<Character> letter = Arbitraries.oneOf(Arbitraries.chars().range('A', 'P'),
                Arbitraries.chars().range('Q', 'Z'), Arbitraries.of('a', '.', '\0', (char) 0xe9));
        return letter.list().ofMinSize(0).ofMaxSize(40).map(l -> {
            byte[] b = new byte[l.size() + 1];
            b[0] = (byte) l.size();
            for (int i = 0; i < l.size(); i++) {
                b[i + 1] = (byte) (char) l.get(i);
            }
            return b;
        });
    }

    /** Compression pointers, mostly to the start of the message (where names and loops are). */
    private static Arbitrary<byte[]> pointer() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 0x3fff))
                .map(t -> new byte[] {(byte) (0xc0 | (t >> 8)), (byte) (int) t});
    }

    private static Arbitrary<byte[]> scopeLabel() {
        return Arbitraries.strings().ofMaxLength(63).map(s -> {
            byte[] text = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] b = Arrays.copyOf(new byte[] {(byte) Math.min(63, text.length)}, 1 + Math.min(63, text.length));
            System.arraycopy(text, 0, b, 1, b.length - 1);
            return b;
        });
    }

    /** Type (NB, NBSTAT, other), class, TTL and a data length that may lie. */
    private static Arbitrary<byte[]> framing() {
        return Combinators.combine(Arbitraries.of(32, 33, 1, 10), Arbitraries.of(1, 3, 255),
                        Arbitraries.integers(), Arbitraries.of(0, 1, 2, 4, 5, 6, 12, 17, 18, 47, 83, 300, 0xffff))
                .as((type, cls, ttl, len) -> ByteBuffer.allocate(10).putShort((short) (int) type)
                        .putShort((short) (int) cls).putInt(ttl).putShort((short) (int) len).array());
    }

    /** A node-status table: a name count that may lie, names, flags, and some of the statistics. */
    private static Arbitrary<byte[]> nodeStatus() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 52))
                .as((count, names, rest) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(count);
                    for (int i = 0; i < names; i++) {
                        out.writeBytes("WORKGROUP\u0001\u0002\u00ff    \u001d".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                        out.writeBytes(new byte[] {(byte) 0x84, 0x00});
                    }
                    out.writeBytes(new byte[rest]);
                    return out.toByteArray();
                });
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        return LayerRobustness.mutations(MESSAGES, 400);
    }

    private static List<byte[]> messagesOfTheCapture() {
        List<byte[]> out = new ArrayList<>();
        for (Frame f : TestCaptures.read(TestCaptures.DISSECT.resolve("nbns.pcapng"))) {
            int n = f.capturedLength() - HEADERS;
            if (n > 0) {
                byte[] m = new byte[n];
                MemorySegment.copy(f.segment(), ValueLayout.JAVA_BYTE, f.offset() + HEADERS, m, 0, n);
                out.add(m);
            }
        }
        return out;
    }

    private static void check(byte[] payload, int captured) {
        LayerRobustness.check(udp137(payload, captured), payload.length, "nbns", "NBNS", FEW);
    }

    /**
     * An Ethernet/IPv4/UDP frame from and to port 137 carrying {@code payload}, of which the
     * first {@code captured} bytes were captured.
     */
    private static Frame udp137(byte[] payload, int captured) {
        ByteBuffer b = ByteBuffer.allocate(HEADERS + payload.length);
        b.put(new byte[] {-1, -1, -1, -1, -1, -1, 0, 0x15, 0x5d, 0x4a, 0x7c, 0x01, 0x08, 0x00});
        b.put((byte) 0x45).put((byte) 0).putShort((short) (28 + payload.length)).putShort((short) 1)
                .putShort((short) 0).put((byte) 128).put((byte) 17).putShort((short) 0)
                .put(new byte[] {10, 0, 0, 23}).put(new byte[] {10, 0, 0, (byte) 255});
        b.putShort((short) 137).putShort((short) 137).putShort((short) (8 + payload.length)).putShort((short) 0);
        b.put(payload);
        return LayerRobustness.ethernetFrame(b.array(), captured);
    }
}
