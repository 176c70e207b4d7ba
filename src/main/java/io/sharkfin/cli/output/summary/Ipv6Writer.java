package io.sharkfin.cli.output.summary;

import java.util.Locale;

/** IPv6: the addresses, Protocol "IPv6", and the fragment header of a datagram not reassembled here. */
final class Ipv6Writer implements ColumnWriter {

    private final int src;
    private final int dst;
    private final int nextHeader;
    private final int fragmentNext;
    private final int fragmentOffset;
    private final int fragmentMore;
    private final int fragmentId;

    Ipv6Writer(ColumnFields f) {
        src = f.id("ipv6.src");
        dst = f.id("ipv6.dst");
        nextHeader = f.id("ipv6.nxt");
        fragmentNext = f.id("ipv6.fraghdr.nxt");
        fragmentOffset = f.id("ipv6.fraghdr.offset");
        fragmentMore = f.id("ipv6.fraghdr.more");
        fragmentId = f.id("ipv6.fraghdr.ident");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("IPv6");
        c.clearInfo();
        // each as packet-ipv6.c reads it: a header cut short leaves the link layer's
        c.setAddresses(layer.has(src) ? layer.text(src) : c.source(),
                layer.has(dst) ? layer.text(dst) : c.destination());
        if (layer.has(fragmentId)) {
            c.setInfo(String.format(Locale.ROOT, "IPv6 fragment (off=%d more=%s ident=0x%08x nxt=%d)",
                    layer.num(fragmentOffset, 0) * 8, layer.num(fragmentMore, 0) != 0 ? "y" : "n",
                    layer.num(fragmentId, 0), layer.num(fragmentNext, 0)));
        }
        Layer above = layer.above();
        if (above != null && above.protocol().equals("data") && !layer.has(fragmentId)) {
            long protocol = layer.num(nextHeader, 0);
            c.setInfo(IpProtocolNames.NAMES.get(protocol, "Unknown") + " (" + protocol + ")");
        }
    }
}
