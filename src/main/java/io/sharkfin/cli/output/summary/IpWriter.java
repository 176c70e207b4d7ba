package io.sharkfin.cli.output.summary;

import java.util.Locale;

/**
 * IPv4: the addresses, Protocol "IPv4", and as Info the fragment a frame carries when its datagram
 * is not reassembled here, or the protocol number nothing dissects.
 */
final class IpWriter implements ColumnWriter {

    private static final int MIN_HEADER = 20;

    private final int src;
    private final int dst;
    private final int proto;
    private final int id;
    private final int moreFragments;
    private final int fragmentOffset;
    private final int reassembledLength;
    private final int reassembledIn;
    private final int version;
    private final int headerLength;

    IpWriter(ColumnFields f) {
        src = f.id("ip.src");
        dst = f.id("ip.dst");
        proto = f.id("ip.proto");
        id = f.id("ip.id");
        moreFragments = f.id("ip.flags.mf");
        fragmentOffset = f.id("ip.frag_offset");
        reassembledLength = f.id("ip.reassembled.length");
        reassembledIn = f.id("ip.reassembled_in");
        version = f.id("ip.version");
        headerLength = f.id("ip.hdr_len");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("IPv4");
        c.clearInfo();
        // each as packet-ip.c reads it: a header cut short leaves the link layer's
        c.setAddresses(layer.has(src) ? layer.text(src) : c.source(),
                layer.has(dst) ? layer.text(dst) : c.destination());
        if (bogus(layer, c)) {
            return;
        }
        long protocol = layer.num(proto, 0);
        long offset = layer.num(fragmentOffset, 0);
        boolean fragment = layer.num(moreFragments, 0) != 0 || offset != 0;
        Layer above = layer.above();
        if (fragment && !layer.has(reassembledLength)) {
            c.setInfo(String.format(Locale.ROOT, "Fragmented IP protocol (proto=%s %d, off=%d, ID=%04x)",
                    IpProtocolNames.NAMES.get(protocol, "Unknown"), protocol, offset * 8, layer.num(id, 0)));
            long in = layer.num(reassembledIn, -1);
            if (in >= 0 && in != layer.packet().number()) {
                c.appendInfo(" [Reassembled in #" + in + "]");
            }
        } else if (above != null && above.protocol().equals("data")) {
            c.setInfo(IpProtocolNames.NAMES.get(protocol, "Unknown") + " (" + protocol + ")");
        }
    }

    /**
     * Whether the header is one packet-ip.c gives up on, having said why in Info: a version
     * other than 4, or a header length below the minimum. Nothing above it is dissected.
     */
    private boolean bogus(Layer layer, Columns c) {
        long v = layer.num(version, 4);
        if (v != 4) {
            c.setInfo("Bogus IPv4 version (" + v + ", must be 4)");
            return true;
        }
        long length = layer.num(headerLength, MIN_HEADER);
        if (length < MIN_HEADER) {
            c.setInfo("Bogus IP header length (" + length + ", must be at least " + MIN_HEADER + ")");
            return true;
        }
        return false;
    }
}
