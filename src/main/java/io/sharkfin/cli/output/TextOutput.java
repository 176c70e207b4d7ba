package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.repl.view.HexDump;

import java.io.PrintWriter;
import java.util.BitSet;

/**
 * {@code -T text} with more than one part per frame, in tshark's order and spacing: the summary
 * line ({@code -P}), the protocol tree ({@code -V}, a blank line after it) and the bytes of every
 * data source ({@code -x}: after a blank line, and a blank line after them).
 */
final class TextOutput implements FrameOutput {
    private final PrintWriter out;
    private final SummaryOutput summary;
    private final DetailsOutput details;
    private final boolean hex;

    /** {@code summary} and {@code details} may be null: that part is not printed. */
    TextOutput(PrintWriter out, SummaryOutput summary, DetailsOutput details, boolean hex) {
        this.out = out;
        this.summary = summary;
        this.details = details;
        this.hex = hex;
    }

    @Override
    public BitSet fields(FieldRegistry registry) {
        return summary != null ? summary.fields(registry) : new BitSet();
    }

    @Override
    public boolean needsAllFields() {
        // the data sources are those of a full dissection, as tshark's
        return details != null || hex;
    }

    @Override
    public void frame(Packet p) {
        if (summary != null) {
            summary.frame(p);
        }
        if (details != null) {
            details.frame(p);
        } else if (summary != null && hex) {
            out.append('\n');
        }
        if (hex) {
            for (String line : HexDump.dataSources(p)) {
                out.append(line).append('\n');
            }
            out.append('\n');
        }
    }

    @Override
    public void skipped(Packet p) {
        if (summary != null) {
            summary.skipped(p);
        }
    }

    @Override
    public boolean followsSkipped() {
        return summary != null && summary.followsSkipped();
    }
}
