package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.WiresharkCatalog;

/**
 * DHCP and BOOTP on UDP 67 and 68, and proxyDHCP on UDP 4011, where Wireshark takes only messages
 * that carry the DHCP magic cookie. Identified by port, not dissected into fields: its item names
 * the message type (option 53), as Wireshark's does.
 */
public final class DhcpDissector extends LayerOnlyDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("dhcp", "Dynamic Host Configuration Protocol");

    static final int PROXY_PORT = 4011;
    private static final int COOKIE_OFFSET = 236;
    private static final long COOKIE = 0x63825363L;

    public DhcpDissector() {
        super(PROTOCOL, "DHCP/BOOTP");
    }

    /** Wireshark's names of the message types (option 53, {@code dhcp.option.dhcp}), read on first use. */
    private static final class MessageTypes {
        static final ValueStrings NAMES = WiresharkCatalog.shipped().valueStrings("dhcp.option.dhcp", "dhcp");

        private MessageTypes() {
        }
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        boolean cookie = p.available(buf, offset + COOKIE_OFFSET, 4) && p.u32(buf, offset + COOKIE_OFFSET) == COOKIE;
        if ((p.srcPort() == PROXY_PORT || p.dstPort() == PROXY_PORT) && !cookie) {
            return 0; // not a DHCP message at all
        }
        if (cookie && p.protocolItem() >= 0) {
            label(p, buf, offset + COOKIE_OFFSET + 4, offset + Math.min(length, p.bufferLength(buf) - offset));
        }
        return length;
    }

    /**
     * "Dynamic Host Configuration Protocol (Discover)": Wireshark appends the message type of
     * each option 53 to the protocol's item.
     */
    private static void label(Packet p, int buf, int at, int end) {
        StringBuilder text = new StringBuilder(PROTOCOL.title());
        while (at < end) {
            int code = p.u8(buf, at);
            if (code == 255) {
                break;
            }
            if (code == 0) {
                at++;
                continue;
            }
            if (at + 1 >= end) {
                break;
            }
            int len = p.u8(buf, at + 1);
            if (code == 53 && len >= 1 && at + 2 < end) {
                int type = p.u8(buf, at + 2);
                String name = MessageTypes.NAMES == null ? null : MessageTypes.NAMES.nameOf(type);
                text.append(" (").append(name != null ? name : String.format("Unknown Message Type (0x%02x)", type))
                        .append(')');
            }
            at += 2 + len;
        }
        if (text.length() > PROTOCOL.title().length()) {
            p.setLabel(p.protocolItem(), text);
        }
    }
}
