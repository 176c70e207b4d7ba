package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.io.PrintWriter;
import java.util.BitSet;

/**
 * The default output: one line per frame with tshark's columns ({@link SummaryColumns}): No.,
 * Time (seconds since the first frame), Source, Destination, Protocol, Length, Info.
 */
final class SummaryOutput implements FrameOutput {

    private final PrintWriter out;
    private SummaryColumns columns;

    SummaryOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public BitSet fields(FieldRegistry registry) {
        columns = new SummaryColumns(registry);
        return columns.fields();
    }

    @Override
    public void frame(Packet p) {
        if (columns == null) {
            columns = new SummaryColumns(p.registry());
        }
        out.println(SummaryColumns.line(columns.row(p)));
    }
}
