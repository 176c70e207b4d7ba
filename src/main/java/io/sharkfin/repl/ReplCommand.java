package io.sharkfin.repl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sharkfin repl [FILE...]} (and {@code sharkfin} alone): the interactive shell, or batch
 * mode when standard input is not a terminal.
 */
@Command(name = "repl", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Type display filters against loaded captures and see the frames they match.",
            "Matching frames show as a table, with live validation, Tab completion of",
            "fields, operators, values, commands and files, history (~/.sharkfin_history)",
            "and commands (:help lists them).",
            "",
            "Without a terminal (standard input piped) it reads one filter or command",
            "per line and prints plain text; the exit status is 0, or 1 after a usage",
            "error, 2 after an invalid filter or an unreadable capture.",
            "",
            "Examples:",
            "  sharkfin repl capture.pcapng",
            "      then type a filter (dns.flags.rcode == 3), Tab to complete, :help for commands",
            "  sharkfin repl monday.pcapng tuesday.pcapng",
            "      two captures; :use 2 switches to the second",
            "  printf 'dns\\n:stats dns\\n' | sharkfin repl capture.pcapng",
            "      batch: the DNS frames, then top query names, types and answers",
            "  echo ':follow http 3' | sharkfin repl capture.pcapng",
            "      the HTTP messages of tcp.stream 3, bodies de-chunked and decompressed",
            "  echo ':why tls && http.host' | sharkfin repl capture.pcapng",
            "      why a filter matches nothing: the count of each part alone"})
public final class ReplCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Captures to open; the first is the current one.")
    List<Path> files = new ArrayList<>();

    /**
     * Starts the REPL without picocli (building the whole command line takes ~0.1 s) when the
     * arguments are none, or {@code repl} and capture files; null otherwise, for picocli.
     */
    public static Integer runQuick(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 0 && !args[0].equals("repl")) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-")) {
                return null;
            }
            try {
                files.add(Path.of(args[i]));
            } catch (InvalidPathException e) {
                return null; // picocli words the error
            }
        }
        return Repl.start(files, out, err);
    }

    @Override
    public Integer call() {
        return Repl.start(files, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
