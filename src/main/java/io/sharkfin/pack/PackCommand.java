package io.sharkfin.pack;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.cli.ProgressLine;
import io.sharkfin.cli.StatusTellsResults;
import io.sharkfin.filter.parse.MacroTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sharkfin pack run|test|lint|import}: filter packs on the command line.
 */
@Command(name = "pack", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Filter packs: YAML files of display-filter rules (see filters/).", "",
            "Examples:",
            "  sharkfin pack run filters/ -r capture.pcapng",
            "  sharkfin pack run filters/dns.yaml -r a.pcap -r b.pcap --format ndjson",
            "  sharkfin pack test                 run the tests of the packs in filters/",
            "  sharkfin pack lint filters/        report broken rules as file:line:col: message",
            "  sharkfin pack import --dfilters ~/.config/wireshark/dfilters --name mine -o filters/mine.yaml"},
        subcommands = {PackCommand.Run.class, PackCommand.Test.class, PackCommand.Lint.class, PackCommand.Import.class})
public final class PackCommand implements Callable<Integer> {
    static final Path DEFAULT_DIR = Path.of("filters");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    private static List<Path> orDefault(List<Path> packs) {
        return packs == null || packs.isEmpty() ? List.of(DEFAULT_DIR) : packs;
    }

    private static void printProblems(PackSet set, PrintWriter err) {
        for (PackProblem p : set.problems()) {
            err.println(p);
        }
    }

    /** {@code pack run}. */
    @Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Evaluate every rule of the packs over each capture in one pass.",
                "Exit status: 0 no alert, 1 alerts, 2 errors (a broken rule or an unreadable capture).", "",
                "Examples:",
                "  sharkfin pack run -r capture.pcapng                all packs in filters/",
                "  sharkfin pack run filters/dns.yaml filters/tls.yaml -r a.pcap -r b.pcap",
                "  sharkfin pack run filters/ -r capture.pcapng --format ndjson | jq .rule"})
    static final class Run implements Callable<Integer>, StatusTellsResults {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PACK", description = "Pack files or directories of packs (default: filters/).")
        List<Path> packs = new ArrayList<>();

        @Option(names = "-r", paramLabel = "FILE", required = true, description = "A capture to read (repeatable).")
        List<Path> captures = new ArrayList<>();

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text (a table per capture) or ndjson (one alert per line).")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!format.equals("text") && !format.equals("ndjson")) {
                err.println("sharkfin: --format is text or ndjson, not " + format);
                return 2;
            }
            PackSet set = PackSet.load(orDefault(packs));
            printProblems(set, err);
            boolean errors = !set.problems().isEmpty();
            PackRunner runner = new PackRunner(set.rules());
            NdjsonAlerts ndjson = format.equals("ndjson") ? new NdjsonAlerts(out) : null;
            long alerts = 0;
            boolean interrupted = false;
            for (Path capture : captures) {
                if (ndjson != null) {
                    ndjson.capture(capture);
                }
                try {
                    // the alerts of ndjson go out as they are found: the line then keeps off their terminal
                    ProgressLine reading = new ProgressLine(err, capture, ndjson != null);
                    RunResult r = runner.run(capture, ndjson == null ? AlertSink.none() : ndjson, reading);
                    interrupted = reading.stopRequested();
                    alerts += r.alerts();
                    if (ndjson == null) {
                        RunTable.print(r, out);
                    }
                    if (r.error() != null) {
                        err.println("sharkfin: " + capture + ": " + r.error());
                        errors |= !interrupted;
                    }
                } catch (CaptureException e) {
                    err.println("sharkfin: " + capture + ": " + e.getMessage());
                    errors = true;
                }
                out.flush();
                if (interrupted) {
                    // Ctrl-C: what was found until then is printed, the other captures are not read
                    return ProgressLine.INTERRUPTED;
                }
            }
            return errors ? 2 : alerts > 0 ? 1 : 0;
        }
    }

    /** {@code pack test}. */
    @Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Run the tests of each rule (captures and the frames that must alert).",
                "Exit status: 0 all pass, 1 a test failed, 2 errors.", "",
                "Examples:",
                "  sharkfin pack test                              the packs in filters/",
                "  sharkfin pack test -v filters/tls.yaml          also list the passing tests",
                "  sharkfin pack test mine.yaml --captures ~/pcaps  find test captures there too"})
    static final class Test implements Callable<Integer>, StatusTellsResults {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PACK", description = "Pack files or directories (default: filters/).")
        List<Path> packs = new ArrayList<>();

        @Option(names = "--captures", paramLabel = "DIR", description = "Another directory to look for test captures in (repeatable).")
        List<Path> dirs = new ArrayList<>();

        @Option(names = "-v", description = "Also list the tests that pass.")
        boolean verbose;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PackSet set = PackSet.load(orDefault(packs));
            printProblems(set, err);
            PackTester tester = new PackTester(new CaptureLocator(dirs));
            List<TestOutcome> outcomes = tester.test(set.rules());
            int pass = 0;
            int fail = 0;
            int error = 0;
            for (TestOutcome o : outcomes) {
                switch (o.status()) {
                    case PASS -> pass++;
                    case FAIL -> fail++;
                    case ERROR -> error++;
                }
                if (verbose || o.status() != TestOutcome.Status.PASS) {
                    out.println(o);
                }
            }
            out.println(pass + " tests passed, " + fail + " failed, " + error + " errors ("
                    + set.rules().size() + " rules, " + tester.passes() + " capture passes)");
            return error > 0 || !set.problems().isEmpty() ? 2 : fail > 0 ? 1 : 0;
        }
    }

    /** {@code pack lint}. */
    @Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Check packs: YAML structure, keys, and every rule's filter.",
                "Prints file:line:col: message for each problem; exit 0 when there is none, else 2.", "",
                "Examples:",
                "  sharkfin pack lint                 the packs in filters/",
                "  sharkfin pack lint mine.yaml       mine.yaml:8:13: rule a: Left side of contains ..."})
    static final class Lint implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PACK", description = "Pack files or directories (default: filters/).")
        List<Path> packs = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PackSet set = PackSet.load(orDefault(packs));
            for (PackProblem p : set.problems()) {
                out.println(p);
            }
            for (CompiledRule r : set.rules()) {
                for (String w : r.filter().warnings()) {
                    out.println(r.rule().filterText().position(0) + ": rule " + r.rule().id() + ": warning: " + w);
                }
            }
            out.println(set.packs().size() + " packs, " + set.rules().size() + " rules compiled, "
                    + set.problems().size() + " problems");
            return set.problems().isEmpty() ? 0 : 2;
        }
    }

    /** {@code pack import}. */
    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Make a pack from a Wireshark profile's dfilters and dfilter_macros files.", "",
                "Examples:",
                "  sharkfin pack import --dfilters ~/.config/wireshark/dfilters --name mine -o filters/mine.yaml",
                "  sharkfin pack import --dfilters profile/dfilters --macros profile/dfilter_macros --name team"})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dfilters", paramLabel = "FILE", description = "The profile's saved display filters.")
        Path dfilters;

        @Option(names = "--macros", paramLabel = "FILE", description = "The profile's display-filter macros.")
        Path macros;

        @Option(names = "--name", paramLabel = "NAME", required = true, description = "The pack's name.")
        String name;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the pack (default: standard output).")
        Path output;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (dfilters == null && macros == null) {
                err.println("sharkfin: give --dfilters and/or --macros");
                return 2;
            }
            try {
                String d = dfilters == null ? null : Files.readString(dfilters, StandardCharsets.ISO_8859_1);
                String m = macros == null ? null : Files.readString(macros, StandardCharsets.ISO_8859_1);
                ProfileImport.Result r = ProfileImport.toPack(name, d, m);
                for (String w : r.warnings()) {
                    err.println("sharkfin: " + dfilters + ": " + w);
                }
                if (output == null) {
                    out.print(r.yaml());
                } else {
                    Files.writeString(output, r.yaml(), StandardCharsets.UTF_8);
                }
                return 0;
            } catch (IOException e) {
                err.println("sharkfin: " + e.getMessage());
                return 2;
            } catch (MacroTable.MacroTableException e) {
                err.println("sharkfin: " + macros + ": " + e.getMessage());
                return 2;
            }
        }
    }
}
