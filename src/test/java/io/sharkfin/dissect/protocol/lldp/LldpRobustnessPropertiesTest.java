package io.sharkfin.dissect.protocol.lldp;

import io.sharkfin.capture.Frame;
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
import net.jqwik.api.Tuple;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile LLDPDUs: random bytes, LLDPDUs built from TLVs of every type whose lengths lie (0, one
 * short of their value, past the PDU, 511), organisation TLVs of IEEE 802.1, 802.3 and other OUIs
 * with any subtype, and mutated, cut copies of the LLDPDUs of {@code lldp.pcapng}. Whatever comes
 * in, no exception escapes the dissector, the tree's wording or the Info column, the items stay
 * proportional to the LLDPDU, a session that wants few fields sees what a full session sees of
 * them; and a TLV that runs past the data marks the frame malformed (or short, past the capture).
 */
class LldpRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("lldp", "lldp.tlv.system.name", "lldp.chassis.id.mac",
            "lldp.port.id", "lldp.time_to_live", "lldp.ieee.802_1.port_vlan.id", "lldp.tlv.type");
    /** Ethernet II before the LLDPDU. */
    private static final int HEADERS = 14;
    private static final List<byte[]> PDUS = pdusOfTheCapture();
    /** The first frame's chassis, port and TTL TLVs: a valid start, so that hostile TLVs after it are reached. */
    private static final byte[] MANDATORY = Arrays.copyOf(PDUS.getFirst(), 2 + 7 + 2 + 8 + 2 + 2);
    private static final int[] OUIS = {0x0080c2, 0x00120f, 0x0012bb, 0x000142, 0x001b21, 0xfcfcfc};

    /** Random bytes, and LLDPDUs whose TLVs after the mandatory ones lie. */
    @Property(tries = 2000)
    void randomAndHostilePdusNeverEscape(@ForAll("randomOrHostile") byte[] payload) {
        check(payload, Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<byte[]> randomOrHostile() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(400)),
                Tuple.of(3, pdus()));
    }

    /** Also cut by a snapshot length: the frame says it is longer than what was captured. */
    @Property(tries = 1500)
    void mutatedPdusNeverEscape(@ForAll("mutations") byte[] payload,
                                @ForAll @IntRange(min = 0, max = 600) int snapshot) {
        check(payload, snapshot < 500 ? HEADERS + snapshot : Integer.MAX_VALUE);
    }

    /**
     * A valid start, then a TLV of {@code length} bytes: when the frame ends before it, malformed
     * ("length of contained item exceeds length of containing item"); when the frame holds it but
     * the capture cut it, short. Every TLV's subtree or text covers its whole length, so each type
     * notices.
     */
    @Property(tries = 300)
    void aTlvPastTheDataIsMarked(@ForAll @IntRange(min = 4, max = 127) int type,
                                 @ForAll @IntRange(min = 50, max = 511) int length, @ForAll boolean cut) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MANDATORY);
        out.writeBytes(ByteBuffer.allocate(2).putShort((short) (type << 9 | length)).array());
        byte[] value = new byte[cut ? length : 4];
        value[1] = (byte) 0x80;
        value[2] = (byte) 0xc2;
        value[3] = 1;
        out.writeBytes(value);
        byte[] payload = out.toByteArray();
        Frame frame = lldpFrame(payload, cut ? HEADERS + MANDATORY.length + 6 : Integer.MAX_VALUE, false);
        Packet p = TestCaptures.dissect(Session.full(), frame);
        assertTrue(cut ? p.shortFrame() && !p.malformed() : p.malformed(), "type " + type + ", length " + length);
    }

    @Provide
    Arbitrary<byte[]> pdus() {
        return Arbitraries.oneOf(tlv(), organization()).list().ofMaxSize(14).map(tlvs -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(MANDATORY);
            tlvs.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    /** A TLV of any type with a value of 0 to 40 bytes and a length that may lie. */
    private static Arbitrary<byte[]> tlv() {
        return Combinators.combine(Arbitraries.integers().between(0, 127),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                        Arbitraries.of(0, -1, 1, 300, 511, Integer.MIN_VALUE))
                .as((type, value, lie) -> head(type, value, lie));
    }

    /** An organisation TLV of a known or unknown OUI, any subtype, a value that may lie about its length. */
    private static Arbitrary<byte[]> organization() {
        return Combinators.combine(Arbitraries.of(Arrays.stream(OUIS).boxed().toList()), Arbitraries.integers().between(0, 12),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(24), Arbitraries.of(0, -1, 2, Integer.MIN_VALUE))
                .as((oui, subtype, value, lie) -> {
                    byte[] content = ByteBuffer.allocate(4 + value.length).put((byte) (oui >> 16)).put((byte) (oui >> 8))
                            .put((byte) (int) oui).put((byte) (int) subtype).put(value).array();
                    return head(127, content, lie);
                });
    }

    private static byte[] head(int type, byte[] value, int lie) {
        int length = lie == Integer.MIN_VALUE ? value.length : lie >= 300 ? lie : Math.max(0, value.length + lie);
        return ByteBuffer.allocate(2 + value.length).putShort((short) (type << 9 | (length & 0x1ff))).put(value).array();
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        return LayerRobustness.mutations(PDUS, 600);
    }

    /** The LLDPDUs of lldp.pcapng's untagged frames. */
    private static List<byte[]> pdusOfTheCapture() {
        List<byte[]> out = new ArrayList<>();
        for (Frame f : TestCaptures.read(TestCaptures.DISSECT.resolve("lldp.pcapng"))) {
            int type = (f.segment().get(ValueLayout.JAVA_BYTE, f.offset() + 12) & 0xff) << 8
                    | f.segment().get(ValueLayout.JAVA_BYTE, f.offset() + 13) & 0xff;
            int n = f.capturedLength() - HEADERS;
            if (type == 0x88cc && n > 0) {
                byte[] m = new byte[n];
                MemorySegment.copy(f.segment(), ValueLayout.JAVA_BYTE, f.offset() + HEADERS, m, 0, n);
                out.add(m);
            }
        }
        return out;
    }

    private static void check(byte[] payload, int captured) {
        LayerRobustness.check(lldpFrame(payload, captured, true), payload.length, "lldp", "LLDP", FEW);
    }

    /** An Ethernet II frame of ethertype 0x88cc to the nearest-bridge address, padded to 60 bytes when {@code pad}. */
    private static Frame lldpFrame(byte[] payload, int captured, boolean pad) {
        ByteBuffer b = ByteBuffer.allocate(Math.max(pad ? 60 : 0, HEADERS + payload.length));
        b.put(new byte[] {1, (byte) 0x80, (byte) 0xc2, 0, 0, 0x0e, 0, 0x1e, (byte) 0xbd, 0x4c, 0x22, (byte) 0x81});
        b.putShort((short) 0x88cc);
        b.put(payload);
        return LayerRobustness.ethernetFrame(b.array(), captured);
    }
}
