package io.sharkfin.dissect.protocol.cdp;

import static io.sharkfin.dissect.protocol.cdp.CdpFields.*;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.Addresses;
import io.sharkfin.dissect.protocol.EthDissector;

import java.util.Locale;
import java.util.Map;

/**
 * CDP's address lists (the Addresses and Management Address TLVs) as packet-cdp.c's
 * dissect_address_tlv reads them: each address a protocol (an NLPID or an 802.2 SNAP header) and
 * the address, shown as an IPv4 or IPv6 address when the protocol says so, else as bytes.
 */
final class CdpAddresses {
    private CdpAddresses() {
    }

    private static final int PROTO_TYPE_NLPID = 1;
    private static final int PROTO_TYPE_IEEE_802_2 = 2;
    private static final int NLPID_IP = 0xcc;
    private static final int ETHERTYPE_IPV6 = 0x86dd;
    private static final long SNAP_HEADER = 0xAAAA03000000L;

    /** Wireshark's nlpid_vals (epan/dissectors/packet-osi.c). */
    private static final Map<Integer, String> NLPID_NAMES = Map.ofEntries(
            Map.entry(0x00, "NULL"), Map.entry(0x01, "X.29"), Map.entry(0x03, "X.633"),
            Map.entry(0x08, "Q.931"), Map.entry(0x09, "Q.2931"), Map.entry(0x0c, "Q.2119"),
            Map.entry(0x80, "SNAP"), Map.entry(0x81, "CLNP"), Map.entry(0x82, "ESIS"),
            Map.entry(0x83, "ISIS"), Map.entry(0x85, "IDRP"), Map.entry(0x8f, "Avaya SPBM Fabric IPVPN"),
            Map.entry(0x8a, "ESIS (X.25)"), Map.entry(0x8c, "ISO 10030"), Map.entry(0x8d, "ISO 11577"),
            Map.entry(0xb0, "Data compression protocol"), Map.entry(0xcc, "IP"), Map.entry(0xc0, "TRILL"),
            Map.entry(0xc1, "SubNetwork Dependent Convergence Function"), Map.entry(0x8e, "IPv6"),
            Map.entry(0xcf, "PPP"));

    /**
     * The TLV of {@code length} bytes at {@code at}, worded {@code title}: the count, then as many
     * addresses as fit. Returns where the next TLV starts (the 16-bit length, wrapped as in C).
     */
    static int list(CdpPdu d, int at, int length, String title) {
        int saved = CdpDissector.open(d, at, length, title);
        at += 4;
        length -= 4;
        long count = d.u32(at);
        d.p.addUInt(NUMBER_OF_ADDRESSES, d.buf, at, 4, count);
        at += 4;
        length = (length - 4) & 0xffff;
        while (count != 0) {
            int used = address(d, at, length);
            if (used < 0) {
                break;
            }
            at += used;
            length = (length - used) & 0xffff;
            count--;
        }
        d.p.closeSubtree(saved);
        return at + length;
    }

    /** One address within {@code length} bytes; the bytes it took, or -1 when it does not fit. */
    private static int address(CdpPdu d, int at, int length) {
        if (length < 1) {
            return -1;
        }
        int item = CdpText.item(d, at, length, "Truncated address");
        int saved = d.p.openSubtree(item);
        try {
            int type = d.u8(at);
            d.p.addUInt(PROTOCOL_TYPE, d.buf, at, 1, type);
            at++;
            length--;
            if (length < 1) {
                return -1;
            }
            int protocolLength = d.u8(at);
            d.p.addUInt(PROTOCOL_LENGTH, d.buf, at, 1, protocolLength);
            at++;
            length--;
            if (length < protocolLength) {
                truncated(d, PROTOCOL, at, length);
                return -1;
            }
            boolean nlpid = type == PROTO_TYPE_NLPID && protocolLength == 1;
            boolean snap = type == PROTO_TYPE_IEEE_802_2 && protocolLength == 8 && ((long) d.u32(at) << 16 | d.u16(at + 4)) == SNAP_HEADER;
            int etype = 0;
            int id = -1;
            if (nlpid) {
                id = d.u8(at);
                named(d, at, 1, NLPID_NAMES.getOrDefault(id, String.format(Locale.ROOT, "Unknown (0x%02x)", id)));
            } else if (snap) {
                etype = d.u16(at + 6);
                named(d, at, 8, etherType(d.p, etype));
            } else {
                CdpText.bytes(d, PROTOCOL, at, protocolLength);
            }
            at += protocolLength;
            length -= protocolLength;
            if (length < 2) {
                return -1;
            }
            int addressLength = d.u16(at);
            d.p.addUInt(ADDRESS_LENGTH, d.buf, at, 2, addressLength);
            at += 2;
            length -= 2;
            if (length < addressLength) {
                truncated(d, CdpFields.ADDRESS, at, length);
                return -1;
            }
            if (nlpid && id == NLPID_IP && addressLength == 4) {
                String shown = Addresses.ipv4(d.u32(at));
                d.p.setLabel(item, "IP address: " + shown);
                CdpText.ipv4(d, NRGYZ_IP_ADDRESS, at);
            } else if (type == PROTO_TYPE_IEEE_802_2 && protocolLength == 8 && etype == ETHERTYPE_IPV6
                    && addressLength == 16) {
                d.need(at, 16);
                d.p.setLabel(item, "IPv6 address: " + Addresses.ipv6(d.p, d.buf, at));
                d.p.addBytes(NRGYZ_IPV6_ADDRESS, d.buf, at, 16);
            } else {
                d.need(at, addressLength);
                d.p.addBytes(CdpFields.ADDRESS, d.buf, at, addressLength);
                if (addressLength != 0) {
                    d.p.setLabel(item, "Address: " + hex(d, at, addressLength));
                }
            }
            return 2 + protocolLength + 2 + addressLength;
        } finally {
            d.p.closeSubtree(saved);
        }
    }

    /** The protocol bytes shown by the name of what they identify (proto_tree_add_bytes_format_value). */
    private static void named(CdpPdu d, int at, int len, String name) {
        d.need(at, len);
        int e = d.p.addBytes(PROTOCOL, d.buf, at, len);
        if (e >= 0 && d.p.wantsText()) {
            d.p.setLabel(e, "Protocol: " + name);
        }
    }

    /** What is left of a part that does not fit, marked " (truncated)". */
    private static void truncated(CdpPdu d, FieldSpec f, int at, int length) {
        if (length != 0) {
            int e = CdpText.bytes(d, f, at, length);
            if (e >= 0 && d.p.wantsText()) {
                d.p.setLabel(e, f.title() + ": " + hex(d, at, length) + " (truncated)");
            }
        }
    }

    private static String etherType(Packet p, int etype) {
        ValueStrings names = p.registry().byId(EthDissector.TYPE.id()).strings();
        String name = names == null ? null : names.nameOf(etype);
        return name != null ? name : String.format(Locale.ROOT, "Unknown (0x%04x)", etype);
    }

    private static String hex(CdpPdu d, int at, int len) {
        return Addresses.bytes(d.p, d.buf, at, len);
    }
}
