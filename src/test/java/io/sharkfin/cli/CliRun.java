package io.sharkfin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A run of the command line in this JVM, as an embedding program runs it: exit code and texts. */
public record CliRun(int code, String out, String err) {

    /** Runs {@code sharkfin ARGS} ({@link Main#run}) and keeps what it printed. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
