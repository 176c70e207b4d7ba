package io.sharkfin.cli.output.summary;

/**
 * Ethernet: the frame's hardware addresses (until a network layer replaces them), Protocol
 * "Ethernet" and the frame type as Info, for frames nothing above explains.
 */
final class EthWriter implements ColumnWriter {

    private final int src;
    private final int dst;
    private final int length;

    EthWriter(ColumnFields f) {
        src = f.id("eth.src");
        dst = f.id("eth.dst");
        length = f.id("eth.len");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setAddresses(layer.text(src), layer.text(dst));
        c.setProtocol("Ethernet");
        if (layer.has(length)) {
            Layer above = layer.above();
            boolean llc = above != null && above.protocol().equals("llc");
            c.setInfo("IEEE 802.3 Ethernet " + (llc ? "" : "Raw "));
        } else {
            c.setInfoConstant("Ethernet II");
        }
    }
}
