package io.sharkfin.dissect.protocol.cdp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The CDP fields: Wireshark 4.0's ({@code cdp.*}, made with {@code src/tools/gen-field-specs.py}
 * from {@code src/tools/cdp-fields.txt}) and packet-cdp.c's expert infos.
 */
public final class CdpFields {
    private CdpFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec CDP = SPECS.add(FieldSpec.protocol("cdp", "Cisco Discovery Protocol"));

    public static final FieldSpec ADDRESS = SPECS.add(f("cdp.address", "Address", FieldType.BYTES, "", 0x0));
    public static final FieldSpec ADDRESS_LENGTH = SPECS.add(f("cdp.address_length", "Address length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec CAPABILITIES = SPECS.add(f("cdp.capabilities", "Capabilities", FieldType.UINT32, "BASE_HEX", 0x0));
    public static final FieldSpec CAPABILITIES_CVTA = SPECS.add(f("cdp.capabilities.cvta", "CVTA/STP Dispute Resolution/Cisco VT Camera", FieldType.BOOLEAN, "32", 0x200));
    public static final FieldSpec CAPABILITIES_HOST = SPECS.add(f("cdp.capabilities.host", "Host", FieldType.BOOLEAN, "32", 0x10));
    public static final FieldSpec CAPABILITIES_IGMP_CAPABLE = SPECS.add(f("cdp.capabilities.igmp_capable", "IGMP capable", FieldType.BOOLEAN, "32", 0x20));
    public static final FieldSpec CAPABILITIES_MAC_RELAY = SPECS.add(f("cdp.capabilities.mac_relay", "Two Port Mac Relay", FieldType.BOOLEAN, "32", 0x400));
    public static final FieldSpec CAPABILITIES_REMOTE = SPECS.add(f("cdp.capabilities.remote", "Remotely Managed Device", FieldType.BOOLEAN, "32", 0x100));
    public static final FieldSpec CAPABILITIES_REPEATER = SPECS.add(f("cdp.capabilities.repeater", "Repeater", FieldType.BOOLEAN, "32", 0x40));
    public static final FieldSpec CAPABILITIES_ROUTER = SPECS.add(f("cdp.capabilities.router", "Router", FieldType.BOOLEAN, "32", 0x1));
    public static final FieldSpec CAPABILITIES_SRC_BRIDGE = SPECS.add(f("cdp.capabilities.src_bridge", "Source Route Bridge", FieldType.BOOLEAN, "32", 0x4));
    public static final FieldSpec CAPABILITIES_SWITCH = SPECS.add(f("cdp.capabilities.switch", "Switch", FieldType.BOOLEAN, "32", 0x8));
    public static final FieldSpec CAPABILITIES_TRANS_BRIDGE = SPECS.add(f("cdp.capabilities.trans_bridge", "Transparent Bridge", FieldType.BOOLEAN, "32", 0x2));
    public static final FieldSpec CAPABILITIES_VOIP_PHONE = SPECS.add(f("cdp.capabilities.voip_phone", "VoIP Phone", FieldType.BOOLEAN, "32", 0x80));
    public static final FieldSpec CHECKSUM = SPECS.add(f("cdp.checksum", "Checksum", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec CHECKSUM_STATUS = SPECS.add(f("cdp.checksum.status", "Checksum Status", FieldType.UINT8, "BASE_NONE", 0x0));
    public static final FieldSpec CLUSTER_COMMANDER_MAC = SPECS.add(f("cdp.cluster.commander_mac", "Cluster Commander MAC", FieldType.ETHER, "", 0x0));
    public static final FieldSpec CLUSTER_IP = SPECS.add(f("cdp.cluster.ip", "IP?", FieldType.IPv4, "", 0x0));
    public static final FieldSpec CLUSTER_MANAGEMENT_VLAN = SPECS.add(f("cdp.cluster.management_vlan", "Management VLAN", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec CLUSTER_MASTER_IP = SPECS.add(f("cdp.cluster.master_ip", "Cluster Master IP", FieldType.IPv4, "", 0x0));
    public static final FieldSpec CLUSTER_STATUS = SPECS.add(f("cdp.cluster.status", "Status?", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec CLUSTER_SUB_VERSION = SPECS.add(f("cdp.cluster.sub_version", "Sub Version?", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec CLUSTER_SWITCH_MAC = SPECS.add(f("cdp.cluster.switch_mac", "Switch's MAC", FieldType.ETHER, "", 0x0));
    public static final FieldSpec CLUSTER_UNKNOWN = SPECS.add(f("cdp.cluster.unknown", "UNKNOWN", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec CLUSTER_VERSION = SPECS.add(f("cdp.cluster.version", "Version?", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec DATA = SPECS.add(f("cdp.data", "Data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec DEVICEID = SPECS.add(f("cdp.deviceid", "Device ID", FieldType.STRING, "", 0x0));
    public static final FieldSpec DUPLEX = SPECS.add(f("cdp.duplex", "Duplex", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec ENCRYPTED_DATA = SPECS.add(f("cdp.encrypted_data", "Encrypted Data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HARDWARE_VERSION_ID = SPECS.add(f("cdp.hardware_version_id", "Hardware Version ID", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec HELLO_UNKNOWN = SPECS.add(f("cdp.hello.unknown", "Unknown", FieldType.BYTES, "", 0x0));
    public static final FieldSpec IP_PREFIX = SPECS.add(f("cdp.ip_prefix", "IP Prefix", FieldType.IPv4, "", 0x0));
    public static final FieldSpec LEN_TLV_TABLE = SPECS.add(f("cdp.len_tlv_table", "Length of TLV table", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec LOCATION = SPECS.add(f("cdp.location", "Location", FieldType.STRING, "", 0x0));
    public static final FieldSpec LOCATION_UNKNOWN = SPECS.add(f("cdp.location.unknown", "UNKNOWN", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec MANAGEMENT_ID = SPECS.add(f("cdp.management_id", "Management-ID", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec MODEL_NUMBER = SPECS.add(f("cdp.model_number", "Model Number", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec MTU = SPECS.add(f("cdp.mtu", "MTU", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec NATIVE_VLAN = SPECS.add(f("cdp.native_vlan", "Native VLAN", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec NRGYZ_IP_ADDRESS = SPECS.add(f("cdp.nrgyz.ip_address", "IP Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec NRGYZ_IPV6_ADDRESS = SPECS.add(f("cdp.nrgyz.ipv6_address", "IPv6 Address", FieldType.IPv6, "", 0x0));
    public static final FieldSpec NRGYZ_TLV_LEN = SPECS.add(f("cdp.nrgyz.tlv.len", "TLV Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec NRGYZ_TLV_TYPE = SPECS.add(f("cdp.nrgyz.tlv.type", "TLV Type", FieldType.UINT32, "BASE_HEX", 0x0));
    public static final FieldSpec NRGYZ_REPLY_TO_BACKUP_SERVER_IP = SPECS.add(f("cdp.nrgyz_reply_to.backup_server_ip", "Backup Server IP?", FieldType.IPv4, "", 0x0));
    public static final FieldSpec NRGYZ_REPLY_TO_BACKUP_SERVER_PORT = SPECS.add(f("cdp.nrgyz_reply_to.backup_server_port", "Backup server Port?", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec NRGYZ_REPLY_TO_DOMAIN = SPECS.add(f("cdp.nrgyz_reply_to.domain", "Domain", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec NRGYZ_REPLY_TO_IP_ADDRESS = SPECS.add(f("cdp.nrgyz_reply_to.ip_address", "IP Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec NRGYZ_REPLY_TO_NAME = SPECS.add(f("cdp.nrgyz_reply_to.name", "Name", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec NRGYZ_REPLY_TO_PORT = SPECS.add(f("cdp.nrgyz_reply_to.port", "Port", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec NRGYZ_REPLY_TO_ROLE = SPECS.add(f("cdp.nrgyz_reply_to.role", "Role", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec NRGYZ_REPLY_TO_UNKNOWN_FIELD = SPECS.add(f("cdp.nrgyz_reply_to.unknown_field", "Unknown Field", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec NRGYZ_UNKNOWN_VALUES = SPECS.add(f("cdp.nrgyz_unknown_values", "Unknown Values", FieldType.BYTES, "", 0x0));
    public static final FieldSpec NUM_TLVS_TABLE = SPECS.add(f("cdp.num_tlvs_table", "Number of TLVs in table", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec NUMBER_OF_ADDRESSES = SPECS.add(f("cdp.number_of_addresses", "Number of addresses", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec ODR_DEFAULT_GATEWAY = SPECS.add(f("cdp.odr_default_gateway", "ODR Default gateway", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OUI = SPECS.add(f("cdp.oui", "OUI", FieldType.UINT24, "BASE_OUI", 0x0));
    public static final FieldSpec PLATFORM = SPECS.add(f("cdp.platform", "Platform", FieldType.STRING, "", 0x0));
    public static final FieldSpec PORTID = SPECS.add(f("cdp.portid", "Sent through Interface", FieldType.STRING, "", 0x0));
    public static final FieldSpec POWER_AVAILABLE = SPECS.add(f("cdp.power_available", "Power Available", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec POWER_CONSUMPTION = SPECS.add(f("cdp.power_consumption", "Power Consumption", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec POWER_REQUESTED = SPECS.add(f("cdp.power_requested", "Power Requested", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec PROTOCOL = SPECS.add(f("cdp.protocol", "Protocol", FieldType.BYTES, "", 0x0));
    public static final FieldSpec PROTOCOL_ID = SPECS.add(f("cdp.protocol_id", "Protocol ID", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec PROTOCOL_LENGTH = SPECS.add(f("cdp.protocol_length", "Protocol length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec PROTOCOL_TYPE = SPECS.add(f("cdp.protocol_type", "Protocol type", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec REQUEST_ID = SPECS.add(f("cdp.request_id", "Request-ID", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec SEEN_SEQUENCE = SPECS.add(f("cdp.seen_sequence", "Seen Sequence?", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SEQUENCE_NUMBER = SPECS.add(f("cdp.sequence_number", "Sequence Number", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SOFTWARE_VERSION = SPECS.add(f("cdp.software_version", "Software version", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec SPARE_POE_TLV = SPECS.add(f("cdp.spare_poe_tlv", "Spare Pair PoE", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec SPARE_POE_TLV_POE = SPECS.add(f("cdp.spare_poe_tlv.poe", "PSE Four-Wire PoE", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec SPARE_POE_TLV_PSE_SPARE_PAIR_POE = SPECS.add(f("cdp.spare_poe_tlv.pse_spare_pair_poe", "PSE Spare Pair PoE", FieldType.BOOLEAN, "8", 0x8));
    public static final FieldSpec SPARE_POE_TLV_REQ_SPARE_PAIR_POE = SPECS.add(f("cdp.spare_poe_tlv.req_spare_pair_poe", "PD Request Spare Pair PoE", FieldType.BOOLEAN, "8", 0x4));
    public static final FieldSpec SPARE_POE_TLV_SPARE_PAIR_ARCH = SPECS.add(f("cdp.spare_poe_tlv.spare_pair_arch", "PD Spare Pair Architecture", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec SYSTEM_NAME = SPECS.add(f("cdp.system_name", "System Name", FieldType.STRING, "", 0x0));
    public static final FieldSpec SYSTEM_OBJECT_IDENTIFIER = SPECS.add(f("cdp.system_object_identifier", "System Object Identifier", FieldType.BYTES, "", 0x0));
    public static final FieldSpec SYSTEM_SERIAL_NUMBER = SPECS.add(f("cdp.system_serial_number", "System Serial Number", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec TLV_LEN = SPECS.add(f("cdp.tlv.len", "Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec TLV_TYPE = SPECS.add(f("cdp.tlv.type", "Type", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec TRUST_BITMAP = SPECS.add(f("cdp.trust_bitmap", "Trust Bitmap", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec TTL = SPECS.add(f("cdp.ttl", "TTL", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec UNKNOWN_PAD = SPECS.add(f("cdp.unknown_pad", "Unknown Pad", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec UNTRUSTED_PORT_COS = SPECS.add(f("cdp.untrusted_port_cos", "Untrusted port CoS", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec VERSION = SPECS.add(f("cdp.version", "Version", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec VOICE_VLAN = SPECS.add(f("cdp.voice_vlan", "Voice VLAN", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec VTP_MANAGEMENT_DOMAIN = SPECS.add(f("cdp.vtp_management_domain", "VTP Management Domain", FieldType.STRING, "", 0x0));

    public static final Expert.Info BAD_CHECKSUM = SPECS.add(Expert.Info.of("cdp.bad_checksum",
            Expert.Group.CHECKSUM, Expert.Severity.ERROR, "Bad checksum"));
    public static final Expert.Info INVALID_DATA = SPECS.add(Expert.Info.of("cdp.invalid_data",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Invalid bytes at end"));
    public static final Expert.Info NRGYZ_TLV_LENGTH_INVALID = SPECS.add(Expert.Info.of("cdp.nrgyz_tlv.length.invalid",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "TLV with invalid length"));

    static final List<FieldSpec> ALL = SPECS.list();
}
