package io.sharkfin.repl;

import io.sharkfin.filter.Filter;

import java.util.BitSet;
import java.util.Locale;

/**
 * What one filter run over a capture found.
 *
 * @param filter        the filter
 * @param frames        frames scanned
 * @param matched       frames the filter selected
 * @param matches       their frame numbers
 * @param nanos         time from the start of the scan to its end
 * @param firstPageNanos time until a first page of rows was shown (-1 when the rows did not fill a page)
 * @param complete      false when the run was stopped before the end of the capture
 * @param damage        the capture problem that ended the scan early, or null
 */
public record ScanResult(Filter filter, long frames, long matched, BitSet matches, long nanos,
                         long firstPageNanos, boolean complete, String damage) {

    /** The same result with the time its first page of rows took. */
    public ScanResult withFirstPage(long nanos) {
        return new ScanResult(filter, frames, matched, matches, this.nanos, nanos, complete, damage);
    }

    /** The count line: how many frames matched, their share and the time taken. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (!complete) {
            sb.append("stopped after ").append(frames).append(frames == 1 ? " frame: " : " frames: ");
        }
        sb.append(matched).append(" of ").append(frames).append(frames == 1 ? " frame" : " frames")
                .append(matched == 1 ? " matches" : " match")
                .append(" (").append(share(matched, frames)).append(") in ").append(seconds(nanos));
        if (firstPageNanos >= 0) {
            sb.append("; first page after ").append(seconds(firstPageNanos));
        }
        return sb.toString();
    }

    /** A share as a percentage with two decimals ({@code <0.01%} for a tiny non-zero share). */
    static String share(long part, long whole) {
        if (whole <= 0) {
            return "0%";
        }
        double pct = 100.0 * part / whole;
        if (part > 0 && pct < 0.01) {
            return "<0.01%";
        }
        return String.format(Locale.ROOT, "%.2f%%", pct);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
