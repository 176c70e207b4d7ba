import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The floor under {@code sharkfin -r FILE -Y 'ip.addr == 127.0.0.10 && tcp.port == 443' -T fields
 * -e frame.number}: the same reader ({@code CaptureFiles.stream}), the core filter written by hand
 * as tcpdump's BPF tests it ({@link MinFloor#core}: Ethernet, IPv4 without options, TCP; no
 * dissection, no other shape), matching frame numbers printed. What is left between this and
 * sharkfin is dissection and filter.
 *
 * <pre>
 *   bin/mvn -q package -DskipTests
 *   . bin/java25.sh; find_java25
 *   "$JAVA_HOME/bin/javac" -cp target/sharkfin.jar -d target/floor bench/ReadFloor.java bench/MinFloor.java
 *   /usr/bin/time -f '%e s' "$JAVA_HOME/bin/java" -XX:+UseParallelGC -cp target/sharkfin.jar:target/floor \
 *       ReadFloor bench/data/big4.pcap &gt;/dev/null
 * </pre>
 */
public class ReadFloor {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long frames = 0;
        long matches = 0;
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
        try (CaptureReader reader = CaptureFiles.stream(Path.of(args[0]))) {
            Frame f = new Frame();
            while (reader.next(f)) {
                frames++;
                if (f.linkType() == LinkType.ETHERNET && MinFloor.core(f.segment(), f.offset(), f.capturedLength())) {
                    matches++;
                    out.println(f.number());
                }
            }
        }
        out.flush();
        System.err.printf("%d of %d frames in %.0f ms%n", matches, frames, (System.nanoTime() - start) / 1e6);
    }
}
