package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.Icmpv6Names;

import java.util.Locale;

/**
 * ICMPv6: the message type and code in words; for echo messages the identifier, sequence number,
 * hop limit and the request a reply answers; for neighbour discovery the target and link-layer
 * addresses. The datagram an error quotes changes no column.
 */
final class Icmpv6Writer implements ColumnWriter {

    private final int type;
    private final int code;
    private final int ident;
    private final int seq;
    private final int respTo;
    private final int hopLimit;
    private final int nsTarget;
    private final int naTarget;
    private final int naRouter;
    private final int naSolicited;
    private final int naOverride;
    private final int srcLinkAddr;
    private final int targetLinkAddr;
    private final int dstUdpPort;
    private final int dstTcpPort;

    Icmpv6Writer(ColumnFields f) {
        type = f.id("icmpv6.type");
        code = f.id("icmpv6.code");
        ident = f.id("icmpv6.echo.identifier");
        seq = f.id("icmpv6.echo.sequence_number");
        respTo = f.id("icmpv6.resp_to");
        hopLimit = f.id("ipv6.hlim");
        nsTarget = f.id("icmpv6.nd.ns.target_address");
        naTarget = f.id("icmpv6.nd.na.target_address");
        naRouter = f.id("icmpv6.nd.na.flag.r");
        naSolicited = f.id("icmpv6.nd.na.flag.s");
        naOverride = f.id("icmpv6.nd.na.flag.o");
        srcLinkAddr = f.id("icmpv6.opt.src_linkaddr");
        targetLinkAddr = f.id("icmpv6.opt.target_linkaddr");
        dstUdpPort = f.id("udp.dstport");
        dstTcpPort = f.id("tcp.dstport");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("ICMPv6");
        c.clearInfo();
        int t = (int) layer.num(type, 0);
        int k = (int) layer.num(code, 0);
        c.setInfo(Icmpv6Names.type(t));
        String codeName = Icmpv6Names.code(t, k);
        if (codeName != null) {
            c.appendInfo(" (" + codeName + ")");
        }
        if (t == 128 && teredoTest(layer)) {
            c.setProtocol("Teredo");
            c.setInfoConstant("Direct IPv6 Connectivity Test");
        }
        switch (t) {
            case 128, 129 -> echo(layer, c, t);
            case 133, 134 -> linkAddresses(layer, c);
            case 135 -> {
                c.appendInfo(" for " + layer.text(nsTarget));
                linkAddresses(layer, c);
            }
            case 136 -> {
                StringBuilder flags = new StringBuilder();
                flag(flags, layer, naRouter, "rtr");
                flag(flags, layer, naSolicited, "sol");
                flag(flags, layer, naOverride, "ovr");
                c.appendInfo(" " + layer.text(naTarget) + " (" + (flags.isEmpty() ? "none" : flags) + ")");
                linkAddresses(layer, c);
            }
            default -> {
            }
        }
        if (layer.above() != null && t >= 1 && t <= 4) {
            c.suspend();
        }
    }

    @Override
    public void end(Layer layer, Columns c) {
        long t = layer.num(type, 0);
        if (layer.above() != null && t >= 1 && t <= 4) {
            c.resume();
        }
    }

    private void echo(Layer layer, Columns c, int t) {
        c.appendInfo(String.format(Locale.ROOT, " id=0x%04x, seq=%d", layer.num(ident, 0), layer.num(seq, 0)));
        // the IPv6 header's, past its extension headers (packet-ipv6.c hands its header on through them)
        Layer ip = layer.below();
        while (ip != null && ip.protocol().startsWith("ipv6.")) {
            ip = ip.below();
        }
        if (ip != null && ip.protocol().equals("ipv6") && ip.has(hopLimit)) {
            c.appendInfo(", hop limit=" + ip.num(hopLimit, 0));
        }
        if (t == 129 && layer.has(respTo)) {
            c.appendInfo(" (request in " + layer.num(respTo, 0) + ")");
        }
    }

    private void linkAddresses(Layer layer, Columns c) {
        for (int e = layer.nextField(layer.entry()); e >= 0; e = layer.nextField(e)) {
            int fid = layer.packet().field(e);
            if (fid == srcLinkAddr) {
                c.appendInfo(" from " + layer.textAt(e));
            } else if (fid == targetLinkAddr) {
                c.appendInfo(" is at " + layer.textAt(e));
            }
        }
    }

    private static void flag(StringBuilder flags, Layer layer, int field, String name) {
        if (layer.num(field, 0) != 0) {
            flags.append(flags.isEmpty() ? "" : ", ").append(name);
        }
    }

    /** RFC 4380's direct connectivity test: an echo request to the Teredo port. */
    private boolean teredoTest(Layer layer) {
        for (Layer l = layer.below(); l != null; l = l.below()) {
            if (l.protocol().equals("udp")) {
                return l.num(dstUdpPort, 0) == 3544;
            }
            if (l.protocol().equals("tcp")) {
                return l.num(dstTcpPort, 0) == 3544;
            }
        }
        return false;
    }
}
