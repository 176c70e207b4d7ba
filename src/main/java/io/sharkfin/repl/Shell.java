package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.dissect.Packet;
import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.Filter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Executes REPL lines: {@code :command args} runs a {@link Command}, anything else is a display
 * filter run over the current capture. The same shell serves the terminal and batch mode; only
 * the {@link Console} differs.
 */
public final class Shell {

    private final Workspace workspace;
    private final Console console;
    private final LiveValidator validator;
    private final FilterRunner runner;
    private Path savedFilters = Path.of("filters", "saved.yaml");
    private boolean quit;

    public Shell(Workspace workspace, Console console, LiveValidator validator) {
        this.workspace = workspace;
        this.console = console;
        this.validator = validator;
        this.runner = new FilterRunner(console);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Console console() {
        return console;
    }

    public LiveValidator validator() {
        return validator;
    }

    /** The pack file {@code :save} writes ({@code filters/saved.yaml} by default). */
    public Path savedFilters() {
        return savedFilters;
    }

    public void savedFilters(Path file) {
        this.savedFilters = file;
    }

    /** Whether {@code :quit} was given. */
    public boolean quitRequested() {
        return quit;
    }

    void requestQuit() {
        quit = true;
    }

    /**
     * Executes one line.
     *
     * @return 0 on success, else the status of the failure (1 usage, 2 filter or capture error)
     */
    public int execute(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return 0;
        }
        try {
            if (text.startsWith(":")) {
                command(text.substring(1));
            } else {
                runFilter(text);
            }
            return 0;
        } catch (ReplError e) {
            console.error(e.getMessage());
            return e.status();
        } catch (RuntimeException e) {
            // a bug in one command must not end the session
            console.error("internal error: " + e);
            return 2;
        } finally {
            console.flush();
        }
    }

    private void command(String text) throws ReplError {
        int space = indexOfSpace(text);
        String name = space < 0 ? text : text.substring(0, space);
        String args = space < 0 ? "" : text.substring(space + 1).strip();
        Command c = Commands.byName(name);
        if (c == null) {
            throw ReplError.usage("unknown command :" + name + " (:help lists them)");
        }
        c.run(args, this);
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Compiles and runs a filter over the current capture, printing the table and count. */
    void runFilter(String text) throws ReplError {
        Filter f = compile(text);
        LoadedCapture c = workspace.require();
        workspace.setLastRun(runner.run(c, f));
    }

    /**
     * Compiles a filter as typed (reusing the live validator's compilation), printing its
     * warnings.
     *
     * @throws ReplError with tshark's message and caret for an invalid filter
     */
    Filter compile(String text) throws ReplError {
        LiveValidator.Verdict v = validator.check(text);
        if (v.state() == LiveValidator.State.INVALID) {
            throw new ReplError(v.error().render(), 2);
        }
        for (String w : v.warnings()) {
            console.warn(w);
        }
        return v.filter();
    }

    /** The filter to use when a command's FILTER argument is empty: the last one run, or none. */
    Filter filterOrLast(String args) throws ReplError {
        if (!args.isBlank()) {
            return compile(args);
        }
        PendingResult last = workspace.lastRun();
        return last == null ? Filter.matchAll() : last.filter();
    }

    /** Options filters compile with (for analyses that compile parts of a filter). */
    CompileOptions compileOptions() {
        return CompileOptions.defaults();
    }

    /** The result of the last filter (waiting for its count), or a count-only run of every frame. */
    ScanResult lastResult() throws ReplError {
        PendingResult last = workspace.lastRun();
        if (last != null) {
            return last.await(console);
        }
        LoadedCapture c = workspace.require();
        return countOnly(c, Filter.matchAll());
    }

    /** Runs a filter without listing rows, with progress and Ctrl-C. */
    ScanResult countOnly(LoadedCapture c, Filter f) throws ReplError {
        return feed(c, f, new BitSet(), p -> { });
    }

    /**
     * Runs a filter handing each matching packet to {@code onMatch} (on a worker thread on a
     * terminal, so progress shows and Ctrl-C stops it), the session also recording
     * {@code extraFields}.
     */
    /**
     * Scans the capture with filter {@code f}, giving each match to {@code onMatch}, with the
     * fields of {@code f} and {@code extraFields} recorded (null: every frame's whole tree).
     */
    ScanResult feed(LoadedCapture c, Filter f, BitSet extraFields, Consumer<Packet> onMatch) throws ReplError {
        FilterScan scan = new FilterScan(c, f);
        CompletableFuture<ScanResult> future = CompletableFuture.supplyAsync(() -> {
            try {
                return scan.feed(extraFields, onMatch);
            } catch (CaptureException e) {
                throw new CompletionException(e);
            }
        }, console.interactive() ? Workers::start : Runnable::run);
        return new PendingResult(c, f, scan, future).await(console);
    }

    /** Prints a line in the summary style (counts, totals). */
    void printSummary(String text) {
        console.print(new AttributedString(text, AttributedStyle.DEFAULT.bold()));
    }

    /** Parses a frame number argument. */
    static long frameNumber(String args, String usage) throws ReplError {
        try {
            long n = Long.parseLong(args.strip());
            if (n < 1) {
                throw ReplError.usage("frame numbers start at 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ReplError.usage("usage: " + usage);
        }
    }
}
