package io.sharkfin.dissect.protocol.kerberos;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.dissect.protocol.LayerRobustness;
import io.sharkfin.dissect.protocol.TcpFrames;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Hostile Kerberos messages: random bytes after an {@code [APPLICATION n]} tag, and mutated, cut
 * copies of the messages a real KDC and its clients exchanged ({@code kerberos.pcapng}), over UDP
 * (snapshot lengths too) and over TCP behind record marks that may lie. Whatever comes in, no
 * exception escapes the dissector, the tree's wording or the Info column's pass, the items stay
 * proportional to the message, a session wanting few fields sees what a full session sees; and
 * TCP's records reassemble to the same fields however the stream is cut into segments. Whether a
 * cut message is malformed is tshark's to say: kerberos-cut.pcap's recorded fields
 * (TsharkFieldsTest) hold its verdicts.
 */
class KerberosRobustnessPropertiesTest {

    private static final List<String> FEW = List.of("kerberos", "kerberos.msg_type", "kerberos.CNameString",
            "kerberos.SNameString", "kerberos.error_code", "kerberos.etype", "kerberos.padata_type",
            "kerberos.cipher", "kerberos.rm.length");
    /** Ethernet, IPv4 and UDP before the message in kerberos.pcapng's UDP frames. */
    private static final int UDP_HEADERS = 14 + 20 + 8;
    private static final List<Frame> CAPTURE = TestCaptures.read(TestCaptures.DISSECT.resolve("kerberos.pcapng"));
    private static final List<byte[]> MESSAGES = udpMessages();

    @Property(tries = 300)
    void randomBytesNeverEscape(@ForAll @IntRange(min = 0x61, max = 0x7e) int tag, @ForAll @Size(max = 300) byte[] rest) {
        byte[] m = new byte[rest.length + 1];
        m[0] = (byte) tag;
        System.arraycopy(rest, 0, m, 1, rest.length);
        check(m, Integer.MAX_VALUE);
    }

    /** Also cut by a snapshot length: the message says it is longer than what was captured. */
    @Property(tries = 1500)
    void mutatedMessagesNeverEscape(@ForAll("mutations") byte[] payload,
                                    @ForAll @IntRange(min = 0, max = 1200) int snapshot) {
        check(payload, snapshot < 1000 ? UDP_HEADERS + snapshot : Integer.MAX_VALUE);
    }

    /**
     * The TCP conversations of the capture resent with their payloads cut at random into
     * segments: each record is reassembled and dissected as in the capture, whatever the cuts.
     */
    @Property(tries = 60)
    void segmentedRecordsReassemble(@ForAll long seed) {
        Random r = new Random(seed);
        List<byte[]> requests = tcpPayloads(true);
        List<byte[]> replies = tcpPayloads(false);
        List<Frame> frames = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            TcpFrames c = new TcpFrames(frames, new byte[] {10, 9, 0, 1}, 40000 + i, new byte[] {10, 9, 0, 2}, 88);
            c.send(true, requests.get(i), cuts(r, requests.get(i).length));
            c.send(false, replies.get(i), cuts(r, replies.get(i).length));
            c.close();
        }
        Session s = Session.needing(FEW);
        List<String> got = new ArrayList<>();
        for (Frame f : frames) {
            Packet p = TestCaptures.dissect(s, f);
            assertFalse(p.malformed(), "frame " + p.number());
            if (!TestCaptures.cell(p, "kerberos.msg_type").isEmpty()) {
                got.add(cells(p));
            }
        }
        Session whole = Session.needing(FEW);
        for (Frame f : CAPTURE) {
            Packet p = TestCaptures.dissect(whole, f);
            if (!TestCaptures.cell(p, "kerberos.rm.length").isEmpty()) {
                want.add(cells(p));
            }
        }
        assertEquals(want, got);
        check(frames);
    }

    /** Records whose marks lie (the reserved bit, lengths too long, short or zero) never escape. */
    @Property(tries = 300)
    void lyingRecordMarksNeverEscape(@ForAll("mutations") byte[] message, @ForAll int mark) {
        byte[] record = ByteBuffer.allocate(4 + message.length).putInt(mark).put(message).array();
        List<Frame> frames = new TcpFrames(new ArrayList<>(), new byte[] {10, 9, 0, 1}, 40000,
                new byte[] {10, 9, 0, 2}, 88).send(true, record, List.of(7, 100)).close();
        check(frames);
    }

    /** The checks on TCP frames: a frame's items are bounded by the stream sent so far (a reassembled record's). */
    private static void check(List<Frame> frames) {
        long[] sent = {0};
        LayerRobustness.check(frames, f -> (int) Math.min(Integer.MAX_VALUE / 8,
                sent[0] += Math.max(0, f.capturedLength() - 54)), "kerberos", "KRB5", FEW);
    }

    private static String cells(Packet p) {
        StringBuilder sb = new StringBuilder();
        for (String f : FEW) {
            sb.append(f).append('=').append(TestCaptures.cell(p, f)).append(' ');
        }
        return sb.toString();
    }

    private static List<Integer> cuts(Random r, int length) {
        List<Integer> cuts = new ArrayList<>();
        for (int at = 1 + r.nextInt(40); at < length; at += 1 + r.nextInt(300)) {
            cuts.add(at);
        }
        return cuts;
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        return LayerRobustness.mutations(MESSAGES, 1100);
    }

    private static void check(byte[] payload, int captured) {
        LayerRobustness.check(udp88(payload, captured), payload.length, "kerberos", "KRB5", FEW);
    }

    /** The UDP messages of kerberos.pcapng. */
    private static List<byte[]> udpMessages() {
        List<byte[]> out = new ArrayList<>();
        for (Frame f : CAPTURE) {
            if (byteAt(f, 23) == 17) {
                out.add(bytes(f, UDP_HEADERS, f.capturedLength() - UDP_HEADERS));
            }
        }
        return out;
    }

    /**
     * The TCP payloads of kerberos.pcapng, one per connection and direction (each connection
     * carries one record each way, in one segment).
     */
    private static List<byte[]> tcpPayloads(boolean toServer) {
        List<byte[]> out = new ArrayList<>();
        for (Frame f : CAPTURE) {
            int headers = 14 + 20 + ((byteAt(f, 14 + 20 + 12) >> 4) * 4);
            int dport = (byteAt(f, 36) << 8) | byteAt(f, 37);
            if (byteAt(f, 23) == 6 && f.capturedLength() > headers && (dport == 88) == toServer) {
                out.add(bytes(f, headers, f.capturedLength() - headers));
            }
        }
        return out;
    }

    private static int byteAt(Frame f, int at) {
        return f.segment().get(ValueLayout.JAVA_BYTE, f.offset() + at) & 0xff;
    }

    private static byte[] bytes(Frame f, int from, int n) {
        byte[] m = new byte[n];
        MemorySegment.copy(f.segment(), ValueLayout.JAVA_BYTE, f.offset() + from, m, 0, n);
        return m;
    }

    /**
     * An Ethernet/IPv4/UDP frame from 10.0.0.1:50000 to port 88 carrying {@code payload}, of which
     * the first {@code captured} bytes of the frame were captured.
     */
    private static Frame udp88(byte[] payload, int captured) {
        ByteBuffer b = ByteBuffer.allocate(UDP_HEADERS + payload.length);
        b.put(new byte[] {0, 0x11, 0x22, 0x33, 0x44, 0x55, 0, 0x66, 0x77, (byte) 0x88, (byte) 0x99, (byte) 0xaa, 8, 0});
        b.put((byte) 0x45).put((byte) 0).putShort((short) (28 + payload.length)).putShort((short) 1)
                .putShort((short) 0).put((byte) 64).put((byte) 17).putShort((short) 0)
                .put(new byte[] {10, 0, 0, 1}).put(new byte[] {10, 0, 0, 2});
        b.putShort((short) 50000).putShort((short) 88).putShort((short) (8 + payload.length)).putShort((short) 0);
        b.put(payload);
        return LayerRobustness.ethernetFrame(b.array(), captured);
    }
}
