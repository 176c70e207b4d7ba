package io.sharkfin.dissect.protocol.dhcp;

import io.sharkfin.dissect.FieldSpec;

import java.util.HashMap;
import java.util.Map;

/**
 * Wireshark's table of DHCP options ({@code default_dhcp_opt[]} of packet-dhcp.c 4.0, made by
 * {@code src/tools/gen-dhcp-options.py}): each code's name, how its value reads, the field it is
 * added as, and whether a handler of its own dissects it rather than the value type.
 */
final class DhcpOptions {
    /** How an option's value reads ({@code enum field_type} of packet-dhcp.c). */
    enum Kind {
        SPECIAL, NONE, PRESENCE, IPV4, IPV4_LIST, STRING, BYTES, OPAQUE, VAL_BOOLEAN, VAL_U_BYTE,
        VAL_U_SHORT, VAL_U_SHORT_LIST, VAL_U_LE_SHORT, VAL_U_LONG, TIME_IN_S_SECS, TIME_IN_U_SECS,
        FQDN, IPV4_OR_FQDN, OUI
    }

    /**
     * One option code.
     *
     * @param field  the field its value is added as, or null (then {@code dhcp.option.value})
     * @param ownHandler whether Wireshark dissects it with a handler of its own rather than by its
     *               value type
     */
    record Option(int code, String name, Kind kind, FieldSpec field, boolean ownHandler) {
    }

    private static final Option[] BY_CODE = new Option[256];
    private static final Map<String, FieldSpec> FIELDS_BY_NAME = new HashMap<>();

    static {
        for (FieldSpec f : DhcpFields.FIELDS) {
            FIELDS_BY_NAME.putIfAbsent(f.name(), f);
        }
        row(0, "Padding", Kind.NONE, "dhcp.option.padding", false);
        row(1, "Subnet Mask", Kind.IPV4, "dhcp.option.subnet_mask", false);
        row(2, "Time Offset", Kind.TIME_IN_S_SECS, "dhcp.option.time_offset", false);
        row(3, "Router", Kind.IPV4_LIST, "dhcp.option.router", false);
        row(4, "Time Server", Kind.IPV4_LIST, "dhcp.option.time_server", false);
        row(5, "Name Server", Kind.IPV4_LIST, "dhcp.option.name_server", false);
        row(6, "Domain Name Server", Kind.IPV4_LIST, "dhcp.option.domain_name_server", false);
        row(7, "Log Server", Kind.IPV4_LIST, "dhcp.option.log_server", false);
        row(8, "Quotes Server", Kind.IPV4_LIST, "dhcp.option.quotes_server", false);
        row(9, "LPR Server", Kind.IPV4_LIST, "dhcp.option.lpr_server", false);
        row(10, "Impress Server", Kind.IPV4_LIST, "dhcp.option.impress_server", false);
        row(11, "Resource Location Server", Kind.IPV4_LIST, "dhcp.option.resource_location_server", false);
        row(12, "Host Name", Kind.STRING, "dhcp.option.hostname", false);
        row(13, "Boot File Size", Kind.VAL_U_SHORT, "dhcp.option.boot_file_size", false);
        row(14, "Merit Dump File", Kind.STRING, "dhcp.option.merit_dump_file", false);
        row(15, "Domain Name", Kind.STRING, "dhcp.option.domain_name", false);
        row(16, "Swap Server", Kind.IPV4, "dhcp.option.swap_server", false);
        row(17, "Root Path", Kind.STRING, "dhcp.option.root_path", false);
        row(18, "Extensions Path", Kind.STRING, "dhcp.option.extension_path", false);
        row(19, "IP Forwarding", Kind.VAL_BOOLEAN, "dhcp.option.ip_forwarding", false);
        row(20, "Non-Local Source Routing", Kind.VAL_BOOLEAN, "dhcp.option.non_local_source_routing", false);
        row(21, "Policy Filter", Kind.SPECIAL, null, true);
        row(22, "Maximum Datagram Reassembly Size", Kind.VAL_U_SHORT, "dhcp.option.max_datagram_reassembly_size", false);
        row(23, "Default IP Time-to-Live", Kind.VAL_U_BYTE, "dhcp.option.default_ip_ttl", false);
        row(24, "Path MTU Aging Timeout", Kind.TIME_IN_U_SECS, "dhcp.option.path_mtu_aging_timeout", false);
        row(25, "Path MTU Plateau Table", Kind.VAL_U_SHORT_LIST, "dhcp.option.path_mtu_plateau_table_item", false);
        row(26, "Interface MTU", Kind.VAL_U_SHORT, "dhcp.option.interface_mtu", false);
        row(27, "All Subnets are Local", Kind.VAL_BOOLEAN, "dhcp.option.all_subnets_are_local", false);
        row(28, "Broadcast Address", Kind.IPV4, "dhcp.option.broadcast_address", false);
        row(29, "Perform Mask Discovery", Kind.VAL_BOOLEAN, "dhcp.option.perform_mask_discovery", false);
        row(30, "Mask Supplier", Kind.VAL_BOOLEAN, "dhcp.option.mask_supplier", false);
        row(31, "Perform Router Discover", Kind.VAL_BOOLEAN, "dhcp.option.perform_router_discover", false);
        row(32, "Router Solicitation Address", Kind.IPV4, "dhcp.option.router_solicitation_address", false);
        row(33, "Static Route", Kind.SPECIAL, null, true);
        row(34, "Trailer Encapsulation", Kind.VAL_BOOLEAN, "dhcp.option.trailer_encapsulation", false);
        row(35, "ARP Cache Timeout", Kind.TIME_IN_U_SECS, "dhcp.option.arp_cache_timeout", false);
        row(36, "Ethernet Encapsulation", Kind.VAL_BOOLEAN, "dhcp.option.ethernet_encapsulation", false);
        row(37, "TCP Default TTL", Kind.VAL_U_BYTE, "dhcp.option.tcp_default_ttl", false);
        row(38, "TCP Keepalive Interval", Kind.TIME_IN_U_SECS, "dhcp.option.tcp_keepalive_interval", false);
        row(39, "TCP Keepalive Garbage", Kind.VAL_BOOLEAN, "dhcp.option.tcp_keepalive_garbage", false);
        row(40, "Network Information Service Domain", Kind.STRING, "dhcp.option.nis_domain", false);
        row(41, "Network Information Service Servers", Kind.IPV4_LIST, "dhcp.option.nis_server", false);
        row(42, "Network Time Protocol Servers", Kind.IPV4_LIST, "dhcp.option.ntp_server", false);
        row(43, "Vendor-Specific Information", Kind.SPECIAL, null, true);
        row(44, "NetBIOS over TCP/IP Name Server", Kind.IPV4_LIST, "dhcp.option.netbios_over_tcpip_name_server", false);
        row(45, "NetBIOS over TCP/IP Datagram Distribution Name Server", Kind.IPV4_LIST, "dhcp.option.netbios_over_tcpip_dd_name_server", false);
        row(46, "NetBIOS over TCP/IP Node Type", Kind.VAL_U_BYTE, "dhcp.option.netbios_over_tcpip_node_type", false);
        row(47, "NetBIOS over TCP/IP Scope", Kind.STRING, "dhcp.option.netbios_over_tcpip_scope", false);
        row(48, "X Window System Font Server", Kind.IPV4_LIST, "dhcp.option.xwindows_system_font_server", false);
        row(49, "X Window System Display Manager", Kind.IPV4_LIST, "dhcp.option.xwindows_system_display_manager", false);
        row(50, "Requested IP Address", Kind.IPV4, "dhcp.option.requested_ip_address", false);
        row(51, "IP Address Lease Time", Kind.TIME_IN_U_SECS, "dhcp.option.ip_address_lease_time", false);
        row(52, "Option Overload", Kind.SPECIAL, "dhcp.option.option_overload", true);
        row(53, "DHCP Message Type", Kind.VAL_U_BYTE, "dhcp.option.dhcp", true);
        row(54, "DHCP Server Identifier", Kind.IPV4, "dhcp.option.dhcp_server_id", false);
        row(55, "Parameter Request List", Kind.SPECIAL, "dhcp.option.request_list_item", true);
        row(56, "Message", Kind.STRING, "dhcp.option.message", false);
        row(57, "Maximum DHCP Message Size", Kind.VAL_U_SHORT, "dhcp.option.dhcp_max_message_size", false);
        row(58, "Renewal Time Value", Kind.TIME_IN_U_SECS, "dhcp.option.renewal_time_value", false);
        row(59, "Rebinding Time Value", Kind.TIME_IN_U_SECS, "dhcp.option.rebinding_time_value", false);
        row(60, "Vendor class identifier", Kind.SPECIAL, null, true);
        row(61, "Client identifier", Kind.SPECIAL, null, true);
        row(62, "Novell/Netware IP domain", Kind.STRING, "dhcp.option.novell_netware_ip_domain", false);
        row(63, "Novell Options", Kind.SPECIAL, null, true);
        row(64, "Network Information Service+ Domain", Kind.STRING, "dhcp.option.nis_plus_domain", false);
        row(65, "Network Information Service+ Servers", Kind.IPV4_LIST, "dhcp.option.nis_plus_server", false);
        row(66, "TFTP Server Name", Kind.STRING, "dhcp.option.tftp_server_name", false);
        row(67, "Bootfile name", Kind.STRING, "dhcp.option.bootfile_name", false);
        row(68, "Mobile IP Home Agent", Kind.IPV4_LIST, "dhcp.option.mobile_ip_home_agent", false);
        row(69, "SMTP Server", Kind.IPV4_LIST, "dhcp.option.smtp_server", false);
        row(70, "POP3 Server", Kind.IPV4_LIST, "dhcp.option.pop3_server", false);
        row(71, "NNTP Server", Kind.IPV4_LIST, "dhcp.option.nntp_server", false);
        row(72, "Default WWW Server", Kind.IPV4_LIST, "dhcp.option.default_www_server", false);
        row(73, "Default Finger Server", Kind.IPV4_LIST, "dhcp.option.default_finger_server", false);
        row(74, "Default IRC Server", Kind.IPV4_LIST, "dhcp.option.default_irc_server", false);
        row(75, "StreetTalk Server", Kind.IPV4_LIST, "dhcp.option.streettalk_server", false);
        row(76, "StreetTalk Directory Assistance Server", Kind.IPV4_LIST, "dhcp.option.streettalk_da_server", false);
        row(77, "User Class Information", Kind.SPECIAL, null, true);
        row(78, "Directory Agent Information", Kind.SPECIAL, null, true);
        row(79, "Service Location Agent Scope", Kind.SPECIAL, null, true);
        row(80, "Rapid commit", Kind.OPAQUE, null, false);
        row(81, "Client Fully Qualified Domain Name", Kind.SPECIAL, null, true);
        row(82, "Agent Information Option", Kind.SPECIAL, null, true);
        row(83, "iSNS", Kind.OPAQUE, null, true);
        row(84, "Removed/Unassigned", Kind.OPAQUE, null, false);
        row(85, "Novell Directory Services Servers", Kind.SPECIAL, null, true);
        row(86, "Novell Directory Services Tree Name", Kind.STRING, "dhcp.option.novell_ds_tree_name", false);
        row(87, "Novell Directory Services Context", Kind.STRING, "dhcp.option.novell_ds_context", false);
        row(88, "BCMCS Controller Domain Name [TODO:RFC4280]", Kind.OPAQUE, null, false);
        row(89, "BCMCS Controller IPv4 address [TODO:RFC4280]", Kind.OPAQUE, null, false);
        row(90, "Authentication", Kind.SPECIAL, null, true);
        row(91, "Client last transaction time", Kind.TIME_IN_U_SECS, "dhcp.option.client_last_transaction_time", false);
        row(92, "Associated IP option", Kind.IPV4_LIST, "dhcp.option.associated_ip_option", false);
        row(93, "Client System Architecture", Kind.SPECIAL, null, true);
        row(94, "Client Network Device Interface", Kind.SPECIAL, null, true);
        row(95, "LDAP [TODO:RFC3679]", Kind.OPAQUE, null, false);
        row(96, "Removed/Unassigned", Kind.OPAQUE, null, false);
        row(97, "UUID/GUID-based Client Identifier", Kind.SPECIAL, null, true);
        row(98, "Open Group's User Authentication [TODO:RFC2485]", Kind.OPAQUE, null, false);
        row(99, "Civic Addresses Configuration", Kind.SPECIAL, null, true);
        row(100, "PCode", Kind.STRING, "dhcp.option.tz_pcode", false);
        row(101, "TCode", Kind.STRING, "dhcp.option.tz_tcode", false);
        row(102, "Removed/unassigned", Kind.OPAQUE, null, false);
        row(103, "Removed/unassigned", Kind.OPAQUE, null, false);
        row(104, "Removed/unassigned", Kind.OPAQUE, null, false);
        row(105, "Removed/unassigned", Kind.OPAQUE, null, false);
        row(106, "Removed/unassigned", Kind.OPAQUE, null, false);
        row(107, "Removed/unassigned", Kind.OPAQUE, null, false);
        row(108, "IPv6-Only Preferred", Kind.OPAQUE, null, false);
        row(109, "Unassigned", Kind.OPAQUE, null, false);
        row(110, "Removed/Unassigned", Kind.OPAQUE, null, false);
        row(111, "Unassigned", Kind.OPAQUE, null, false);
        row(112, "NetInfo Parent Server Address", Kind.IPV4_LIST, "dhcp.option.netinfo_parent_server_address", false);
        row(113, "NetInfo Parent Server Tag", Kind.STRING, "dhcp.option.netinfo_parent_server_tag", false);
        row(114, "DHCP Captive-Portal", Kind.SPECIAL, null, true);
        row(115, "Removed/Unassigned", Kind.OPAQUE, null, false);
        row(116, "DHCP Auto-Configuration", Kind.VAL_U_BYTE, "dhcp.option.dhcp_auto_configuration", false);
        row(117, "Name Service Search", Kind.SPECIAL, null, true);
        row(118, "Subnet Selection Option", Kind.IPV4_LIST, "dhcp.option.subnet_selection_option", false);
        row(119, "Domain Search", Kind.SPECIAL, null, true);
        row(120, "SIP Servers", Kind.SPECIAL, null, true);
        row(121, "Classless Static Route", Kind.SPECIAL, null, true);
        row(122, "CableLabs Client Configuration [TODO:RFC3495]", Kind.OPAQUE, null, true);
        row(123, "Coordinate-based Location Configuration", Kind.SPECIAL, null, true);
        row(124, "V-I Vendor Class", Kind.SPECIAL, null, true);
        row(125, "V-I Vendor-specific Information", Kind.SPECIAL, null, true);
        row(126, "Removed/Unassigned", Kind.OPAQUE, null, false);
        row(127, "Removed/Unassigned", Kind.OPAQUE, null, false);
        row(128, "DOCSIS full security server IP [TODO]", Kind.OPAQUE, null, false);
        row(129, "PXE - undefined (vendor specific)", Kind.OPAQUE, null, false);
        row(130, "PXE - undefined (vendor specific)", Kind.OPAQUE, null, false);
        row(131, "PXE - undefined (vendor specific)", Kind.OPAQUE, null, false);
        row(132, "PXE - undefined (vendor specific)", Kind.OPAQUE, null, false);
        row(133, "PXE - undefined (vendor specific)", Kind.OPAQUE, null, false);
        row(134, "PXE - undefined (vendor specific)", Kind.OPAQUE, null, false);
        row(135, "PXE - undefined (vendor specific)", Kind.OPAQUE, null, false);
        row(136, "PANA Authentication Agent", Kind.IPV4_LIST, "dhcp.option.pana_agent", false);
        row(137, "LoST Server Domain Name", Kind.STRING, "dhcp.option.lost_server_domain_name", false);
        row(138, "CAPWAP Access Controllers", Kind.IPV4_LIST, "dhcp.option.capwap_access_controller", false);
        row(139, "IPv4 Address-MoS", Kind.OPAQUE, null, false);
        row(140, "IPv4 FQDN-MoS", Kind.OPAQUE, null, false);
        row(141, "SIP UA Configuration Domains", Kind.OPAQUE, null, false);
        row(142, "IPv4 Address ANDSF", Kind.IPV4_LIST, "dhcp.option.andsf_server", false);
        row(143, "Zerotouch Redirect [TODO: draft-ietf-netconf-zerotouch]", Kind.OPAQUE, null, false);
        row(144, "Geospatial Location [TODO:RFC6225]", Kind.OPAQUE, null, false);
        row(145, "Forcerenew Nonce Capable", Kind.SPECIAL, null, true);
        row(146, "RDNSS Selection", Kind.SPECIAL, null, true);
        row(147, "Unassigned", Kind.OPAQUE, null, false);
        row(148, "Unassigned", Kind.OPAQUE, null, false);
        row(149, "Unassigned", Kind.OPAQUE, null, false);
        row(150, "TFTP Server Address", Kind.IPV4_LIST, "dhcp.option.tftp_server_address", false);
        row(151, "Leasequery Status code", Kind.SPECIAL, null, true);
        row(152, "Leasequery Base Time", Kind.SPECIAL, null, true);
        row(153, "Leasequery Start Time of State", Kind.TIME_IN_U_SECS, "dhcp.option.bulk_lease.start_time_of_state", false);
        row(154, "Leasequery Query Start Time", Kind.SPECIAL, null, true);
        row(155, "Leasequery Query End Time", Kind.SPECIAL, null, true);
        row(156, "Leasequery Dhcp State", Kind.VAL_U_BYTE, "dhcp.option.bulk_lease.dhcp_state", false);
        row(157, "Leasequery Data Source", Kind.VAL_BOOLEAN, "dhcp.option.bulk_lease.data_source", false);
        row(158, "PCP Server", Kind.SPECIAL, null, true);
        row(159, "Portparams", Kind.SPECIAL, null, true);
        row(160, "Unassigned (ex DHCP Captive-Portal)", Kind.SPECIAL, null, true);
        row(161, "Manufacturer Usage Description", Kind.STRING, "dhcp.option.mudurl", false);
        row(162, "Unassigned", Kind.OPAQUE, null, false);
        row(163, "Unassigned", Kind.OPAQUE, null, false);
        row(164, "Unassigned", Kind.OPAQUE, null, false);
        row(165, "Unassigned", Kind.OPAQUE, null, false);
        row(166, "Unassigned", Kind.OPAQUE, null, false);
        row(167, "Unassigned", Kind.OPAQUE, null, false);
        row(168, "Unassigned", Kind.OPAQUE, null, false);
        row(169, "Unassigned", Kind.OPAQUE, null, false);
        row(170, "Unassigned", Kind.OPAQUE, null, false);
        row(171, "Unassigned", Kind.OPAQUE, null, false);
        row(172, "Unassigned", Kind.OPAQUE, null, false);
        row(173, "Unassigned", Kind.OPAQUE, null, false);
        row(174, "Unassigned", Kind.OPAQUE, null, false);
        row(175, "Etherboot", Kind.OPAQUE, null, false);
        row(176, "IP Telephone", Kind.OPAQUE, null, false);
        row(177, "Etherboot", Kind.OPAQUE, null, false);
        row(178, "Unassigned", Kind.OPAQUE, null, false);
        row(179, "Unassigned", Kind.OPAQUE, null, false);
        row(180, "Unassigned", Kind.OPAQUE, null, false);
        row(181, "Unassigned", Kind.OPAQUE, null, false);
        row(182, "Unassigned", Kind.OPAQUE, null, false);
        row(183, "Unassigned", Kind.OPAQUE, null, false);
        row(184, "Unassigned", Kind.OPAQUE, null, false);
        row(185, "Unassigned", Kind.OPAQUE, null, false);
        row(186, "Unassigned", Kind.OPAQUE, null, false);
        row(187, "Unassigned", Kind.OPAQUE, null, false);
        row(188, "Unassigned", Kind.OPAQUE, null, false);
        row(189, "Unassigned", Kind.OPAQUE, null, false);
        row(190, "Unassigned", Kind.OPAQUE, null, false);
        row(191, "Unassigned", Kind.OPAQUE, null, false);
        row(192, "Unassigned", Kind.OPAQUE, null, false);
        row(193, "Unassigned", Kind.OPAQUE, null, false);
        row(194, "Unassigned", Kind.OPAQUE, null, false);
        row(195, "Unassigned", Kind.OPAQUE, null, false);
        row(196, "Unassigned", Kind.OPAQUE, null, false);
        row(197, "Unassigned", Kind.OPAQUE, null, false);
        row(198, "Unassigned", Kind.OPAQUE, null, false);
        row(199, "Unassigned", Kind.OPAQUE, null, false);
        row(200, "Unassigned", Kind.OPAQUE, null, false);
        row(201, "Unassigned", Kind.OPAQUE, null, false);
        row(202, "Unassigned", Kind.OPAQUE, null, false);
        row(203, "Unassigned", Kind.OPAQUE, null, false);
        row(204, "Unassigned", Kind.OPAQUE, null, false);
        row(205, "Unassigned", Kind.OPAQUE, null, false);
        row(206, "Unassigned", Kind.OPAQUE, null, false);
        row(207, "Unassigned", Kind.OPAQUE, null, false);
        row(208, "PXELINUX Magic", Kind.OPAQUE, null, false);
        row(209, "PXE Configuration file", Kind.STRING, "dhcp.option.pxe_config_file", false);
        row(210, "PXE Path Prefix", Kind.STRING, "dhcp.option.pxe_path_prefix", false);
        row(211, "Reboot Time", Kind.OPAQUE, null, false);
        row(212, "6RD", Kind.OPAQUE, null, true);
        row(213, "V4 Access Domain", Kind.OPAQUE, null, false);
        row(214, "Unassigned", Kind.OPAQUE, null, false);
        row(215, "Unassigned", Kind.OPAQUE, null, false);
        row(216, "Unassigned", Kind.OPAQUE, null, false);
        row(217, "Unassigned", Kind.OPAQUE, null, false);
        row(218, "Unassigned", Kind.OPAQUE, null, false);
        row(219, "Unassigned", Kind.OPAQUE, null, false);
        row(220, "Subnet Allocation", Kind.OPAQUE, null, false);
        row(221, "Virtual Subnet Selection", Kind.OPAQUE, null, false);
        row(222, "Unassigned", Kind.OPAQUE, null, false);
        row(223, "Unassigned", Kind.OPAQUE, null, false);
        row(224, "Private", Kind.OPAQUE, null, false);
        row(225, "Private", Kind.OPAQUE, null, false);
        row(226, "Private", Kind.OPAQUE, null, false);
        row(227, "Private", Kind.OPAQUE, null, false);
        row(228, "Private", Kind.OPAQUE, null, false);
        row(229, "Private", Kind.OPAQUE, null, false);
        row(230, "Private", Kind.OPAQUE, null, false);
        row(231, "Private", Kind.OPAQUE, null, false);
        row(232, "Private", Kind.OPAQUE, null, false);
        row(233, "Private", Kind.OPAQUE, null, false);
        row(234, "Private", Kind.OPAQUE, null, false);
        row(235, "Private", Kind.OPAQUE, null, false);
        row(236, "Private", Kind.OPAQUE, null, false);
        row(237, "Private", Kind.OPAQUE, null, false);
        row(238, "Private", Kind.OPAQUE, null, false);
        row(239, "Private", Kind.OPAQUE, null, false);
        row(240, "Private", Kind.OPAQUE, null, false);
        row(241, "Private", Kind.OPAQUE, null, false);
        row(242, "Private/Avaya IP Telephone", Kind.SPECIAL, null, true);
        row(243, "Private", Kind.OPAQUE, null, false);
        row(244, "Private", Kind.OPAQUE, null, false);
        row(245, "Private", Kind.OPAQUE, null, false);
        row(246, "Private", Kind.OPAQUE, null, false);
        row(247, "Private", Kind.OPAQUE, null, false);
        row(248, "Private", Kind.OPAQUE, null, false);
        row(249, "Private/Classless Static Route (Microsoft)", Kind.SPECIAL, null, true);
        row(250, "Private", Kind.OPAQUE, null, false);
        row(251, "Private", Kind.OPAQUE, null, false);
        row(252, "Private/Proxy autodiscovery", Kind.STRING, "dhcp.option.private_proxy_autodiscovery", false);
        row(253, "Private", Kind.OPAQUE, null, false);
        row(254, "Private", Kind.OPAQUE, null, false);
        row(255, "End", Kind.OPAQUE, null, false);
    }

    private DhcpOptions() {
    }

    private static void row(int code, String name, Kind kind, String field, boolean ownHandler) {
        FieldSpec spec = null;
        if (field != null) {
            spec = FIELDS_BY_NAME.get(field);
            if (spec == null) {
                throw new IllegalStateException("DHCP option " + code + ": no field " + field + " in DhcpFields");
            }
        }
        BY_CODE[code] = new Option(code, name, kind, spec, ownHandler);
    }

    /** The option with this code (0–255). */
    static Option of(int code) {
        return BY_CODE[code & 0xff];
    }
}
