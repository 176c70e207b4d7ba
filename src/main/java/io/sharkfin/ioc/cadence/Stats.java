package io.sharkfin.ioc.cadence;

import java.util.Arrays;

/** Robust statistics of small samples: median, quartiles, median absolute deviation, Bowley skew. */
public final class Stats {
    private Stats() {
    }

    /** The q-quantile (0..1) of sorted values, interpolated; NaN when empty. */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return quantile(s, 0.5);
    }

    /** Median absolute deviation from the median. */
    public static double mad(double[] values) {
        return madAround(values, median(values));
    }

    /** Median absolute deviation from {@code median}, the values' median. */
    public static double madAround(double[] values, double median) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = Math.abs(values[i] - median);
        }
        Arrays.sort(d);
        return quantile(d, 0.5);
    }

    /**
     * Bowley's quartile skewness, (Q1 + Q3 − 2·Q2) / (Q3 − Q1), in −1..1: 0 for symmetric
     * intervals, positive when a few long gaps stretch the upper tail. 0 when Q3 = Q1.
     */
    public static double bowleySkew(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return bowleySkewOfSorted(s);
    }

    /** {@link #bowleySkew} of values already in ascending order. */
    public static double bowleySkewOfSorted(double[] sorted) {
        double q1 = quantile(sorted, 0.25);
        double q2 = quantile(sorted, 0.5);
        double q3 = quantile(sorted, 0.75);
        double iqr = q3 - q1;
        if (!(iqr > 1e-12)) {
            return 0;
        }
        return (q1 + q3 - 2 * q2) / iqr;
    }
}
