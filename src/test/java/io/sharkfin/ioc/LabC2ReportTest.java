package io.sharkfin.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharkfin.cli.Main;
import io.sharkfin.ioc.dga.DgaScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The story of lab-c2-a.pcap (see the corpus README) as the JSON output of
 * {@code sharkfin iocs --format json} tells it: the beacon from the victim to the .top C2 name
 * every ~5 s ±20 %, the 14-name NXDOMAIN burst before it with DGA-like names, the /favicon.ico
 * fetch with the MSIE 6 User-Agent, the self-signed certificate and the beacon's JA3; the
 * background browsing is periodic-ish but no beacon.
 */
class LabC2ReportTest {

    static final String VICTIM = "127.0.0.2";
    static final String C2 = "qagio7jq5oqf.top";
    static final String MSIE6 = "Mozilla/4.0 (compatible; MSIE 6.0)";
    static final String BEACON_JA3 = "e3b22a0e0413672580bbac532569895a";

    static JsonNode report;

    @BeforeAll
    static void run() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"iocs", "-r", IocTestSupport.LAB_C2.toString(), "--format", "json"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        report = IocTestSupport.MAPPER.readTree(out.toString());
    }

    private static List<JsonNode> beacons() {
        List<JsonNode> out = new ArrayList<>();
        report.get("cadence").forEach(p -> {
            if (p.get("beacon").asBoolean()) {
                out.add(p);
            }
        });
        return out;
    }

    private static JsonNode finding(String kind) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("kind").asText().equals(kind)) {
                return f;
            }
        }
        return null;
    }

    @Test
    void namesTheBeaconFromTheVictimToTheTopNameEveryFiveSecondsWithTwentyPercentJitter() {
        List<JsonNode> beacons = beacons();
        assertEquals(1, beacons.size(), "exactly one beacon: " + beacons);
        JsonNode b = beacons.get(0);
        assertEquals("tcp", b.get("kind").asText());
        assertEquals(VICTIM, b.get("client").asText());
        assertEquals(C2, b.get("name").asText());
        assertTrue(b.get("name").asText().endsWith(".top"));
        assertEquals("127.0.0.66", b.get("server").asText());
        assertEquals(443, b.get("port").asInt());
        assertEquals(24, b.get("events").asInt(), "24 HTTPS beacons");
        double interval = b.get("medianInterval").asDouble();
        assertTrue(interval > 4.7 && interval < 5.3, "interval ≈ 5 s: " + interval);
        double jitter = b.get("jitterPercent").asDouble();
        assertTrue(jitter > 15 && jitter < 25, "jitter ≈ 20 %: " + jitter);
        assertTrue(b.get("score").asInt() >= 55);
        String reasons = b.get("reasons").toString();
        assertTrue(reasons.contains("NXDOMAIN"), reasons);
        JsonNode f = finding("beacon");
        assertNotNull(f);
        assertEquals(b.get("evidence").get("filter").asText(), f.get("evidence").get("filter").asText());
        assertTrue(f.get("statement").asText().contains("likely command-and-control beacon"));
        assertTrue(f.get("statement").asText().contains("14 NXDOMAIN"), f.get("statement").asText());
    }

    @Test
    void backgroundBrowsingIsNotABeacon() {
        int background = 0;
        for (JsonNode p : report.get("cadence")) {
            String name = p.path("name").asText("");
            if (name.endsWith("example.test")) {
                background++;
                assertFalse(p.get("beacon").asBoolean(), "background pair reported as beacon: " + p);
            }
        }
        assertTrue(background >= 2, "the background pairs are listed with their cadence");
        for (JsonNode f : report.get("findings")) {
            if (f.get("kind").asText().equals("beacon")) {
                assertFalse(f.get("statement").asText().contains("example.test"));
            }
        }
    }

    @Test
    void namesTheFourteenNameNxdomainBurstWithHighDgaScoresBeforeTheBeacon() {
        JsonNode bursts = report.get("dns").get("nxdomainBursts");
        assertEquals(1, bursts.size());
        JsonNode b = bursts.get(0);
        assertEquals(VICTIM, b.get("client").asText());
        assertEquals(14, b.get("distinctNames").asInt());
        assertEquals(14, b.get("evidence").get("count").asInt(), "14 NXDOMAIN responses");
        assertTrue(b.get("minDga").asInt() >= DgaScorer.LIKELY, "every name DGA-like: " + b.get("names"));
        assertTrue(b.get("meanDga").asInt() >= 70);
        assertEquals(C2, b.get("followedBy").get("name").asText());
        assertEquals("127.0.0.66", b.get("followedBy").get("answers").get(0).asText());
        assertTrue(b.get("startRel").asDouble() < beacons().get(0).get("evidence").get("firstRel").asDouble(),
                "the burst comes before the beacon");
        JsonNode f = finding("nxdomain-burst");
        assertNotNull(f);
        assertEquals("high", f.get("severity").asText());
        assertTrue(f.get("statement").asText().contains("domain generation algorithm"));
    }

    @Test
    void namesTheFaviconFetchWithTheMsie6UserAgent() {
        JsonNode ua = null;
        for (JsonNode a : report.get("http").get("userAgents")) {
            if (a.get("value").asText().equals(MSIE6)) {
                ua = a;
            }
        }
        assertNotNull(ua, "MSIE 6 User-Agent listed");
        assertEquals(1, ua.get("requests").asInt());
        assertEquals(80, ua.get("evidence").get("firstFrame").asInt(), "tshark: frame 80");
        assertTrue(ua.get("flags").toString().contains("outdated-browser"));
        assertTrue(ua.get("flags").toString().contains("Internet Explorer 6"));
        boolean favicon = false;
        for (JsonNode u : report.get("http").get("uris")) {
            favicon |= u.get("host").asText().equals(C2) && u.get("uri").asText().equals("/favicon.ico");
        }
        assertTrue(favicon, "GET /favicon.ico on the C2 host listed");
        JsonNode f = finding("odd-user-agent");
        assertNotNull(f);
        assertTrue(f.get("statement").asText().contains("/favicon.ico"));
        assertTrue(f.get("indicators").toString().contains(MSIE6.replace("\"", "\\\"")));
    }

    @Test
    void namesTheSelfSignedCertificate() {
        JsonNode cert = null;
        for (JsonNode c : report.get("tls").get("certificates")) {
            if (c.get("selfSigned").asBoolean() && c.get("subject").asText().contains(C2)) {
                cert = c;
            }
        }
        assertNotNull(cert, "self-signed C2 certificate listed");
        assertTrue(cert.get("subject").asText().contains("Default Company Ltd"));
        assertEquals(24, cert.get("evidence").get("count").asInt(), "tshark: 24 Certificate messages");
        assertNotNull(finding("self-signed-certificate"));
        assertTrue(beacons().get(0).get("reasons").toString().contains("self-signed"));
    }

    @Test
    void namesTheClientJa3() {
        JsonNode ja3 = null;
        for (JsonNode j : report.get("tls").get("ja3")) {
            if (j.get("value").asText().equals(BEACON_JA3)) {
                ja3 = j;
            }
        }
        assertNotNull(ja3, "beacon JA3 listed");
        assertEquals(24, ja3.get("count").asInt());
        assertEquals(90, ja3.get("evidence").get("firstFrame").asInt(), "tshark: frame 90");
        boolean found = false;
        for (JsonNode f : report.get("findings")) {
            found |= f.get("kind").asText().equals("tls-fingerprint") && f.get("indicators").toString().contains(BEACON_JA3);
        }
        assertTrue(found, "a finding names the beacon's JA3");
    }

    @Test
    void everyPartOfTheAnalysisHadItsFields() {
        assertEquals(0, report.get("capture").get("fieldsMissing").size(), report.get("capture").toString());
        assertEquals(0, report.get("capture").get("notes").size(), report.get("capture").toString());
    }

    @Test
    void findingsAreRankedAndReproducible() {
        int rank = 0;
        int previous = Integer.MAX_VALUE;
        for (JsonNode f : report.get("findings")) {
            assertEquals(++rank, f.get("rank").asInt());
            assertTrue(f.get("score").asInt() <= previous);
            previous = f.get("score").asInt();
            assertFalse(f.get("capability").asText().isBlank());
            assertFalse(f.get("objective").asText().isBlank());
            assertTrue(f.get("evidence").get("count").asInt() > 0);
            assertFalse(f.get("evidence").get("frames").isEmpty());
        }
        assertTrue(rank >= 2);
    }
}
