package io.sharkfin.capture;

/**
 * Told of a capture's reading by a command that reads it whole ({@code iocs}, {@code pack run}):
 * the reader once the capture is open, each frame read, and the end. For a progress display on a
 * long capture; the calls come from the reading thread.
 */
public interface ReadObserver {
    /** The capture is open; {@code reader} can tell how far the reading is ({@link CaptureReader#position}). */
    void opened(CaptureReader reader);

    /** A frame was read. */
    void frame();

    /** The reading is over (also after an error). */
    void finished();

    /**
     * Whether the reading should end now, before the next frame: Ctrl-C asked it to, and the
     * command reports what was read until then. By default it never should.
     */
    default boolean stopRequested() {
        return false;
    }

    /** The message a command gives for a reading that ended on request after {@code frames} frames. */
    static String stoppedAfter(long frames) {
        return "interrupted (Ctrl-C) after " + frames + " frames";
    }
}
