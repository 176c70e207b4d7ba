package io.sharkfin.cli;

import io.sharkfin.capture.Frame;

import java.io.PrintWriter;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * A one-line progress indicator on standard error for long reads ("1,234,567 frames, 45%,
 * 3.2 s"), shown only when standard error is a terminal and standard output is not (frames printed
 * to the terminal would be mixed with it), and only after the first second. It costs one counter
 * increment per frame.
 */
final class Progress {
    private static final long FIRST_DRAW_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int CHECK_EVERY = 1 << 14;

    private final PrintWriter err;
    private final long totalBytes;
    private final java.util.function.LongSupplier clock;
    private final long start;
    private long lastDraw;
    private long frames;
    private int width;

    Progress(PrintWriter err, long totalBytes, java.util.function.LongSupplier clock) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /**
     * A progress line for reading a capture of {@code totalBytes} bytes as mapped (or -1 when the
     * position says nothing about the share read, e.g. a decompressed file); null when it would not
     * be seen or would be in the way.
     */
    static Progress start(PrintWriter err, long totalBytes, boolean framesToTerminal) {
        if (framesToTerminal || !Terminal.isTerminal(2)) {
            return null;
        }
        return new Progress(err, totalBytes, System::nanoTime);
    }

    /** Counts a frame; redraws now and then. */
    void frame(Frame f) {
        if ((++frames & (CHECK_EVERY - 1)) != 0) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < FIRST_DRAW_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "sharkfin: %,d frames", frames));
        if (totalBytes > 0) {
            long pct = Math.min(100, (f.offset() + f.capturedLength()) * 100 / totalBytes);
            line.append(", ").append(pct).append('%');
        }
        line.append(String.format(Locale.ROOT, ", %.1f s", (now - start) / 1e9));
        width = Math.max(width, line.length());
        err.print("\r" + line);
        err.flush();
    }

    /** Erases the line, if one was drawn. */
    void end() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    /** Whether a standard stream is a terminal (isatty through the FFM API; false if unknown). */
    static final class Terminal {
        private static final MethodHandle ISATTY = lookup();

        private Terminal() {
        }

        private static MethodHandle lookup() {
            try {
                Linker linker = Linker.nativeLinker();
                return linker.defaultLookup().find("isatty")
                        .map(a -> linker.downcallHandle(a, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT)))
                        .orElse(null);
            } catch (RuntimeException | LinkageError e) {
                return null; // native access refused or no C library: no progress line
            }
        }

        static boolean isTerminal(int fd) {
            if (ISATTY == null) {
                return false;
            }
            try {
                return (int) ISATTY.invokeExact(fd) == 1;
            } catch (Throwable t) {
                return false;
            }
        }
    }
}
