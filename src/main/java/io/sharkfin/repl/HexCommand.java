package io.sharkfin.repl;

import io.sharkfin.dissect.Packet;
import io.sharkfin.repl.view.HexDump;
import java.util.List;

/**
 * {@code :hex N}: frame N's bytes as {@code tshark -x} prints them, with the bytes its dissection
 * reassembled, decrypted or decompressed under their names (a reassembled HTTP response, its body
 * unzipped). The frame is dissected as for {@code :show} ({@link TreeCursor}).
 */
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
        return "frame N's bytes in hex and ASCII, and those reassembled or decoded from it (like tshark -x)";
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
        Packet p = TreeCursor.dissected(shell, Shell.frameNumber(args, ":hex N"));
        for (String line : HexDump.dataSources(p)) {
            shell.console().print(line);
        }
    }
}
