package io.sharkfin.cli;

import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.ReadObserver;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The {@link Progress} line on standard error of a command that reads a capture whole
 * ({@code iocs}, {@code pack run}), made once the capture is open and erased when the reading
 * ends, before the command prints what it found. While the reading runs, the first Ctrl-C asks
 * it to end ({@link #stopRequested}, {@link Interruption}), so that the command still reports
 * what was read.
 */
public final class ProgressLine implements ReadObserver {
    /** The exit status of a command whose reading Ctrl-C ended: the shell's for SIGINT. */
    public static final int INTERRUPTED = Interruption.EXIT_STATUS;
    private final PrintWriter err;
    private final Path file;
    private final boolean printsWhileReading;
    private Progress progress;
    private Interruption ctrlC;

    /**
     * @param printsWhileReading whether the command writes to standard output as it reads (the
     *                           line then stays away from a terminal showing that output)
     */
    public ProgressLine(PrintWriter err, Path file, boolean printsWhileReading) {
        this.err = err;
        this.file = file;
        this.printsWhileReading = printsWhileReading;
    }

    @Override
    public void opened(CaptureReader reader) {
        progress = Progress.start(err, Progress.totalBytes(file), printsWhileReading, reader);
        ctrlC = Interruption.install(reader);
    }

    @Override
    public void frame() {
        progress.frame();
    }

    @Override
    public void finished() {
        if (ctrlC != null) {
            ctrlC.uninstall();
        }
        if (progress != null) {
            progress.end();
        }
    }

    @Override
    public boolean stopRequested() {
        return ctrlC != null && ctrlC.requested();
    }
}
