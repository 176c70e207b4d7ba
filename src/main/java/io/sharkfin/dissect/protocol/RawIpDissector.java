package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * Raw IP link types ({@code raw}): the frame is an IPv4 or IPv6 packet, told apart by the version
 * nibble. Like Wireshark it also skips 10 leading zero bytes; PPP in HDLC framing is shown as data.
 */
public final class RawIpDissector implements Dissector {

    public static final FieldSpec RAW = FieldSpec.protocol("raw", "Raw packet data");

    private final Dissectors ds;

    public RawIpDissector(Dissectors ds) {
        this.ds = ds;
    }

    @Override
    public FieldSpec protocol() {
        return RAW;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of();
    }

    @Override
    public String shortName() {
        return "Raw";
    }

    @Override
    public List<String> calls() {
        return List.of("ip", "ipv6", "data");
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        int start = off;
        if (p.u16(buf, off) == 0xff03 || p.u16(buf, off + 6) == 0xff03 || p.u16(buf, off + 1) == 0xff03) {
            Calls.data(p, ds, buf, off, len);
            return len;
        }
        if (leadingZeros(p, buf, off)) {
            start = off + 10;
        }
        Dissector next = switch (start == off ? p.u8(buf, off) & 0xf0 : 0x40) {
            case 0x40 -> ds.byName("ip");
            case 0x60 -> ds.byName("ipv6");
            default -> null;
        };
        if (next == null || Calls.ifNeeded(p, next, buf, start, len - (start - off)) == 0) {
            Calls.data(p, ds, buf, start, len - (start - off));
        }
        return len;
    }

    private static boolean leadingZeros(Packet p, int buf, int off) {
        if (!p.available(buf, off, 10)) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (p.u8(buf, off + i) != 0) {
                return false;
            }
        }
        return true;
    }
}
