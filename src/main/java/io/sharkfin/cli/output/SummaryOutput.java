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
        columns = create(registry);
        return columns.fields();
    }

    @Override
    public void frame(Packet p) {
        if (columns == null) {
            columns = create(p.registry());
        }
        out.println(SummaryColumns.line(columns.row(p)));
    }

    @Override
    public void skipped(Packet p) {
        if (columns != null) {
            columns.observe(p);
        }
    }

    @Override
    public boolean followsSkipped() {
        return true;
    }

    private SummaryColumns create(FieldRegistry registry) {
        return new SummaryColumns(registry);
    }
}
