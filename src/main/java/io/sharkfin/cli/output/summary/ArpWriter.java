package io.sharkfin.cli.output.summary;

/** ARP: the question or answer in words ("Who has 10.0.0.1? Tell 10.0.0.2"). */
final class ArpWriter implements ColumnWriter {

    private final int opcode;
    private final int senderHw;
    private final int senderProto;
    private final int targetHw;
    private final int targetProto;
    private final int announcement;
    private final int probe;

    ArpWriter(ColumnFields f) {
        opcode = f.id("arp.opcode");
        senderHw = f.id("arp.src.hw_mac");
        senderProto = f.id("arp.src.proto_ipv4");
        targetHw = f.id("arp.dst.hw_mac");
        targetProto = f.id("arp.dst.proto_ipv4");
        // what ARP found the request to be: packet-arp.c words the Info by them
        announcement = f.id("arp.isannouncement");
        probe = f.id("arp.isprobe");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        long op = layer.num(opcode, 0);
        c.setProtocol(op == 3 || op == 4 ? "RARP" : op == 8 || op == 9 ? "Inverse ARP" : "ARP");
        if (!layer.has(opcode)) {
            // packet-arp.c clears Info first, then runs into the end of a header cut short
            c.clearInfo();
            return;
        }
        String spa = layer.text(senderProto);
        String tpa = layer.text(targetProto);
        String sha = layer.text(senderHw);
        String tha = layer.text(targetHw);
        boolean gratuitous = (op == 1 || op == 2) && spa != null && spa.equals(tpa);
        String info = switch ((int) op) {
            case 1 -> layer.has(announcement) ? "ARP Announcement for " + tpa
                    : gratuitous ? "Gratuitous ARP for " + tpa + " (Request)"
                    : layer.has(probe) ? "Who has " + tpa + "? (ARP Probe)" : "Who has " + tpa + "? Tell " + spa;
            case 2 -> gratuitous ? "Gratuitous ARP for " + spa + " (Reply)" : spa + " is at " + sha;
            case 3, 8 -> "Who is " + tha + "? Tell " + sha;
            case 4 -> tha + " is at " + tpa;
            case 9 -> sha + " is at " + spa;
            default -> String.format(java.util.Locale.ROOT, "Unknown ARP opcode 0x%04x", op);
        };
        c.setInfo(info);
    }
}
