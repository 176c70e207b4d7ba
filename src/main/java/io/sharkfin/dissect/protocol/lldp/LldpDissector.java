package io.sharkfin.dissect.protocol.lldp;

import static io.sharkfin.dissect.protocol.lldp.LldpFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.RecordedInfo;
import io.sharkfin.dissect.protocol.Tvb;

import java.util.List;

/**
 * The Link Layer Discovery Protocol (IEEE 802.1AB, ethertype 0x88cc) as packet-lldp.c 4.0
 * dissects it: the three mandatory TLVs in their order (Chassis ID, Port ID, Time to Live), then
 * any TLVs until the End of LLDPDU TLV or the end of the captured bytes. Each TLV is read within
 * its own window of the length it states ({@code tvb_new_subset_length}), so a field past that
 * length fails as malformed and a TLV past the PDU as "length of contained item exceeds length of
 * containing item". A TLV's dissection says how far the next one is, which is not always its
 * stated length (capabilities take 6 bytes, a management address what its own lengths add up
 * to), as in the C code.
 *
 * <p>Where the mandatory TLVs are missing or wrong the dissection stops with the Info column
 * saying so ("Invalid Port ID TLV"). A repeated mandatory TLV, like the End TLV, ends the LLDPDU;
 * packet-lldp.c then cuts its data one byte before that TLV ({@code set_actual_length(tvb, offset
 * - 1)}), so that byte and what follows become Ethernet's trailer, as tshark shows them.
 */
public final class LldpDissector implements Dissector {
    static final int END = 0;
    static final int CHASSIS = 1;
    static final int PORT = 2;
    static final int TTL = 3;
    private static final int PORT_DESCRIPTION = 4;
    private static final int SYSTEM_NAME = 5;
    private static final int SYSTEM_DESCRIPTION = 6;
    private static final int SYSTEM_CAPABILITIES = 7;
    private static final int MANAGEMENT_ADDRESS = 8;
    private static final int ORGANIZATION_SPECIFIC = 127;

    /** What a TLV's dissection returns to end the LLDPDU: packet-lldp.c's -1. */
    static final int STOP = -1;

    /** Every field but the protocol: whether tshark would build a tree (it reads the same either way). */
    private static final FieldGroup OWN_FIELDS = FieldGroup.of(ALL.stream().filter(f -> f != LLDP).toList());

    private static final FieldSpec[] CAPABILITY_BITS = {TLV_SYSTEM_CAP_OTHER, TLV_SYSTEM_CAP_REPEATER,
        TLV_SYSTEM_CAP_BRIDGE, TLV_SYSTEM_CAP_WLAN_ACCESS_PT, TLV_SYSTEM_CAP_ROUTER, TLV_SYSTEM_CAP_TELEPHONE,
        TLV_SYSTEM_CAP_DOCSIS_CABLE_DEVICE, TLV_SYSTEM_CAP_STATION_ONLY};
    private static final FieldSpec[] ENABLED_CAPABILITY_BITS = {TLV_ENABLE_SYSTEM_CAP_OTHER,
        TLV_ENABLE_SYSTEM_CAP_REPEATER, TLV_ENABLE_SYSTEM_CAP_BRIDGE, TLV_ENABLE_SYSTEM_CAP_WLAN_ACCESS_PT,
        TLV_ENABLE_SYSTEM_CAP_ROUTER, TLV_ENABLE_SYSTEM_CAP_TELEPHONE, TLV_ENABLE_SYSTEM_CAP_DOCSIS_CABLE_DEVICE,
        TLV_ENABLE_SYSTEM_CAP_STATION_ONLY};

    @Override
    public FieldSpec protocol() {
        return LLDP;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Lldpdu d = new Lldpdu(p, new Items(p, OWN_FIELDS));
        try {
            return lldpdu(d, Tvb.of(p, buf, off, len));
        } finally {
            // the summary's writer shows the text as far as it got, whatever stopped the dissection
            RecordedInfo.add(p, LLDP.name(), d.info.toString());
        }
    }

    /** The TLVs of the LLDPDU in {@code pdu}; returns the bytes it keeps (see the class comment). */
    private static int lldpdu(Lldpdu d, Tvb pdu) {
        int offset = 0;
        int taken = LldpIds.dissect(d, tlv(pdu, offset), LldpIds.CHASSIS);
        if (taken < 0) {
            return invalid(d, pdu, "Invalid Chassis ID TLV");
        }
        offset += taken;
        taken = LldpIds.dissect(d, tlv(pdu, offset), LldpIds.PORT);
        if (taken < 0) {
            return invalid(d, pdu, "Invalid Port ID TLV");
        }
        offset += taken;
        taken = timeToLive(d, tlv(pdu, offset));
        if (taken < 0) {
            return invalid(d, pdu, "Invalid Time-to-Live TLV");
        }
        offset += taken;
        int captured = pdu.capturedLength();
        while (offset < captured) {
            taken = optional(d, tlv(pdu, offset));
            if (taken == STOP) {
                return offset - 1;
            }
            offset += taken;
        }
        return captured;
    }

    private static int invalid(Lldpdu d, Tvb pdu, String info) {
        d.setInfo(info);
        return pdu.capturedLength();
    }

    /** The window of the TLV at {@code offset}: its header and the length it states. */
    private static Tvb tlv(Tvb pdu, int offset) {
        return pdu.subset(offset, (pdu.u16(offset, false) & 0x1ff) + 2);
    }

    /** A TLV after the mandatory ones; returns the bytes it took, or {@link #STOP}. */
    private static int optional(Lldpdu d, Tvb t) {
        return switch (t.u16(0, false) >> 9) {
            case CHASSIS -> {
                LldpIds.dissect(d, t, LldpIds.CHASSIS);
                yield duplicate(d, "Duplicate Chassis ID TLV");
            }
            case PORT -> {
                LldpIds.dissect(d, t, LldpIds.PORT);
                yield duplicate(d, "Duplicate Port ID TLV");
            }
            case TTL -> {
                timeToLive(d, t);
                yield duplicate(d, "Duplicate Time-To-Live TLV");
            }
            case END -> endOfLldpdu(d, t);
            case PORT_DESCRIPTION -> text(d, t, "Port Description", PORT_DESC, null);
            case SYSTEM_NAME -> text(d, t, "System Name", TLV_SYSTEM_NAME, "SysN=");
            case SYSTEM_DESCRIPTION -> text(d, t, "System Description", TLV_SYSTEM_DESC, "SysD=");
            case SYSTEM_CAPABILITIES -> capabilities(d, t);
            case MANAGEMENT_ADDRESS -> managementAddress(d, t);
            case ORGANIZATION_SPECIFIC -> LldpOrgTlv.dissect(d, t);
            default -> unknown(d, t);
        };
    }

    /** After a mandatory TLV shown again: the LLDPDU ends there. */
    private static int duplicate(Lldpdu d, String info) {
        d.setInfo(info);
        return STOP;
    }

    /** The Time to Live TLV; -1 when the TLV there is of another type (no finding, as in C). */
    private static int timeToLive(Lldpdu d, Tvb t) {
        if (t.u16(0, false) >> 9 != TTL) {
            return -1;
        }
        int seconds = t.u16(2, false);
        d.info.append(seconds).append(' ');
        int saved = d.open(t, "Time To Live = " + seconds + " sec");
        d.it.add(TIME_TO_LIVE, t, 2, 2);
        d.close(saved);
        return 4;
    }

    private static int endOfLldpdu(Lldpdu d, Tvb t) {
        d.close(d.open(t, "End of LLDPDU"));
        return STOP;
    }

    /** Port description, system name or description: one string, its text also in the Info column after {@code code}. */
    private static int text(Lldpdu d, Tvb t, String title, FieldSpec field, String code) {
        int dataLen = t.u16(0, false) & 0x1ff;
        String text = Lldpdu.stringzpad(t, 2, dataLen);
        int saved = d.open(t, title + " = " + text);
        if (code != null) {
            d.info.append(code).append(text).append(' ');
        }
        d.it.add(field, t, 2, dataLen);
        d.close(saved);
        return 2 + dataLen;
    }

    /** The system's capabilities and those enabled, 2 bytes each whatever the TLV's length says. */
    private static int capabilities(Lldpdu d, Tvb t) {
        int saved = d.open(t, "Capabilities");
        d.it.bitmask(TLV_SYSTEM_CAP, CAPABILITY_BITS, t, 2, 2);
        d.it.bitmask(TLV_ENABLE_SYSTEM_CAP, ENABLED_CAPABILITY_BITS, t, 4, 2);
        d.close(saved);
        return 6;
    }

    /**
     * A management address: the address as its string length and subtype say (an IPv4 or IPv6
     * address is taken at its own length whatever the string length), the interface and an OID.
     * The next TLV starts where these end.
     */
    private static int managementAddress(Lldpdu d, Tvb t) {
        Items it = d.it;
        int saved = d.open(t, "Management Address");
        int stringLen = t.u8(2);
        it.add(MGN_ADDRESS_LEN, t, 2, 1);
        int subtype = t.u8(3);
        it.add(MGN_ADDRESS_SUBTYPE, t, 3, 1);
        switch (subtype) {
            case 1 -> it.add(MGN_ADDR_IP4, t, 4, 4);
            case 2 -> it.add(MGN_ADDR_IP6, t, 4, 16);
            // a string length of 0 leaves -1: the rest of the TLV
            default -> it.add(MGN_ADDR_HEX, t, 4, stringLen - 1);
        }
        int offset = 4 + stringLen - 1;
        it.add(MGN_INTERFACE_SUBTYPE, t, offset, 1);
        it.add(MGN_INTERFACE_NUMBER, t, offset + 1, 4);
        int oidLen = t.u8(offset + 5);
        it.add(MGN_OBJ_LEN, t, offset + 5, 1);
        offset += 6;
        if (oidLen > 0) {
            it.add(MGN_OBJ_ID, t, offset, oidLen);
            offset += oidLen;
        }
        d.close(saved);
        return offset;
    }

    private static int unknown(Lldpdu d, Tvb t) {
        d.close(d.open(t, "Unknown TLV"));
        return 2 + (t.u16(0, false) & 0x1ff);
    }
}
