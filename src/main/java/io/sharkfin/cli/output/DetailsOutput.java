package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.repl.view.HexDump;
import io.sharkfin.repl.view.ProtocolTree;

import java.io.PrintWriter;
import java.util.BitSet;

/**
 * {@code -V}: each frame's protocol tree, as {@code tshark -V} prints it: one line per item,
 * four spaces a level, a blank line after each frame. The tree is the one the REPL's
 * {@code :show} draws ({@link ProtocolTree}), without the filter names and, as in tshark, without
 * hidden items. Undissected data ({@code Data (64 bytes)}) is followed by its bytes in hex, as
 * tshark prints them, unless the whole frame's bytes follow the tree ({@code -x}).
 */
final class DetailsOutput implements FrameOutput {
    private final PrintWriter out;
    private final boolean dataInHex;

    DetailsOutput(PrintWriter out, boolean dataInHex) {
        this.out = out;
        this.dataInHex = dataInHex;
    }

    @Override
    public BitSet fields(FieldRegistry registry) {
        return new BitSet();
    }

    private static final int MAX_INDENT = 160;

    @Override
    public boolean needsAllFields() {
        return true;
    }

    @Override
    public void frame(Packet p) {
        for (ProtocolTree.Line line : ProtocolTree.of(p)) {
            if (!line.hidden()) {
                // print_stream.c indents four spaces a level, up to MAX_INDENT (160)
                out.append(" ".repeat(Math.min(4 * line.depth(), MAX_INDENT))).append(line.text()).append('\n');
                if (dataInHex && line.protocol() && line.field().equals("data")) {
                    printData(p, line.entry());
                }
            }
        }
        out.append('\n');
    }

    // as print.c's get_field_data: the item's bytes as far as they were captured
    private void printData(Packet p, int e) {
        int buf = p.rawBuffer(e);
        int off = p.rawOffsetInBuffer(e);
        int captured = p.bufferLength(buf) - off;
        if (off < 0 || captured < 0) {
            return;
        }
        out.append('\n');
        for (String line : HexDump.lines(p.copy(buf, off, Math.min(p.rawLen(e), captured)))) {
            out.append(line).append('\n');
        }
    }
}
