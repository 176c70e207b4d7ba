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

    @Test
    void basicCredentialsAreLoginsAndPasswordsInClearAreFindings() {
        // tshark -Y http.authbasic -T fields -e frame.number -e ip.dst -e http.authbasic: 4 alice:s3cret,
        // 14 bob, 24 user:pass:word, 34 ":", 44 "=", 104 proxyuser:pw (to the proxy .81), 114 frank:first
        // and grace:second (pipelined), 124 heidi:8080pw; Bearer, Digest, Kerberos, Citrix carry none
        IocReport r = IocTestSupport.report(IocTestSupport.HTTP_AUTH);
        List<String> logins = r.http().logins().stream()
                .map(l -> l.server() + " " + l.user() + " " + l.passwords() + " " + l.evidence().frames()).toList();
        assertEquals(List.of("192.0.2.80 alice [s3cret] [4]", "192.0.2.80 bob [] [14]", "192.0.2.80 user [pass:word] [24]",
                "192.0.2.80  [] [34]", "192.0.2.80 = [] [44]", "192.0.2.81 proxyuser [pw] [104]",
                "192.0.2.80 frank [first] [114]", "192.0.2.80 grace [second] [114]", "192.0.2.80 heidi [8080pw] [124]"),
                logins);
        HttpReport.Login proxy = r.http().logins().get(5);
        assertEquals(List.of("Proxy-Authorization"), proxy.headers());
        assertEquals("http.authbasic matches \"(?-i)^\\\\Qproxyuser\\\\E(?::|$)\" && ip.dst == 192.0.2.81",
                proxy.evidence().filter());
        // a password, not an empty one or none, makes a finding; a proxy is named as such
        List<String> titles = r.findings().stream().filter(f -> f.kind().equals("cleartext-credentials"))
                .map(IocReport.Finding::title).toList();
        assertEquals(List.of("HTTP password in clear: alice at 192.0.2.80 (intranet.example.test)",
                "HTTP password in clear: user at 192.0.2.80 (intranet.example.test)",
                "HTTP password in clear: proxyuser at the proxy 192.0.2.81",
                "HTTP password in clear: frank at 192.0.2.80 (intranet.example.test)",
                "HTTP password in clear: grace at 192.0.2.80 (intranet.example.test)",
                "HTTP password in clear: heidi at 192.0.2.80 (intranet.example.test)"), titles);
    }

    @Test
    void otherSchemesAreTokensAndHandshakesAreNot() {
        // the Authorization values of http-auth.pcapng that are not Basic as Wireshark decodes it:
        // 54 Bearer, 64 "basic" in lower case, 74 Digest, 84 Kerberos, 94 CitrixAGBasic
        IocReport r = IocTestSupport.report(IocTestSupport.HTTP_AUTH);
        assertEquals(List.of("Bearer [54]", "basic [64]", "CitrixAGBasic [94]"), r.http().tokens().stream()
                .map(t -> t.scheme() + " " + t.evidence().frames()).toList());
        HttpReport.Token bearer = r.http().tokens().getFirst();
        assertEquals("http.authorization == \"Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaTEifQ.c2lnbmF0dXJl\" && "
                + "ip.dst == 192.0.2.80", bearer.evidence().filter());
        assertEquals(List.of("intranet.example.test"), bearer.hosts());
        assertEquals(3, r.findings().stream().filter(f -> f.kind().equals("cleartext-token")).count());
        // NTLM's handshake in Proxy-Authorization is the accounts part's, not a token
        assertTrue(IocTestSupport.report(IocTestSupport.HTTP_NTLM).http().tokens().isEmpty());
    }
}
