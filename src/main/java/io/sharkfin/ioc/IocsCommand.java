package io.sharkfin.ioc;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.cli.Main;
import io.sharkfin.cli.ProgressLine;
import io.sharkfin.filter.FilterException;
import io.sharkfin.ioc.pack.PackEmitter;
import io.sharkfin.ioc.report.Html;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.Json;
import io.sharkfin.ioc.report.MarkdownReport;
import io.sharkfin.ioc.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code sharkfin iocs -r FILE [-Y SCOPE] [--format text|json|md|html] [-o OUT] [--emit-pack OUT.yaml]}:
 * the IOC and beacon-cadence report of a capture.
 */
@Command(name = "iocs", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Extract indicators of compromise and beacon cadence from a capture.",
            "One streaming pass tells their story, each statement with its frames",
            "and a display filter that selects exactly them.",
            "",
            "What the report holds:",
            "  DNS       queried names (counts, clients, answers, rcodes, DGA score",
            "            with reasons), NXDOMAIN ratio per client, NXDOMAIN bursts",
            "            and the look-up that ended them",
            "  HTTP      hosts, URIs and their statuses, methods, User-Agents and what",
            "            is odd about them (outdated browser, scripting client, attack",
            "            tool, empty, rare), Accept-Language, cookie names, proxy",
            "            requests, paths a client polls, each client's first request",
            "  TLS       server names (SNI, QUIC's too), certificates (subject, issuer,",
            "            validity, self-signed), names a certificate does not cover,",
            "            ClientHellos without a name, JA3/JA3S/JA4 with counts",
            "  cadence   per client/server pair: median interval, jitter, skew,",
            "            back-off, retries, and a beacon score with its reasons",
            "  findings  ranked: what was seen, the capability it gives, the objective",
            "            it suggests (ATT&CK ids), the frames, the filter",
            "",
            "Formats: text (findings, then a table per indicator), json (everything;",
            "JSON Schema iocs-report.schema.json, in the jar under io/sharkfin/ioc),",
            "md (Markdown), html (one offline file with a timeline per pair and an",
            "interval histogram per beacon candidate).",
            "",
            "Memory follows the distinct indicators, not the frames: tables stop at",
            "their bound and the report says what was dropped.",
            "",
            "Examples:",
            "  sharkfin iocs -r lab-c2-a.pcap",
            "      the story as text",
            "  sharkfin iocs -r lab-c2-a.pcap --format json -o report.json",
            "  sharkfin iocs -r c2.pcap --format html -o c2.html --emit-pack c2.yaml",
            "      a report for the browser, and the findings as a filter pack to",
            "      check and reuse: sharkfin pack lint c2.yaml",
            "                       sharkfin pack run c2.yaml -r other.pcap",
            "  sharkfin iocs -r big.pcap -Y 'ip.addr == 10.0.0.5'",
            "      only the frames the filter matches (every evidence filter includes it)",
            "  sharkfin -r lab-c2-a.pcap -Y 'http.request.uri == \"/favicon.ico\"'",
            "      the frames behind a finding: paste its filter",
            ""})
public final class IocsCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format { text, json, md, html }

    @Spec
    CommandSpec spec;

    @Option(names = "-r", required = true, paramLabel = "FILE", description = "Capture file (pcap, pcapng, gzipped too).")
    Path file;

    @Option(names = "-Y", paramLabel = "SCOPE", description = "Display filter: analyse only the frames it matches.")
    String scope;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, md or html.")
    Format format = Format.text;

    @Option(names = "-o", paramLabel = "OUT", description = "Write the report to OUT instead of standard output.")
    Path out;

    @Option(names = "--emit-pack", paramLabel = "OUT.yaml",
            description = "Also write the findings as a filter pack (format of filters/): one rule per finding, "
                    + "its filter, severity, ATT&CK tags, and a test naming the frames it must match.")
    Path pack;

    /** Where the report and messages go when the command runs without picocli ({@link #runQuick}). */
    private PrintWriter quickOut;
    private PrintWriter quickErr;

    /**
     * Runs the command without building picocli's command line, whose reflection over the
     * annotated commands took ~50 ms of every start, when the arguments are plain: {@code iocs}
     * then {@code -r}, {@code -Y}, {@code --format}, {@code -o} and {@code --emit-pack}, each at
     * most once with its value as the next argument. Null for anything else (help, an option
     * missing, repeated or attached, a format picocli would refuse), which picocli then reads and
     * words as before.
     */
    public static Integer runQuick(String[] args, PrintWriter out, PrintWriter err) {
        IocsCommand c = new IocsCommand();
        if (!c.parseQuick(args)) {
            return null;
        }
        c.quickOut = out;
        c.quickErr = err;
        return Main.callQuick(c, err);
    }

    /** Fills the options from plain arguments (see {@link #runQuick}); false when they are not. */
    boolean parseQuick(String[] args) {
        if (args.length < 3 || !args[0].equals("iocs") || args.length % 2 == 0) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i += 2) {
            String name = args[i];
            String value = args[i + 1];
            // picocli may read a value that looks like an option as one: leave it to picocli
            if (!seen.add(name) || (value.startsWith("-") && value.length() > 1)) {
                return false;
            }
            try {
                switch (name) {
                    case "-r" -> file = Path.of(value);
                    case "-Y" -> scope = value;
                    case "--format" -> format = Format.valueOf(value);
                    case "-o" -> out = Path.of(value);
                    case "--emit-pack" -> pack = Path.of(value);
                    default -> {
                        return false;
                    }
                }
            } catch (IllegalArgumentException e) { // an unknown format, a path the platform refuses
                return false;
            }
        }
        return file != null;
    }

    @Override
    public Integer call() {
        PrintWriter err = quickErr != null ? quickErr : spec.commandLine().getErr();
        IocReport report;
        ProgressLine reading = new ProgressLine(err, file, false);
        try {
            report = IocAnalysis.run(file, scope, reading);
        } catch (FilterException e) {
            err.println("sharkfin: " + e.render()); // the scope, with a caret under what is wrong
            return 2;
        } catch (CaptureException | IOException e) {
            err.println("sharkfin: " + e.getMessage());
            return 2;
        }
        String text = switch (format) {
            case text -> TextReport.render(report);
            case json -> Json.write(report);
            case md -> MarkdownReport.render(report);
            case html -> Html.render(report);
        };
        try {
            if (out == null) {
                PrintWriter o = quickOut != null ? quickOut : spec.commandLine().getOut();
                o.print(text);
                o.flush();
            } else {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            }
            if (pack != null) {
                Files.writeString(pack, PackEmitter.yaml(report, PackEmitter.nameFor(file.toString()), file.toString()),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("sharkfin: cannot write: " + e.getMessage());
            return 2;
        }
        if (reading.stopRequested()) {
            err.println("sharkfin: " + report.capture().error() + "; the report covers them");
            return ProgressLine.INTERRUPTED;
        }
        if (report.capture().error() != null) {
            // the report is written all the same; the status says it is partial, as -r's does
            err.println("sharkfin: the capture is damaged; analysed up to the damage: " + report.capture().error());
            return 2;
        }
        return 0;
    }
}
