package io.sharkfin.ioc.cadence;

import io.sharkfin.ioc.report.CadenceReport.Backoff;
import io.sharkfin.ioc.report.CadenceReport.Retry;
import io.sharkfin.ioc.report.Times;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timing of a pair's events. Attempts less than {@link #COALESCE_NANOS} apart are one event
 * (a page's parallel connections, a SYN retransmitted within the second); intervals are measured
 * between event starts, and an interval that would be negative (captures concatenated out of
 * time order) is left out.
 *
 * <p>Besides the regularity of the intervals this finds two failure patterns: <em>retries</em>
 * (an attempt that failed followed by another attempt sooner than the usual interval) and
 * <em>back-off</em> (a run of failed events whose following intervals keep growing, each at least
 * {@link #BACKOFF_GROWTH} times the one before).
 */
public final class CadenceStats {

    static final long COALESCE_NANOS = 1_000_000_000L;
    static final double BACKOFF_GROWTH = 1.5;

    private final List<Long> eventTimes = new ArrayList<>();
    private final List<Boolean> eventFailed = new ArrayList<>();
    private final double[] intervals;
    private final double median;
    private final double mad;
    private final double skew;
    private final Double medianBytes;
    private final double bytesSpread;
    private final Retry retry;
    private final Backoff backoff;

    private CadenceStats(CadenceSeries s) {
        List<Long> retryGaps = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<Long> byteCounts = new ArrayList<>();
        long groupStart = Long.MIN_VALUE;
        long previousAttempt = Long.MIN_VALUE;
        boolean previousFailed = false;
        boolean groupAllFailed = true;
        for (int i = 0; i < s.kept(); i++) {
            long t = s.time(i);
            boolean failed = s.isFailed(i);
            if (previousAttempt != Long.MIN_VALUE && previousFailed && t >= previousAttempt) {
                retryGaps.add(t - previousAttempt);
            }
            if (groupStart == Long.MIN_VALUE || t < groupStart || t - groupStart >= COALESCE_NANOS) {
                if (groupStart != Long.MIN_VALUE) {
                    eventFailed.add(groupAllFailed);
                    if (t >= groupStart) {
                        gaps.add((t - groupStart) / 1e9);
                    } else {
                        gaps.add(Double.NaN);
                    }
                }
                eventTimes.add(t);
                groupStart = t;
                groupAllFailed = true;
            }
            groupAllFailed &= failed;
            if (s.bytesOf(i) >= 0 && !failed) {
                byteCounts.add(s.bytesOf(i));
            }
            previousAttempt = t;
            previousFailed = failed;
        }
        if (groupStart != Long.MIN_VALUE) {
            eventFailed.add(groupAllFailed);
        }
        this.intervals = gaps.stream().filter(g -> !g.isNaN()).mapToDouble(Double::doubleValue).toArray();
        this.median = intervals.length == 0 ? Double.NaN : Stats.median(intervals);
        this.mad = intervals.length == 0 ? Double.NaN : Stats.mad(intervals);
        this.skew = intervals.length < 3 ? 0 : Stats.bowleySkew(intervals);
        double[] b = byteCounts.stream().mapToDouble(Long::doubleValue).toArray();
        this.medianBytes = b.length == 0 ? null : Stats.median(b);
        this.bytesSpread = b.length < 2 || medianBytes == 0 ? Double.NaN : Stats.mad(b) / medianBytes;
        this.retry = retries(retryGaps, median);
        this.backoff = backoff(gaps, eventFailed);
    }

    public static CadenceStats of(CadenceSeries s) {
        return new CadenceStats(s);
    }

    private static Retry retries(List<Long> gaps, double usual) {
        List<Double> quick = new ArrayList<>();
        for (long g : gaps) {
            double sec = g / 1e9;
            if (Double.isNaN(usual) || sec < 0.5 * usual) {
                quick.add(sec);
            }
        }
        if (quick.isEmpty()) {
            return null;
        }
        double m = Stats.median(quick.stream().mapToDouble(Double::doubleValue).toArray());
        String text = quick.size() + (quick.size() == 1 ? " failed attempt was" : " failed attempts were")
                + " retried after a median " + Times.human(m)
                + (Double.isNaN(usual) ? "" : " (the usual interval is " + Times.human(usual) + ")");
        return new Retry(quick.size(), m, text);
    }

    /** The longest run of failed events whose following intervals grow steadily. */
    private static Backoff backoff(List<Double> gaps, List<Boolean> failed) {
        int bestSteps = 0;
        double bestFrom = 0;
        double bestTo = 0;
        int i = 0;
        while (i < gaps.size()) {
            if (!failed.get(i) || gaps.get(i).isNaN()) {
                i++;
                continue;
            }
            int steps = 1;
            double from = gaps.get(i);
            double to = from;
            int j = i + 1;
            while (j < gaps.size() && failed.get(j) && !gaps.get(j).isNaN()
                    && gaps.get(j) >= BACKOFF_GROWTH * to) {
                to = gaps.get(j);
                steps++;
                j++;
            }
            if (steps >= 2 && steps > bestSteps) {
                bestSteps = steps;
                bestFrom = from;
                bestTo = to;
            }
            i = j;
        }
        if (bestSteps < 2) {
            return null;
        }
        String text = String.format(Locale.ROOT,
                "after failures the wait grew from %s to %s over %d steps (back-off)",
                Times.human(bestFrom), Times.human(bestTo), bestSteps);
        return new Backoff(bestSteps, bestFrom, bestTo, text);
    }

    /** Start times of the (coalesced) events, nanoseconds. */
    public List<Long> eventTimes() {
        return eventTimes;
    }

    public int events() {
        return eventTimes.size();
    }

    /** Intervals between events, seconds, in capture order. */
    public double[] intervals() {
        return intervals.clone();
    }

    public double median() {
        return median;
    }

    public double mad() {
        return mad;
    }

    /** MAD as a percentage of the median interval. */
    public double madPercent() {
        return median > 0 ? 100 * mad / median : Double.NaN;
    }

    /**
     * The ± jitter of a timer whose intervals are spread uniformly around the median (a sleep of
     * {@code base ± j %}), estimated from the 5th and 95th percentiles of the intervals: these
     * span 90 % of a uniform range, so the half-range is {@code (P95 − P5) / 1.8}; in % of the
     * median. Unlike the range itself it ignores the odd outlier.
     */
    public double jitterPercent() {
        if (!(median > 0) || intervals.length < 2) {
            return Double.NaN;
        }
        double[] s = intervals.clone();
        java.util.Arrays.sort(s);
        return 100 * (Stats.quantile(s, 0.95) - Stats.quantile(s, 0.05)) / 1.8 / median;
    }

    public double skew() {
        return skew;
    }

    /** Median bytes of answered connections, or null. */
    public Double medianBytes() {
        return medianBytes;
    }

    /** MAD of the byte counts relative to their median, or NaN. */
    public double bytesSpread() {
        return bytesSpread;
    }

    public Retry retry() {
        return retry;
    }

    public Backoff backoff() {
        return backoff;
    }
}
