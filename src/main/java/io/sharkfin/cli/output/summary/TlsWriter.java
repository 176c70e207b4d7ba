package io.sharkfin.cli.output.summary;

import java.util.ArrayList;
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
        if (tcp != null && layer.entry() >= 0 && !nested(layer)) {
            versions.follow(layer.packet().number(), layer.index(), tcp.num(stream, -1),
                    records.read(layer, nestedIn(layer)));
        }
    }

    @Override
    public void begin(Layer layer, Columns c) {
        if (nested(layer)) {
            // written with the TLS layer it belongs to
            return;
        }
        List<TlsRecords.Record> list = records.read(layer, nestedIn(layer));
        String column = versions.column(layer.packet().number(), layer.index());
        c.setProtocol(column != null ? column : "TLS");
        c.clearInfo();
        for (TlsRecords.Record r : list) {
            for (String text : r.texts()) {
                c.appendInfo(", ", text);
            }
        }
        if (list.isEmpty() && layer.entry() >= 0) {
            Layer tcp = layer.below("tcp");
            if (tcp == null || !tcp.has(segmentData)) {
                c.appendInfo(", ", "Continuation Data");
            }
        }
    }

    /** Whether a TLS layer lies inside another TLS layer's dissection (a certificate's parts). */
    private static boolean nested(Layer layer) {
        return outerTls(layer) != null;
    }

    private static Layer outerTls(Layer layer) {
        for (Layer up = layer.parent(); up != null; up = up.parent()) {
            if (up.protocol().equals("tls")) {
                return up;
            }
            if (up.protocol().equals("tcp") || up.protocol().equals("udp")) {
                return null;
            }
        }
        return null;
    }

    /** The TLS layers nested in {@code layer}. */
    private static List<Layer> nestedIn(Layer layer) {
        List<Layer> out = new ArrayList<>();
        for (Layer l = layer.above(); l != null; l = l.above()) {
            if (l.protocol().equals("tls")) {
                Layer outer = outerTls(l);
                while (outer != null && outerTls(outer) != null) {
                    outer = outerTls(outer);
                }
                if (outer == layer) {
                    out.add(l);
                }
            }
        }
        return out;
    }
}
