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
 * {@code dhcp.ip.client} and an ACK's {@code dhcp.ip.your}.
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
    }
}
