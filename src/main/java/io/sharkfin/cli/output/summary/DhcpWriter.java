package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.dhcp.DhcpDissector;

import java.util.Locale;

/**
 * DHCP and BOOTP as packet-dhcp.c words them: "DHCP Request  - Transaction ID 0x3903f326" for a
 * message with a type (option 53), else BOOTP's "Boot Request from MAC (MAC)" or "Boot Reply".
 * The name in brackets is the MAC address itself, as tshark -n writes it.
 */
final class DhcpWriter implements ColumnWriter {

    private final int op;
    private final int hwType;
    private final int hwLength;
    private final int mac;
    private final int hwAddress;
    private final int id;
    private final int messageType;

    DhcpWriter(ColumnFields f) {
        op = f.id("dhcp.type");
        hwType = f.id("dhcp.hw.type");
        hwLength = f.id("dhcp.hw.len");
        mac = f.id("dhcp.hw.mac_addr");
        hwAddress = f.id("dhcp.hw.addr");
        id = f.id("dhcp.id");
        messageType = f.id("dhcp.option.dhcp");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        long type = lastValue(layer, messageType);
        if (type >= 0) {
            Packet p = layer.packet();
            boolean proxy = p.srcPort() == 4011 || p.dstPort() == 4011;
            c.setProtocol("DHCP");
            c.setInfo(String.format(Locale.ROOT, "%sDHCP %-8s - Transaction ID 0x%x", proxy ? "proxy" : "",
                    DhcpDissector.messageTypeName(layer.packet(), (int) type), layer.num(id, 0)));
            return;
        }
        c.setProtocol("BOOTP");
        long code = layer.num(op, -1);
        if (code == 1) {
            String address = layer.has(mac) ? layer.text(mac) : layer.text(hwAddress);
            long htype = layer.num(hwType, -1);
            boolean ether = DhcpDissector.isEthernet((int) htype, (int) layer.num(hwLength, -1));
            c.setInfo("Boot Request from " + address + (ether ? " (" + address + ")" : ""));
        } else if (code == 2) {
            c.setInfoConstant("Boot Reply");
        } else if (code >= 0) {
            c.setInfo("Unknown BOOTP message type (" + code + ")");
        }
    }

    /** The last occurrence's value, as packet-dhcp.c's first pass keeps the last option 53; -1 without one. */
    private static long lastValue(Layer layer, int field) {
        long value = -1;
        for (int e = layer.first(field); e >= 0; e = layer.next(e)) {
            value = layer.packet().num(e);
        }
        return value;
    }
}
