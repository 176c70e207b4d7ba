package io.sharkfin.bench;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.Filter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost of a compiled filter per frame, on frames held in memory (the first frames of the
 * benchmark capture, copied to one heap buffer):
 * <ul>
 * <li>{@link #filterOnly}: {@code filter.test(packet)} on 1,024 frames dissected beforehand — the
 * generated code and its kernels alone, with the packets' entries mostly out of the CPU caches
 * (each packet is its own set of arrays);</li>
 * <li>{@link #filterOnlyCached}: the same on 64 of those packets (every 16th), whose entries
 * stay in the caches — as in a run, where the filter tests the packet just dissected;</li>
 * <li>{@link #dissectAndFilter}: dissecting each frame (for the fields the filter needs) and
 * testing it;</li>
 * <li>{@link #sieveDissectAndFilter}: the same with the filter's sieve, which rejects frames
 * from their headers before dissection — what {@code sharkfin -r} costs per frame once the bytes
 * are in memory.</li>
 * </ul>
 * The capture is {@code -Dsharkfin.bench.pcap} (default bench/data/big.pcap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class FilterBenchmark {

    static final int FRAMES = 65_536;
    static final int DISSECTED = 1_024;
    static final int CACHED = 64;

    @Param({"ip.addr == 127.0.0.10 && tcp.port == 443",
            "dns.flags.rcode == 3",
            "tcp.port in {80, 443, 8000..8080}",
            "tcp.srcport + 1 == tcp.dstport"})
    public String filterText;

    private Filter filter;
    private final List<Frame> frames = new ArrayList<>();
    private Packet[] packets;
    private Packet[] cachedPackets;
    private Session session;
    private Session sievedSession;
    private Sieve sieve;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        filter = Filter.compile(filterText, CompileOptions.defaults());
        Path pcap = Path.of(System.getProperty("sharkfin.bench.pcap", "bench/data/big.pcap"));
        // the frames one after another in one heap buffer, as a reader's buffer holds them: a
        // packet reads a frame in place there (a frame in a segment of its own is copied first)
        List<Frame> copies = new ArrayList<>();
        long total = 0;
        try (CaptureReader r = CaptureFiles.open(pcap)) {
            Frame f = new Frame();
            while (copies.size() < FRAMES && r.next(f)) {
                copies.add(f.copy());
                total += f.capturedLength();
            }
        }
        MemorySegment buffer = MemorySegment.ofArray(new byte[Math.toIntExact(total)]);
        long at = 0;
        for (Frame c : copies) {
            MemorySegment.copy(c.segment(), c.offset(), buffer, at, c.capturedLength());
            frames.add(new Frame().set(c.number(), c.timestampNanos(), c.capturedLength(), c.originalLength(),
                    c.linkType(), c.interfaceId(), buffer, at));
            at += c.capturedLength();
        }
        // one session per packet kept: a session refills one Packet per frame
        packets = new Packet[DISSECTED];
        for (int i = 0; i < DISSECTED; i++) {
            packets[i] = Session.needing(filter.fields()).dissect(frames.get(i));
        }
        cachedPackets = new Packet[CACHED];
        for (int i = 0; i < CACHED; i++) {
            cachedPackets[i] = packets[i * (DISSECTED / CACHED)];
        }
        session = Session.needing(filter.fields());
        sievedSession = Session.needing(filter.fields());
        sieve = filter.sieve();
    }

    @Benchmark
    @OperationsPerInvocation(DISSECTED)
    public void filterOnly(Blackhole bh) {
        for (Packet p : packets) {
            bh.consume(filter.test(p));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CACHED)
    public void filterOnlyCached(Blackhole bh) {
        for (Packet p : cachedPackets) {
            bh.consume(filter.test(p));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void dissectAndFilter(Blackhole bh) {
        Session s = session;
        for (Frame f : frames) {
            bh.consume(filter.test(s.dissect(f)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void sieveDissectAndFilter(Blackhole bh) {
        Session s = sievedSession;
        Sieve v = sieve;
        for (Frame f : frames) {
            Packet p = s.dissect(f, v);
            bh.consume(p != null && filter.test(p));
        }
    }
}
