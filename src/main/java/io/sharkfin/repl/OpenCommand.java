package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;

import java.nio.file.Path;
import java.util.List;

/** {@code :open FILE}: opens another capture and makes it the current one. */
final class OpenCommand implements Command {

    @Override
    public String name() {
        return "open";
    }

    @Override
    public String args() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "open a capture (pcap, pcapng, gzip); it becomes the current one";
    }

    @Override
    public Arg arg() {
        return Arg.FILE;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":open other.pcapng", "open a second capture; it becomes the current one"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        if (args.isEmpty()) {
            throw ReplError.usage("usage: :open FILE");
        }
        Path path = Path.of(Paths.expandHome(args));
        int n;
        try {
            n = shell.workspace().open(path);
        } catch (CaptureException e) {
            throw ReplError.of(e);
        }
        LoadedCapture c = shell.workspace().current();
        // batch output must not depend on timing: wait for the count there
        long frames = shell.console().interactive() ? c.framesIfKnown() : c.info().frames();
        shell.console().print(n + ": " + c.name() + (frames >= 0 ? ", " + frames + " frames" : " (indexing…)"));
    }
}
