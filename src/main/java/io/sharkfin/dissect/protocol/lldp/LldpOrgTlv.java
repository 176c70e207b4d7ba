package io.sharkfin.dissect.protocol.lldp;

import static io.sharkfin.dissect.protocol.lldp.LldpFields.*;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.OuiVendors;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

import java.util.Locale;
import java.util.Map;

/**
 * Organisationally specific TLVs (type 127) as packet-lldp.c's
 * dissect_organizational_specific_tlv shows them: the subtree worded "VENDOR - SUBTYPE" (the
 * vendor from the manuf file, the subtype by the organisation's table), the OUI, then the content
 * in a window of the length the TLV states. IEEE 802.1's and 802.3's common subtypes are read
 * field by field; an organisation packet-lldp.c does not know shows its subtype and bytes
 * ({@code lldp.unknown_subtype}, {@code .content}). Of the other organisations it knows (TIA's
 * LLDP-MED, PROFINET, Cisco, DCBX, ...) only the subtype is shown, not the rest of the content
 * (README, Differences).
 */
final class LldpOrgTlv {
    private LldpOrgTlv() {
    }

    static final int IEEE_802_1 = 0x0080c2;
    static final int IEEE_802_3 = 0x00120f;

    /**
     * An organisation packet-lldp.c knows: the field of its subtype, whose values name the
     * subtree, how a subtype without a name is worded there ({@code val_to_str}'s format), and
     * whether its dissector shows the bytes of such a subtype ({@code lldp.unknown_subtype.content}).
     */
    private record Organization(FieldSpec subtype, String unnamed, boolean unnamedContent) {
    }

    private static final Map<Integer, Organization> KNOWN = Map.ofEntries(
            Map.entry(0x001b21, new Organization(DCBX_PROTO, "Unknown subtype (0x%x)", false)),
            Map.entry(IEEE_802_1, new Organization(IEEE_802_1_SUBTYPE, "Unknown subtype 0x%x", false)),
            Map.entry(IEEE_802_3, new Organization(IEEE_802_3_SUBTYPE, "Unknown subtype 0x%x", false)),
            Map.entry(0x0012bb, new Organization(MEDIA_SUBTYPE, "Unknown subtype 0x%x", false)),
            Map.entry(0x000ecf, new Organization(PROFINET_SUBTYPE, "Reserved (0x%x)", true)),
            Map.entry(0x000142, new Organization(CISCO_SUBTYPE, "Unknown subtype (0x%x)", true)),
            Map.entry(0x001b3f, new Organization(IEEE_802_1QBG_SUBTYPE, "Unknown subtype 0x%x", false)),
            Map.entry(0x00040d, new Organization(EXTREME_AVAYA_AP_SUBTYPE, "Unknown subtype 0x%x", false)),
            Map.entry(0xd88466, new Organization(EXTREME_AVAYA_FABRIC_SUBTYPE, "Unknown subtype 0x%x", false)),
            Map.entry(0x30b216, new Organization(HYTEC_TLV_SUBTYPE, "Unknown subtype (0x%x)", false)),
            Map.entry(0x00400d, new Organization(AVAYA_SUBTYPE, "Unknown subtype (0x%x)", true)),
            Map.entry(0x00005e, new Organization(IANA_SUBTYPE, "Unknown subtype (0x%x)", true)),
            Map.entry(0xa42305, new Organization(ONOS_SUBTYPE, "Unknown subtype (0x%x)", true)));

    /** The TLV at the start of {@code t}; returns its length as stated. */
    static int dissect(Lldpdu d, Tvb t) {
        Items it = d.it;
        int dataLen = t.u16(0, false) & 0x1ff;
        int oui = t.u24(2);
        int subtype = t.u8(5);
        Organization org = KNOWN.get(oui);
        String label = null;
        if (it.texts()) {
            String vendor = OuiVendors.of(oui);
            label = (vendor != null ? vendor : "Unknown") + " - " + subtypeName(it, org, subtype);
        }
        int saved = d.open(t, label);
        try {
            if (dataLen < 4) {
                if (it.wantsExpert(INCORRECT_LENGTH)) {
                    it.expert(d.lengthItem, INCORRECT_LENGTH, t, 0, "TLV length (" + dataLen + ") too short, must be >=4)");
                }
                return dataLen + 2;
            }
            it.uint(ORGTLV_OUI, t, 2, 3, oui);
            Tvb content = t.subset(5, dataLen - 3);
            if (oui == IEEE_802_1) {
                LldpIeee.ieee8021(it, content);
            } else if (oui == IEEE_802_3) {
                LldpIeee.ieee8023(it, content);
            } else if (org != null) {
                it.add(org.subtype(), content, 0, 1);
                if (org.unnamedContent() && it.valueName(org.subtype(), subtype) == null) {
                    it.add(UNKNOWN_SUBTYPE_CONTENT, content, 1, -1);
                }
            } else {
                it.add(UNKNOWN_SUBTYPE, content, 0, 1);
                if (content.capturedRemaining(1) > 0) {
                    it.add(UNKNOWN_SUBTYPE_CONTENT, content, 1, -1);
                }
            }
            return dataLen + 2;
        } finally {
            d.close(saved);
        }
    }

    private static String subtypeName(Items it, Organization org, int subtype) {
        if (org == null) {
            return "Unknown (" + subtype + ")";
        }
        String name = it.valueName(org.subtype(), subtype);
        return name != null ? name : String.format(Locale.ROOT, org.unnamed(), subtype);
    }
}
