package io.sharkfin.ioc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The charts of the HTML report as inline SVG (no scripts, no external files): a timeline with
 * one row of event ticks per pair, and an interval histogram for a beacon candidate.
 */
public final class Svg {
    private Svg() {
    }

    private static final int LABEL_W = 330;
    private static final int PLOT_W = 760;
    private static final int ROW_H = 18;

    /** One row of the timeline per pair; {@code duration} is the capture's length in seconds. */
    public static String timeline(List<CadenceReport.Pair> pairs, double duration) {
        double span = duration > 0 ? duration : 1;
        for (CadenceReport.Pair p : pairs) {
            for (double t : p.eventOffsets()) {
                span = Math.max(span, t);
            }
        }
        int h = 30 + ROW_H * pairs.size() + 24;
        int w = LABEL_W + PLOT_W + 30;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg id=\"timeline\" class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                w, h, w, h));
        sb.append("<title>Connections per pair over time</title>");
        double step = niceStep(span / 10);
        for (double t = 0; t <= span + 1e-9; t += step) {
            double x = LABEL_W + PLOT_W * t / span;
            sb.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%d\"/>", x, x, h - 20));
            sb.append(String.format(Locale.ROOT, "<text class=\"axis tick\" x=\"%.1f\" y=\"%d\">%s s</text>", x, h - 6, axis(t)));
        }
        int y = 30;
        for (CadenceReport.Pair p : pairs) {
            String cls = p.beacon() ? "row beacon" : p.periodic() ? "row periodic" : "row";
            sb.append("<g class=\"").append(cls).append("\"><title>").append(Html.esc(p.label())).append(": ")
                    .append(p.events()).append(" events</title>");
            sb.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\">%s</text>", LABEL_W - 8, y + 4,
                    Html.esc(shorten(p.label(), 52))));
            sb.append(String.format(Locale.ROOT, "<line class=\"track\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                    LABEL_W, y, LABEL_W + PLOT_W, y));
            for (double t : p.eventOffsets()) {
                double x = LABEL_W + PLOT_W * t / span;
                sb.append(String.format(Locale.ROOT, "<rect class=\"event\" x=\"%.1f\" y=\"%d\" width=\"2\" height=\"12\"/>",
                        x - 1, y - 6));
            }
            sb.append("</g>");
            y += ROW_H;
        }
        return sb.append("</svg>").toString();
    }

    /** The histogram of a pair's intervals, with its median marked. */
    public static String histogram(CadenceReport.Pair p, int index) {
        List<Double> iv = p.intervalSeconds();
        int w = 440;
        int h = 180;
        int left = 40;
        int right = 24;
        int bottom = 30;
        int bins = 20;
        double max = 0;
        for (double d : iv) {
            max = Math.max(max, d);
        }
        double hi = max > 0 ? niceCeil(max * 1.05) : 1;
        int[] counts = new int[bins];
        for (double d : iv) {
            counts[Math.min(bins - 1, (int) (d / hi * bins))]++;
        }
        int top = 1;
        for (int c : counts) {
            top = Math.max(top, c);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg id=\"histogram-%d\" class=\"histogram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                index, w, h, w, h));
        sb.append("<title>Intervals of ").append(Html.esc(p.label())).append("</title>");
        double bw = (double) (w - left - right) / bins;
        int plotH = h - bottom - 10;
        for (int i = 0; i < bins; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double bh = (double) plotH * counts[i] / top;
            sb.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s–%s s: %d</title></rect>",
                    left + i * bw + 1, 10 + plotH - bh, bw - 2, bh, axis(hi * i / bins), axis(hi * (i + 1) / bins), counts[i]));
        }
        if (!Double.isNaN(p.medianInterval())) {
            double x = left + (w - left - right) * p.medianInterval() / hi;
            sb.append(String.format(Locale.ROOT, "<line class=\"median\" x1=\"%.1f\" y1=\"8\" x2=\"%.1f\" y2=\"%d\"/>", x, x, 10 + plotH));
        }
        sb.append(String.format(Locale.ROOT, "<line class=\"axisline\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                left, 10 + plotH, w - right, 10 + plotH));
        for (int i = 0; i <= 4; i++) {
            double v = hi * i / 4;
            double x = left + (w - left - right) * i / 4.0;
            sb.append(String.format(Locale.ROOT, "<text class=\"axis tick\" x=\"%.1f\" y=\"%d\">%s s</text>", x, h - 10, axis(v)));
        }
        sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"4\" y=\"18\">%d</text>", top));
        return sb.append("</svg>").toString();
    }

    /** The pairs worth a timeline row: beacons, periodic pairs, then the best scored, at most {@code max}. */
    public static List<CadenceReport.Pair> timelineRows(List<CadenceReport.Pair> pairs, int max) {
        List<CadenceReport.Pair> rows = new ArrayList<>();
        for (CadenceReport.Pair p : pairs) {
            if (p.beacon()) {
                rows.add(p);
            }
        }
        for (CadenceReport.Pair p : pairs) {
            if (!p.beacon() && p.periodic() && rows.size() < max) {
                rows.add(p);
            }
        }
        for (CadenceReport.Pair p : pairs) {
            if (!p.beacon() && !p.periodic() && p.events() >= 2 && rows.size() < max) {
                rows.add(p);
            }
        }
        return rows.size() > max ? rows.subList(0, max) : rows;
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String axis(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
    }

    private static double niceCeil(double v) {
        double step = niceStep(v / 4);
        return Math.ceil(v / step) * step;
    }
}
