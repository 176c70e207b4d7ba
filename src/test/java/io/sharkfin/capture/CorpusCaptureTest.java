package io.sharkfin.capture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every capture of the shared corpus reads completely, and each frame's number, time stamp and
 * length equal tshark 4.0.17's frame.number, frame.time_epoch and frame.len.
 */
class CorpusCaptureTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusCaptureMatchesTshark() {
        List<Path> captures = TestFiles.corpusCaptures();
        assertEquals(24, captures.size(), "corpus captures");
        return captures.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path capture) throws Exception {
        Path truth = TestFiles.CORPUS.resolve("truth").resolve(capture.getFileName() + ".fields.tsv");
        List<String[]> rows = TestFiles.tsv(truth, true);
        List<Frame> frames = TestFiles.readAll(capture);
        assertEquals(rows.size(), frames.size(), "frame count");
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Frame f = frames.get(i);
            String where = capture.getFileName() + " frame " + row[0];
            assertEquals(Long.parseLong(row[0]), f.number(), where + ": frame.number");
            assertEquals(row[1], TestFiles.epoch(f), where + ": frame.time_epoch");
            assertEquals(Long.parseLong(row[3]), Integer.toUnsignedLong(f.originalLength()), where + ": frame.len");
        }
    }
}
