package io.sharkfin.repl;

import java.util.List;

/** {@code :info}: capinfos' summary of the current capture. */
final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String args() {
        return "";
    }

    @Override
    public String summary() {
        return "summary of the current capture, like capinfos: format, link types, frames, sizes, times, rates";
    }

    @Override
    public Arg arg() {
        return Arg.NONE;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":info", "frames, sizes, first and last time stamps, rates"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        for (String line : shell.workspace().require().info().lines()) {
            shell.console().print(line);
        }
    }
}
