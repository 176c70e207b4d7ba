package io.sharkfin.ioc.http;

import io.sharkfin.ioc.report.HttpReport.Flag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The User-Agents of lab-web-mixed (see the corpus README), each judged on its own. */
class UserAgentClassifierTest {

    private final UserAgentClassifier c = new UserAgentClassifier();

    private List<String> kinds(String ua) {
        return c.classify(ua).stream().map(Flag::kind).toList();
    }

    @Test
    void labUserAgents() {
        assertEquals(List.of("outdated-browser"), kinds("Mozilla/4.0 (compatible; MSIE 6.0)"));
        assertTrue(c.classify("Mozilla/4.0 (compatible; MSIE 6.0)").get(0).reason().contains("Internet Explorer 6 (2001)"));
        assertEquals(List.of(), kinds("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"));
        assertEquals(List.of(), kinds("Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"));
        assertEquals(List.of("scripting-client"), kinds("curl/7.88.1"));
        assertEquals(List.of("scripting-client"), kinds("Wget/1.21.3"));
        assertEquals(List.of("scripting-client"), kinds("python-requests/2.31.0"));
        assertEquals(List.of("scripting-client"), kinds("Python-urllib/3.11"));
        assertEquals(List.of("attack-tool"), kinds("sqlmap/1.7.2#stable (https://sqlmap.org)"));
        assertEquals(List.of("crawler"), kinds("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        assertEquals(List.of("empty"), kinds(""));
    }

    @Test
    void outdatedBrowsers() {
        assertEquals(List.of("outdated-browser"), kinds("Mozilla/5.0 (Windows NT 6.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36"));
        assertEquals(List.of("outdated-browser"), kinds("Mozilla/5.0 (Windows NT 5.1; rv:52.0) Gecko/20100101 Firefox/52.0"));
        assertEquals(List.of("outdated-browser"), kinds("Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko"));
        assertEquals(List.of("outdated-browser"), kinds("Mozilla/5.0 (Windows NT 5.1) Safari/537"));
    }

    @Test
    void cookieNamesAndProxyRequests() {
        assertEquals(List.of("__utma", "wp-settings-1", "flag"), HttpCollector.cookieNames("__utma=1.2; wp-settings-1=a=b;flag"));
        assertTrue(HttpCollector.isProxyRequest("CONNECT", "example.com:443"));
        assertTrue(HttpCollector.isProxyRequest("GET", "http://example.com/x"));
        assertTrue(!HttpCollector.isProxyRequest("GET", "/x"));
    }
}
