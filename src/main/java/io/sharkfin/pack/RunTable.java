package io.sharkfin.pack;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * The text report of a run: per capture, one line per rule with its alert count, severity and
 * the frames it fired on (the first {@value #MAX_FRAMES} of them).
 */
public final class RunTable {
    static final int MAX_FRAMES = 20;

    private RunTable() {
    }

    public static void print(RunResult result, PrintWriter out) {
        out.println(result.capture() + ": " + result.frames() + " frames, " + result.alerts() + " alerts"
                + (result.error() == null ? "" : " (stopped early: " + result.error() + ")"));
        int idWidth = "rule".length();
        for (CompiledRule r : result.hits().keySet()) {
            idWidth = Math.max(idWidth, r.qualifiedId().length());
        }
        out.printf("  %-" + idWidth + "s  %-13s  %6s  %s%n", "rule", "severity", "alerts", "frames");
        for (Map.Entry<CompiledRule, List<Long>> e : result.hits().entrySet()) {
            List<Long> frames = e.getValue();
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < Math.min(frames.size(), MAX_FRAMES); i++) {
                list.append(i == 0 ? "" : ",").append(frames.get(i));
            }
            if (frames.size() > MAX_FRAMES) {
                list.append(",... (").append(frames.size() - MAX_FRAMES).append(" more)");
            }
            out.printf("  %-" + idWidth + "s  %-13s  %6d  %s%n", e.getKey().qualifiedId(),
                    e.getKey().rule().severity().label(), frames.size(), list);
        }
    }
}
