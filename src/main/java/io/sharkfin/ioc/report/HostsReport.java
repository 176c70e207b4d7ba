package io.sharkfin.ioc.report;

import java.util.List;

/**
 * The hosts of the capture as they name themselves: DHCP clients by hardware address, NetBIOS
 * hosts by IP address.
 */
public record HostsReport(List<Host> dhcpClients, List<NetbiosHost> netbiosHosts) {

    /**
     * A DHCP client: its MAC address, the host names, client FQDNs and vendor classes it
     * announced, and the IPv4 addresses it asked for, held or was acknowledged; {@code evidence}
     * is its DHCP frames.
     */
    public record Host(String mac, List<String> hostNames, List<String> domainNames,
                       List<String> vendorClasses, List<String> addresses, EvidenceReport evidence) {
    }

    /**
     * An address that claimed NetBIOS names (registration, refresh) or answered a node-status
     * query: the names ({@code DESKTOP-4C02EMG<00>}), the MAC addresses its node-status answers
     * gave; {@code evidence} is those frames.
     */
    public record NetbiosHost(String address, List<String> names, List<String> macs, EvidenceReport evidence) {
    }
}
