package io.sharkfin.ioc.report;

import java.util.List;
import java.util.Locale;

/** The Markdown report: findings as a numbered list, indicators as pipe tables. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(IocReport r) {
        StringBuilder sb = new StringBuilder();
        IocReport.Capture c = r.capture();
        sb.append("# sharkfin iocs: ").append(esc(c.file())).append("\n\n");
        sb.append(c.summary()).append(".\n\n");
        if (c.scope() != null) {
            sb.append("Scope: `").append(c.scope()).append("`\n\n");
        }
        if (c.error() != null) {
            sb.append("**Capture read in part:** ").append(esc(c.error())).append("\n\n");
        }
        sb.append("## Findings\n\n");
        if (r.findings().isEmpty()) {
            sb.append("None.\n\n");
        }
        for (IocReport.Finding f : r.findings()) {
            sb.append(f.rank()).append(". **").append(esc(f.title())).append("** (").append(f.severity()).append(", ")
                    .append(f.score()).append(")  \n");
            sb.append("   ").append(esc(f.statement())).append("  \n");
            sb.append("   *Capability:* ").append(esc(f.capability())).append("  \n");
            sb.append("   *Objective:* ").append(esc(f.objective())).append("  \n");
            sb.append("   *Frames:* ").append(TextReport.frames(f.evidence())).append("  \n");
            sb.append("   *Filter:* `").append(f.evidence().filter().replace("`", "'")).append("`\n\n");
        }
        for (ReportTables.Table t : ReportTables.of(r)) {
            sb.append("## ").append(t.title()).append("\n\n");
            row(t.headers(), sb);
            sb.append('|');
            for (int i = 0; i < t.headers().size(); i++) {
                sb.append("---|");
            }
            sb.append('\n');
            for (List<String> row : t.rows()) {
                row(row, sb);
            }
            sb.append('\n');
        }
        for (String note : c.notes()) {
            sb.append("> ").append(esc(note)).append("\n\n");
        }
        return sb.toString();
    }

    private static void row(List<String> cells, StringBuilder sb) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(esc(c).replace("|", "\\|")).append(" |");
        }
        sb.append('\n');
    }

    private static String esc(String s) {
        return s.replaceAll("[\\p{Cntrl}]", "?").replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_");
    }
}
