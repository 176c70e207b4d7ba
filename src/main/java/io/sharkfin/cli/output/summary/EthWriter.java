package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.Addresses;

import java.util.Locale;

/**
 * Ethernet: the frame's hardware addresses (until a network layer replaces them), Protocol
 * "Ethernet" and the frame type as Info, for frames nothing above explains.
 */
final class EthWriter implements ColumnWriter {

    private final int src;
    private final int dst;
    private final int length;
    private final int type;

    EthWriter(ColumnFields f) {
        src = f.id("eth.src");
        dst = f.id("eth.dst");
        length = f.id("eth.len");
        type = f.id("eth.type");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setAddresses(layer.text(src), destination(layer));
        c.setProtocol("Ethernet");
        if (layer.has(length)) {
            Layer above = layer.above();
            boolean llc = above != null && above.protocol().equals("llc");
            // LLC clears Info before it reads its header: one cut before it leaves Info blank
            if (!llc || above.entry() >= 0) {
                c.setInfo("IEEE 802.3 Ethernet " + (llc ? "" : "Raw "));
            }
        } else if (layer.has(type)) {
            // packet-eth.c words Info once it read the type: a header cut short leaves it blank
            c.setInfoConstant("Ethernet II");
            if (noDissectorFor(layer)) {
                c.setProtocol(String.format(Locale.ROOT, "0x%04x", layer.num(type, 0)));
            }
        }
    }

    /**
     * The destination address; of a frame too short for the header, the first six bytes all the
     * same: packet-eth.c sets the destination before it reads the source, which fails.
     */
    private String destination(Layer layer) {
        Layer below = layer.below();
        Packet p = layer.packet();
        // such a frame has no Ethernet item to find the bytes by: only the link layer's are known
        if (layer.has(dst) || below == null || !below.protocol().equals("frame")
                || !p.available(Packet.FRAME_BUFFER, 0, 6)) {
            return layer.text(dst);
        }
        return Addresses.mac(p, Packet.FRAME_BUFFER, 0);
    }

    /**
     * Whether no dissector took the payload by its type: ethertype handed it to data, or, with
     * nothing captured to hand on, declined it. packet-ethertype.c then names the type as Protocol.
     */
    private static boolean noDissectorFor(Layer eth) {
        Layer above = eth.above();
        if (above == null) {
            return true;
        }
        Layer payload = above.protocol().equals("ethertype") ? above.above() : null;
        return above.protocol().equals("ethertype") && (payload == null || payload.protocol().equals("data"));
    }
}
