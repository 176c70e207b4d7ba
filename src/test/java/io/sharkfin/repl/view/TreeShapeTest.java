package io.sharkfin.repl.view;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TreeShape#topLevel}, which -z io,phs reads for every frame, gives the top-level items
 * of the whole walk ({@link TreeShape#order}) in its order, drawn and undrawn, on every frame of
 * every test capture.
 */
class TreeShapeTest {

    @TestFactory
    Stream<DynamicTest> theTopLevelIsTheWalksTopLevel() throws IOException {
        List<Path> captures;
        try (Stream<Path> caps = Stream.concat(Files.list(Path.of("src/test/resources/corpus/captures")),
                Files.list(Path.of("src/test/resources/dissect")))) {
            captures = caps.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng"))
                    .sorted().toList();
        }
        return captures.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            long frames = 0;
            try (PacketStream packets = new PacketStream(CaptureFiles.stream(c), Session.full())) {
                for (Packet p : packets) {
                    for (boolean drawn : new boolean[] {true, false}) {
                        TreeShape shape = new TreeShape(p, drawn);
                        int[] walked = Arrays.stream(shape.order(p)).filter(e -> shape.depth(e) == 0).toArray();
                        assertArrayEquals(walked, shape.topLevel(p), c + " frame " + p.number() + " drawn " + drawn);
                    }
                    frames++;
                }
            }
            assertTrue(frames > 0, c.toString());
        }));
    }
}
