package io.sharkfin.ioc.cadence;

import io.sharkfin.ioc.report.CadenceReport.Backoff;
import io.sharkfin.ioc.report.CadenceReport.Retry;
import io.sharkfin.ioc.report.Times;

import java.util.Arrays;
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

    private final long[] eventTimes;
    private final double[] intervals;
    // the intervals in ascending order, for the quantiles
    private final double[] sortedIntervals;
    private final double median;
    private final double mad;
    private final double skew;
    private final Double medianBytes;
    private final double bytesSpread;
    private final Retry retry;
    private final Backoff backoff;

    // primitive arrays, not lists: the report computes this for every pair (thousands, each up
    // to CadenceSeries' bound of events) once the capture is read, in code the JIT has barely seen
    private CadenceStats(CadenceSeries s) {
        int n = s.kept();
        long[] times = new long[n];
        boolean[] eventFailed = new boolean[n];
        double[] gaps = new double[n];
        long[] retryGaps = new long[n];
        double[] bytes = new double[n];
        int events = 0;
        int gapCount = 0;
        int retries = 0;
        int byteCount = 0;
        long groupStart = Long.MIN_VALUE;
        long previousAttempt = Long.MIN_VALUE;
        boolean previousFailed = false;
        boolean groupAllFailed = true;
        for (int i = 0; i < n; i++) {
            long t = s.time(i);
            boolean failed = s.isFailed(i);
            if (previousAttempt != Long.MIN_VALUE && previousFailed && t >= previousAttempt) {
                retryGaps[retries++] = t - previousAttempt;
            }
            if (groupStart == Long.MIN_VALUE || t < groupStart || t - groupStart >= COALESCE_NANOS) {
                if (groupStart != Long.MIN_VALUE) {
                    eventFailed[events - 1] = groupAllFailed;
                    gaps[gapCount++] = t >= groupStart ? (t - groupStart) / 1e9 : Double.NaN;
                }
                times[events++] = t;
                groupStart = t;
                groupAllFailed = true;
            }
            groupAllFailed &= failed;
            if (s.bytesOf(i) >= 0 && !failed) {
                bytes[byteCount++] = s.bytesOf(i);
            }
            previousAttempt = t;
            previousFailed = failed;
        }
        if (groupStart != Long.MIN_VALUE) {
            eventFailed[events - 1] = groupAllFailed;
        }
        this.eventTimes = Arrays.copyOf(times, events);
        this.intervals = Arrays.stream(gaps, 0, gapCount).filter(g -> !Double.isNaN(g)).toArray();
        this.sortedIntervals = intervals.clone();
        Arrays.sort(sortedIntervals);
        this.median = intervals.length == 0 ? Double.NaN : Stats.quantile(sortedIntervals, 0.5);
        this.mad = intervals.length == 0 ? Double.NaN : Stats.madAround(intervals, median);
        this.skew = intervals.length < 3 ? 0 : Stats.bowleySkewOfSorted(sortedIntervals);
        double[] b = Arrays.copyOf(bytes, byteCount);
        this.medianBytes = b.length == 0 ? null : Stats.median(b);
        this.bytesSpread = b.length < 2 || medianBytes == 0 ? Double.NaN : Stats.madAround(b, medianBytes) / medianBytes;
        this.retry = retries(Arrays.copyOf(retryGaps, retries), median);
        this.backoff = backoff(gaps, gapCount, eventFailed);
    }

    public static CadenceStats of(CadenceSeries s) {
        return new CadenceStats(s);
    }

    private static Retry retries(long[] gaps, double usual) {
        double[] quick = new double[gaps.length];
        int count = 0;
        for (long g : gaps) {
            double sec = g / 1e9;
            if (Double.isNaN(usual) || sec < 0.5 * usual) {
                quick[count++] = sec;
            }
        }
        if (count == 0) {
            return null;
        }
        double m = Stats.median(Arrays.copyOf(quick, count));
        String text = count + (count == 1 ? " failed attempt was" : " failed attempts were")
                + " retried after a median " + Times.human(m)
                + (Double.isNaN(usual) ? "" : " (the usual interval is " + Times.human(usual) + ")");
        return new Retry(count, m, text);
    }

    /**
     * The longest run of failed events whose following intervals grow steadily ({@code gaps[i]}
     * follows event {@code i}; NaN where time went backwards).
     */
    private static Backoff backoff(double[] gaps, int count, boolean[] failed) {
        int bestSteps = 0;
        double bestFrom = 0;
        double bestTo = 0;
        int i = 0;
        while (i < count) {
            if (!failed[i] || Double.isNaN(gaps[i])) {
                i++;
                continue;
            }
            int steps = 1;
            double from = gaps[i];
            double to = from;
            int j = i + 1;
            while (j < count && failed[j] && !Double.isNaN(gaps[j]) && gaps[j] >= BACKOFF_GROWTH * to) {
                to = gaps[j];
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
    public long[] eventTimes() {
        return eventTimes.clone();
    }

    public int events() {
        return eventTimes.length;
    }

    /** Intervals between events, seconds, in capture order. */
    public double[] intervals() {
        return intervals.clone();
    }

    /** How many intervals there are ({@link #intervals}' length, without the copy). */
    public int intervalCount() {
        return intervals.length;
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
        return 100 * (Stats.quantile(sortedIntervals, 0.95) - Stats.quantile(sortedIntervals, 0.05)) / 1.8 / median;
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
