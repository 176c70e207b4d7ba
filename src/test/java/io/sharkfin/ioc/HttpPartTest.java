package io.sharkfin.ioc;

import io.sharkfin.ioc.report.CadenceReport;
import io.sharkfin.ioc.report.HttpReport;
import io.sharkfin.ioc.report.IocReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP part of the analysis on the lab captures, read from the HTTP dissector's fields: the
 * report must say what tshark shows there (frames and values from
 * {@code tshark -Y http.request -T fields -e frame.number -e http.host -e http.request.uri -e http.user_agent}).
 */
class HttpPartTest {

    static IocReport c2;
    static IocReport web;

    @BeforeAll
    static void run() {
        c2 = IocTestSupport.report(IocTestSupport.LAB_C2);
        web = IocTestSupport.report(IocTestSupport.CORPUS.resolve("lab-web-mixed.pcap"));
    }

    private static HttpReport.UserAgent agent(IocReport r, String ua) {
        return r.http().userAgents().stream().filter(a -> a.value().equals(ua)).findFirst().orElse(null);
    }

    @Test
    void faviconFetchWithMsie6IsAFindingAndACauseOfTheBeacon() {
        // tshark: 12 requests; frame 80 GET /favicon.ico Host qagio7jq5oqf.top UA "Mozilla/4.0 (compatible; MSIE 6.0)"
        assertEquals(12, c2.http().requests());
        HttpReport.UserAgent msie = agent(c2, LabC2ReportTest.MSIE6);
        assertNotNull(msie);
        assertEquals(List.of(80L), msie.evidence().frames());
        assertTrue(msie.flags().stream().anyMatch(f -> f.kind().equals("outdated-browser")));
        HttpReport.Uri favicon = c2.http().uris().stream()
                .filter(u -> u.host().equals(LabC2ReportTest.C2) && u.uri().equals("/favicon.ico")).findFirst().orElseThrow();
        assertEquals(List.of(200), favicon.statuses(), "tshark: frame 82 HTTP/1.1 200");
        IocReport.Finding f = c2.findings().stream().filter(x -> x.kind().equals("odd-user-agent")).findFirst().orElseThrow();
        assertTrue(f.statement().startsWith("GET qagio7jq5oqf.top/favicon.ico with User-Agent"), f.statement());
        assertTrue(f.statement().contains("suspected command server"), f.statement());
        CadenceReport.Pair beacon = c2.cadence().stream().filter(CadenceReport.Pair::beacon).findFirst().orElseThrow();
        assertTrue(beacon.reasons().stream().anyMatch(r -> r.contains("MSIE 6.0")), beacon.reasons().toString());
        assertEquals(1, c2.cadence().stream().filter(CadenceReport.Pair::beacon).count());
        // background: Chrome every ~13 s to news.example.test is a fixed path, not a beacon
        HttpReport.FixedPath news = c2.http().fixedPaths().get(0);
        assertEquals("news.example.test", news.host());
        assertEquals(11, news.requests());
    }

    @Test
    void firstRequestOfEachClientComesAfterItsFirstPacket() {
        HttpReport.FirstRequest first = c2.http().firstRequests().get(0);
        assertEquals("127.0.0.2", first.client());
        assertEquals(1, first.firstPacketFrame());
        assertEquals(40, first.requestFrame(), "tshark: first request in frame 40");
        assertEquals(0.057795, first.delaySeconds(), 1e-6);
    }

    @Test
    void labWebUserAgentsAreFlaggedAsTheirKind() {
        assertEquals("outdated-browser", agent(web, "Mozilla/4.0 (compatible; MSIE 6.0)").flags().get(0).kind());
        assertEquals("scripting-client", agent(web, "python-requests/2.31.0").flags().get(0).kind());
        assertEquals("scripting-client", agent(web, "Wget/1.21.3").flags().get(0).kind());
        assertEquals("scripting-client", agent(web, "Python-urllib/3.11").flags().get(0).kind());
        assertTrue(web.http().userAgents().stream().anyMatch(a -> a.value().startsWith("sqlmap")
                && a.flags().stream().anyMatch(fl -> fl.kind().equals("attack-tool"))));
        assertTrue(web.findings().stream().anyMatch(f -> f.kind().equals("odd-user-agent") && f.title().contains("sqlmap")));
        assertTrue(web.http().acceptLanguages().stream().anyMatch(l -> l.value().equals("en-US")));
        assertTrue(web.http().methods().stream().anyMatch(m -> m.value().equals("PUT")));
    }
}
