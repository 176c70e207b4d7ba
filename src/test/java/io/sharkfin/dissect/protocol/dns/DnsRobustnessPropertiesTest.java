package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile DNS messages: random bytes, and messages built from the pieces that break parsers
 * (compression pointers anywhere, loops, reserved and extended labels, record lengths that lie,
 * huge counts, every decoded record type with random data). Whatever comes in, no exception
 * escapes the dissector, the work and the number of fields stay proportional to the message,
 * and a session that wants few fields sees exactly what a full session sees of them.
 */
class DnsRobustnessPropertiesTest {

    private static final int[] TYPES = {1, 2, 5, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
        22, 23, 24, 25, 26, 27, 28, 29, 30, 33, 35, 36, 37, 38, 39, 41, 42, 43, 44, 45, 46, 47, 48,
        49, 50, 51, 52, 55, 59, 60, 61, 62, 63, 64, 65, 99, 104, 105, 106, 107, 108, 109, 249, 250,
        257, 32769, 65281, 65282, 65422, 999};
    private static final List<String> FEW = List.of("dns", "dns.qry.name", "dns.resp.name", "dns.a",
            "dns.txt", "dns.count.answers");

    @Property(tries = 400)
    void randomBytesNeverEscape(@ForAll @Size(max = 700) byte[] payload) {
        check(payload);
    }

    @Property(tries = 1500)
    void hostileMessagesNeverEscape(@ForAll("messages") byte[] payload) {
        check(payload);
    }

    @Provide
    Arbitrary<byte[]> messages() {
        Arbitrary<Integer> count = Arbitraries.of(0, 1, 2, 3, 7, 255, 65535);
        Arbitrary<byte[]> header = Combinators.combine(Arbitraries.integers().between(0, 0xffff),
                        count, count, count, count)
                .as((flags, qd, an, ns, ar) -> ByteBuffer.allocate(12).putShort((short) 0x1234)
                        .putShort((short) (int) flags).putShort((short) (int) qd)
                        .putShort((short) (int) an).putShort((short) (int) ns)
                        .putShort((short) (int) ar).array());
        Arbitrary<byte[]> piece = Arbitraries.oneOf(label(), pointer(), oddLabel(), framing(),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(24), Arbitraries.just(new byte[1]));
        return Combinators.combine(header, piece.list().ofMaxSize(40)).as((h, pieces) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(h);
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    private static Arbitrary<byte[]> label() {
        return Arbitraries.strings().alpha().numeric().ofMaxLength(63).map(s -> {
            byte[] b = new byte[s.length() + 1];
            b[0] = (byte) s.length();
            System.arraycopy(s.getBytes(), 0, b, 1, s.length());
            return b;
        });
    }

    /** Compression pointers, mostly into the first bytes of the message (where loops are). */
    private static Arbitrary<byte[]> pointer() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 80), Arbitraries.integers().between(0, 0x3fff))
                .map(t -> new byte[] {(byte) (0xc0 | (t >> 8)), (byte) (int) t});
    }

    /** Extended (0x40) and reserved (0x80) label types. */
    private static Arbitrary<byte[]> oddLabel() {
        return Combinators.combine(Arbitraries.of(0x40, 0x41, 0x42, 0x7f, 0x80, 0xbf),
                        Arbitraries.integers().between(0, 255))
                .as((kind, n) -> new byte[] {(byte) (int) kind, (byte) (int) n, (byte) 0xaa});
    }

    /** Type, class, TTL and a data length that may lie, for a decoded record type. */
    private static Arbitrary<byte[]> framing() {
        return Combinators.combine(Arbitraries.integers().between(0, TYPES.length - 1).map(i -> TYPES[i]),
                        Arbitraries.of(1, 0x8001, 255), Arbitraries.integers(),
                        Arbitraries.of(0, 1, 2, 3, 4, 6, 16, 40, 300, 0xffff))
                .as((type, cls, ttl, len) -> ByteBuffer.allocate(10).putShort((short) (int) type)
                        .putShort((short) (int) cls).putInt(ttl).putShort((short) (int) len).array());
    }

    /**
     * Dissects one message as DNS, mDNS and LLMNR; nothing may escape (a dissector failure the
     * session would contain fails the test), work stays bounded.
     */
    private static void check(byte[] payload) {
        for (int port : new int[] {53, 5353, 5355}) {
            Frame frame = DnsTestFrames.udp(1, 0, 1000, port, payload);
            Session s = Session.full();
            long start = System.nanoTime();
            Packet full = TestCaptures.dissect(s, frame);
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed < 2_000_000_000L, "took " + elapsed / 1_000_000 + " ms");
            int dnsEntries = full.entryCount() - firstDnsEntry(full);
            assertTrue(dnsEntries <= 16L * payload.length + 64,
                    dnsEntries + " entries for " + payload.length + " bytes");
            DnsRun.FrameView fullView = DnsRun.view(full, FEW);
            DnsRun.FrameView few = DnsRun.run(Session.needing(FEW), List.of(frame), FEW).get(0);
            // a session wanting few fields sees the same values and the same end as a full one
            assertEquals(fullView.values(), few.values());
            assertEquals(fullView.malformed(), few.malformed());
        }
    }

    /** The entry of the DNS, mDNS or LLMNR protocol item (what came before is the lower layers'). */
    private static int firstDnsEntry(Packet p) {
        for (int e = 0; e < p.entryCount(); e++) {
            String name = p.registry().byId(p.field(e)).name();
            if (name.equals("dns") || name.equals("mdns") || name.equals("llmnr")) {
                return e;
            }
        }
        return p.entryCount();
    }

    /**
     * A 48 KB message whose 2,700 questions all point to one long run of labels that points back
     * to its own start: Wireshark follows such a loop 256 times per name; here each name costs
     * one pass, and all come out as Wireshark names them.
     */
    @Test
    void pointerLoopsCostOnePassPerName() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int questions = 2700;
        int region = 12 + questions * 6; // pointers reach 16383 at most
        out.writeBytes(ByteBuffer.allocate(12).putShort((short) 7).putShort((short) 0x0100)
                .putShort((short) questions).putShort((short) 0).putInt(0).array());
        for (int i = 0; i < questions; i++) {
            out.writeBytes(new byte[] {(byte) (0xc0 | (region >> 8)), (byte) region, 0, 1, 0, 1});
        }
        for (int i = 0; i < 500; i++) {
            out.write(63);
            out.writeBytes(new byte[63]);
        }
        out.writeBytes(new byte[] {(byte) (0xc0 | (region >> 8)), (byte) region});
        byte[] payload = out.toByteArray();
        List<String> fields = List.of("dns.qry.name", "dns.extraneous.length");
        List<Frame> frame = List.of(DnsTestFrames.udp(1, 0, 1000, 53, payload));
        DnsRun.run(Session.needing(fields), frame, fields); // class loading: not timed
        Session s = Session.needing(fields);
        long start = System.nanoTime();
        DnsRun.FrameView v = DnsRun.run(s, frame, fields).get(0);
        long elapsed = System.nanoTime() - start;
        List<String> names = v.all("dns.qry.name");
        assertEquals(questions, names.size());
        assertTrue(names.stream().allMatch("<Name contains a pointer that loops>"::equals));
        assertEquals(Integer.toString(payload.length - region), v.get("dns.extraneous.length"));
        assertTrue(elapsed < 3_000_000_000L, "took " + elapsed / 1_000_000 + " ms");
    }
}
