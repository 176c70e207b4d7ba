package io.sharkfin.cli.output.summary;

import java.util.List;

/**
 * TLS: Protocol names the conversation's version ({@link TlsVersions}); Info lists what each
 * record holds, comma-separated ({@code Server Hello, Change Cipher Spec, Application Data}).
 * A TLS layer that got no record of its own says "Continuation Data", unless its bytes only wait
 * for the rest of a record (TCP then says so).
 */
final class TlsWriter implements ColumnWriter {

    private final TlsRecords records;
    private final TlsVersions versions = new TlsVersions();
    private final int stream;
    private final int segmentData;

    TlsWriter(ColumnFields f) {
        records = new TlsRecords(f);
        stream = f.id("tcp.stream");
        segmentData = f.id("tcp.segment_data");
    }

    /** Follows the conversation's version through a TLS layer (every frame, in order). */
    void observe(Layer layer) {
        Layer tcp = layer.below("tcp");
        if (tcp != null && layer.entry() >= 0) {
            versions.follow(layer.packet().number(), layer.index(), tcp.num(stream, -1), records.read(layer));
        }
    }

    @Override
    public void begin(Layer layer, Columns c) {
        List<TlsRecords.Record> list = records.read(layer);
        String column = versions.column(layer.packet().number(), layer.index());
        c.setProtocol(column != null ? column : "TLS");
        c.clearInfo();
        for (TlsRecords.Record r : list) {
            for (String text : r.texts()) {
                c.appendInfo(", ", text);
            }
        }
        if (list.isEmpty()) {
            Layer tcp = layer.below("tcp");
            if (tcp == null || !tcp.has(segmentData)) {
                c.appendInfo(", ", "Continuation Data");
            }
        }
    }
}
