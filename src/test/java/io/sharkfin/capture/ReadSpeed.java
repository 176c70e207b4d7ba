package io.sharkfin.capture;

import java.nio.file.Path;

/**
 * Measures how fast a capture is walked with a trivial loop: frames per second and bytes per
 * second, over several passes (the first warms the JIT and the page cache).
 *
 * <pre>java -cp target/classes:target/test-classes io.sharkfin.capture.ReadSpeed /work/benchdata/big4.pcap 3</pre>
 */
public final class ReadSpeed {
    private ReadSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int pass = 1; pass <= passes; pass++) {
            long t0 = System.nanoTime();
            long frames = 0;
            long bytes = 0;
            long check = 0;
            try (CaptureReader r = CaptureFiles.open(file)) {
                Frame f = new Frame();
                while (r.next(f)) {
                    frames++;
                    bytes += f.capturedLength();
                    // touch the frame's first byte so the data pages are really read
                    check += f.capturedLength() > 0 ? f.byteAt(0) : 0;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("pass %d: %,d frames, %,d bytes in %.3f s: %.2f M frames/s, %.2f GB/s (check %d)%n",
                    pass, frames, bytes, s, frames / s / 1e6, bytes / s / 1e9, check);
        }
    }
}
