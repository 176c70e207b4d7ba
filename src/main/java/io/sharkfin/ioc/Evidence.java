package io.sharkfin.ioc;

import io.sharkfin.ioc.report.EvidenceReport;

import java.util.Arrays;

/**
 * The frames behind one indicator, gathered while streaming: how many, the first and last (number
 * and time), and the numbers of the first {@link Limits#FRAMES_KEPT} of them. A frame is counted
 * once however many times the indicator occurs in it, which is how a display filter counts.
 */
public final class Evidence {

    private long count;
    private long firstFrame;
    private long firstTime;
    private long lastFrame;
    private long lastTime;
    private long[] frames = new long[4];
    private int kept;

    /** Counts a frame (frames arrive in capture order; a repeat of the last frame is ignored). */
    public void add(long frame, long timeNanos) {
        if (count > 0 && frame == lastFrame) {
            return;
        }
        if (count == 0) {
            firstFrame = frame;
            firstTime = timeNanos;
        }
        count++;
        lastFrame = frame;
        lastTime = timeNanos;
        if (kept < Limits.FRAMES_KEPT) {
            if (kept == frames.length) {
                frames = Arrays.copyOf(frames, Math.min(Limits.FRAMES_KEPT, kept * 2));
            }
            frames[kept++] = frame;
        }
    }

    public long count() {
        return count;
    }

    public long firstFrame() {
        return firstFrame;
    }

    public long firstTime() {
        return firstTime;
    }

    public long lastFrame() {
        return lastFrame;
    }

    public long lastTime() {
        return lastTime;
    }

    /** Whether every counted frame's number was kept. */
    public boolean complete() {
        return kept == count;
    }

    /** The kept frame numbers, ascending. */
    public long[] frames() {
        return Arrays.copyOf(frames, kept);
    }

    /** The report form, with the filter that selects the same frames. */
    public EvidenceReport report(String filter, long captureStart) {
        return EvidenceReport.of(this, filter, captureStart);
    }
}
