package io.sharkfin.dissect.protocol.lldp;

import static io.sharkfin.dissect.protocol.lldp.LldpFields.*;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.protocol.Addresses;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

import java.util.Locale;
import java.util.Map;

/**
 * The Chassis ID and Port ID TLVs, which packet-lldp.c dissects alike (dissect_lldp_chassis_id,
 * dissect_lldp_port_id) but for their words, their subtypes' numbers and the field an ID of no
 * particular form goes to. Each writes "CODE/ID " into the Info column ("MA/00:1e:bd:4c:22:81",
 * "IN/Gi1/0/1") and ", Id: ID" after its subtree's words; a length that does not fit the subtype
 * is a finding, and the TLV then counts as invalid (-1) without either.
 */
final class LldpIds {
    private LldpIds() {
    }

    /** Address family numbers (afn.h) the network address subtype shows as addresses. */
    private static final int AFNUM_INET = 1;
    private static final int AFNUM_INET6 = 2;

    /**
     * One of the two TLVs: its type and name, its subtype field and the name of a subtype without
     * one, the subtypes of a MAC and a network address, the ID fields, and the Info column's code
     * of each textual subtype (a subtype in {@code hexCodes} shows its bytes in hex instead).
     */
    record Kind(int type, String name, FieldSpec subtype, String unnamedSubtype, int macSubtype,
                int networkSubtype, FieldSpec id, FieldSpec mac, FieldSpec ip4, FieldSpec ip6,
                Map<Integer, String> textCodes, Map<Integer, String> hexCodes) {
    }

    static final Kind CHASSIS = new Kind(1, "Chassis", CHASSIS_SUBTYPE, "Reserved", 4, 5, CHASSIS_ID,
            CHASSIS_ID_MAC, CHASSIS_ID_IP4, CHASSIS_ID_IP6, Map.of(1, "CC", 2, "IA", 6, "IN", 7, "LA"), Map.of(3, "PC"));
    static final Kind PORT = new Kind(2, "Port", PORT_SUBTYPE, "Unknown", 3, 4, PORT_ID,
            PORT_ID_MAC, PORT_ID_IP4, PORT_ID_IP6, Map.of(1, "IA", 5, "IN", 6, "AC", 7, "LA"), Map.of(2, "PC"));

    /** The TLV's length at most, past which an ID of text or bytes is refused. */
    private static final int MAX_LENGTH = 256;

    /** The TLV at the start of {@code t}: the bytes it took, or -1 when it is not a valid one of its kind. */
    static int dissect(Lldpdu d, Tvb t, Kind k) {
        Items it = d.it;
        int head = t.u16(0, false);
        int dataLen = head & 0x1ff;
        if (head >> 9 != k.type()) {
            it.expertItem(BAD_TYPE, t, 0, dataLen, String.format(Locale.ROOT, "Invalid %s ID (0x%02X), expected (0x%02X)",
                    k.name(), head >> 9, k.type()));
            return -1;
        }
        int subtype = t.u8(2);
        String subtypeName = name(it, k.subtype(), subtype);
        int saved = d.open(t, k.name() + " Subtype = " + (subtypeName != null ? subtypeName : k.unnamedSubtype()));
        try {
            if (dataLen < 2) {
                invalidLength(d, t, INCORRECT_LENGTH, k, dataLen, ", expected > (2)");
                return -1;
            }
            it.add(k.subtype(), t, 2, 1);
            Id id = subtype == k.macSubtype() ? mac(d, t, k, dataLen)
                    : subtype == k.networkSubtype() ? network(d, t, k, dataLen)
                    : other(d, t, k, subtype, dataLen);
            if (id == null) {
                return -1;
            }
            d.info.append(id.code()).append('/').append(id.text()).append(' ');
            it.label(d.subtree, it.texts() ? k.name() + " Subtype = " + (subtypeName != null ? subtypeName
                    : k.unnamedSubtype()) + ", Id: " + id.text() : null);
            return 2 + dataLen;
        } finally {
            d.close(saved);
        }
    }

    /** An ID as the Info column and the subtree show it, with its subtype's code. */
    private record Id(String code, String text) {
    }

    private static Id mac(Lldpdu d, Tvb t, Kind k, int dataLen) {
        if (dataLen != 7) {
            invalidLength(d, t, INCORRECT_LENGTH, k, dataLen, " for Type (" + typeName(d, k, k.macSubtype()) + "), expected (7)");
            return null;
        }
        t.ensureBytes(3, 6);
        String text = Addresses.mac(d.p, t.buf, t.at(3));
        d.it.add(k.mac(), t, 3, 6);
        return new Id("MA", text);
    }

    /** A network address: its family, then an IPv4 or IPv6 address of the right length, or bytes. */
    private static Id network(Lldpdu d, Tvb t, Kind k, int dataLen) {
        Items it = d.it;
        it.add(NETWORK_ADDRESS_SUBTYPE, t, 3, 1);
        int family = t.u8(3);
        String text;
        switch (family) {
            case AFNUM_INET -> {
                if (dataLen != 6) {
                    invalidFamilyLength(d, t, k, family, dataLen, 6);
                    return null;
                }
                text = Addresses.ipv4(t.u32(4, false));
                it.add(k.ip4(), t, 4, 4);
            }
            case AFNUM_INET6 -> {
                if (dataLen != 18) {
                    invalidFamilyLength(d, t, k, family, dataLen, 18);
                    return null;
                }
                t.ensureBytes(4, 16);
                text = Addresses.ipv6(d.p, t.buf, t.at(4));
                it.add(k.ip6(), t, 4, 16);
            }
            default -> {
                text = hex(t, 4, dataLen - 2);
                it.add(k.id(), t, 4, dataLen - 2);
            }
        }
        return new Id("NA", text);
    }

    /** Any other subtype: text or bytes of up to 256 bytes, into the kind's plain ID field. */
    private static Id other(Lldpdu d, Tvb t, Kind k, int subtype, int dataLen) {
        if (dataLen > MAX_LENGTH) {
            invalidLength(d, t, EXCESS_LENGTH, k, dataLen, " for Type (" + typeName(d, k, subtype) + "), expected < (256)");
            return null;
        }
        String code = k.textCodes().get(subtype);
        Id id;
        if (code != null) {
            id = new Id(code, Lldpdu.stringzpad(t, 3, dataLen - 1));
        } else if (k.hexCodes().containsKey(subtype)) {
            id = new Id(k.hexCodes().get(subtype), hex(t, 3, dataLen - 1));
        } else {
            id = new Id("Rs", "Reserved");
        }
        d.it.add(k.id(), t, 3, dataLen - 1);
        return id;
    }

    private static String hex(Tvb t, int off, int len) {
        t.ensureBytes(off, len);
        return Addresses.bytes(t.p, t.buf, t.at(off), len);
    }

    /** The finding on the TLV's length: "Invalid Chassis ID Length (8)" and {@code rest}. */
    private static void invalidLength(Lldpdu d, Tvb t, Expert.Info info, Kind k, int dataLen,
                                      String rest) {
        if (d.it.wantsExpert(info)) {
            d.it.expert(d.lengthItem, info, t, 0, "Invalid " + k.name() + " ID Length (" + dataLen + ")" + rest);
        }
    }

    private static void invalidFamilyLength(Lldpdu d, Tvb t, Kind k, int family, int dataLen, int expected) {
        String familyName = name(d.it, NETWORK_ADDRESS_SUBTYPE, family);
        invalidLength(d, t, INCORRECT_LENGTH, k, dataLen, " for Type (" + typeName(d, k, k.networkSubtype()) + ", "
                + (familyName != null ? familyName : "") + "), expected (" + expected + ")");
    }

    /** {@code val_to_str_const(subtype, ..., "")}. */
    private static String typeName(Lldpdu d, Kind k, int subtype) {
        String name = name(d.it, k.subtype(), subtype);
        return name != null ? name : "";
    }

    private static String name(Items it, FieldSpec f, long value) {
        return it.valueName(f, value);
    }
}
