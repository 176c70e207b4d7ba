package io.sharkfin.dissect.protocol.dhcp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The DHCP/BOOTP fields sharkfin adds: Wireshark 4.0's ({@code dhcp.*}, made with {@code
 * src/tools/gen-field-specs.py} from {@code src/tools/dhcp-fields.txt}) and the expert infos
 * packet-dhcp.c raises where sharkfin dissects the same.
 */
public final class DhcpFields {
    private DhcpFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec DHCP = SPECS.add(FieldSpec.protocol("dhcp", "Dynamic Host Configuration Protocol"));

    public static final FieldSpec TYPE = SPECS.add(f("dhcp.type", "Message type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HW_TYPE = SPECS.add(f("dhcp.hw.type", "Hardware type", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec HW_LEN = SPECS.add(f("dhcp.hw.len", "Hardware address length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HOPS = SPECS.add(f("dhcp.hops", "Hops", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec ID = SPECS.add(f("dhcp.id", "Transaction ID", FieldType.UINT32, "BASE_HEX", 0x0));
    public static final FieldSpec SECS = SPECS.add(f("dhcp.secs", "Seconds elapsed", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec FLAGS = SPECS.add(f("dhcp.flags", "Bootp flags", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec FLAGS_BC = SPECS.add(f("dhcp.flags.bc", "Broadcast flag", FieldType.BOOLEAN, "16", 0x8000));
    public static final FieldSpec FLAGS_RESERVED = SPECS.add(f("dhcp.flags.reserved", "Reserved flags", FieldType.UINT16, "BASE_HEX", 0x7fff));
    public static final FieldSpec IP_CLIENT = SPECS.add(f("dhcp.ip.client", "Client IP address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec IP_YOUR = SPECS.add(f("dhcp.ip.your", "Your (client) IP address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec IP_SERVER = SPECS.add(f("dhcp.ip.server", "Next server IP address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec IP_RELAY = SPECS.add(f("dhcp.ip.relay", "Relay agent IP address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec HW_MAC_ADDR = SPECS.add(f("dhcp.hw.mac_addr", "Client MAC address", FieldType.ETHER, "", 0x0));
    public static final FieldSpec HW_ADDR = SPECS.add(f("dhcp.hw.addr", "Client hardware address", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HW_ADDR_PADDING = SPECS.add(f("dhcp.hw.addr_padding", "Client hardware address padding", FieldType.BYTES, "", 0x0));
    public static final FieldSpec SERVER = SPECS.add(f("dhcp.server", "Server host name", FieldType.STRING, "", 0x0));
    public static final FieldSpec FILE = SPECS.add(f("dhcp.file", "Boot file name", FieldType.STRING, "", 0x0));
    public static final FieldSpec COOKIE = SPECS.add(f("dhcp.cookie", "Magic cookie", FieldType.IPv4, "", 0x0));
    public static final FieldSpec VENDOR_SPECIFIC_OPTIONS = SPECS.add(f("dhcp.vendor_specific_options", "Bootp vendor specific options", FieldType.BYTES, "", 0x0));
    public static final FieldSpec BOOTP = SPECS.add(f("dhcp.bootp", "Frame is BOOTP", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_TYPE = SPECS.add(f("dhcp.option.type", "Option", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_LENGTH = SPECS.add(f("dhcp.option.length", "Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_VALUE = SPECS.add(f("dhcp.option.value", "Value", FieldType.BYTES, "", 0x0));
    public static final FieldSpec OPTION_END = SPECS.add(f("dhcp.option.end", "Option End", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_OPTION_OVERLOAD = SPECS.add(f("dhcp.option.option_overload", "Option Overload", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_DHCP = SPECS.add(f("dhcp.option.dhcp", "DHCP", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_REQUEST_LIST_ITEM = SPECS.add(f("dhcp.option.request_list_item", "Parameter Request List Item", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_VENDOR_CLASS_ID = SPECS.add(f("dhcp.option.vendor_class_id", "Vendor class identifier", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec CLIENT_ID = SPECS.add(f("dhcp.client_id", "Identifier", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CLIENT_ID_TYPE = SPECS.add(f("dhcp.client_id.type", "Type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec CLIENT_ID_UNDEF = SPECS.add(f("dhcp.client_id.undef", "Client Identifier", FieldType.STRING, "", 0x0));
    public static final FieldSpec CLIENT_HARDWARE_ADDRESS = SPECS.add(f("dhcp.client_hardware_address", "Client hardware address", FieldType.STRING, "", 0x0));
    public static final FieldSpec CLIENT_ID_IAID = SPECS.add(f("dhcp.client_id.iaid", "IAID", FieldType.STRING, "", 0x0));
    public static final FieldSpec CLIENT_ID_DUID_TYPE = SPECS.add(f("dhcp.client_id.duid_type", "DUID Type", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec CLIENT_ID_DUID_LLT_HW_TYPE = SPECS.add(f("dhcp.client_id.duid_llt_hw_type", "Hardware type", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec CLIENT_ID_DUID_LL_HW_TYPE = SPECS.add(f("dhcp.client_id.duid_ll_hw_type", "Hardware type", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec CLIENT_ID_TIME = SPECS.add(f("dhcp.client_id.time", "Time", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CLIENT_ID_LINK_LAYER_ADDRESS = SPECS.add(f("dhcp.client_id.link_layer_address", "Link layer address", FieldType.STRING, "", 0x0));
    public static final FieldSpec CLIENT_ID_ENTERPRISE_NUM = SPECS.add(f("dhcp.client_id.enterprise_num", "Enterprise-number", FieldType.UINT32, "BASE_CUSTOM", 0x0));
    public static final FieldSpec OPTION_USER_CLASS = SPECS.add(f("dhcp.option.user_class", "Instance of User Class", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_USER_CLASS_LENGTH = SPECS.add(f("dhcp.option.user_class.length", "User Class Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_USER_CLASS_DATA = SPECS.add(f("dhcp.option.user_class.data", "User Class Data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec OPTION_USER_CLASS_TEXT = SPECS.add(f("dhcp.option.user_class.text", "User Class Data (Text)", FieldType.STRING, "", 0x0));
    public static final FieldSpec FQDN_FLAGS = SPECS.add(f("dhcp.fqdn.flags", "Flags", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec FQDN_MBZ = SPECS.add(f("dhcp.fqdn.mbz", "Reserved flags", FieldType.UINT8, "BASE_HEX", 0xf0));
    public static final FieldSpec FQDN_N = SPECS.add(f("dhcp.fqdn.n", "Server DDNS", FieldType.BOOLEAN, "8", 0x8));
    public static final FieldSpec FQDN_E = SPECS.add(f("dhcp.fqdn.e", "Encoding", FieldType.BOOLEAN, "8", 0x4));
    public static final FieldSpec FQDN_O = SPECS.add(f("dhcp.fqdn.o", "Server overrides", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec FQDN_S = SPECS.add(f("dhcp.fqdn.s", "Server", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec FQDN_RCODE1 = SPECS.add(f("dhcp.fqdn.rcode1", "A-RR result", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec FQDN_RCODE2 = SPECS.add(f("dhcp.fqdn.rcode2", "PTR-RR result", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec FQDN_NAME = SPECS.add(f("dhcp.fqdn.name", "Client name", FieldType.STRING, "", 0x0));
    public static final FieldSpec OPTION_AGENT_INFORMATION_OPTION_SUBOPTION = SPECS.add(f("dhcp.option.agent_information_option.suboption", "Option 82 Suboption", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_SUBOPTION_LENGTH = SPECS.add(f("dhcp.option.suboption_length", "Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_AGENT_INFORMATION_OPTION_AGENT_CIRCUIT_ID = SPECS.add(f("dhcp.option.agent_information_option.agent_circuit_id", "Agent Circuit ID", FieldType.BYTES, "", 0x0));
    public static final FieldSpec OPTION_AGENT_INFORMATION_OPTION_AGENT_REMOTE_ID = SPECS.add(f("dhcp.option.agent_information_option.agent_remote_id", "Agent Remote ID", FieldType.BYTES, "", 0x0));
    public static final FieldSpec OPTION_AGENT_INFORMATION_OPTION_VALUE = SPECS.add(f("dhcp.option.agent_information_option.value", "Value", FieldType.BYTES, "", 0x0));
    public static final FieldSpec OPTION_CLIENT_SYSTEM_ARCHITECTURE = SPECS.add(f("dhcp.option.client_system_architecture", "Client System Architecture", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_SUBNET_MASK = SPECS.add(f("dhcp.option.subnet_mask", "Subnet Mask", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_TIME_OFFSET = SPECS.add(f("dhcp.option.time_offset", "Time Offset", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_ROUTER = SPECS.add(f("dhcp.option.router", "Router", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_TIME_SERVER = SPECS.add(f("dhcp.option.time_server", "Time Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_NAME_SERVER = SPECS.add(f("dhcp.option.name_server", "Name Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_DOMAIN_NAME_SERVER = SPECS.add(f("dhcp.option.domain_name_server", "Domain Name Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_LOG_SERVER = SPECS.add(f("dhcp.option.log_server", "Log Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_QUOTES_SERVER = SPECS.add(f("dhcp.option.quotes_server", "Quotes Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_LPR_SERVER = SPECS.add(f("dhcp.option.lpr_server", "LPR Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_IMPRESS_SERVER = SPECS.add(f("dhcp.option.impress_server", "Impress Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_RESOURCE_LOCATION_SERVER = SPECS.add(f("dhcp.option.resource_location_server", "Resource Location Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_HOSTNAME = SPECS.add(f("dhcp.option.hostname", "Host Name", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_BOOT_FILE_SIZE = SPECS.add(f("dhcp.option.boot_file_size", "Boot File Size", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_MERIT_DUMP_FILE = SPECS.add(f("dhcp.option.merit_dump_file", "Merit Dump File", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_DOMAIN_NAME = SPECS.add(f("dhcp.option.domain_name", "Domain Name", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_SWAP_SERVER = SPECS.add(f("dhcp.option.swap_server", "Swap Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_ROOT_PATH = SPECS.add(f("dhcp.option.root_path", "Root Path", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_EXTENSION_PATH = SPECS.add(f("dhcp.option.extension_path", "Extensions Path", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_IP_FORWARDING = SPECS.add(f("dhcp.option.ip_forwarding", "IP Forwarding", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_NON_LOCAL_SOURCE_ROUTING = SPECS.add(f("dhcp.option.non_local_source_routing", "Non-Local Source Routing", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_MAX_DATAGRAM_REASSEMBLY_SIZE = SPECS.add(f("dhcp.option.max_datagram_reassembly_size", "Maximum Datagram Reassembly Size", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_DEFAULT_IP_TTL = SPECS.add(f("dhcp.option.default_ip_ttl", "Default IP Time-to-Live", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_PATH_MTU_AGING_TIMEOUT = SPECS.add(f("dhcp.option.path_mtu_aging_timeout", "Path MTU Aging Timeout", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_PATH_MTU_PLATEAU_TABLE_ITEM = SPECS.add(f("dhcp.option.path_mtu_plateau_table_item", "Path MTU Plateau Table Item", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_INTERFACE_MTU = SPECS.add(f("dhcp.option.interface_mtu", "Interface MTU", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_ALL_SUBNETS_ARE_LOCAL = SPECS.add(f("dhcp.option.all_subnets_are_local", "All Subnets are Local", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_BROADCAST_ADDRESS = SPECS.add(f("dhcp.option.broadcast_address", "Broadcast Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_PERFORM_MASK_DISCOVERY = SPECS.add(f("dhcp.option.perform_mask_discovery", "Perform Mask Discovery", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_MASK_SUPPLIER = SPECS.add(f("dhcp.option.mask_supplier", "Mask Supplier", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_PERFORM_ROUTER_DISCOVER = SPECS.add(f("dhcp.option.perform_router_discover", "Perform Router Discover", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_ROUTER_SOLICITATION_ADDRESS = SPECS.add(f("dhcp.option.router_solicitation_address", "Router Solicitation Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_TRAILER_ENCAPSULATION = SPECS.add(f("dhcp.option.trailer_encapsulation", "Trailer Encapsulation", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_ARP_CACHE_TIMEOUT = SPECS.add(f("dhcp.option.arp_cache_timeout", "ARP Cache Timeout", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_ETHERNET_ENCAPSULATION = SPECS.add(f("dhcp.option.ethernet_encapsulation", "Ethernet Encapsulation", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_TCP_DEFAULT_TTL = SPECS.add(f("dhcp.option.tcp_default_ttl", "TCP Default TTL", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_TCP_KEEPALIVE_INTERVAL = SPECS.add(f("dhcp.option.tcp_keepalive_interval", "TCP Keepalive Interval", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_TCP_KEEPALIVE_GARBAGE = SPECS.add(f("dhcp.option.tcp_keepalive_garbage", "TCP Keepalive Garbage", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_NIS_DOMAIN = SPECS.add(f("dhcp.option.nis_domain", "Network Information Service Domain", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_NIS_SERVER = SPECS.add(f("dhcp.option.nis_server", "Network Information Service Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_NTP_SERVER = SPECS.add(f("dhcp.option.ntp_server", "Network Time Protocol Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_NETBIOS_OVER_TCPIP_NAME_SERVER = SPECS.add(f("dhcp.option.netbios_over_tcpip_name_server", "NetBIOS over TCP/IP Name Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_NETBIOS_OVER_TCPIP_DD_NAME_SERVER = SPECS.add(f("dhcp.option.netbios_over_tcpip_dd_name_server", "NetBIOS over TCP/IP Datagram Distribution Name Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_NETBIOS_OVER_TCPIP_NODE_TYPE = SPECS.add(f("dhcp.option.netbios_over_tcpip_node_type", "NetBIOS over TCP/IP Node Type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_NETBIOS_OVER_TCPIP_SCOPE = SPECS.add(f("dhcp.option.netbios_over_tcpip_scope", "NetBIOS over TCP/IP Scope", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_XWINDOWS_SYSTEM_FONT_SERVER = SPECS.add(f("dhcp.option.xwindows_system_font_server", "X Window System Font Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_XWINDOWS_SYSTEM_DISPLAY_MANAGER = SPECS.add(f("dhcp.option.xwindows_system_display_manager", "X Window System Display Manager", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_REQUESTED_IP_ADDRESS = SPECS.add(f("dhcp.option.requested_ip_address", "Requested IP Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_IP_ADDRESS_LEASE_TIME = SPECS.add(f("dhcp.option.ip_address_lease_time", "IP Address Lease Time", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_DHCP_SERVER_ID = SPECS.add(f("dhcp.option.dhcp_server_id", "DHCP Server Identifier", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_MESSAGE = SPECS.add(f("dhcp.option.message", "Message", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_DHCP_MAX_MESSAGE_SIZE = SPECS.add(f("dhcp.option.dhcp_max_message_size", "Maximum DHCP Message Size", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_RENEWAL_TIME_VALUE = SPECS.add(f("dhcp.option.renewal_time_value", "Renewal Time Value", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_REBINDING_TIME_VALUE = SPECS.add(f("dhcp.option.rebinding_time_value", "Rebinding Time Value", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_NOVELL_NETWARE_IP_DOMAIN = SPECS.add(f("dhcp.option.novell_netware_ip_domain", "Novell/Netware IP domain", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_NIS_PLUS_DOMAIN = SPECS.add(f("dhcp.option.nis_plus_domain", "Network Information Service+ Domain", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_NIS_PLUS_SERVER = SPECS.add(f("dhcp.option.nis_plus_server", "Network Information Service+ Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_TFTP_SERVER_NAME = SPECS.add(f("dhcp.option.tftp_server_name", "TFTP Server Name", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_BOOTFILE_NAME = SPECS.add(f("dhcp.option.bootfile_name", "Bootfile name", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_MOBILE_IP_HOME_AGENT = SPECS.add(f("dhcp.option.mobile_ip_home_agent", "Mobile IP Home Agent", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_SMTP_SERVER = SPECS.add(f("dhcp.option.smtp_server", "SMTP Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_POP3_SERVER = SPECS.add(f("dhcp.option.pop3_server", "POP3 Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_NNTP_SERVER = SPECS.add(f("dhcp.option.nntp_server", "NNTP Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_DEFAULT_WWW_SERVER = SPECS.add(f("dhcp.option.default_www_server", "Default WWW Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_DEFAULT_FINGER_SERVER = SPECS.add(f("dhcp.option.default_finger_server", "Default Finger Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_DEFAULT_IRC_SERVER = SPECS.add(f("dhcp.option.default_irc_server", "Default IRC Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_STREETTALK_SERVER = SPECS.add(f("dhcp.option.streettalk_server", "StreetTalk Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_STREETTALK_DA_SERVER = SPECS.add(f("dhcp.option.streettalk_da_server", "StreetTalk Directory Assistance Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_NOVELL_DS_TREE_NAME = SPECS.add(f("dhcp.option.novell_ds_tree_name", "Novell Directory Services Tree Name", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_NOVELL_DS_CONTEXT = SPECS.add(f("dhcp.option.novell_ds_context", "Novell Directory Services Context", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_CLIENT_LAST_TRANSACTION_TIME = SPECS.add(f("dhcp.option.client_last_transaction_time", "Client last transaction time", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_ASSOCIATED_IP_OPTION = SPECS.add(f("dhcp.option.associated_ip_option", "Associated IP option", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_TZ_PCODE = SPECS.add(f("dhcp.option.tz_pcode", "TZ PCode", FieldType.STRING, "", 0x0));
    public static final FieldSpec OPTION_TZ_TCODE = SPECS.add(f("dhcp.option.tz_tcode", "TZ TCode", FieldType.STRING, "", 0x0));
    public static final FieldSpec OPTION_NETINFO_PARENT_SERVER_ADDRESS = SPECS.add(f("dhcp.option.netinfo_parent_server_address", "NetInfo Parent Server Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_NETINFO_PARENT_SERVER_TAG = SPECS.add(f("dhcp.option.netinfo_parent_server_tag", "NetInfo Parent Server Tag", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_DHCP_AUTO_CONFIGURATION = SPECS.add(f("dhcp.option.dhcp_auto_configuration", "DHCP Auto-Configuration", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_SUBNET_SELECTION_OPTION = SPECS.add(f("dhcp.option.subnet_selection_option", "Subnet Selection Option", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_PANA_AGENT = SPECS.add(f("dhcp.option.pana_agent", "PAA IPv4 Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_LOST_SERVER_DOMAIN_NAME = SPECS.add(f("dhcp.option.lost_server_domain_name", "LoST Server Domain Name", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_CAPWAP_ACCESS_CONTROLLER = SPECS.add(f("dhcp.option.capwap_access_controller", "CAPWAP Access Controllers", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_ANDSF_SERVER = SPECS.add(f("dhcp.option.andsf_server", "ANDSF Server", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_TFTP_SERVER_ADDRESS = SPECS.add(f("dhcp.option.tftp_server_address", "TFTP Server Address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec OPTION_BULK_LEASE_START_TIME_OF_STATE = SPECS.add(f("dhcp.option.bulk_lease.start_time_of_state", "Start Time Of State", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_BULK_LEASE_DHCP_STATE = SPECS.add(f("dhcp.option.bulk_lease.dhcp_state", "Dhcp State", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec OPTION_BULK_LEASE_DATA_SOURCE = SPECS.add(f("dhcp.option.bulk_lease.data_source", "Data Source", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec OPTION_MUDURL = SPECS.add(f("dhcp.option.mudurl", "MUDURL", FieldType.STRING, "", 0x0));
    public static final FieldSpec OPTION_PXE_CONFIG_FILE = SPECS.add(f("dhcp.option.pxe_config_file", "PXELINUX configuration file", FieldType.STRING, "", 0x0));
    public static final FieldSpec OPTION_PXE_PATH_PREFIX = SPECS.add(f("dhcp.option.pxe_path_prefix", "PXELINUX path prefix", FieldType.STRING, "", 0x0));
    public static final FieldSpec OPTION_PRIVATE_PROXY_AUTODISCOVERY = SPECS.add(f("dhcp.option.private_proxy_autodiscovery", "Private/Proxy autodiscovery", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec OPTION_PADDING = SPECS.add(f("dhcp.option.padding", "Padding", FieldType.BYTES, "", 0x0));

    public static final Expert.Info BAD_LENGTH = SPECS.add(Expert.Info.of("dhcp.bad_length", Expert.Group.PROTOCOL,
            Expert.Severity.ERROR, "length isn't 0"));
    public static final Expert.Info SECS_LE = SPECS.add(Expert.Info.of("dhcp.secs_le", Expert.Group.PROTOCOL,
            Expert.Severity.NOTE, "Seconds elapsed appears to be encoded as little-endian"));
    public static final Expert.Info CLIENT_ADDRESS_NOT_GIVEN = SPECS.add(Expert.Info.of("dhcp.client_address_not_given",
            Expert.Group.PROTOCOL, Expert.Severity.NOTE, "Client address not given"));
    public static final Expert.Info END_OPTION_MISSING = SPECS.add(Expert.Info.of("dhcp.end_option_missing",
            Expert.Group.PROTOCOL, Expert.Severity.ERROR, "End option missing"));
    public static final Expert.Info OPTION_PARSE_ERR = SPECS.add(Expert.Info.of("dhcp.option.parse_err",
            Expert.Group.PROTOCOL, Expert.Severity.ERROR, "Parse error"));
    public static final Expert.Info NONSTD_OPTION_DATA = SPECS.add(Expert.Info.of("dhcp.option.nonstd_data",
            Expert.Group.PROTOCOL, Expert.Severity.NOTE, "Non standard compliant option data"));
    public static final Expert.Info MALFORMED_DUID = SPECS.add(Expert.Info.of("dhcp.malformed.duid", Expert.Group.PROTOCOL,
            Expert.Severity.ERROR, "DUID: malformed option"));
    public static final Expert.Info SERVER_NAME_OVERLOADED = SPECS.add(Expert.Info.of("dhcp.server_name_overloaded_by_dhcp",
            Expert.Group.PROTOCOL, Expert.Severity.NOTE, "Server name option overloaded by DHCP"));
    public static final Expert.Info BOOT_FILENAME_OVERLOADED = SPECS.add(Expert.Info.of(
            "dhcp.boot_filename_overloaded_by_dhcp", Expert.Group.PROTOCOL, Expert.Severity.NOTE,
            "Boot file name option overloaded by DHCP"));
    public static final Expert.Info CLIENT_ARCH_AMBIGUOUS = SPECS.add(Expert.Info.of(
            "dhcp.option.client_architecture.ambiguous", Expert.Group.PROTOCOL, Expert.Severity.WARN,
            "Client Architecture ID may be ambiguous"));

    public static final List<FieldSpec> FIELDS = SPECS.list();
}
