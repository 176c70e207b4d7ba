package io.sharkfin.ioc;

import io.sharkfin.ioc.report.HostsReport;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.TextReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hosts part of the analysis: the DHCP clients of the synthetic capture (frames 89-102 of
 * {@code src/test/resources/dissect/make-synthetic.py}), whose values tshark shows as
 * {@code dhcp.hw.mac_addr}, {@code dhcp.option.hostname}, {@code dhcp.fqdn.name},
 * {@code dhcp.option.vendor_class_id}, {@code dhcp.option.requested_ip_address},
 * {@code dhcp.ip.client} and an ACK's {@code dhcp.ip.your}; and the NetBIOS names of
 * {@code nbns.pcapng} ({@code make-nbns.py}), as tshark shows {@code nbns.name} and
 * {@code nbns.netbios_name}.
 */
class HostsPartTest {

    private static HostsReport.Host client(IocReport r, String mac) {
        return r.hosts().dhcpClients().stream().filter(h -> h.mac().equals(mac)).findFirst().orElseThrow();
    }

    @Test
    void aWindowsLeaseNamesTheHostBehindItsAddress() {
        IocReport r = IocTestSupport.report(IocTestSupport.SYNTHETIC);
        HostsReport.Host h = client(r, "00:0c:29:4f:8e:35");
        // option 12 of the lease (89, 91, 93) and of frame 99, whose requested address is damaged
        assertEquals(List.of("DESKTOP-4C02EMG", "late-host"), h.hostNames());
        assertEquals(List.of("DESKTOP-4C02EMG.lab.local"), h.domainNames());
        assertEquals(List.of("MSFT 5.0"), h.vendorClasses());
        // requested (89) and held (93); 10.6.9.77 is what BOOTP's reply (98) gave it
        assertEquals(List.of("10.6.9.101", "10.6.9.77"), h.addresses());
        // its lease, INFORM, RELEASE, the NAK and BOOTP exchange (all with its chaddr); not the relayed 96
        assertEquals(List.of(89L, 90L, 91L, 92L, 93L, 94L, 95L, 97L, 98L, 99L, 100L, 101L), h.evidence().frames());
        assertEquals("dhcp.hw.mac_addr == 00:0c:29:4f:8e:35", h.evidence().filter());
    }

    @Test
    void aRelayedClientWithoutNameIsListedByItsMacAlone() {
        IocReport r = IocTestSupport.report(IocTestSupport.SYNTHETIC);
        HostsReport.Host h = client(r, "00:1b:21:3a:4f:10");
        assertEquals(List.of(), h.hostNames());
        assertEquals(List.of(96L), h.evidence().frames());
        // frame 102's client has a 20-byte InfiniBand address: no MAC, so no entry
        assertEquals(2, r.hosts().dhcpClients().size());
    }

    @Test
    void aWindowsHostIsNamedByTheNamesItRegistersAndItsNodeStatus() {
        IocReport r = IocTestSupport.report(IocTestSupport.NBNS);
        assertEquals(1, r.hosts().netbiosHosts().size(), "only 10.0.0.23 claims names or answers NBSTAT");
        HostsReport.NetbiosHost h = r.hosts().netbiosHosts().get(0);
        assertEquals("10.0.0.23", h.address());
        // registrations (4-8), the conflicting FILESRV (11), refreshes (20, 21), multi-homed (22)
        assertEquals(List.of("DESKTOP-7QK2M4F<00>", "DESKTOP-7QK2M4F<20>", "WORKGROUP<00>", "WORKGROUP<1e>",
                "FILESRV<20>", "DESKTOP-7QK2M4F", "WORKGROUP"), h.names().subList(0, 7));
        // the unit ID of its node-status answers (28, 29)
        assertEquals(List.of("00:15:5d:4a:7c:01"), h.macs());
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 11L, 20L, 21L, 22L, 28L, 29L, 30L, 51L, 55L, 56L, 57L, 58L),
                h.evidence().frames());
        // queries and the release (23) claim nothing; the name server's answers are not the host's
        assertTrue(h.names().stream().noneMatch(n -> n.startsWith("WPAD") || n.startsWith("PRINTER01")));
    }

    @Test
    void theTextReportShowsTheHostsTable() {
        String text = TextReport.render(IocTestSupport.report(IocTestSupport.SYNTHETIC));
        assertTrue(text.contains("HOSTS (DHCP CLIENTS)"), text);
        assertTrue(text.contains("DESKTOP-4C02EMG, late-host"), text);
    }

    @Test
    void aCaptureWithoutDhcpHasNoHostsTable() {
        IocReport r = IocTestSupport.report(IocTestSupport.LAB_C2);
        assertEquals(List.of(), r.hosts().dhcpClients());
        assertTrue(!TextReport.render(r).contains("HOSTS (DHCP"));
        assertEquals(List.of(), r.hosts().netbiosHosts());
    }
}
