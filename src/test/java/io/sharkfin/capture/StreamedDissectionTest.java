package io.sharkfin.capture;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI and {@link io.sharkfin.dissect.PacketStream} read through {@link StreamedData}, whose
 * frames are valid only until the next read: a chunk is reused as soon as the reader moves on.
 * A dissector that kept a view of an earlier frame's bytes (reassembly, conversations, QUIC or
 * TLS state) would read another frame's bytes then. Every capture of the corpus is dissected
 * completely through 4 KiB chunks (a boundary every few frames, chunks recycled at once), on the
 * caller's thread and read ahead, filled by {@link HeapPread} and by the file's channel alone,
 * and every field of every frame must equal what the mapped reading (frames valid until close)
 * gives.
 */
class StreamedDissectionTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/captures");
    private static final int SMALL_CHUNK = 4096;

    static Stream<Path> captures() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".pcap") || f.toString().endsWith(".pcapng"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("captures")
    void smallChunksDissectAsTheMappedFile(Path capture) throws Exception {
        List<String> mapped = dissect(CaptureFiles.open(capture));
        assertTrue(mapped.size() > 1, capture + " has frames");
        assertEquals(mapped, dissect(CaptureFiles.stream(capture, SMALL_CHUNK, false, true)), "on the caller's thread");
        assertEquals(mapped, dissect(CaptureFiles.stream(capture, SMALL_CHUNK, true, true)), "read ahead");
        assertEquals(mapped, dissect(CaptureFiles.stream(capture, SMALL_CHUNK, true, false)),
                "read ahead, channel alone");
    }

    /** One line per frame: every entry of the full tree as name=value. */
    private static List<String> dissect(CaptureReader reader) throws Exception {
        List<String> out = new ArrayList<>();
        try (reader) {
            Session session = Session.full();
            Frame frame = new Frame();
            while (reader.next(frame)) {
                Packet p = session.dissect(frame);
                StringBuilder line = new StringBuilder();
                for (int e = 0; e < p.entryCount(); e++) {
                    line.append(p.registry().byId(p.field(e)).name()).append('=');
                    FieldFormat.append(p, e, line);
                    line.append('\u001f');
                }
                out.add(line.toString());
            }
            assertNull(session.lastDissectorFailure(), "no dissector failed");
        }
        return out;
    }
}
