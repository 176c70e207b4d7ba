package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A rough throughput measurement of TCP dissection (not a test; run by hand):
 * {@code java -cp target/classes:target/test-classes io.sharkfin.dissect.protocol.tcp.TcpThroughput FILE}.
 * The frames are read into memory first.
 */
final class TcpThroughput {
    private TcpThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<Frame> frames = TestCaptures.read(Path.of(args[0]));
        measure("frame.number only (TCP not run)", frames, () -> Session.over(TestDissectors.APPS, List.of("frame.number")));
        measure("tcp.port (header only, no state)", frames, () -> Session.over(TestDissectors.APPS, List.of("tcp.port")));
        measure("tcp.stream (conversations)", frames, () -> Session.over(TestDissectors.APPS, List.of("tcp.stream")));
        measure("tcp.analysis.retransmission", frames,
                () -> Session.over(TestDissectors.APPS, List.of("tcp.analysis.retransmission")));
        measure("tcp.segment (apps forced, reassembly)", frames,
                () -> Session.over(TestDissectors.APPS, List.of("tcp.segment")));
        measure("every field, real applications", frames, () -> Session.full(TestDissectors.APPS));
    }

    private static void measure(String what, List<Frame> frames, Supplier<Session> session) {
        long best = Long.MAX_VALUE;
        long streams = 0;
        for (int round = 0; round < 5; round++) {
            Session s = session.get();
            long t = System.nanoTime();
            for (Frame f : frames) {
                s.dissect(f);
            }
            best = Math.min(best, System.nanoTime() - t);
            streams = TcpDissector.streamCount(s);
        }
        System.out.printf("%-40s %8.0f k frames/s  (%d frames, best of 5: %d ms, %d streams)%n", what,
                frames.size() / (best / 1e9) / 1000, frames.size(), best / 1_000_000, streams);
    }
}
