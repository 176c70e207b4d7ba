package io.sharkfin.repl;

import java.util.List;

/**
 * {@code :count [FILTER]}: the count line of the last filter (waiting for a count still running in
 * the background), or of FILTER without listing its frames.
 */
final class CountCommand implements Command {

    @Override
    public String name() {
        return "count";
    }

    @Override
    public String args() {
        return "[FILTER]";
    }

    @Override
    public String summary() {
        return "count the frames the last filter (or FILTER) matches, without listing them";
    }

    @Override
    public Arg arg() {
        return Arg.FILTER;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":count", "the matches of the last filter (waits for a count still running)"),
                new Example(":count tcp.analysis.retransmission", "count another filter without listing its frames"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        ScanResult r = args.isBlank() ? shell.lastResult()
                : shell.countOnly(shell.workspace().require(), shell.compile(args));
        if (r.damage() != null) {
            shell.console().warn(r.damage());
        }
        shell.printSummary(r.withFirstPage(-1).summary());
    }
}
