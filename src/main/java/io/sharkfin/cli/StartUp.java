package io.sharkfin.cli;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.dissect.WiresharkCatalog;

import java.nio.file.Path;

/**
 * Start-up work the command line hands to a background thread: one-time set-ups that a run needs
 * only after its filter is compiled (Wireshark's value names for the field registry, the native
 * reads of the capture). On two cores they then cost the run's main thread nothing: a run over a
 * small capture took 181 instead of 193 ms (medians of 21).
 */
final class StartUp {
    private StartUp() {
    }

    /** Prepares, in the background, what reading the capture {@code file} needs. */
    static void forReading(Path file) {
        inBackground(WiresharkCatalog.shipped()::prepareValueNames, () -> CaptureFiles.prepareStreaming(file));
    }

    /**
     * Runs the tasks, in order, on a daemon thread. A task that fails only leaves its set-up to
     * whoever needs it first, which then reports the failure.
     */
    private static void inBackground(Runnable... tasks) {
        Thread t = new Thread(() -> {
            for (Runnable task : tasks) {
                try {
                    task.run();
                } catch (RuntimeException | LinkageError e) {
                    // done again, and reported, where it is needed
                }
            }
        }, "sharkfin-start-up");
        t.setDaemon(true);
        t.start();
    }
}
