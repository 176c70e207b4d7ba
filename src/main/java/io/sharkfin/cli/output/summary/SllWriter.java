package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.NameTable;

/** Linux cooked capture: the sender's address (there is no destination) and the packet type. */
final class SllWriter implements ColumnWriter {

    private static final NameTable PACKET_TYPES = NameTable.of(
            0, "Unicast to us", 1, "Broadcast", 2, "Multicast", 3, "Unicast to another host", 4, "Sent by us");

    private final int type;
    private final int srcEth;
    private final int srcIpv4;
    private final int srcOther;

    SllWriter(ColumnFields f) {
        type = f.id("sll.pkttype");
        srcEth = f.id("sll.src.eth");
        srcIpv4 = f.id("sll.src.ipv4");
        srcOther = f.id("sll.src.other");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        String src = layer.text(srcEth);
        if (src == null) {
            src = layer.text(srcIpv4);
        }
        if (src == null) {
            src = layer.text(srcOther);
        }
        c.setAddresses(src, "");
        c.setProtocol("SLL");
        c.clearInfo();
        c.setInfo(PACKET_TYPES.format(layer.num(type, 0), "Unknown (%d)"));
    }
}
