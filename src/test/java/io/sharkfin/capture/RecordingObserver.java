package io.sharkfin.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ReadObserver} that writes down what a progress line would be told: the reader's
 * position when the capture opens, and the frames counted when the reading ends.
 */
public final class RecordingObserver implements ReadObserver {
    private final List<String> events = new ArrayList<>();
    private final long stopAfter;
    private long frames;

    /** An observer that lets the reading run to its end. */
    public RecordingObserver() {
        this(Long.MAX_VALUE);
    }

    /** An observer that asks the reading to end once {@code stopAfter} frames were read (Ctrl-C). */
    public RecordingObserver(long stopAfter) {
        this.stopAfter = stopAfter;
    }

    @Override
    public void opened(CaptureReader reader) {
        events.add("opened " + reader.position());
    }

    @Override
    public void frame() {
        frames++;
    }

    @Override
    public void finished() {
        events.add("finished after " + frames);
    }

    @Override
    public boolean stopRequested() {
        return frames >= stopAfter;
    }

    /** "opened POSITION", then "finished after FRAMES". */
    public List<String> events() {
        return events;
    }
}
