package io.sharkfin.repl;

import io.sharkfin.filter.Filter;
import java.util.List;

/** {@code :explain FILTER}: what the compiler made of a filter ({@link Filter#explain()}). */
final class ExplainCommand implements Command {

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String args() {
        return "[FILTER]";
    }

    @Override
    public String summary() {
        return "the checked and optimized syntax tree, fields read, plan and bytecode of FILTER (or the last)";
    }

    @Override
    public Arg arg() {
        return Arg.FILTER;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":explain http.host matches \"^www\\\\.\" && tcp.port == 80", "how the filter is parsed, checked and run"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        Filter f = shell.filterOrLast(args);
        String text = f.explain();
        for (String line : text.split("\n")) {
            shell.console().print(line);
        }
    }
}
