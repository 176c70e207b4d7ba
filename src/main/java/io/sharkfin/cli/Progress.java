package io.sharkfin.cli;

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
 * increment per frame; whether the streams are terminals is asked only when the first second is
 * over, so that short runs do not pay for the native call's set-up.
 */
public final class Progress {
    private static final long FIRST_DRAW_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int CHECK_EVERY = 1 << 14;

    private final PrintWriter err;
    private final long totalBytes;
    private final java.util.function.LongSupplier clock;
    private final java.util.function.BooleanSupplier visible;
    private final java.util.function.LongSupplier position;
    private final long start;
    private long lastDraw;
    private long frames;
    private int width;
    private int shown; // 0 not asked yet, 1 shown, -1 not shown

    /**
     * @param position how many bytes of the file were read (asked only when drawing), or -1
     * @param visible  whether the line is seen (asked once, at the first draw)
     */
    Progress(PrintWriter err, long totalBytes, java.util.function.LongSupplier clock,
             java.util.function.LongSupplier position, java.util.function.BooleanSupplier visible) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.position = position;
        this.visible = visible;
        this.start = clock.getAsLong();
    }

    /**
     * A progress line for reading a capture of {@code totalBytes} bytes (or -1 when the reader's
     * position says nothing about the share read, e.g. a decompressed file), drawn when it will
     * be seen and not be in the way of frames printed to the terminal.
     */
    static Progress start(PrintWriter err, long totalBytes, boolean framesPrinted,
                          io.sharkfin.capture.CaptureReader reader) {
        return new Progress(err, totalBytes, System::nanoTime, reader::position, new OnTerminal(framesPrinted));
    }

    /**
     * Bytes of the capture file, for the progress line's share of the reader's position (a gzip
     * file's reader counts the compressed bytes it read); -1 for standard input and pipes, whose
     * size is not known in advance.
     */
    static long totalBytes(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Whether the line is seen: standard error is a terminal and printed frames do not go there too. */
    private record OnTerminal(boolean framesPrinted) implements java.util.function.BooleanSupplier {
        @Override
        public boolean getAsBoolean() {
            return !(framesPrinted && Terminal.isTerminal(1)) && Terminal.isTerminal(2);
        }
    }

    /** Counts a frame; redraws now and then. */
    public void frame() {
        if ((++frames & (CHECK_EVERY - 1)) != 0) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < FIRST_DRAW_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        if (shown == 0) {
            shown = visible.getAsBoolean() ? 1 : -1;
        }
        if (shown < 0) {
            return;
        }
        lastDraw = now;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "sharkfin: %,d frames", frames));
        long read = position.getAsLong();
        if (totalBytes > 0 && read >= 0) {
            long pct = Math.min(100, read * 100 / totalBytes);
            line.append(", ").append(pct).append('%');
        }
        line.append(String.format(Locale.ROOT, ", %.1f s", (now - start) / 1e9));
        width = Math.max(width, line.length());
        err.print("\r" + line);
        err.flush();
    }

    /** Erases the line, if one was drawn. */
    public void end() {
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
