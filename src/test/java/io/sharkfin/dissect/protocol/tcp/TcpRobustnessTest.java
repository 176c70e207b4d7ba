package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input never makes TCP fail (an exception other than the contained {@code Truncated},
 * which the session would swallow, fails the test), and its memory stays within
 * {@link TcpLimits}.
 */
class TcpRobustnessTest {

    static final Dissectors APPS = TestDissectors.APPS;

    /** One segment as the generator describes it. */
    record Seg(int conn, boolean reverse, int seqDelta, int ackDelta, int flags, int window, int dataOffset,
               byte[] options, byte[] payload, int ipLengthSkew, int snapCut, int timeStep) {
    }

    @Provide
    Arbitrary<List<Seg>> streams() {
        return segments().list().ofMinSize(1).ofMaxSize(150);
    }

    Arbitrary<Seg> segments() {
        Arbitrary<Integer> conn = Arbitraries.integers().between(0, 5);
        Arbitrary<Boolean> reverse = Arbitraries.of(true, false);
        Arbitrary<Integer> delta = Arbitraries.oneOf(Arbitraries.integers().between(-3000, 3000),
                Arbitraries.integers());
        Arbitrary<Integer> flags = Arbitraries.oneOf(Arbitraries.of(0x002, 0x012, 0x010, 0x018, 0x011, 0x004, 0x014),
                Arbitraries.integers().between(0, 0xfff));
        Arbitrary<Integer> window = Arbitraries.oneOf(Arbitraries.of(0, 1, 65535), Arbitraries.integers().between(0, 0xffff));
        Arbitrary<Integer> dataOffset = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 15));
        Arbitrary<byte[]> options = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                Arbitraries.of(new byte[] {2, 4, 5, -76, 1, 3, 3, 14}, new byte[] {1, 1, 5, 10, 0, 0, 0, 1, 0, 0, 0, 9},
                        new byte[] {3, 3, 7, 4, 2}));
        Arbitrary<byte[]> payload = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.of("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(), "\r\n\r\n".getBytes(),
                        "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n".getBytes(),
                        new byte[] {22, 3, 3, 0, 40}, new byte[] {0, 30, 1, 2}));
        Arbitrary<Integer> skew = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(-60, 60));
        Arbitrary<Integer> cut = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 80));
        Arbitrary<Integer> step = Arbitraries.oneOf(Arbitraries.integers().between(0, 30_000_000),
                Arbitraries.integers().between(-1_000_000, 1_000_000));
        List<Arbitrary<Object>> parts = List.of(obj(conn), obj(reverse), obj(delta), obj(delta), obj(flags),
                obj(window), obj(dataOffset), obj(options), obj(payload), obj(skew), obj(cut), obj(step));
        return Combinators.combine(parts).as(v -> new Seg((Integer) v.get(0), (Boolean) v.get(1), (Integer) v.get(2),
                (Integer) v.get(3), (Integer) v.get(4), (Integer) v.get(5), (Integer) v.get(6), (byte[]) v.get(7),
                (byte[]) v.get(8), (Integer) v.get(9), (Integer) v.get(10), (Integer) v.get(11)));
    }

    private static Arbitrary<Object> obj(Arbitrary<?> a) {
        return a.map(x -> (Object) x);
    }

    @Property(tries = 300)
    void randomSegmentsNeverBreakTcp(@ForAll("streams") List<Seg> segs,
                                     @ForAll boolean everyField) {
        Session s = everyField ? Session.full(APPS)
                : Session.over(APPS, List.of("tcp.stream", "http.request.method", "tls.record.length", "dns.id",
                        "tcp.segment", "tcp.analysis.flags"));
        TcpDissector.useLimits(s, new TcpLimits(4, 4096, 16384, 8, 65536));
        int[] clientSeq = {1000, 5000, -2, 77, 0, 123456};
        int[] serverSeq = {9000, 1, 0, -100, 42, 777};
        int[] ports = {53, 80, 443, TestDissectors.CHAOS_PORT, TestDissectors.CHAOS_PORT, 5555};
        long time = 1_700_000_000_000_000_000L;
        long number = 0;
        for (Seg g : segs) {
            time += g.timeStep();
            int[] mine = g.reverse() ? serverSeq : clientSeq;
            int[] theirs = g.reverse() ? clientSeq : serverSeq;
            mine[g.conn()] += g.seqDelta() % 2 == 0 ? g.payload().length : g.seqDelta();
            Frame f = frame(++number, time, g, mine[g.conn()], theirs[g.conn()] + g.ackDelta(),
                    40000 + g.conn(), ports[g.conn()]);
            TestCaptures.dissect(s, f);
            TcpSessionState st = s.state(TcpSessionState.class, TcpSessionState::new);
            if (st.budget() != null) {
                assertTrue(st.budget().used() <= 16384 + 4096 + 512, "reassembly bytes " + st.budget().used());
                assertTrue(st.conversations().size() <= 4);
            }
        }
    }

    static Frame frame(long number, long time, Seg g, int seq, int ack, int clientPort, int serverPort) {
        byte[] options = g.options();
        int optLen = (options.length + 3) & ~3;
        int tcpLen = 20 + optLen + g.payload().length;
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + tcpLen);
        b.put(new byte[12]).putShort((short) 0x0800);
        int ipTotal = Math.max(0, Math.min(0xffff, 20 + tcpLen + g.ipLengthSkew()));
        b.put((byte) 0x45).put((byte) 0).putShort((short) ipTotal).putInt(0).put((byte) 64).put((byte) 6)
                .putShort((short) 0);
        int a = 0x0a000001;
        int z = 0x0a000002;
        b.putInt(g.reverse() ? z : a).putInt(g.reverse() ? a : z);
        int doff = g.dataOffset() < 0 ? (20 + optLen) / 4 : g.dataOffset();
        b.putShort((short) (g.reverse() ? serverPort : clientPort)).putShort((short) (g.reverse() ? clientPort : serverPort))
                .putInt(seq).putInt(ack).putShort((short) ((doff << 12) | g.flags())).putShort((short) g.window())
                .putShort((short) 0).putShort((short) 0);
        b.put(options).put(new byte[optLen - options.length]).put(g.payload());
        byte[] data = b.array();
        int captured = g.snapCut() == 0 ? data.length : Math.max(14, data.length - g.snapCut());
        return new Frame().set(number, time, captured, data.length, LinkType.ETHERNET, 0,
                MemorySegment.ofArray(data), 0);
    }
}
