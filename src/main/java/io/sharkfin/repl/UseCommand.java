package io.sharkfin.repl;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.util.List;

/** {@code :use [N]}: lists the open captures, or makes capture N the current one. */
final class UseCommand implements Command {

    @Override
    public String name() {
        return "use";
    }

    @Override
    public String args() {
        return "[N]";
    }

    @Override
    public String summary() {
        return "list the open captures, or switch to capture N";
    }

    @Override
    public Arg arg() {
        return Arg.CAPTURE;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":use", "list the open captures (* marks the current one)"),
                new Example(":use 1", "switch back to the first capture"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        Workspace ws = shell.workspace();
        if (!args.isEmpty()) {
            try {
                ws.use(Integer.parseInt(args));
            } catch (NumberFormatException e) {
                throw ReplError.usage("usage: :use [N]");
            }
        }
        List<LoadedCapture> all = ws.captures();
        if (all.isEmpty()) {
            shell.console().print("no capture is open: :open FILE");
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            boolean current = i + 1 == ws.currentNumber();
            LoadedCapture c = all.get(i);
            long frames = shell.console().interactive() ? c.framesIfKnown() : c.info().frames();
            String line = (current ? "* " : "  ") + (i + 1) + ": " + c.name()
                    + (frames >= 0 ? ", " + frames + " frames" : "") + "  (" + c.path() + ")";
            shell.console().print(new AttributedString(line, current ? AttributedStyle.BOLD : AttributedStyle.DEFAULT));
        }
    }
}
