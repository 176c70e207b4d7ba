package io.sharkfin.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ReadObserver} that writes down what a progress line would be told: the reader's
 * position when the capture opens, and the frames counted when the reading ends.
 */
public final class RecordingObserver implements ReadObserver {
    private final List<String> events = new ArrayList<>();
    private long frames;

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

    /** "opened POSITION", then "finished after FRAMES". */
    public List<String> events() {
        return events;
    }
}
