package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.BitSet;
import java.util.List;

/**
 * Computes the Source, Destination, Protocol and Info columns of a dissected frame as tshark's
 * one-line summary shows them, by replaying, layer by layer, what each protocol's dissector writes
 * into Wireshark's columns ({@link ColumnWriter}).
 *
 * <p>Reads only the fields listed by {@link #fields()}: a session must record them. Nothing is
 * computed per frame but for the frames whose columns are asked for, and a cheap
 * {@link #observe} of the frames in between (a TLS conversation's version, which later frames'
 * Protocol column names, is negotiated once).
 */
public final class InfoColumns {

    private final ColumnFields fields;
    private final Writers writers;
    private final int tlsProtocol;
    private final FrameLayers frame = new FrameLayers();
    private final Columns columns = new Columns();
    private boolean[] hadChild = new boolean[16];
    private long observed = -1;

    public InfoColumns(FieldRegistry registry) {
        this.fields = new ColumnFields(registry);
        this.writers = new Writers(fields);
        this.tlsProtocol = fields.id("tls");
        for (String protocol : writers.protocols()) {
            // a layer's own item is where its fields hang (one entry per layer)
            fields.id(protocol);
        }
    }

    /** Ids of the fields the columns read (a copy). */
    public BitSet fields() {
        return fields.wanted();
    }

    /**
     * Notes, from a frame that may not be shown, what later frames' columns depend on. Call it for
     * every dissected frame, in order, while columns are computed; {@link #compute} calls it for
     * its own frame when that was not done.
     */
    public void observe(Packet p) {
        if (p.number() == observed) {
            return;
        }
        observed = p.number();
        if (tlsProtocol >= 0 && p.has(tlsProtocol)) {
            frame.of(p);
            writers.observe(frame.layers());
        }
    }

    /** The columns of {@code p}, the packet just dissected (valid until the next call). */
    public Columns compute(Packet p) {
        observe(p);
        frame.of(p);
        columns.reset();
        List<Layer> layers = frame.layers();
        if (hadChild.length < layers.size()) {
            hadChild = new boolean[Math.max(layers.size(), hadChild.length * 2)];
        }
        java.util.Arrays.fill(hadChild, 0, layers.size(), false);
        for (Layer layer : layers) {
            Layer parent = layer.parent();
            if (parent != null) {
                if (hadChild[parent.index()]) {
                    writers.of(parent.protocol()).nextChild(parent, columns);
                }
                hadChild[parent.index()] = true;
            }
            writers.of(layer.protocol()).begin(layer, columns);
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            writers.of(layer.protocol()).end(layer, columns);
        }
        return columns;
    }
}
