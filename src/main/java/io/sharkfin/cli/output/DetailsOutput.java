package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.repl.view.ProtocolTree;

import java.io.PrintWriter;
import java.util.BitSet;

/**
 * {@code -V}: each frame's protocol tree, as {@code tshark -V} prints it: one line per item,
 * four spaces a level, a blank line after each frame. The tree is the one the REPL's
 * {@code :show} draws ({@link ProtocolTree}), without the filter names and, as in tshark, without
 * hidden items.
 */
final class DetailsOutput implements FrameOutput {
    private final PrintWriter out;

    DetailsOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public BitSet fields(FieldRegistry registry) {
        return new BitSet();
    }

    @Override
    public boolean needsAllFields() {
        return true;
    }

    @Override
    public void frame(Packet p) {
        for (ProtocolTree.Line line : ProtocolTree.of(p)) {
            if (!line.hidden()) {
                out.append("    ".repeat(line.depth())).append(line.text()).append('\n');
            }
        }
        out.append('\n');
    }
}
