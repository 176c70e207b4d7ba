package io.sharkfin.repl;

import io.sharkfin.filter.Filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;

/**
 * {@code :time [FILTER]}: how long FILTER (or the last filter) takes to compile (the median of
 * several compilations) and to run over the current capture, with the scan rate.
 */
final class TimeCommand implements Command {

    private static final int COMPILES = 15;

    @Override
    public String name() {
        return "time";
    }

    @Override
    public String args() {
        return "[FILTER]";
    }

    @Override
    public String summary() {
        return "time compiling FILTER (or the last) and running it over the current capture";
    }

    @Override
    public Arg arg() {
        return Arg.FILTER;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":time tcp.port == 443", "compile and scan times of a filter"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        Filter f = shell.filterOrLast(args);
        LoadedCapture c = shell.workspace().require();
        long[] compile = new long[COMPILES];
        for (int i = 0; i < COMPILES; i++) {
            compile[i] = shell.validator().compile(f.text()).nanos();
        }
        Arrays.sort(compile);
        ScanResult r = shell.countOnly(c, f);
        double seconds = r.nanos() / 1e9;
        shell.console().print(String.format(Locale.ROOT, "filter:  %s", f.matchesAll() ? "(none: every frame)" : f.text()));
        shell.console().print(String.format(Locale.ROOT, "compile: %.3f ms (median of %d)", compile[COMPILES / 2] / 1e6, COMPILES));
        shell.console().print(String.format(Locale.ROOT, "scan:    %.3f s for %d frames (%.0f frames/s), %d matches",
                seconds, r.frames(), seconds > 0 ? r.frames() / seconds : 0.0, r.matched()));
    }
}
