import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.filter.Filter;

import java.nio.file.Path;
import java.util.BitSet;

/**
 * Where a whole run's time goes as the JIT warms up: the pass {@code sharkfin -r FILE -Y FILTER
 * -T fields -e frame.number} makes (the same reader, sieve and {@code Session.selectPrinting}), timed per
 * 100,000 frames. A run's first frames go through interpreted and profiled code while the
 * compiler threads work on the other core; the last lines show the compiled pace.
 *
 * <pre>
 *   bin/mvn -q package -DskipTests
 *   . bin/java25.sh; find_java25
 *   "$JAVA_HOME/bin/javac" -cp target/sharkfin.jar -d target/warmup bench/Warmup.java
 *   "$JAVA_HOME/bin/java" -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED \
 *       -cp target/sharkfin.jar:target/warmup Warmup bench/data/big4.pcap 'dns.flags.rcode == 3'
 * </pre>
 * Add the JIT options of {@code bin/sharkfin} to time what the launcher runs.
 */
public class Warmup {
    private static final int STEP = 100_000;

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Filter filter = Filter.compile(args[1]);
        Sieve sieve = filter.sieve();
        BitSet shown = new BitSet();
        shown.set(FieldRegistry.standard().lookup("frame.number").id());
        BitSet needed = filter.fields();
        needed.or(shown);
        Session session = Session.needing(needed);
        long ready = System.nanoTime();
        long frames = 0;
        long matches = 0;
        long mark = ready;
        StringBuilder steps = new StringBuilder();
        try (CaptureReader reader = CaptureFiles.stream(Path.of(args[0]))) {
            Frame f = new Frame();
            while (reader.next(f)) {
                // as the command line selects for -e frame.number: a frame the screen passes is
                // printed from its record, undissected
                Session.Selection selection = session.selectPrinting(f, sieve, shown);
                if (selection == Session.Selection.PASSED_ON_RECORD
                        || selection == Session.Selection.DISSECTED && filter.test(session.packet())) {
                    matches++;
                }
                if (++frames % STEP == 0) {
                    long now = System.nanoTime();
                    steps.append(String.format("  frames %,9d-%,9d: %6.1f ms (%5.0f ns/frame)%n",
                            frames - STEP, frames, (now - mark) / 1e6, (now - mark) / (double) STEP));
                    mark = now;
                }
            }
        }
        long end = System.nanoTime();
        System.out.printf("%s: %d of %d frames; filter and session %.1f ms, frames %.1f ms%n",
                args[1], matches, frames, (ready - start) / 1e6, (end - ready) / 1e6);
        System.out.print(steps);
    }
}
