package io.sharkfin.ioc.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything {@code sharkfin iocs} found in one capture: the indicators by protocol, the cadence
 * of every client/server pair, and the ranked findings that tell the story. This is the JSON
 * document ({@code --format json}, schema {@code io/sharkfin/ioc/iocs-report.schema.json}); the
 * text, Markdown and HTML reports render the same object.
 */
public record IocReport(String tool, String version, Capture capture, DnsReport dns,
                        HttpReport http, TlsReport tls, SshReport ssh, FtpReport ftp, PopReport pop,
                        ImapReport imap, SmtpReport smtp,
                        FilesReport files, AccountsReport accounts, HostsReport hosts,
                        List<CadenceReport.Pair> cadence,
                        List<Finding> findings) {

    /**
     * What was read: the file, its frames and time span, the scope filter, and what limited the
     * analysis (fields this build lacks, tables that filled up, damage that ended the capture).
     */
    public record Capture(String file, long frames, long framesInScope, String firstTime,
                          String lastTime, double duration, String scope, long malformedFrames,
                          String error, List<String> fieldsMissing, Map<String, Long> dropped,
                          List<String> notes) {

        /**
         * What the report headers say of the frames read: their count, how many the scope kept, and
         * the time they span ("no frames" for a capture without any, whose times are null).
         */
        public String summary() {
            String span = firstTime == null ? "no frames" : firstTime + " to " + lastTime;
            return String.format(Locale.ROOT, "%d frames (%d in scope), %.1f s, %s", frames, framesInScope, duration, span);
        }
    }

    /**
     * One statement of the narrative, ranked by {@code score} (0–100): what was seen, which
     * capability it gives the actor and which objective it suggests, with the frames behind it and
     * a filter that selects exactly those frames.
     */
    public record Finding(int rank, String id, String kind, String severity, int score,
                          String title, String statement, String capability, String objective,
                          List<String> attack, List<String> indicators, EvidenceReport evidence) {
    }
}
