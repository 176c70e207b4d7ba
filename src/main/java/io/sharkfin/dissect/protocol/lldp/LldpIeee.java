package io.sharkfin.dissect.protocol.lldp;

import static io.sharkfin.dissect.protocol.lldp.LldpFields.*;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.protocol.Items;
import io.sharkfin.dissect.protocol.Tvb;

/**
 * The IEEE 802.1 and 802.3 organisation TLVs, from their subtype on, as packet-lldp.c's
 * dissect_ieee_802_1_tlv and dissect_ieee_802_3_tlv read them: 802.1's port VLAN, port and
 * protocol VLAN, VLAN name, protocol identity and link aggregation; 802.3's MAC/PHY
 * configuration, link aggregation (deprecated), maximum frame size and Energy-Efficient Ethernet.
 * An 802.3 TLV longer than its subtype needs is a finding. The subtypes of data centre bridging
 * (802.1 8 to 12), 802.3's Power via MDI and additional Ethernet capabilities show their subtype
 * only (README, Differences).
 */
final class LldpIeee {
    private LldpIeee() {
    }

    private static final FieldSpec[] PORT_AND_VLAN_FLAGS = {IEEE_802_1_PORT_AND_VLAN_ID_FLAG_SUPPORTED,
        IEEE_802_1_PORT_AND_VLAN_ID_FLAG_ENABLED};
    private static final FieldSpec[] AGGREGATION_802_1 = {IEEE_802_1_AGGREGATION_STATUS_CAP,
        IEEE_802_1_AGGREGATION_STATUS_ENABLED, IEEE_802_1_AGGREGATION_STATUS_PORTTYPE};
    private static final FieldSpec[] AGGREGATION_802_3 = {IEEE_802_3_AGGREGATION_STATUS_CAP,
        IEEE_802_3_AGGREGATION_STATUS_ENABLED};
    private static final FieldSpec[] AUTO_NEGOTIATION = {IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS_SUPPORTED,
        IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS_ENABLED};
    /** RFC 3636's ifMauAutoNegCapAdvertisedBits, in packet-lldp.c's order. */
    private static final FieldSpec[] ADVERTISED = {IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_TFD,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_T, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_XFD,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_X, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_BPAUSE,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_SPAUSE, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_APAUSE,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_PAUSE, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T2FD,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T2, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_TXFD,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_TX, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T4,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_10BASE_TFD, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_10BASE_T,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_OTHER};
    /** The same bits as some vendors send them, in reverse order. */
    private static final FieldSpec[] ADVERTISED_INVERSE = {IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_TFD,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_T, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_XFD,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_X, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_BPAUSE,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_SPAUSE, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_APAUSE,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_PAUSE, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T2FD,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T2, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_TXFD,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_TX, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T4,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_10BASE_TFD, IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_10BASE_T,
        IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_OTHER};
    private static final FieldSpec[] EEE = {IEEE_802_3_EEE_TRANSMIT, IEEE_802_3_EEE_RECEIVE,
        IEEE_802_3_EEE_FALLBACK_RECEIVE, IEEE_802_3_EEE_ECHO_TRANSMIT, IEEE_802_3_EEE_ECHO_RECEIVE};

    /** An IEEE 802.1 TLV's content {@code v}, from its subtype. */
    static void ieee8021(Items it, Tvb v) {
        int subtype = v.u8(0);
        it.add(IEEE_802_1_SUBTYPE, v, 0, 1);
        switch (subtype) {
            case 0x01 -> it.add(IEEE_802_1_PORT_VLAN_ID, v, 1, 2);
            case 0x02 -> {
                it.bitmask(IEEE_802_1_PORT_AND_VLAN_ID_FLAG, PORT_AND_VLAN_FLAGS, v, 1, 1);
                it.add(IEEE_802_1_PORT_PROTO_VLAN_ID, v, 2, 2);
            }
            case 0x03 -> {
                it.add(IEEE_802_1_VLAN_ID, v, 1, 2);
                int nameLength = v.u8(3);
                it.add(IEEE_802_1_VLAN_NAME_LEN, v, 3, 1);
                if (nameLength > 0) {
                    it.add(IEEE_802_1_VLAN_NAME, v, 4, nameLength);
                }
            }
            case 0x04 -> {
                int idLength = v.u8(1);
                it.add(IEEE_802_1_PROTO_ID_LENGTH, v, 1, 1);
                if (idLength > 0) {
                    it.add(IEEE_802_1_PROTO_ID, v, 2, idLength);
                }
            }
            case 0x07 -> {
                it.bitmask(IEEE_802_1_AGGREGATION_STATUS, AGGREGATION_802_1, v, 1, 1);
                it.add(IEEE_802_1_AGGREGATED_PORT_ID, v, 2, 4);
            }
            default -> {
                // the data centre bridging subtypes are not read further (README, Differences)
            }
        }
    }

    /** Power via MDI and the additional Ethernet capabilities: not read further, so not measured either. */
    private static final int UNREAD = -1;

    /** An IEEE 802.3 TLV's content {@code v}, from its subtype. */
    static void ieee8023(Items it, Tvb v) {
        int subtype = v.u8(0);
        int subtypeItem = it.add(IEEE_802_3_SUBTYPE, v, 0, 1);
        int offset = switch (subtype) {
            case 0x01 -> macPhy(it, v);
            case 0x02, 0x07 -> UNREAD;
            case 0x03 -> {
                it.expert(subtypeItem, TLV_DEPRECATED, v, 0, null);
                it.bitmask(IEEE_802_3_AGGREGATION_STATUS, AGGREGATION_802_3, v, 1, 1);
                it.add(IEEE_802_3_AGGREGATED_PORT_ID, v, 2, 4);
                yield 6;
            }
            case 0x04 -> {
                it.add(IEEE_802_3_MAX_FRAME_SIZE, v, 1, 2);
                yield 3;
            }
            case 0x05 -> {
                for (int i = 0; i < EEE.length; i++) {
                    it.add(EEE[i], v, 1 + 2 * i, 2);
                }
                yield 1 + 2 * EEE.length;
            }
            default -> 1;
        };
        if (offset != UNREAD && v.reportedLength() > offset) {
            it.expertItem(EXCESS_LENGTH, v, offset, -1);
        }
    }

    /** MAC/PHY configuration and status: auto-negotiation, the capabilities it advertises (in both bit orders), the MAU type. */
    private static int macPhy(Items it, Tvb v) {
        it.bitmask(IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS, AUTO_NEGOTIATION, v, 1, 1);
        it.bitmask(IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS, ADVERTISED, v, 2, 2);
        int inverse = it.text(v, 2, 2, "Same in inverse (wrong) bitorder");
        int saved = it.open(inverse);
        for (FieldSpec bit : ADVERTISED_INVERSE) {
            it.add(bit, v, 2, 2);
        }
        it.close(saved);
        it.add(IEEE_802_3_PMD_MAU_TYPE, v, 4, 2);
        return 6;
    }
}
