package io.sharkfin.repl;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Starts the REPL on the process's terminal, or in batch mode when there is none. */
public final class Repl {
    private Repl() {
    }

    /**
     * Runs the REPL until its input ends or {@code :quit}.
     *
     * @return the exit status (batch mode: see {@link BatchRepl}; on a terminal 0, or 2 when it
     *         could not be set up)
     */
    public static int start(List<Path> files, PrintWriter out, PrintWriter err) {
        if (!hasTerminal()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return BatchRepl.run(files, in, out, err, null);
        }
        return io.sharkfin.repl.edit.InteractiveRepl.run(files, err);
    }

    /** Whether standard input and output are both a terminal. */
    static boolean hasTerminal() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }
}
