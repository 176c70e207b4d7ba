package io.sharkfin.ioc.report;

import io.sharkfin.ioc.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames behind an indicator or finding, as reported: {@code count} frames match
 * {@code filter}, the first and last of them are {@code firstFrame} / {@code lastFrame} at
 * {@code firstTime} / {@code lastTime} (UTC, nanoseconds; {@code firstRel} / {@code lastRel} in
 * seconds from the capture's first frame), and {@code frames} lists the first of their numbers
 * (all of them when {@code framesComplete}).
 */
public record EvidenceReport(long count, long firstFrame, long lastFrame, String firstTime,
                             String lastTime, double firstRel, double lastRel, List<Long> frames,
                             boolean framesComplete, String filter) {

    public static EvidenceReport of(Evidence e, String filter, long captureStart) {
        List<Long> frames = new ArrayList<>();
        for (long f : e.frames()) {
            frames.add(f);
        }
        return new EvidenceReport(e.count(), e.firstFrame(), e.lastFrame(), Times.iso(e.firstTime()),
                Times.iso(e.lastTime()), Times.seconds(e.firstTime() - captureStart),
                Times.seconds(e.lastTime() - captureStart), List.copyOf(frames), e.complete(), filter);
    }
}
