package io.sharkfin.dissect.protocol.cdp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Session;
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
import org.junit.jupiter.api.Assertions;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * Hostile CDP PDUs: random bytes, PDUs built from TLVs whose lengths lie (below 4, one short of
 * their parts, far past the PDU, 0xffff), whose address lists and EnergyWise tables count more
 * than they hold, and mutated, cut copies of the PDUs of {@code cdp.pcapng}. Whatever comes in,
 * no exception escapes the dissector, the tree's wording or the Info column's pass, the number of
 * items stays proportional to the PDU (the 16-bit counters packet-cdp.c wraps must not make it
 * loop), and a session that wants few fields sees what a full session sees of them.
 */
class CdpRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("cdp", "cdp.deviceid", "cdp.portid", "cdp.platform",
            "cdp.nrgyz.ip_address", "cdp.ip_prefix", "cdp.tlv.type");
    /** Ethernet (802.3) and LLC/SNAP before the PDU in cdp.pcapng's untagged frames. */
    private static final int HEADERS = 14 + 8;
    private static final List<byte[]> PDUS = pdusOfTheCapture();
    private static final int[] TYPES = {0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x0008, 0x0009,
        0x000a, 0x000b, 0x000e, 0x000f, 0x0010, 0x0011, 0x0012, 0x0013, 0x0014, 0x0015, 0x0016, 0x0017, 0x0019,
        0x001a, 0x001d, 0x001f, 0x1000, 0x1002, 0x100d, 0x0042};

    @Property(tries = 400)
    void randomBytesNeverEscape(@ForAll @Size(max = 400) byte[] payload) {
        check(payload, Integer.MAX_VALUE);
    }

    @Property(tries = 1500)
    void hostilePdusNeverEscape(@ForAll("pdus") byte[] payload) {
        check(payload, Integer.MAX_VALUE);
    }

    /** Also cut by a snapshot length: the PDU says it is longer than what was captured. */
    @Property(tries = 1500)
    void mutatedPdusNeverEscape(@ForAll("mutations") byte[] payload,
                                @ForAll @IntRange(min = 0, max = 600) int snapshot) {
        check(payload, snapshot < 500 ? HEADERS + snapshot : Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<byte[]> pdus() {
        Arbitrary<byte[]> header = Arbitraries.integers().between(0, 0xffff)
                .map(sum -> ByteBuffer.allocate(4).put((byte) 2).put((byte) 180).putShort((short) (int) sum).array());
        Arbitrary<byte[]> tlv = Arbitraries.oneOf(tlv(), addresses(), energyWise());
        return Combinators.combine(header, tlv.list().ofMaxSize(12)).as((h, tlvs) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(h);
            tlvs.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    /** A TLV of a known (or unknown) type with a value of 0 to 40 bytes and a length that may lie. */
    private static Arbitrary<byte[]> tlv() {
        return Combinators.combine(Arbitraries.of(Arrays.stream(TYPES).boxed().toList()),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                        Arbitraries.of(0, 1, 3, -3, -1, 1000, 0xffff, Integer.MIN_VALUE))
                .as((type, value, lie) -> {
                    int length = lie == Integer.MIN_VALUE ? 4 + value.length
                            : lie >= 1000 ? lie : lie <= 3 && lie >= 0 && lie != 1 ? lie : 4 + value.length + lie;
                    return ByteBuffer.allocate(4 + value.length).putShort((short) (int) type)
                            .putShort((short) (length & 0xffff)).put(value).array();
                });
    }

    /** An address list whose count and entry lengths may lie. */
    private static Arbitrary<byte[]> addresses() {
        Arbitrary<byte[]> entry = Combinators.combine(Arbitraries.of(1, 2, 9), Arbitraries.of(0, 1, 8, 200),
                        Arbitraries.of(0, 4, 16, 0xffff), Arbitraries.bytes().array(byte[].class).ofMaxSize(20))
                .as((type, plen, alen, bytes) -> {
                    ByteBuffer b = ByteBuffer.allocate(2 + 8 + 2 + bytes.length);
                    b.put((byte) (int) type).put((byte) (int) plen);
                    b.put(plen == 8 ? new byte[] {(byte) 0xaa, (byte) 0xaa, 3, 0, 0, 0, (byte) 0x86, (byte) 0xdd}
                            : new byte[] {(byte) 0xcc, 0, 0, 0, 0, 0, 0, 0});
                    return b.putShort((short) (int) alen).put(bytes).array();
                });
        return Combinators.combine(Arbitraries.of(0x0002, 0x0016), Arbitraries.of(0L, 1L, 3L, 0xffffffffL),
                        entry.list().ofMaxSize(3), Arbitraries.of(0, -2, 5))
                .as((type, count, entries, lie) -> {
                    ByteArrayOutputStream v = new ByteArrayOutputStream();
                    v.writeBytes(ByteBuffer.allocate(4).putInt((int) (long) count).array());
                    entries.forEach(v::writeBytes);
                    byte[] value = v.toByteArray();
                    return ByteBuffer.allocate(4 + value.length).putShort((short) (int) type)
                            .putShort((short) (4 + value.length + lie)).put(value).array();
                });
    }

    /** An EnergyWise TLV: the fixed part, then a table whose length, count and entries may lie. */
    private static Arbitrary<byte[]> energyWise() {
        Arbitrary<byte[]> inner = Combinators.combine(Arbitraries.of(7, 8, 9, 0x17, 0x21),
                        Arbitraries.of(0, 4, 8, 12, 22, 0x7fffffff), Arbitraries.bytes().array(byte[].class).ofMaxSize(16))
                .as((type, len, bytes) -> ByteBuffer.allocate(8 + bytes.length).putInt(type).putInt(len).put(bytes).array());
        return Combinators.combine(Arbitraries.of(0, 20, 0xffff), Arbitraries.of(0, 1, 5, 0xffff), inner.list().ofMaxSize(4))
                .as((tableLength, count, entries) -> {
                    ByteArrayOutputStream v = new ByteArrayOutputStream();
                    v.writeBytes(new byte[68]);
                    v.writeBytes(ByteBuffer.allocate(4).putShort((short) (int) tableLength).putShort((short) (int) count).array());
                    entries.forEach(v::writeBytes);
                    byte[] value = v.toByteArray();
                    return ByteBuffer.allocate(4 + value.length).putShort((short) 0x001d)
                            .putShort((short) (4 + value.length)).put(value).array();
                });
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        return LayerRobustness.mutations(PDUS, 600);
    }

    /** The PDUs of cdp.pcapng's untagged frames, as their 802.3 length field bounds them. */
    private static List<byte[]> pdusOfTheCapture() {
        List<byte[]> out = new ArrayList<>();
        for (Frame f : TestCaptures.read(TestCaptures.DISSECT.resolve("cdp.pcapng"))) {
            int type = f.segment().get(ValueLayout.JAVA_BYTE, f.offset() + 12) << 8
                    | f.segment().get(ValueLayout.JAVA_BYTE, f.offset() + 13) & 0xff;
            int n = Math.min(type & 0xffff, f.capturedLength() - 14) - 8;
            if (type != 0x8100 && n > 0) {
                byte[] m = new byte[n];
                MemorySegment.copy(f.segment(), ValueLayout.JAVA_BYTE, f.offset() + HEADERS, m, 0, n);
                out.add(m);
            }
        }
        return out;
    }

    /**
     * CDP's EnergyWise items read their bytes only when wanted (as packet-cdp.c's, only into a
     * tree): a table cut inside an address is malformed in a full session alone, as in tshark.
     */
    private static void check(byte[] payload, int captured) {
        LayerRobustness.check(List.of(cdpFrame(payload, captured)), f -> payload.length, "cdp", "CDP"::equals, FEW,
                true);
    }

    @net.jqwik.api.Example
    void anEnergyWiseTableCutInsideAnAddressIsMalformedWhereItsItemsAreRead() {
        // a hostile sample that found the difference: a Reply To TLV of 8 bytes whose address runs out
        byte[] pdu = new byte[101];
        byte[] head = {2, -76, 0, 70, 0, 29, 0, 97};
        System.arraycopy(head, 0, pdu, 0, head.length);
        byte[] table = {20, 0, 1, 0, 0, 0, 23, 0, 0, 0, 8, -65, 8, -35, -10, -5, 7, -7, -10, 75, -27, 25, -59, -51};
        System.arraycopy(table, 0, pdu, 77, table.length);
        check(pdu, Integer.MAX_VALUE);
        // tshark -V: "[Malformed Packet: CDP]"; tshark without a tree reads no address: not malformed
        Frame frame = cdpFrame(pdu, Integer.MAX_VALUE);
        Assertions.assertTrue(TestCaptures.dissect(Session.full(), frame)
                .malformed());
        Assertions.assertFalse(TestCaptures.dissect(Session.needing(FEW),
                frame).malformed());
    }

    /** An 802.3 frame to CDP's multicast address with LLC/SNAP (Cisco, 0x2000) and {@code payload}. */
    private static Frame cdpFrame(byte[] payload, int captured) {
        int llc = 8 + payload.length;
        ByteBuffer b = ByteBuffer.allocate(Math.max(60, 14 + llc));
        b.put(new byte[] {1, 0, 0x0c, (byte) 0xcc, (byte) 0xcc, (byte) 0xcc, 0, 0x1a, 0x2f, (byte) 0x88, 0x11, 1});
        b.putShort((short) llc);
        b.put(new byte[] {(byte) 0xaa, (byte) 0xaa, 3, 0, 0, 0x0c, 0x20, 0});
        b.put(payload);
        return LayerRobustness.ethernetFrame(b.array(), captured);
    }
}
