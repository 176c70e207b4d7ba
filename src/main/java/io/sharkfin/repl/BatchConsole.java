package io.sharkfin.repl;

import org.jline.utils.AttributedString;

import java.io.PrintWriter;

/** Batch mode: plain text to standard output, errors and warnings to standard error. */
public final class BatchConsole implements Console {

    private final PrintWriter out;
    private final PrintWriter err;

    public BatchConsole(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void print(AttributedString line) {
        out.println(line.toString());
    }

    @Override
    public void error(String message) {
        out.flush();
        err.println("sharkfin: " + message);
        err.flush();
    }

    @Override
    public void warn(String message) {
        out.flush();
        err.println("sharkfin: warning: " + message);
        err.flush();
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public int width() {
        return 0;
    }

    @Override
    public int pageRows() {
        return 0;
    }

    @Override
    public More askMore(long shown) {
        return More.ALL;
    }

    @Override
    public void progress(String text) {
    }

    @Override
    public void later(AttributedString line) {
        print(line);
    }

    @Override
    public Hook onInterrupt(Runnable action) {
        return () -> { };
    }

    @Override
    public void flush() {
        out.flush();
    }
}
