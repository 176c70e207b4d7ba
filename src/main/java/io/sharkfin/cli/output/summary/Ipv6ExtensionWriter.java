package io.sharkfin.cli.output.summary;

import java.util.Locale;

/**
 * IPv6's extension headers, which leave the Protocol column "IPv6": a fragment header of a
 * datagram not reassembled here describes the fragment in the Info column, and a type 0 routing
 * header with segments left makes its last address the Destination, as packet-ipv6.c sets the
 * packet's destination to the one the route ends at.
 */
final class Ipv6ExtensionWriter implements ColumnWriter {

    private final int fragmentNext;
    private final int fragmentOffset;
    private final int fragmentMore;
    private final int fragmentId;
    private final int routeAddress;
    private final int segmentsLeft;

    Ipv6ExtensionWriter(ColumnFields f) {
        fragmentNext = f.id("ipv6.fraghdr.nxt");
        fragmentOffset = f.id("ipv6.fraghdr.offset");
        fragmentMore = f.id("ipv6.fraghdr.more");
        fragmentId = f.id("ipv6.fraghdr.ident");
        routeAddress = f.id("ipv6.routing.src.addr");
        segmentsLeft = f.id("ipv6.routing.segleft");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        if (layer.has(fragmentId)) {
            c.setInfo(String.format(Locale.ROOT, "IPv6 fragment (off=%d more=%s ident=0x%08x nxt=%d)",
                    layer.num(fragmentOffset, 0) * 8, layer.num(fragmentMore, 0) != 0 ? "y" : "n",
                    layer.num(fragmentId, 0), layer.num(fragmentNext, 0)));
        }
        int last = -1;
        for (int e = layer.first(routeAddress); e >= 0; e = layer.next(e)) {
            last = e;
        }
        if (last >= 0 && layer.num(segmentsLeft, 0) > 0) {
            c.setAddresses(c.source(), layer.textAt(last));
        }
    }
}
