package io.sharkfin.ioc;

import io.sharkfin.capture.CaptureException;
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
import java.util.concurrent.Callable;

/**
 * {@code sharkfin iocs -r FILE [-Y SCOPE] [--format text|json|md|html] [-o OUT] [--emit-pack OUT.yaml]}:
 * the IOC and beacon-cadence report of a capture.
 */
@Command(name = "iocs", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Extract indicators of compromise from a capture in one pass and tell",
            "their story: DNS names (counts, clients, answers, NXDOMAIN bursts,",
            "DGA-likeness), HTTP hosts, URIs, User-Agents and headers, TLS server",
            "names, certificates and JA3/JA3S/JA4, the cadence of every client/server",
            "pair (interval, jitter, back-off, beacon score), and ranked findings,",
            "each with its frames and a filter that selects them.",
            "",
            "Examples:",
            "  sharkfin iocs -r lab-c2-a.pcap",
            "  sharkfin iocs -r c2.pcap --format html -o c2.html --emit-pack c2.yaml",
            "  sharkfin iocs -r big.pcap -Y 'ip.addr == 10.0.0.5' --format json"})
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

    @Option(names = "--emit-pack", paramLabel = "OUT.yaml", description = "Also write the findings as a filter pack.")
    Path pack;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IocReport report;
        try {
            report = IocAnalysis.run(file, scope);
        } catch (FilterException e) {
            err.println("sharkfin: " + e.getMessage());
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
                PrintWriter o = spec.commandLine().getOut();
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
        if (report.capture().error() != null) {
            err.println("sharkfin: the capture is damaged; analysed up to the damage: " + report.capture().error());
        }
        return 0;
    }
}
