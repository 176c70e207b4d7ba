package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.IcmpNames;

import java.util.Locale;

/**
 * ICMP: the message type padded to 20 characters and its code in words; for echo messages the
 * identifier, the sequence number both ways round, the TTL of the IP header and the request a
 * reply answers. The datagram an error quotes changes no column.
 */
final class IcmpWriter implements ColumnWriter {

    private final int type;
    private final int code;
    private final int ident;
    private final int seq;
    private final int seqLe;
    private final int respTo;
    private final int ttl;

    IcmpWriter(ColumnFields f) {
        type = f.id("icmp.type");
        code = f.id("icmp.code");
        ident = f.id("icmp.ident");
        seq = f.id("icmp.seq");
        seqLe = f.id("icmp.seq_le");
        respTo = f.id("icmp.resp_to");
        ttl = f.id("ip.ttl");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("ICMP");
        c.clearInfo();
        int t = (int) layer.num(type, 0);
        int k = (int) layer.num(code, 0);
        c.setInfo(String.format(Locale.ROOT, "%-20s", IcmpNames.type(t, k)));
        String codeName = IcmpNames.code(t, k);
        if (codeName != null) {
            c.appendInfo(" (" + codeName + ")");
        }
        switch (t) {
            case 0, 8, 13, 14, 15, 16, 17, 18 -> {
                c.appendInfo(String.format(Locale.ROOT, " id=0x%04x, seq=%d/%d",
                        layer.num(ident, 0), layer.num(seq, 0), layer.num(seqLe, 0)));
                Layer ip = layer.below();
                if (ip != null && ip.protocol().equals("ip") && ip.has(ttl)) {
                    c.appendInfo(", ttl=" + ip.num(ttl, 0));
                }
                if (t == 0 && layer.has(respTo)) {
                    c.appendInfo(" (request in " + layer.num(respTo, 0) + ")");
                }
            }
            default -> {
            }
        }
        if (layer.above() != null && isError(t)) {
            c.suspend();
        }
    }

    @Override
    public void end(Layer layer, Columns c) {
        if (layer.above() != null && isError((int) layer.num(type, 0))) {
            c.resume();
        }
    }

    private static boolean isError(int t) {
        return t == 3 || t == 4 || t == 5 || t == 11 || t == 12;
    }
}
