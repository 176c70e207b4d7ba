package io.sharkfin.cli;

import io.sharkfin.capture.Frame;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.foreign.MemorySegment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void drawsAfterTheFirstSecondThenErasesItsLine() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        Progress p = new Progress(new PrintWriter(text), 1_000_000, () -> now[0]);
        Frame f = new Frame().set(1, 0, 100, 100, 1, 0, MemorySegment.ofArray(new byte[100]), 0);
        for (int i = 0; i < 100_000; i++) {
            p.frame(f);
        }
        assertEquals("", text.toString(), "nothing in the first second");
        now[0] = 1_500_000_000L;
        f.set(2, 0, 100, 100, 1, 0, MemorySegment.ofArray(new byte[500_000]), 499_900);
        for (int i = 0; i < 1 << 14; i++) {
            p.frame(f);
        }
        assertEquals("\rsharkfin: 114,688 frames, 50%, 1.5 s", text.toString());
        p.end();
        assertTrue(text.toString().endsWith("\r" + " ".repeat("sharkfin: 114,688 frames, 50%, 1.5 s".length()) + "\r"), text.toString());
    }

    @Test
    void noProgressWhenFramesGoToTheTerminalOrStandardErrorIsNotOne() {
        assertNull(Progress.start(new PrintWriter(new StringWriter()), 100, true));
        // surefire's standard error is a pipe
        assertNull(Progress.start(new PrintWriter(new StringWriter()), 100, false));
    }
}
