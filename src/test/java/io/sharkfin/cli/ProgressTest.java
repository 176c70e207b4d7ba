package io.sharkfin.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void drawsAfterTheFirstSecondThenErasesItsLine() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        long[] read = {100};
        Progress p = new Progress(new PrintWriter(text), 1_000_000, () -> now[0], () -> read[0], () -> true);
        for (int i = 0; i < 100_000; i++) {
            p.frame();
        }
        assertEquals("", text.toString(), "nothing in the first second");
        now[0] = 1_500_000_000L;
        read[0] = 500_000;
        for (int i = 0; i < 1 << 14; i++) {
            p.frame();
        }
        assertEquals("\rsharkfin: 114,688 frames, 50%, 1.5 s", text.toString());
        p.end();
        assertTrue(text.toString().endsWith("\r" + " ".repeat("sharkfin: 114,688 frames, 50%, 1.5 s".length()) + "\r"), text.toString());
    }

    @Test
    void nothingWhenTheLineWouldNotBeSeenAndTheTerminalIsAskedOnce() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        int[] asked = {0};
        Progress p = new Progress(new PrintWriter(text), 100, () -> now[0], () -> 50, () -> {
            asked[0]++;
            return false;
        });
        for (int i = 0; i < 1 << 16; i++) {
            now[0] += 100_000_000L;
            p.frame();
        }
        p.end();
        assertEquals("", text.toString());
        assertEquals(1, asked[0]);
    }
}
