package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

import java.util.ArrayList;
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
    // per layer: the protocol of the last layer directly above it, or null
    private String[] lastChild = new String[16];
    private long observed = -1;
    private final java.util.ArrayDeque<Layer> open = new java.util.ArrayDeque<>();
    // ended layers whose writers hold text for after the layers that follow them (ColumnWriter.resume)
    private final List<Layer> held = new ArrayList<>();

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
        writers.observe(p);
        if (tlsProtocol >= 0 && p.has(tlsProtocol)) {
            frame.of(p);
            writers.observeTls(frame.layers());
        }
    }

    /** The columns of {@code p}, the packet just dissected (valid until the next call). */
    public Columns compute(Packet p) {
        observe(p);
        frame.of(p);
        columns.reset();
        List<Layer> layers = frame.layers();
        if (lastChild.length < layers.size()) {
            lastChild = new String[Math.max(layers.size(), lastChild.length * 2)];
        }
        java.util.Arrays.fill(lastChild, 0, layers.size(), null);
        // layers whose dissector is still running, innermost last: a layer that is not called by
        // the innermost one means the innermost (and maybe more) returned
        open.clear();
        held.clear();
        for (Layer layer : layers) {
            Layer parent = layer.parent();
            while (!open.isEmpty() && open.peekLast() != parent) {
                end(open.removeLast());
            }
            resumeHeld(layer.entry() < 0 ? Integer.MAX_VALUE : layer.entry());
            if (parent != null) {
                // another PDU of the same protocol in one payload (a body's dissector is no such)
                if (layer.protocol().equals(lastChild[parent.index()])) {
                    writers.of(parent.protocol()).nextChild(parent, columns);
                }
                lastChild[parent.index()] = layer.protocol();
            }
            writers.of(layer.protocol()).begin(layer, columns);
            open.addLast(layer);
        }
        while (!open.isEmpty()) {
            end(open.removeLast());
        }
        resumeHeld(Integer.MAX_VALUE);
        // an exception caught at the top: the frame is cut short or its data is wrong; the
        // tree's unless a writer replayed the pass that wrote the columns
        Truncated ending = columns.endingKnown() ? columns.ending()
                : p.malformed() ? (p.containedError() ? Truncated.CONTAINED : Truncated.MALFORMED)
                : p.shortFrame() ? Truncated.SHORT : null;
        if (ending != null) {
            columns.appendInfo(ending.isContained() ? "[Malformed Packet: " + Expert.CONTAINED_TEXT + "]"
                    : ending.isMalformed() ? (p.errorIndication() != null ? p.errorIndication() : "[Malformed Packet]")
                    : "[Packet size limited during capture]");
        }
        return columns;
    }

    /**
     * Ends a layer. Text held back by a writer before it comes first: the layer ending is the
     * held layer's caller, or a body the next held message follows.
     */
    private void end(Layer done) {
        resumeHeld(Integer.MAX_VALUE);
        ColumnWriter w = writers.of(done.protocol());
        w.end(done, columns);
        if (w.resume(done, -1, columns)) {
            held.add(done);
        }
    }

    /** Lets the writers that hold text write what comes before entry {@code before}. */
    private void resumeHeld(int before) {
        for (int i = held.size() - 1; i >= 0; i--) {
            Layer l = held.get(i);
            if (!writers.of(l.protocol()).resume(l, before, columns)) {
                held.remove(i);
            }
        }
    }
}
