package io.sharkfin.repl;

import java.util.Locale;

/** The progress text of a running scan: frames scanned (and their share when the total is known), matches. */
final class Progress {
    private Progress() {
    }

    static String text(FilterScan scan) {
        if (scan == null) {
            return "working…";
        }
        long total = scan.totalFrames();
        long done = scan.scanned();
        String where = total > 0
                ? String.format(Locale.ROOT, "%d of %d frames (%.0f%%)", done, total, 100.0 * done / total)
                : done + " frames";
        return "scanning " + where + ", " + scan.matchedSoFar() + " matches — Ctrl-C stops";
    }
}
