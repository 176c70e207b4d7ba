package io.sharkfin.dissect.protocol.lldp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The LLDP fields: Wireshark 4.0's ({@code lldp.*}, made with {@code src/tools/gen-field-specs.py
 * --declared} from {@code src/tools/lldp-fields.txt}) and packet-lldp.c's expert infos.
 */
public final class LldpFields {
    private LldpFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec LLDP = SPECS.add(FieldSpec.protocol("lldp", "Link Layer Discovery Protocol"));

    public static final FieldSpec TLV_TYPE = SPECS.add(f("lldp.tlv.type", "TLV Type", FieldType.UINT16, "BASE_DEC", 0xfe00));
    public static final FieldSpec TLV_LEN = SPECS.add(f("lldp.tlv.len", "TLV Length", FieldType.UINT16, "BASE_DEC", 0x1ff));
    public static final FieldSpec CHASSIS_SUBTYPE = SPECS.add(f("lldp.chassis.subtype", "Chassis Id Subtype", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec CHASSIS_ID = SPECS.add(f("lldp.chassis.id", "Chassis Id", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CHASSIS_ID_MAC = SPECS.add(f("lldp.chassis.id.mac", "Chassis Id", FieldType.ETHER, "", 0x0));
    public static final FieldSpec CHASSIS_ID_IP4 = SPECS.add(f("lldp.chassis.id.ip4", "Chassis Id", FieldType.IPv4, "", 0x0));
    public static final FieldSpec CHASSIS_ID_IP6 = SPECS.add(f("lldp.chassis.id.ip6", "Chassis Id", FieldType.IPv6, "", 0x0));
    public static final FieldSpec NETWORK_ADDRESS_SUBTYPE = SPECS.add(f("lldp.network_address.subtype", "Network Address family", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec PORT_SUBTYPE = SPECS.add(f("lldp.port.subtype", "Port Id Subtype", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec PORT_ID = SPECS.add(f("lldp.port.id", "Port Id", FieldType.STRING, "", 0x0));
    public static final FieldSpec PORT_ID_MAC = SPECS.add(f("lldp.port.id.mac", "Port Id", FieldType.ETHER, "", 0x0));
    public static final FieldSpec PORT_ID_IP4 = SPECS.add(f("lldp.port.id.ip4", "Port Id", FieldType.IPv4, "", 0x0));
    public static final FieldSpec PORT_ID_IP6 = SPECS.add(f("lldp.port.id.ip6", "Port Id", FieldType.IPv6, "", 0x0));
    public static final FieldSpec TIME_TO_LIVE = SPECS.add(f("lldp.time_to_live", "Seconds", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec PORT_DESC = SPECS.add(f("lldp.port.desc", "Port Description", FieldType.STRING, "", 0x0));
    public static final FieldSpec TLV_SYSTEM_NAME = SPECS.add(f("lldp.tlv.system.name", "System Name", FieldType.STRING, "", 0x0));
    public static final FieldSpec TLV_SYSTEM_DESC = SPECS.add(f("lldp.tlv.system.desc", "System Description", FieldType.STRING, "", 0x0));
    public static final FieldSpec TLV_SYSTEM_CAP = SPECS.add(f("lldp.tlv.system_cap", "Capabilities", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec TLV_SYSTEM_CAP_OTHER = SPECS.add(f("lldp.tlv.system_cap.other", "Other", FieldType.BOOLEAN, "16", 0x1));
    public static final FieldSpec TLV_SYSTEM_CAP_REPEATER = SPECS.add(f("lldp.tlv.system_cap.repeater", "Repeater", FieldType.BOOLEAN, "16", 0x2));
    public static final FieldSpec TLV_SYSTEM_CAP_BRIDGE = SPECS.add(f("lldp.tlv.system_cap.bridge", "Bridge", FieldType.BOOLEAN, "16", 0x4));
    public static final FieldSpec TLV_SYSTEM_CAP_WLAN_ACCESS_PT = SPECS.add(f("lldp.tlv.system_cap.wlan_access_pt", "WLAN access point", FieldType.BOOLEAN, "16", 0x8));
    public static final FieldSpec TLV_SYSTEM_CAP_ROUTER = SPECS.add(f("lldp.tlv.system_cap.router", "Router", FieldType.BOOLEAN, "16", 0x10));
    public static final FieldSpec TLV_SYSTEM_CAP_TELEPHONE = SPECS.add(f("lldp.tlv.system_cap.telephone", "Telephone", FieldType.BOOLEAN, "16", 0x20));
    public static final FieldSpec TLV_SYSTEM_CAP_DOCSIS_CABLE_DEVICE = SPECS.add(f("lldp.tlv.system_cap.docsis_cable_device", "DOCSIS cable device", FieldType.BOOLEAN, "16", 0x40));
    public static final FieldSpec TLV_SYSTEM_CAP_STATION_ONLY = SPECS.add(f("lldp.tlv.system_cap.station_only", "Station only", FieldType.BOOLEAN, "16", 0x80));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP = SPECS.add(f("lldp.tlv.enable_system_cap", "Enabled Capabilities", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP_OTHER = SPECS.add(f("lldp.tlv.enable_system_cap.other", "Other", FieldType.BOOLEAN, "16", 0x1));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP_REPEATER = SPECS.add(f("lldp.tlv.enable_system_cap.repeater", "Repeater", FieldType.BOOLEAN, "16", 0x2));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP_BRIDGE = SPECS.add(f("lldp.tlv.enable_system_cap.bridge", "Bridge", FieldType.BOOLEAN, "16", 0x4));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP_WLAN_ACCESS_PT = SPECS.add(f("lldp.tlv.enable_system_cap.wlan_access_pt", "WLAN access point", FieldType.BOOLEAN, "16", 0x8));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP_ROUTER = SPECS.add(f("lldp.tlv.enable_system_cap.router", "Router", FieldType.BOOLEAN, "16", 0x10));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP_TELEPHONE = SPECS.add(f("lldp.tlv.enable_system_cap.telephone", "Telephone", FieldType.BOOLEAN, "16", 0x20));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP_DOCSIS_CABLE_DEVICE = SPECS.add(f("lldp.tlv.enable_system_cap.docsis_cable_device", "DOCSIS cable device", FieldType.BOOLEAN, "16", 0x40));
    public static final FieldSpec TLV_ENABLE_SYSTEM_CAP_STATION_ONLY = SPECS.add(f("lldp.tlv.enable_system_cap.station_only", "Station only", FieldType.BOOLEAN, "16", 0x80));
    public static final FieldSpec MGN_ADDRESS_LEN = SPECS.add(f("lldp.mgn.address.len", "Address String Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MGN_ADDRESS_SUBTYPE = SPECS.add(f("lldp.mgn.address.subtype", "Address Subtype", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MGN_ADDR_IP4 = SPECS.add(f("lldp.mgn.addr.ip4", "Management Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec MGN_ADDR_IP6 = SPECS.add(f("lldp.mgn.addr.ip6", "Management Address", FieldType.IPv6, "", 0x0));
    public static final FieldSpec MGN_ADDR_HEX = SPECS.add(f("lldp.mgn.addr.hex", "Management Address", FieldType.BYTES, "", 0x0));
    public static final FieldSpec MGN_INTERFACE_SUBTYPE = SPECS.add(f("lldp.mgn.interface.subtype", "Interface Subtype", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MGN_INTERFACE_NUMBER = SPECS.add(f("lldp.mgn.interface.number", "Interface Number", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec MGN_OBJ_LEN = SPECS.add(f("lldp.mgn.obj.len", "OID String Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MGN_OBJ_ID = SPECS.add(f("lldp.mgn.obj.id", "Object Identifier", FieldType.OID, "", 0x0));
    public static final FieldSpec ORGTLV_OUI = SPECS.add(f("lldp.orgtlv.oui", "Organization Unique Code", FieldType.UINT24, "BASE_OUI", 0x0));
    public static final FieldSpec UNKNOWN_SUBTYPE = SPECS.add(f("lldp.unknown_subtype", "Unknown Subtype", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec UNKNOWN_SUBTYPE_CONTENT = SPECS.add(f("lldp.unknown_subtype.content", "Unknown Subtype Content", FieldType.BYTES, "", 0x0));
    public static final FieldSpec IEEE_802_1_SUBTYPE = SPECS.add(f("lldp.ieee.802_1.subtype", "IEEE 802.1 Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_1_PORT_VLAN_ID = SPECS.add(f("lldp.ieee.802_1.port_vlan.id", "Port VLAN Identifier", FieldType.UINT16, "BASE_DEC_HEX", 0x0));
    public static final FieldSpec IEEE_802_1_PORT_AND_VLAN_ID_FLAG = SPECS.add(f("lldp.ieee.802_1.port_and_vlan_id_flag", "Flags", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_1_PORT_AND_VLAN_ID_FLAG_SUPPORTED = SPECS.add(f("lldp.ieee.802_1.port_and_vlan_id_flag.supported", "Port and Protocol VLAN", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec IEEE_802_1_PORT_AND_VLAN_ID_FLAG_ENABLED = SPECS.add(f("lldp.ieee.802_1.port_and_vlan_id_flag.enabled", "Port and Protocol VLAN", FieldType.BOOLEAN, "8", 0x4));
    public static final FieldSpec IEEE_802_1_PORT_PROTO_VLAN_ID = SPECS.add(f("lldp.ieee.802_1.port_proto_vlan.id", "Port and Protocol VLAN Identifier", FieldType.UINT16, "BASE_DEC_HEX", 0x0));
    public static final FieldSpec IEEE_802_1_VLAN_ID = SPECS.add(f("lldp.ieee.802_1.vlan.id", "VLAN Identifier", FieldType.UINT16, "BASE_DEC_HEX", 0x0));
    public static final FieldSpec IEEE_802_1_VLAN_NAME_LEN = SPECS.add(f("lldp.ieee.802_1.vlan.name_len", "VLAN Name Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_1_VLAN_NAME = SPECS.add(f("lldp.ieee.802_1.vlan.name", "VLAN Name", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec IEEE_802_1_PROTO_ID_LENGTH = SPECS.add(f("lldp.ieee.802_1.proto.id_length", "Protocol Identity Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_1_PROTO_ID = SPECS.add(f("lldp.ieee.802_1.proto.id", "Protocol Identity", FieldType.BYTES, "", 0x0));
    public static final FieldSpec IEEE_802_1_AGGREGATION_STATUS = SPECS.add(f("lldp.ieee.802_1.aggregation_status", "Aggregation Status", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_1_AGGREGATION_STATUS_CAP = SPECS.add(f("lldp.ieee.802_1.aggregation_status.cap", "Aggregation Capability", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec IEEE_802_1_AGGREGATION_STATUS_ENABLED = SPECS.add(f("lldp.ieee.802_1.aggregation_status.enabled", "Aggregation Status", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec IEEE_802_1_AGGREGATION_STATUS_PORTTYPE = SPECS.add(f("lldp.ieee.802_1.aggregation_status.porttype", "Aggregation Status", FieldType.UINT8, "BASE_DEC", 0xc));
    public static final FieldSpec IEEE_802_1_AGGREGATED_PORT_ID = SPECS.add(f("lldp.ieee.802_1.aggregated_port_id", "Aggregated Port Id", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_3_SUBTYPE = SPECS.add(f("lldp.ieee.802_3.subtype", "IEEE 802.3 Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS = SPECS.add(f("lldp.ieee.802_3.mac_phy_auto_neg_status", "Auto-Negotiation Support/Status", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS_SUPPORTED = SPECS.add(f("lldp.ieee.802_3.mac_phy_auto_neg_status.supported", "Auto-Negotiation", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec IEEE_802_3_MAC_PHY_AUTO_NEG_STATUS_ENABLED = SPECS.add(f("lldp.ieee.802_3.mac_phy_auto_neg_status.enabled", "Auto-Negotiation", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps", "PMD Auto-Negotiation Advertised Capability", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_TFD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.1000base_tfd", "1000BASE-T (full duplex mode)", FieldType.BOOLEAN, "16", 0x1));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_T = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.1000base_t", "1000BASE-T (half duplex mode)", FieldType.BOOLEAN, "16", 0x2));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_XFD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.1000base_xfd", "1000BASE-X (-LX, -SX, -CX full duplex mode)", FieldType.BOOLEAN, "16", 0x4));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_1000BASE_X = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.1000base_x", "1000BASE-X (-LX, -SX, -CX half duplex mode)", FieldType.BOOLEAN, "16", 0x8));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_BPAUSE = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.fdx_bpause", "Asymmetric and Symmetric PAUSE (for full-duplex links)", FieldType.BOOLEAN, "16", 0x10));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_SPAUSE = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.fdx_spause", "Symmetric PAUSE (for full-duplex links)", FieldType.BOOLEAN, "16", 0x20));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_APAUSE = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.fdx_apause", "Asymmetric PAUSE (for full-duplex links)", FieldType.BOOLEAN, "16", 0x40));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_FDX_PAUSE = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.fdx_pause", "PAUSE (for full-duplex links)", FieldType.BOOLEAN, "16", 0x80));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T2FD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.100base_t2fd", "100BASE-T2 (full duplex mode)", FieldType.BOOLEAN, "16", 0x100));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T2 = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.100base_t2", "100BASE-T2 (half duplex mode)", FieldType.BOOLEAN, "16", 0x200));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_TXFD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.100base_txfd", "100BASE-TX (full duplex mode)", FieldType.BOOLEAN, "16", 0x400));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_TX = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.100base_tx", "100BASE-TX (half duplex mode)", FieldType.BOOLEAN, "16", 0x800));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_100BASE_T4 = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.100base_t4", "100BASE-T4", FieldType.BOOLEAN, "16", 0x1000));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_10BASE_TFD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.10base_tfd", "10BASE-T (full duplex mode)", FieldType.BOOLEAN, "16", 0x2000));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_10BASE_T = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.10base_t", "10BASE-T (half duplex mode)", FieldType.BOOLEAN, "16", 0x4000));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_OTHER = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps.other", "Other or unknown", FieldType.BOOLEAN, "16", 0x8000));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_TFD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.1000base_tfd", "1000BASE-T (full duplex mode)", FieldType.BOOLEAN, "16", 0x8000));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_T = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.1000base_t", "1000BASE-T (half duplex mode)", FieldType.BOOLEAN, "16", 0x4000));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_XFD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.1000base_xfd", "1000BASE-X (-LX, -SX, -CX full duplex mode)", FieldType.BOOLEAN, "16", 0x2000));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_1000BASE_X = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.1000base_x", "1000BASE-X (-LX, -SX, -CX half duplex mode)", FieldType.BOOLEAN, "16", 0x1000));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_BPAUSE = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.fdx_bpause", "Asymmetric and Symmetric PAUSE (for full-duplex links)", FieldType.BOOLEAN, "16", 0x800));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_SPAUSE = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.fdx_spause", "Symmetric PAUSE (for full-duplex links)", FieldType.BOOLEAN, "16", 0x400));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_APAUSE = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.fdx_apause", "Asymmetric PAUSE (for full-duplex links)", FieldType.BOOLEAN, "16", 0x200));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_FDX_PAUSE = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.fdx_pause", "PAUSE (for full-duplex links)", FieldType.BOOLEAN, "16", 0x100));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T2FD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.100base_t2fd", "100BASE-T2 (full duplex mode)", FieldType.BOOLEAN, "16", 0x80));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T2 = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.100base_t2", "100BASE-T2 (half duplex mode)", FieldType.BOOLEAN, "16", 0x40));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_TXFD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.100base_txfd", "100BASE-TX (full duplex mode)", FieldType.BOOLEAN, "16", 0x20));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_TX = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.100base_tx", "100BASE-TX (half duplex mode)", FieldType.BOOLEAN, "16", 0x10));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_100BASE_T4 = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.100base_t4", "100BASE-T4", FieldType.BOOLEAN, "16", 0x8));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_10BASE_TFD = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.10base_tfd", "10BASE-T (full duplex mode)", FieldType.BOOLEAN, "16", 0x4));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_10BASE_T = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.10base_t", "10BASE-T (half duplex mode)", FieldType.BOOLEAN, "16", 0x2));
    public static final FieldSpec IEEE_802_3_PMD_AUTO_NEG_ADVERTISED_CAPS_INV_OTHER = SPECS.add(f("lldp.ieee.802_3.pmd_auto_neg_advertised_caps_inv.other", "Other or unknown", FieldType.BOOLEAN, "16", 0x1));
    public static final FieldSpec IEEE_802_3_PMD_MAU_TYPE = SPECS.add(f("lldp.ieee.802_3.pmd_mau_type", "Operational MAU Type", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_3_AGGREGATION_STATUS = SPECS.add(f("lldp.ieee.802_3.aggregation_status", "Aggregation Status", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_3_AGGREGATION_STATUS_CAP = SPECS.add(f("lldp.ieee.802_3.aggregation_status.cap", "Aggregation Capability", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec IEEE_802_3_AGGREGATION_STATUS_ENABLED = SPECS.add(f("lldp.ieee.802_3.aggregation_status.enabled", "Aggregation Status", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec IEEE_802_3_AGGREGATED_PORT_ID = SPECS.add(f("lldp.ieee.802_3.aggregated_port_id", "Aggregated Port Id", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_3_MAX_FRAME_SIZE = SPECS.add(f("lldp.ieee.802_3.max_frame_size", "Maximum Frame Size", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_3_EEE_TRANSMIT = SPECS.add(f("lldp.ieee.802_3.eee.transmit", "Transmit", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_3_EEE_RECEIVE = SPECS.add(f("lldp.ieee.802_3.eee.receive", "Receive", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_3_EEE_FALLBACK_RECEIVE = SPECS.add(f("lldp.ieee.802_3.eee.fallback_receive", "Fallback Receive", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_3_EEE_ECHO_TRANSMIT = SPECS.add(f("lldp.ieee.802_3.eee.echo_transmit", "Echo Transmit", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec IEEE_802_3_EEE_ECHO_RECEIVE = SPECS.add(f("lldp.ieee.802_3.eee.echo_receive", "Echo Receive", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec DCBX_PROTO = SPECS.add(f("lldp.dcbx.proto", "DCBx Protocol", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec MEDIA_SUBTYPE = SPECS.add(f("lldp.media.subtype", "Media Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec PROFINET_SUBTYPE = SPECS.add(f("lldp.profinet.subtype", "Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec CISCO_SUBTYPE = SPECS.add(f("lldp.cisco.subtype", "Cisco Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec IEEE_802_1QBG_SUBTYPE = SPECS.add(f("lldp.ieee.802_1qbg.subtype", "IEEE 802.1Qbg Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec HYTEC_TLV_SUBTYPE = SPECS.add(f("lldp.hytec.tlv_subtype", "Hytec Subtype", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec AVAYA_SUBTYPE = SPECS.add(f("lldp.avaya.subtype", "Avaya Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec IANA_SUBTYPE = SPECS.add(f("lldp.iana.subtype", "IANA Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec ONOS_SUBTYPE = SPECS.add(f("lldp.onos.subtype", "ONOS Subtype", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec EXTREME_AVAYA_AP_SUBTYPE = SPECS.add(f("lldp.extreme_avaya_ap.subtype", "Subtype", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec EXTREME_AVAYA_FABRIC_SUBTYPE = SPECS.add(f("lldp.extreme_avaya.fabric.subtype", "Subtype", FieldType.UINT8, "BASE_DEC", 0x0));

    public static final Expert.Info INCORRECT_LENGTH = SPECS.add(Expert.Info.of("lldp.incorrect_length",
            Expert.Group.MALFORMED, Expert.Severity.WARN, "Invalid length, too short"));
    public static final Expert.Info EXCESS_LENGTH = SPECS.add(Expert.Info.of("lldp.excess_length",
            Expert.Group.MALFORMED, Expert.Severity.WARN, "Invalid length, greater than expected"));
    public static final Expert.Info BAD_TYPE = SPECS.add(Expert.Info.of("lldp.bad_type",
            Expert.Group.MALFORMED, Expert.Severity.WARN, "Incorrect type"));
    public static final Expert.Info TLV_DEPRECATED = SPECS.add(Expert.Info.of("lldp.tlv_deprecated",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "TLV has been deprecated"));

    static final List<FieldSpec> ALL = SPECS.list();
}
