package io.sharkfin.ioc.report;

import java.util.List;
import java.util.Locale;

/** The plain-text report: header, ranked findings, then the indicator tables with aligned columns. */
public final class TextReport {
    private TextReport() {
    }

    // a SHA-256 in hexadecimal (64 characters) stays whole: analysts copy it
    private static final int MAX_CELL = 64;

    public static String render(IocReport r) {
        StringBuilder sb = new StringBuilder();
        IocReport.Capture c = r.capture();
        sb.append("sharkfin iocs: ").append(c.file()).append('\n');
        sb.append(c.summary()).append('\n');
        if (c.scope() != null) {
            sb.append("scope: ").append(c.scope()).append('\n');
        }
        if (c.error() != null) {
            sb.append("capture read in part: ").append(c.error()).append('\n');
        }
        sb.append('\n').append("FINDINGS").append('\n');
        if (r.findings().isEmpty()) {
            sb.append("  none\n");
        }
        for (IocReport.Finding f : r.findings()) {
            sb.append(String.format(Locale.ROOT, "%3d. [%s %d] %s%n", f.rank(), f.severity(), f.score(), f.title()));
            sb.append("     ").append(f.statement()).append('\n');
            sb.append("     capability: ").append(f.capability()).append('\n');
            sb.append("     objective:  ").append(f.objective()).append('\n');
            sb.append("     frames:     ").append(frames(f.evidence())).append('\n');
            sb.append("     filter:     ").append(f.evidence().filter()).append("\n\n");
        }
        for (ReportTables.Table t : ReportTables.of(r)) {
            table(t, sb);
        }
        for (String note : c.notes()) {
            sb.append("note: ").append(note).append('\n');
        }
        return sb.toString();
    }

    /** "80, 92, 154 … (24 frames)" */
    static String frames(EvidenceReport e) {
        List<Long> f = e.frames();
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(f.size(), 12);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(f.get(i));
        }
        if (e.count() > shown) {
            sb.append(" …");
        }
        return sb.append(" (").append(e.count()).append(e.count() == 1 ? " frame)" : " frames)").toString();
    }

    private static void table(ReportTables.Table t, StringBuilder sb) {
        sb.append(t.title().toUpperCase(Locale.ROOT)).append('\n');
        int n = t.headers().size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = t.headers().get(i).length();
        }
        for (List<String> row : t.rows()) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], cell(row.get(i)).length());
            }
        }
        line(t.headers(), w, sb);
        for (List<String> row : t.rows()) {
            line(row, w, sb);
        }
        sb.append('\n');
    }

    private static void line(List<String> cells, int[] w, StringBuilder sb) {
        sb.append(' ');
        for (int i = 0; i < cells.size(); i++) {
            String c = cell(cells.get(i));
            sb.append(' ').append(c);
            if (i < cells.size() - 1) {
                sb.repeat(' ', w[i] - c.length() + 1);
            }
        }
        sb.append('\n');
    }

    private static String cell(String s) {
        String clean = s.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() <= MAX_CELL ? clean : clean.substring(0, MAX_CELL - 1) + "…";
    }
}
