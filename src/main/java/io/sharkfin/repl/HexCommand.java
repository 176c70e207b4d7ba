package io.sharkfin.repl;

import io.sharkfin.repl.view.HexDump;
import java.util.List;

/** {@code :hex N}: frame N's bytes as {@code tshark -x} prints them, read through the frame index. */
final class HexCommand implements Command {

    @Override
    public String name() {
        return "hex";
    }

    @Override
    public String args() {
        return "N";
    }

    @Override
    public String summary() {
        return "frame N's bytes in hex and ASCII (like tshark -x)";
    }

    @Override
    public Arg arg() {
        return Arg.FRAME;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":hex 1", "frame 1's bytes"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        long n = Shell.frameNumber(args, ":hex N");
        byte[] data = shell.workspace().require().index().bytes(n);
        if (data == null) {
            throw ReplError.usage("there is no frame " + n);
        }
        for (String line : HexDump.lines(data)) {
            shell.console().print(line);
        }
    }
}
