package io.sharkfin.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The REPL without a terminal: one filter or command per line from a stream, plain text out,
 * errors to standard error. The exit status is the worst of the lines': 0 when every line
 * succeeded, 1 when one was a usage error, 2 when a filter was invalid or a capture unreadable.
 */
public final class BatchRepl {
    private BatchRepl() {
    }

    /**
     * Opens the files, then executes each line of {@code in} until its end or {@code :quit}.
     *
     * @param savedFilters the pack {@code :save} writes, or null for {@code filters/saved.yaml}
     */
    public static int run(List<Path> files, BufferedReader in, PrintWriter out, PrintWriter err, Path savedFilters) {
        Console console = new BatchConsole(out, err);
        int status = 0;
        try (Workspace ws = new Workspace()) {
            Shell shell = new Shell(ws, console, new LiveValidator());
            if (savedFilters != null) {
                shell.savedFilters(savedFilters);
            }
            status = ws.openAll(files, console, false);
            String line;
            while (!shell.quitRequested() && (line = in.readLine()) != null) {
                status = Math.max(status, shell.execute(line));
            }
        } catch (IOException e) {
            console.error("cannot read the commands: " + e.getMessage());
            status = 2;
        } finally {
            out.flush();
            err.flush();
        }
        return status;
    }
}
