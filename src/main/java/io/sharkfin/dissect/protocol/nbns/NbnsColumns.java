package io.sharkfin.dissect.protocol.nbns;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * What an NBNS message writes into the Info column of tshark's one-line summary
 * ({@code Name query NB WPAD<00>}, {@code Name query response NB 10.0.0.5},
 * {@code Registration response, Name is owned by another node NB 10.0.0.10}). tshark writes the
 * summary in a pass that builds no tree, which reads other bytes than the tree's (see
 * {@link NbnsPass}); this replays that pass over the message a dissection left in a packet, so
 * the text, and whether the pass ended in an exception, are tshark's. One instance per reader.
 */
public final class NbnsColumns {

    /**
     * The Info text, and the exception that ended the pass, or null: the summary then says
     * "[Malformed Packet]" (or that the frame was cut short), whatever the tree showed.
     */
    public record Info(String text, Truncated exception) {
    }

    private final NbnsPass pass = new NbnsPass();
    private final StringBuilder text = new StringBuilder();

    /**
     * The Info column of the message whose protocol item is {@code protocolEntry} in {@code p},
     * the packet just dissected (the item spans the message as UDP reported it).
     */
    public Info of(Packet p, int protocolEntry) {
        text.setLength(0);
        Truncated exception = null;
        try {
            pass.info(p, p.rawBuffer(protocolEntry), p.rawOffsetInBuffer(protocolEntry), p.rawLen(protocolEntry), text);
        } catch (Truncated t) {
            exception = t;
        }
        return new Info(text.toString(), exception);
    }
}
