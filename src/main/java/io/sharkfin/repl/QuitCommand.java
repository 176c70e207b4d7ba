package io.sharkfin.repl;

import java.util.List;

/** {@code :quit} (also {@code :q}, {@code :exit}). */
final class QuitCommand implements Command {

    @Override
    public String name() {
        return "quit";
    }

    @Override
    public String args() {
        return "";
    }

    @Override
    public String summary() {
        return "leave the REPL (also :q, :exit, Ctrl-D)";
    }

    @Override
    public Arg arg() {
        return Arg.NONE;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":quit", "leave (Ctrl-D too)"));
    }

    @Override
    public void run(String args, Shell shell) {
        shell.requestQuit();
    }
}
