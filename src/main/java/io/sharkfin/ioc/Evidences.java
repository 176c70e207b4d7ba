package io.sharkfin.ioc;

import io.sharkfin.ioc.report.EvidenceReport;
import io.sharkfin.ioc.report.Times;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Combines the evidence of several indicators into one (a burst of names, a finding). */
public final class Evidences {
    private Evidences() {
    }

    /**
     * The union of several evidences whose frames are disjoint (different names of one client):
     * counts add up, first and last are the extremes, kept frames are merged.
     */
    public static EvidenceReport union(Collection<Evidence> parts, String filter, long captureStart) {
        long count = 0;
        long firstFrame = Long.MAX_VALUE;
        long firstTime = 0;
        long lastFrame = Long.MIN_VALUE;
        long lastTime = 0;
        boolean complete = true;
        TreeSet<Long> frames = new TreeSet<>();
        for (Evidence e : parts) {
            if (e.count() == 0) {
                continue;
            }
            count += e.count();
            if (e.firstFrame() < firstFrame) {
                firstFrame = e.firstFrame();
                firstTime = e.firstTime();
            }
            if (e.lastFrame() > lastFrame) {
                lastFrame = e.lastFrame();
                lastTime = e.lastTime();
            }
            complete &= e.complete();
            for (long f : e.frames()) {
                frames.add(f);
            }
        }
        if (count == 0) {
            return new EvidenceReport(0, 0, 0, null, null, 0, 0, List.of(), true, filter);
        }
        List<Long> kept = new ArrayList<>(frames);
        if (kept.size() > Limits.FRAMES_KEPT) {
            kept = kept.subList(0, Limits.FRAMES_KEPT);
            complete = false;
        }
        complete &= kept.size() == count;
        return new EvidenceReport(count, firstFrame, lastFrame, Times.iso(firstTime), Times.iso(lastTime),
                Times.seconds(firstTime - captureStart), Times.seconds(lastTime - captureStart),
                List.copyOf(kept), complete, filter);
    }
}
