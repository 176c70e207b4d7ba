package io.sharkfin.ioc.report;

import java.util.List;

/** The hosts of the capture as DHCP names them: one entry per client hardware address. */
public record HostsReport(List<Host> dhcpClients) {

    /**
     * A DHCP client: its MAC address, the host names, client FQDNs and vendor classes it
     * announced, and the IPv4 addresses it asked for, held or was acknowledged; {@code evidence}
     * is its DHCP frames.
     */
    public record Host(String mac, List<String> hostNames, List<String> domainNames,
                       List<String> vendorClasses, List<String> addresses, EvidenceReport evidence) {
    }
}
