package io.sharkfin.cli;

import io.sharkfin.ioc.IocsCommand;
import io.sharkfin.repl.ReplCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code sharkfin}: the command line. The default command reads a capture (or a live interface)
 * like {@code tshark -r FILE -Y FILTER}; subcommands list fields, check filters, run the REPL
 * ({@code repl}, also what {@code sharkfin} alone opens) and (with other issues) filter packs,
 * rule generation and IOC reports.
 *
 * <p>Exit status as tshark: 0 success, 1 usage error, 2 invalid filter or unreadable capture; a
 * command whose status 1 tells a result ({@link StatusTellsResults}) exits 2 on a usage error.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, true));
        // success ends by returning (sharkfin's own threads are daemons): System.exit sets up the
        // JDK's logging to log the exit, a few milliseconds of every short run
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line with the given streams (used by tests as an embedding program would).
     * No arguments at all opens the REPL.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // a plain read, the REPL and a plain iocs start without building the command line
        // (picocli's reflection)
        Integer quick = ReadCommand.runQuick(args, out, err);
        if (quick == null) {
            quick = ReplCommand.runQuick(args, out, err);
        }
        int r = Arrays.asList(args).indexOf("-r");
        if (quick == null && r >= 0 && r + 1 < args.length) {
            // iocs, pack run: a capture is read once the command line is built
            try {
                StartUp.forReading(Path.of(args[r + 1]));
            } catch (InvalidPathException e) {
                // the command reports the name
            }
        }
        if (quick == null) {
            quick = IocsCommand.runQuick(args, out, err);
        }
        int code = quick != null ? quick : commandLine(out, err, args.length > 0 ? args[0] : null).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Runs a command that a quick path built without picocli, reporting what it throws as the
     * command line's execution exception handler does.
     */
    public static int callQuick(Callable<Integer> command, PrintWriter err) {
        try {
            return command.call();
        } catch (Exception e) {
            return failed(e, err);
        }
    }

    private static int failed(Exception e, PrintWriter err) {
        err.println("sharkfin: " + e.getMessage());
        return 2;
    }

    /** The subcommands, by name, made when asked for. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("fields", FieldsCommand::new);
        m.put("check", CheckCommand::new);
        m.put("pack", io.sharkfin.pack.PackCommand::new);
        m.put("rules", io.sharkfin.rules.RulesCommand::new);
        m.put("repl", ReplCommand::new);
        m.put("iocs", IocsCommand::new);
        return m;
    }

    /** The whole command line, as {@code --help} shows it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The command line, with only the subcommand {@code first} names when it names one: picocli
     * reads each command's annotations by reflection when it is added, and the others' took a
     * fifth of a {@code check}'s start-up.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine cl = new CommandLine(new ReadCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (first == null || !SUBCOMMANDS.containsKey(first) || first.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        // set after the subcommands are added: these settings reach the commands present now
        cl.setUsageHelpWidth(100);
        cl.setUsageHelpAutoWidth(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setUnmatchedOptionsArePositionalParams(false);
        // `-T fields` must not be read as the `fields` subcommand
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr()));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("sharkfin: " + ex.getMessage());
            String file = capturePassedPlainly(ex, c);
            if (file != null) {
                // tshark would take it for a capture filter; the likely wish is to read it
                c.getErr().println("To read it: sharkfin -r " + file + "; to explore it: sharkfin repl " + file);
            }
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return c.getCommand() instanceof StatusTellsResults ? 2 : 1;
        });
        return cl;
    }

    /** The file a top-level command line names without {@code -r} ({@code sharkfin x.pcap}), or null. */
    private static String capturePassedPlainly(CommandLine.ParameterException ex, CommandLine c) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || c.getParent() != null) {
            return null;
        }
        for (String arg : u.getUnmatched()) {
            if (!arg.startsWith("-") && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg))) {
                return arg;
            }
        }
        return null;
    }
}
