package io.sharkfin.cli.output.summary;

/** UDP: the ports and the payload length, with what is wrong with the length field. */
final class UdpWriter implements ColumnWriter {

    private final int srcPort;
    private final int dstPort;
    private final int length;
    private final int badLength;

    UdpWriter(ColumnFields f) {
        srcPort = f.id("udp.srcport");
        dstPort = f.id("udp.dstport");
        length = f.id("udp.length");
        badLength = f.id("udp.length.bad");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        if (!layer.has(srcPort)) {
            // cut before its ports: packet-udp.c read nothing and wrote no column
            return;
        }
        c.setProtocol("UDP");
        c.clearInfo();
        c.appendInfo(layer.num(srcPort, 0) + " → " + layer.num(dstPort, 0));
        if (!layer.has(length)) {
            return;
        }
        long len = layer.num(length, 0);
        if (layer.has(badLength)) {
            if (len < 8) {
                c.appendInfo(" [BAD UDP LENGTH " + len + " < 8]");
                return;
            }
            c.appendInfo(" [BAD UDP LENGTH " + len + " > IP PAYLOAD LENGTH]");
        }
        c.appendInfo(" Len=" + (len - 8));
    }
}
