package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * BSD loopback ({@code null}): a 4-byte address family in the capturing host's byte order
 * (guessed from the value, as Wireshark does) or, for OpenBSD's loop link type, in network order.
 * Values above 1500 are taken as an ethertype.
 */
public final class NullDissector implements Dissector {

    public static final FieldSpec NULL = FieldSpec.protocol("null", "Null/Loopback");
    public static final FieldSpec TYPE = Fields.u16("null.type", "Type", "BASE_HEX");
    public static final FieldSpec FAMILY = Fields.u32("null.family", "Family", "BASE_DEC");

    private static final List<FieldSpec> FIELDS = List.of(TYPE, FAMILY);
    private static final int HEADER = 4;
    private static final int BSD_AF_INET = 2;

    private final Dissectors ds;

    public NullDissector(Dissectors ds) {
        this.ds = ds;
    }

    @Override
    public FieldSpec protocol() {
        return NULL;
    }

    /** packet-*.c registers it under this short name, which error indications and expert taps quote. */
    @Override
    public String shortName() {
        return "Null";
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ethertype.protocolNames());
        out.add("ip");
        out.add("ipv6");
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, HEADER);
        p.setProtocolLength(HEADER);
        if (p.frame().linkType() == LinkType.LOOP) {
            long family = p.u32(buf, off);
            p.addUInt(FAMILY, buf, off, 4, family);
            handOffFamily(p, family, buf, off, len);
            return len;
        }
        // PPP in HDLC framing is not dissected: it becomes data below
        long header = p.u32le(buf, off);
        if ((header & 0xffff0000L) != 0) {
            if ((header & 0xff000000L) == 0 && (header & 0x00ff0000L) < 0x00060000L) {
                header >>>= 16;
            } else {
                header = Long.reverseBytes(header) >>> 32;
            }
        } else if ((header & 0xff) == 0 && (header & 0xff00) < 0x0600) {
            header = ((header & 0xff) << 8) | ((header >>> 8) & 0xff);
        }
        if (header > 1500) {
            int etype = (int) (header & 0xffff);
            p.addUInt(TYPE, buf, off, 4, etype);
            Dissector next = ds.ethertype.get(etype);
            if (next == null || Calls.ifNeeded(p, next, buf, off + HEADER, len - HEADER) == 0) {
                Calls.data(p, ds, buf, off + HEADER, len - HEADER);
            }
        } else {
            p.addUInt(FAMILY, buf, off, 4, header);
            handOffFamily(p, header, buf, off, len);
        }
        return len;
    }

    /** The BSD address families Wireshark knows: 2 is IPv4; 24, 28 and 30 are IPv6. */
    private void handOffFamily(Packet p, long family, int buf, int off, int len) {
        Dissector next = null;
        if (family == BSD_AF_INET) {
            next = ds.byName("ip");
        } else if (family == 24 || family == 28 || family == 30) {
            next = ds.byName("ipv6");
        }
        if (next == null || Calls.ifNeeded(p, next, buf, off + HEADER, len - HEADER) == 0) {
            Calls.data(p, ds, buf, off + HEADER, len - HEADER);
        }
    }
}
