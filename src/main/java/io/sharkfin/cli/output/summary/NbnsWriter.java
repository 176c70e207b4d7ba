package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.nbns.NbnsColumns;

/**
 * NBNS: the operation, whether it is a response and a failed response's error, then each question
 * of a request ({@code NB WPAD<00>}) or each answer of a response ({@code NB 10.0.0.5},
 * {@code NBSTAT}), written by the pass tshark makes for its summary lines ({@link NbnsColumns}),
 * which also decides whether the frame ends with "[Malformed Packet]".
 */
final class NbnsWriter implements ColumnWriter {

    private final NbnsColumns nbns = new NbnsColumns();

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("NBNS");
        c.clearInfo();
        if (layer.entry() < 0) {
            // a message too short for its ID and flags has no item: the dissection's error stands
            return;
        }
        NbnsColumns.Info info = nbns.of(layer.packet(), layer.entry());
        c.appendInfo(info.text());
        c.endedWith(info.exception());
    }
}
