package io.sharkfin.ioc;

import io.sharkfin.ioc.report.DnsReport;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.TextReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DNS zones with many names, and the tunnel finding, on {@code dns-tunnel.pcapng}
 * (make-dns-tunnel.py): a dnscat2-like tunnel under t.c2tunnel.net (40 names of hex labels, TXT,
 * CNAME and MX, two names in upper case), twelve CDN names and fifteen blocklist look-ups.
 */
class DnsZonesTest {

    @Test
    void theTunnelIsAZoneAndAFinding() {
        IocReport r = IocTestSupport.report(IocTestSupport.DNS_TUNNEL);
        List<DnsReport.Zone> zones = r.dns().zones();
        assertEquals(List.of("t.c2tunnel.net", "51.198.zen.spamhaus.org", "cdn.example.org"),
                zones.stream().map(DnsReport.Zone::zone).toList());
        DnsReport.Zone tunnel = zones.getFirst();
        assertEquals(40, tunnel.names());
        assertEquals(40, tunnel.queries());
        assertEquals(List.of("TXT", "CNAME", "MX"), tunnel.types());
        assertEquals(List.of("10.9.0.5"), tunnel.clients());
        assertEquals(4.0, tunnel.entropy(), 0.01);
        assertTrue(tunnel.meanPrefix() > 60, tunnel.toString());
        assertEquals(85, tunnel.tunnelScore());
        // every query and response of the 40 names, the two upper-case ones among them
        assertEquals(80, tunnel.evidence().count());
        assertTrue(tunnel.evidence().frames().containsAll(List.of(21L, 22L, 61L, 62L)), tunnel.evidence().frames().toString());
        assertEquals("dns.qry.name matches \"(?i)(^|\\\\.)t\\\\.c2tunnel\\\\.net$\"", tunnel.evidence().filter());
        DnsReport.Zone blocklist = zones.get(1);
        assertEquals(0, blocklist.tunnelScore());
        assertTrue(blocklist.reasons().getFirst().contains("reversed addresses"), blocklist.reasons().toString());
        assertEquals(0, zones.get(2).tunnelScore());

        IocReport.Finding first = r.findings().getFirst();
        assertEquals("dns-tunnel", first.kind());
        assertEquals("high", first.severity());
        assertEquals(List.of("T1071.004", "T1048"), first.attack());
        assertTrue(first.statement().startsWith("10.9.0.5 asked 40 distinct names under t.c2tunnel.net (40 queries"),
                first.statement());
        // the tunnel's names are its data: not reported again one by one as DGA-like names
        assertTrue(r.findings().stream().noneMatch(f -> f.kind().equals("dga-name")), r.findings().toString());
        assertTrue(TextReport.render(r).contains("DNS ZONES WITH MANY NAMES"));
    }

    /** No burst's follow-up look-up comes before the burst's last failure, on any reported capture. */
    @Test
    void aBurstIsFollowedOnlyByLookUpsAfterIt() {
        List<String> wrong = new ArrayList<>();
        int followed = 0;
        for (Path c : IocTestSupport.reportedCaptures()) {
            for (DnsReport.Burst b : IocTestSupport.report(c).dns().nxdomainBursts()) {
                if (b.followedBy() != null) {
                    followed++;
                    if (b.followedBy().afterSeconds() < 0) {
                        wrong.add(c.getFileName() + ": " + b.followedBy());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(followed >= 1, "no burst with a follow-up look-up");
    }

    /** Captures without such zones list none, and no corpus capture has a tunnel finding. */
    @Test
    void noTunnelInTheCorpus() {
        for (Path c : IocTestSupport.captures()) {
            IocReport r = IocTestSupport.report(c);
            assertTrue(r.findings().stream().noneMatch(f -> f.kind().equals("dns-tunnel")), c.toString());
            for (DnsReport.Zone z : r.dns().zones()) {
                assertTrue(z.names() >= 10, z.toString());
            }
        }
    }
}
