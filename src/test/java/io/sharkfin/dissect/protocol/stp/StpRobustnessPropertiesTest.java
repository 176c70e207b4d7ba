package io.sharkfin.dissect.protocol.stp;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Packet;
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

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile BPDUs: random bytes, BPDUs of any version and type whose lengths lie (a Version 1
 * Length that is not 0, Version 3 and 4 Lengths of any size, format selectors that mimic the
 * alternative MSTI format, MSTI messages cut anywhere), PVST+ TLVs of any length, and mutated,
 * cut copies of the BPDUs of {@code stp.pcapng}, over LLC and over PVST+'s SNAP. Whatever comes
 * in, no exception escapes the dissector, the tree's wording or the summary's writer, the items
 * stay proportional to the BPDU, a session that wants few fields sees what a full session sees
 * of them; and a BPDU its 802.3 length cuts before its fixed part ends is malformed, one the
 * capture cuts there is cut short.
 */
class StpRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("stp", "stp.root.hw", "stp.flags.tc", "stp.port",
            "mstp.msti.msti_id", "mstp.config_name", "stp.pvst.origvlan", "mstp.agreement_digest");
    /** 802.3 header and LLC before the BPDU in stp.pcapng's untagged frames. */
    private static final int HEADERS = 14 + 3;
    private static final List<byte[]> BPDUS = bpdusOfTheCapture();

    /** At least a byte: an LLC frame with no payload never reaches STP. */
    @Property(tries = 400)
    void randomBytesNeverEscape(@ForAll @Size(min = 1, max = 300) byte[] bpdu, @ForAll boolean pvst) {
        check(bpdu, pvst, Integer.MAX_VALUE);
    }

    @Property(tries = 1500)
    void hostileBpdusNeverEscape(@ForAll("bpdus") byte[] bpdu, @ForAll boolean pvst) {
        check(bpdu, pvst, Integer.MAX_VALUE);
    }

    /** Also cut by a snapshot length: the frame says it is longer than what was captured. */
    @Property(tries = 1500)
    void mutatedBpdusNeverEscape(@ForAll("mutations") byte[] bpdu, @ForAll boolean pvst,
                                 @ForAll @IntRange(min = 0, max = 400) int snapshot) {
        check(bpdu, pvst, snapshot < 300 ? snapshot : Integer.MAX_VALUE);
    }

    /**
     * packet-stp.c reads every field of a Configuration (35 bytes), RST (36) or TCN (4) BPDU: a
     * BPDU whose 802.3 length ends before them is malformed even when the frame's padding holds
     * the bytes; one the capture cuts there is cut short instead.
     */
    @Property(tries = 300)
    void aBpduCutBeforeItsFixedPartIsMalformedOrShort(@ForAll("fixedParts") byte[] bpdu,
                                                       @ForAll @IntRange(min = 1, max = 35) int keep) {
        int fixed = fixedSize(bpdu[3] & 0xff);
        int n = Math.min(keep, fixed - 1);
        Packet byLength = TestCaptures.dissect(Session.full(), frame(bpdu, n, false, Integer.MAX_VALUE));
        assertTrue(byLength.malformed() && !byLength.shortFrame(), "802.3 length " + n);
        Packet byCapture = TestCaptures.dissect(Session.full(), frame(bpdu, bpdu.length, false, HEADERS + n));
        assertTrue(byCapture.shortFrame(), "captured " + n);
        assertFalse(byCapture.malformed(), "captured " + n);
    }

    private static int fixedSize(int type) {
        return type == 0x80 ? 4 : type == 0x02 ? 36 : 35;
    }

    @Provide
    Arbitrary<byte[]> fixedParts() {
        return Arbitraries.of(BPDUS.stream().filter(b -> b.length >= 4
                && (b[3] == 0 || b[3] == 2 || (b[3] & 0xff) == 0x80) && b.length >= fixedSize(b[3] & 0xff)).toList());
    }

    @Provide
    Arbitrary<byte[]> bpdus() {
        Arbitrary<byte[]> header = Combinators.combine(Arbitraries.of(0, 2, 3, 4, 1, 7),
                        Arbitraries.of(0x00, 0x02, 0x80, 0x07), Arbitraries.bytes().array(byte[].class).ofSize(31),
                        Arbitraries.of(0, 0, 0, 5))
                .as((version, type, fixed, v1) -> ByteBuffer.allocate(36).putShort((short) 0)
                        .put((byte) (int) version).put((byte) (int) type).put(fixed).put((byte) (int) v1).array());
        Arbitrary<byte[]> v3 = Combinators.combine(Arbitraries.of(0, 2, 64, 80, 96, 84, 0xffff),
                        Arbitraries.of(0, 63, 89, 115, 200), Arbitraries.bytes().array(byte[].class).ofMaxSize(63))
                .as((length, selector, rest) -> ByteBuffer.allocate(66).putShort((short) (int) length)
                        .put((byte) (int) selector).put(Arrays.copyOf(rest, 63)).array());
        Arbitrary<byte[]> tail = Arbitraries.oneOf(msti(), tlv(),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(60));
        return Combinators.combine(header, v3, tail.list().ofMaxSize(5), Arbitraries.of(true, false))
                .as((h, v, tails, withMst) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(h);
                    if (withMst) {
                        out.writeBytes(v);
                    }
                    tails.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }

    /** An MSTI message of either format, or a Version 4 Length and what may follow it. */
    private static Arbitrary<byte[]> msti() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofSize(16),
                Arbitraries.bytes().array(byte[].class).ofSize(26),
                Combinators.combine(Arbitraries.of(0, 52, 53, 85, 0xffff), Arbitraries.bytes().array(byte[].class)
                        .ofMaxSize(90)).as((length, rest) -> ByteBuffer.allocate(2 + rest.length)
                        .putShort((short) (int) length).put(rest).array()));
    }

    /** A PVST+ TLV whose length may lie. */
    private static Arbitrary<byte[]> tlv() {
        return Combinators.combine(Arbitraries.of(0, 0, 7), Arbitraries.of(0, 1, 2, 3, 40, 0xffff),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(6))
                .as((type, length, value) -> ByteBuffer.allocate(4 + value.length).putShort((short) (int) type)
                        .putShort((short) (int) length).put(value).array());
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        return LayerRobustness.mutations(BPDUS, 300).filter(b -> b.length > 0);
    }

    /** The BPDUs of stp.pcapng's untagged 802.3 frames, as their length field bounds them. */
    private static List<byte[]> bpdusOfTheCapture() {
        List<byte[]> out = new ArrayList<>();
        for (Frame f : TestCaptures.read(TestCaptures.DISSECT.resolve("stp.pcapng"))) {
            int type = (f.segment().get(ValueLayout.JAVA_BYTE, f.offset() + 12) & 0xff) << 8
                    | f.segment().get(ValueLayout.JAVA_BYTE, f.offset() + 13) & 0xff;
            int n = Math.min(type, f.capturedLength() - 14) - 3;
            if (type <= 1500 && n > 0) {
                byte[] m = new byte[n];
                MemorySegment.copy(f.segment(), ValueLayout.JAVA_BYTE, f.offset() + HEADERS, m, 0, n);
                out.add(m);
            }
        }
        return out;
    }

    private static void check(byte[] bpdu, boolean pvst, int captured) {
        int kept = captured == Integer.MAX_VALUE ? Integer.MAX_VALUE : (pvst ? 18 + 8 : HEADERS) + captured;
        LayerRobustness.check(frame(bpdu, bpdu.length, pvst, kept), bpdu.length, "stp", "STP", FEW);
    }

    /**
     * A frame to the bridge group address of {@code length} bytes of BPDU (the 802.3 length says
     * so; the frame holds all of {@code bpdu}, padded to 60 bytes) over LLC, or a PVST+ frame
     * (802.1Q, SNAP with Cisco's PID 0x010b) to Cisco's address; {@code captured} bytes of it kept.
     */
    private static Frame frame(byte[] bpdu, int length, boolean pvst, int captured) {
        ByteBuffer b = ByteBuffer.allocate(Math.max(60, 26 + bpdu.length));
        if (pvst) {
            b.put(new byte[] {1, 0, 0x0c, (byte) 0xcc, (byte) 0xcc, (byte) 0xcd, 0, 0x1c, 0x0e, (byte) 0x87,
                (byte) 0x85, 0, (byte) 0x81, 0, 0, 20});
            b.putShort((short) (8 + length));
            b.put(new byte[] {(byte) 0xaa, (byte) 0xaa, 3, 0, 0, 0x0c, 1, 0x0b});
        } else {
            b.put(new byte[] {1, (byte) 0x80, (byte) 0xc2, 0, 0, 0, 0, 0x1c, 0x0e, (byte) 0x87, (byte) 0x85, 0});
            b.putShort((short) (3 + length));
            b.put(new byte[] {0x42, 0x42, 3});
        }
        b.put(bpdu);
        byte[] data = Arrays.copyOf(b.array(), Math.max(60, b.position()));
        int kept = Math.min(captured, data.length);
        return new Frame().set(1, 0, kept, data.length, LinkType.ETHERNET, 0,
                MemorySegment.ofArray(Arrays.copyOf(data, kept)), 0);
    }
}
