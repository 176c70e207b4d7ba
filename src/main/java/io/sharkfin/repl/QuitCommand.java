package io.sharkfin.repl;

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
    public void run(String args, Shell shell) {
        shell.requestQuit();
    }
}
