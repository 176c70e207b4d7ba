package io.sharkfin.repl.edit;

import io.sharkfin.repl.FieldNames;
import io.sharkfin.repl.LiveValidator;
import io.sharkfin.repl.LoadedCapture;
import io.sharkfin.repl.Paths;
import io.sharkfin.repl.Shell;
import io.sharkfin.repl.Workspace;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The REPL on a terminal: a JLine line reader with live validation ({@link FilterHighlighter}),
 * completion ({@link ReplCompleter}), history kept in {@code ~/.sharkfin_history} (or
 * {@code $SHARKFIN_HISTORY}) with Ctrl-R search, and fish-style suggestions from history (JLine's
 * history autosuggestion; → accepts one).
 */
public final class InteractiveRepl {

    private InteractiveRepl() {
    }

    /** Runs until Ctrl-D or {@code :quit}; returns 0, or 2 when the terminal cannot be used. */
    public static int run(List<Path> files, PrintWriter err) {
        FieldNames.warmUp();
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).dumb(true).build();
        } catch (IOException e) {
            err.println("sharkfin: cannot use the terminal: " + e.getMessage());
            return 2;
        }
        return run(terminal, files, historyFile());
    }

    /**
     * Runs on the given terminal, which it closes, keeping its history in {@code history}: for
     * the JVM's ahead-of-time training ({@code io.sharkfin.cli.AotTraining}), which types a few
     * lines into a dumb terminal so that the line reader's classes come linked from the cache.
     */
    public static int run(Terminal terminal, List<Path> files, String history) {
        StatusBar status = new StatusBar(terminal);
        TerminalConsole console = new TerminalConsole(terminal, status);
        LiveValidator validator = new LiveValidator();
        try (Workspace ws = new Workspace()) {
            Shell shell = new Shell(ws, console, validator);
            CompletionEngine engine = new CompletionEngine(ws);
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("sharkfin")
                    .parser(new ReplParser(engine))
                    .completer(new ReplCompleter(engine))
                    .highlighter(new FilterHighlighter(validator, Palette.of(terminal), status))
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.HISTORY_SIZE, 10_000)
                    .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                    .option(LineReader.Option.GROUP, true)
                    .option(LineReader.Option.AUTO_GROUP, true)
                    .option(LineReader.Option.CASE_INSENSITIVE, false)
                    .build();
            reader.setAutosuggestion(LineReader.SuggestionType.HISTORY);
            console.attach(reader);
            banner(console);
            ws.openAll(files, console, true);
            loop(reader, shell, status, ws, console);
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                console.warn("history not saved: " + e.getMessage());
            }
        } finally {
            status.close();
            try {
                terminal.close();
            } catch (IOException e) {
                // leaving anyway
            }
        }
        return 0;
    }

    private static void loop(LineReader reader, Shell shell, StatusBar status, Workspace ws, TerminalConsole console) {
        while (!shell.quitRequested()) {
            String line;
            console.flushLater();
            try {
                line = reader.readLine(prompt(ws).toAnsi(reader.getTerminal()));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            status.clear();
            shell.execute(line);
        }
    }

    private static AttributedString prompt(Workspace ws) {
        LoadedCapture c = ws.current();
        AttributedStringBuilder sb = new AttributedStringBuilder();
        sb.style(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).bold());
        sb.append(c == null ? "sharkfin" : c.name());
        sb.style(AttributedStyle.DEFAULT).append("> ");
        return sb.toAttributedString();
    }

    private static void banner(TerminalConsole console) {
        console.print(new AttributedString("sharkfin — type a display filter to run it; :help lists commands; "
                + "Tab completes; Ctrl-D quits", AttributedStyle.DEFAULT.faint()));
    }

    private static String historyFile() {
        String env = System.getenv("SHARKFIN_HISTORY");
        return env != null && !env.isBlank() ? env
                : Path.of(Paths.home(), ".sharkfin_history").toString();
    }
}
