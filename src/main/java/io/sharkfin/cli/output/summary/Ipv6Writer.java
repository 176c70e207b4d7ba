package io.sharkfin.cli.output.summary;

/**
 * IPv6: the addresses and Protocol "IPv6"; its extension headers write what
 * {@link Ipv6ExtensionWriter} says.
 */
final class Ipv6Writer implements ColumnWriter {

    private final int src;
    private final int dst;
    private final int nextHeader;

    Ipv6Writer(ColumnFields f) {
        src = f.id("ipv6.src");
        dst = f.id("ipv6.dst");
        nextHeader = f.id("ipv6.nxt");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("IPv6");
        c.clearInfo();
        // each as packet-ipv6.c reads it: a header cut short leaves the link layer's
        c.setAddresses(layer.has(src) ? layer.text(src) : c.source(),
                layer.has(dst) ? layer.text(dst) : c.destination());
        Layer above = layer.above();
        if (above != null && above.protocol().equals("data")) {
            long protocol = layer.num(nextHeader, 0);
            c.setInfo(IpProtocolNames.NAMES.get(protocol, "Unknown") + " (" + protocol + ")");
        }
    }
}
