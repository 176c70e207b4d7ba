package io.sharkfin.ioc.report;

import java.util.List;
import java.util.Locale;

/**
 * The HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched) with
 * the findings, a timeline of events per pair, an interval histogram for every beacon candidate,
 * and the indicator tables.
 */
public final class Html {
    private Html() {
    }

    private static final int TIMELINE_ROWS = 40;
    private static final int HISTOGRAMS = 12;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1d2330;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d8dde6;padding-bottom:4px}
            .meta{color:#5a6475;font-size:13px}
            table{border-collapse:collapse;font-size:12.5px;margin:6px 0 14px;max-width:100%}
            th,td{border:1px solid #d8dde6;padding:3px 7px;text-align:left;vertical-align:top;max-width:420px;overflow-wrap:anywhere}
            th{background:#f1f3f7}
            .finding{border-left:4px solid #9aa3b5;padding:6px 12px;margin:10px 0;background:#fafbfc}
            .finding.high{border-color:#c62828}.finding.medium{border-color:#ef8f00}.finding.low{border-color:#3a7bd5}
            .finding h3{font-size:15px;margin:0 0 4px}.finding p{margin:3px 0;font-size:13.5px}
            .sev{display:inline-block;font-size:11px;padding:1px 6px;border-radius:3px;background:#9aa3b5;color:#fff;margin-right:6px}
            .sev.high{background:#c62828}.sev.medium{background:#ef8f00}.sev.low{background:#3a7bd5}
            code{font-size:12px;background:#f1f3f7;padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
            svg text{font-size:11px;fill:#3b4352}svg text.label{text-anchor:end}svg text.tick{text-anchor:middle}
            svg .grid{stroke:#eceff4}svg .track{stroke:#d8dde6}svg .event{fill:#3a7bd5}
            svg .beacon .event{fill:#c62828}svg .beacon text.label{fill:#c62828;font-weight:600}
            svg .periodic .event{fill:#ef8f00}
            svg .bar{fill:#3a7bd5}svg .median{stroke:#c62828;stroke-dasharray:4 3}svg .axisline{stroke:#9aa3b5}
            .hists{display:flex;flex-wrap:wrap;gap:18px}.hist{border:1px solid #d8dde6;padding:8px}
            .hist h3{font-size:13px;margin:0 0 4px;max-width:420px;overflow-wrap:anywhere}
            .note{color:#5a6475;font-size:13px}
            """;

    public static String render(IocReport r) {
        StringBuilder sb = new StringBuilder();
        IocReport.Capture c = r.capture();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>sharkfin iocs: ").append(esc(c.file())).append("</title><style>").append(CSS)
                .append("</style></head><body>\n");
        sb.append("<h1>sharkfin iocs: ").append(esc(c.file())).append("</h1>");
        sb.append("<p class=\"meta\">").append(esc(c.summary()));
        if (c.scope() != null) {
            sb.append("; scope <code>").append(esc(c.scope())).append("</code>");
        }
        sb.append("</p>\n");
        if (c.error() != null) {
            sb.append("<p class=\"note\"><b>Capture read in part:</b> ").append(esc(c.error())).append("</p>");
        }
        findings(r, sb);
        charts(r, sb);
        for (ReportTables.Table t : ReportTables.of(r)) {
            table(t, sb);
        }
        for (String note : c.notes()) {
            sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void findings(IocReport r, StringBuilder sb) {
        sb.append("<h2 id=\"findings\">Findings</h2>\n");
        if (r.findings().isEmpty()) {
            sb.append("<p>None.</p>");
        }
        for (IocReport.Finding f : r.findings()) {
            sb.append("<div class=\"finding ").append(f.severity()).append("\" id=\"").append(esc(f.id())).append("\">");
            sb.append("<h3><span class=\"sev ").append(f.severity()).append("\">").append(f.severity()).append(' ')
                    .append(f.score()).append("</span>").append(f.rank()).append(". ").append(esc(f.title())).append("</h3>");
            sb.append("<p>").append(esc(f.statement())).append("</p>");
            sb.append("<p><b>Capability:</b> ").append(esc(f.capability())).append("</p>");
            sb.append("<p><b>Objective:</b> ").append(esc(f.objective())).append("</p>");
            sb.append("<p><b>Frames:</b> ").append(esc(TextReport.frames(f.evidence()))).append("</p>");
            sb.append("<p><b>Filter:</b> <code>").append(esc(f.evidence().filter())).append("</code></p>");
            sb.append("</div>\n");
        }
    }

    private static void charts(IocReport r, StringBuilder sb) {
        List<CadenceReport.Pair> rows = Svg.timelineRows(r.cadence(), TIMELINE_ROWS);
        sb.append("<h2 id=\"timeline-section\">Timeline of events per pair</h2>\n");
        if (rows.isEmpty()) {
            sb.append("<p>No pair with more than one event.</p>");
        } else {
            sb.append("<p class=\"note\">Each tick is a connection, flow, look-up or request; red rows are beacons, "
                    + "orange rows periodic pairs.</p>");
            sb.append(Svg.timeline(rows, r.capture().duration())).append('\n');
        }
        sb.append("<h2 id=\"histograms\">Interval histograms of beacon candidates</h2>\n<div class=\"hists\">");
        int n = 0;
        for (CadenceReport.Pair p : r.cadence()) {
            if ((p.beacon() || p.periodic()) && n < HISTOGRAMS && !p.intervalSeconds().isEmpty()) {
                n++;
                sb.append("<div class=\"hist\"><h3>").append(esc(p.label())).append(p.beacon() ? " (beacon)" : "")
                        .append("</h3>").append(Svg.histogram(p, n));
                sb.append(String.format(Locale.ROOT, "<p class=\"note\">median %s, ±%.0f %% jitter, score %d</p></div>",
                        Times.human(p.medianInterval()), p.jitterPercent(), p.score()));
            }
        }
        if (n == 0) {
            sb.append("<p>No periodic pair.</p>");
        }
        sb.append("</div>\n");
    }

    private static void table(ReportTables.Table t, StringBuilder sb) {
        sb.append("<h2 id=\"").append(t.id()).append("\">").append(esc(t.title())).append("</h2>\n<table><thead><tr>");
        for (String h : t.headers()) {
            sb.append("<th>").append(esc(h)).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td>").append(esc(cell)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    /** Escapes text for HTML and SVG (also control characters, which XML forbids). */
    public static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}
