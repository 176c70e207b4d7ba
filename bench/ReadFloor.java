import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The floor under {@code sharkfin -r FILE -Y 'ip.addr == 127.0.0.10 && tcp.port == 443' -T fields
 * -e frame.number}: the same reader ({@code CaptureFiles.stream}), the core filter written by hand
 * as tcpdump's BPF tests it (Ethernet, IPv4 without options, TCP; no dissection, no other shape),
 * matching frame numbers printed. What is left between this and sharkfin is dissection and filter.
 *
 * <pre>
 *   bin/mvn -q package -DskipTests
 *   . bin/java25.sh; find_java25
 *   "$JAVA_HOME/bin/javac" -cp target/sharkfin.jar -d target/floor bench/ReadFloor.java
 *   /usr/bin/time -f '%e s' "$JAVA_HOME/bin/java" -XX:+UseParallelGC -cp target/sharkfin.jar:target/floor \
 *       ReadFloor bench/data/big4.pcap &gt;/dev/null
 * </pre>
 */
public class ReadFloor {
    private static final ValueLayout.OfShort BE16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfInt BE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final int HOST = 127 << 24 | 10;
    private static final int PORT = 443;

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long frames = 0;
        long matches = 0;
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
        try (CaptureReader reader = CaptureFiles.stream(Path.of(args[0]))) {
            Frame f = new Frame();
            while (reader.next(f)) {
                frames++;
                MemorySegment s = f.segment();
                long o = f.offset();
                if (f.linkType() == LinkType.ETHERNET && f.capturedLength() >= 54 && s.get(BE16, o + 12) == 0x0800
                        && s.get(ValueLayout.JAVA_BYTE, o + 14) == 0x45 && s.get(ValueLayout.JAVA_BYTE, o + 23) == 6
                        && (s.get(BE16, o + 20) & 0x3fff) == 0) {
                    int src = s.get(BE32, o + 26);
                    int dst = s.get(BE32, o + 30);
                    int sport = s.get(BE16, o + 34) & 0xffff;
                    int dport = s.get(BE16, o + 36) & 0xffff;
                    if ((src == HOST || dst == HOST) && (sport == PORT || dport == PORT)) {
                        matches++;
                        out.println(f.number());
                    }
                }
            }
        }
        out.flush();
        System.err.printf("%d of %d frames in %.0f ms%n", matches, frames, (System.nanoTime() - start) / 1e6);
    }
}
