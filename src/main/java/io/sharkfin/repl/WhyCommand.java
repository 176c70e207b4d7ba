package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import io.sharkfin.repl.view.WhyAnalysis;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code :why FILTER}: for a filter that matches nothing or too much, how many frames each of its
 * sub-expressions matches alone and which part removed the frames ({@link WhyAnalysis}).
 */
final class WhyCommand implements Command {

    @Override
    public String name() {
        return "why";
    }

    @Override
    public String args() {
        return "[FILTER]";
    }

    @Override
    public String summary() {
        return "count each sub-expression of FILTER (or the last) alone: what removed the frames, or let too many through";
    }

    @Override
    public Arg arg() {
        return Arg.FILTER;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":why dns && tcp", "how many frames each part matches alone"),
                new Example(":why", "the same for the last filter"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        Filter f = shell.filterOrLast(args);
        if (f.matchesAll()) {
            throw ReplError.usage("usage: :why FILTER (no filter has been run yet)");
        }
        LoadedCapture c = shell.workspace().require();
        AtomicBoolean stop = new AtomicBoolean();
        List<String> lines;
        try (Console.Hook _ = shell.console().onInterrupt(() -> stop.set(true))) {
            shell.console().progress("counting each part of the filter — Ctrl-C stops");
            lines = new WhyAnalysis(shell.compileOptions()).analyse(f.text(), c.openReader(), stop::get);
        } catch (FilterException | CaptureException | IOException e) {
            throw ReplError.of(e);
        } finally {
            shell.console().progress(null);
        }
        if (stop.get()) {
            throw new ReplError("stopped", 2);
        }
        for (String line : lines) {
            shell.console().print(line);
        }
    }
}
