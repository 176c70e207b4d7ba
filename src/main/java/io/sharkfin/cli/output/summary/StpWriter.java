package io.sharkfin.cli.output.summary;

import java.util.Locale;

/**
 * Spanning Tree as packet-stp.c words its columns: "STP", then the BPDU's kind ("Conf.", "RST.",
 * "MST.", "SPT.", "TC + " when it says the topology changed) with the root identifier, root path
 * cost and port, or "Topology Change Notification". packet-stp.c writes the text before its tree,
 * from the bytes the tree's first items hold, so a BPDU whose text was written has those items;
 * one too short for them has none, and no text.
 */
final class StpWriter implements ColumnWriter {

    private final int type;
    private final int version;
    private final int flags;
    private final int rootPrio;
    private final int rootExt;
    private final int rootHw;
    private final int rootCost;
    private final int port;

    StpWriter(ColumnFields f) {
        type = f.id("stp.type");
        version = f.id("stp.version");
        flags = f.id("stp.flags");
        rootPrio = f.id("stp.root.prio");
        rootExt = f.id("stp.root.ext");
        rootHw = f.id("stp.root.hw");
        rootCost = f.id("stp.root.cost");
        port = f.id("stp.port");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        Layer above = layer.above();
        if (above != null && above.protocol().equals("data")) {
            // a GARP application's PDU handed on (to data: sharkfin has no GVRP or GMRP):
            // packet-stp.c wrote no column
            return;
        }
        c.setProtocol("STP");
        c.clearInfo();
        long bpdu = layer.num(type, -1);
        if (bpdu == 0x80) {
            c.setInfo("Topology Change Notification");
        } else if (bpdu == 0x00 || bpdu == 0x02) {
            if (layer.has(port)) {
                c.setInfo(configuration(layer, bpdu == 0x00 ? "Conf" : kind(layer.num(version, 0))));
            }
        } else if (bpdu >= 0) {
            c.setInfo("Unknown BPDU type (" + bpdu + ")");
        }
    }

    /** An RST BPDU's kind by its version: MST, SPT, else RST. */
    private static String kind(long version) {
        return version == 3 ? "MST" : version == 4 ? "SPT" : "RST";
    }

    private String configuration(Layer layer, String kind) {
        boolean tc = (layer.num(flags, 0) & 0x01) != 0;
        // the cost is printed with %d: above 2^31 it reads negative
        return String.format(Locale.ROOT, "%s. %sRoot = %d/%d/%s  Cost = %d  Port = 0x%04x", kind, tc ? "TC + " : "",
                layer.num(rootPrio, 0), layer.num(rootExt, 0), layer.text(rootHw), (int) layer.num(rootCost, 0),
                layer.num(port, 0));
    }
}
