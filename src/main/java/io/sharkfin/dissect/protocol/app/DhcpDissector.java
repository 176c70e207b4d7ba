package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * DHCP and BOOTP on UDP 67 and 68, and proxyDHCP on UDP 4011, where Wireshark takes only messages
 * that carry the DHCP magic cookie. Identified by port, not dissected.
 */
public final class DhcpDissector extends LayerOnlyDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("dhcp", "Dynamic Host Configuration Protocol");

    static final int PROXY_PORT = 4011;
    private static final int COOKIE_OFFSET = 236;
    private static final long COOKIE = 0x63825363L;

    public DhcpDissector() {
        super(PROTOCOL, "DHCP/BOOTP");
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if ((p.srcPort() == PROXY_PORT || p.dstPort() == PROXY_PORT)
                && !(p.available(buf, offset + COOKIE_OFFSET, 4) && p.u32(buf, offset + COOKIE_OFFSET) == COOKIE)) {
            return 0; // not a DHCP message at all
        }
        return length;
    }
}
