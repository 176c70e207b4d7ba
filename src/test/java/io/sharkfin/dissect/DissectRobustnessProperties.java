package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input never breaks dissection: random and mutated frames of every link type run
 * through the standard dissectors without any exception but the contained {@link Truncated},
 * every entry they add points into its buffer and prints, and frames cut short are marked.
 */
class DissectRobustnessProperties {

    private static final int[] LINK_TYPES = {LinkType.ETHERNET, LinkType.NULL, LinkType.LOOP,
        LinkType.RAW, LinkType.RAW_12, LinkType.RAW_14, LinkType.IPV4, LinkType.IPV6,
        LinkType.LINUX_SLL, LinkType.LINUX_SLL2, 147};

    private static final List<Frame> SAMPLES = samples();

    private static List<Frame> samples() {
        List<Frame> out = new ArrayList<>();
        for (Frame f : TestCaptures.read(TestCaptures.DISSECT.resolve("synthetic.pcapng"))) {
            out.add(f.copy());
        }
        List<Frame> corpus = TestCaptures.read(TestCaptures.CORPUS.resolve("cs-icmp_traceroute.pcapng"));
        out.add(corpus.get(25).copy());
        return out;
    }

    /** Dissects like {@link Session#dissect} but lets anything other than Truncated escape. */
    private static Packet dissectStrictly(Session session, Frame f) {
        Packet p = new Packet(session.registry(), session);
        p.wantAll(true);
        p.reset(f);
        session.dissectors().frame().dissectFrame(p);
        for (int e = 0; e < p.entryCount(); e++) {
            int buf = p.rawBuffer(e);
            assertTrue(p.rawOffsetInBuffer(e) >= 0 && p.rawLen(e) >= 0, "entry span of " + e);
            assertTrue(p.len(e) >= 0 && p.off(e) + p.len(e) <= p.seg(e).byteSize(),
                    "value of " + p.registry().byId(p.field(e)).name());
            FieldFormat.format(p, e);
            assertTrue(buf >= 0);
        }
        return p;
    }

    @Property(tries = 3000)
    void randomFramesNeverThrow(@ForAll("linkTypes") int linkType,
                                @ForAll("frameBytes") byte[] data,
                                @ForAll @IntRange(min = 0, max = 64) int extraOnWire) {
        Frame f = new Frame();
        f.set(1, 1_000_000_000L, data.length, data.length + extraOnWire, linkType, 0,
                MemorySegment.ofArray(data), 0);
        dissectStrictly(Session.full(), f);
        Session.full().dissect(f);
    }

    @Property(tries = 3000)
    void mutatedFramesNeverThrow(@ForAll("mutations") Frame f) {
        dissectStrictly(Session.full(), f);
    }

    @Property(tries = 300)
    void headersCutShortAreMalformedOrShort(@ForAll @IntRange(min = 15, max = 41) int keep,
                                            @ForAll boolean snaplen) {
        // frame 1 of the synthetic capture: Ethernet, IPv4 with 32 bytes of options, UDP
        Frame whole = SAMPLES.get(0);
        byte[] data = new byte[keep];
        MemorySegment.copy(whole.segment(), java.lang.foreign.ValueLayout.JAVA_BYTE, whole.offset(),
                data, 0, keep);
        Frame f = new Frame();
        f.set(1, 0, keep, snaplen ? whole.originalLength() : keep, LinkType.ETHERNET, 0,
                MemorySegment.ofArray(data), 0);
        Session s = Session.full();
        Packet p = s.dissect(f);
        if (snaplen) {
            assertTrue(p.shortFrame(), "cut by the snapshot length at " + keep);
        } else {
            assertTrue(p.malformed(), "cut at " + keep);
            assertTrue(p.has(s.registry().lookup("_ws.malformed").id()));
        }
    }

    @Provide
    Arbitrary<Integer> linkTypes() {
        return Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).map(i -> LINK_TYPES[i]);
    }

    @Provide
    Arbitrary<byte[]> frameBytes() {
        // mostly small values, so that lengths and types often hit interesting cases
        Arbitrary<Byte> b = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of((byte) 0, (byte) 0x45, (byte) 0x60, (byte) 0x08, (byte) 0x86,
                        (byte) 0xdd, (byte) 0x11, (byte) 0x06, (byte) 0x01, (byte) 0x3a, (byte) 0x2c,
                        (byte) 0x81, (byte) 0xff, (byte) 0xaa));
        return b.array(byte[].class).ofMinSize(0).ofMaxSize(160);
    }

    @Provide
    Arbitrary<Frame> mutations() {
        Arbitrary<Frame> sample = Arbitraries.of(SAMPLES);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 2000),
                Arbitraries.integers().between(0, 255)).as((at, v) -> new int[] {at, v}).list().ofMaxSize(8);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 2000);
        return Combinators.combine(sample, edits, cut, Arbitraries.of(true, false)).as((f, list, c, snap) -> {
            byte[] data = new byte[f.capturedLength()];
            MemorySegment.copy(f.segment(), java.lang.foreign.ValueLayout.JAVA_BYTE, f.offset(), data, 0,
                    data.length);
            for (int[] edit : list) {
                if (data.length > 0) {
                    data[edit[0] % data.length] = (byte) edit[1];
                }
            }
            int keep = Math.min(data.length, c);
            byte[] kept = java.util.Arrays.copyOf(data, keep);
            Frame out = new Frame();
            out.set(f.number(), f.timestampNanos(), keep, snap ? f.originalLength() : keep,
                    f.linkType(), 0, MemorySegment.ofArray(kept), 0);
            return out;
        });
    }
}
