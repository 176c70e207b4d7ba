package io.sharkfin.ioc;

import io.sharkfin.ioc.report.HttpReport;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.TlsReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the lab captures do not exercise, on iocs-edge.pcap (recorded by make-iocs-edge.sh; values
 * from tshark 4.0.17, truth/iocs-edge.pcap.fields.tsv, and from the certificates the script made):
 * two HTTP requests pipelined in frame 51, a leaf certificate without a common name and with
 * DNS, IP and e-mail SANs, a CA whose subject holds two CNs, an expired and a not-yet-valid leaf.
 * A collector that paired the i-th {@code tls.cert.*} occurrence with the i-th certificate, read
 * times as nanoseconds or SANs as host names, or split pipelined requests wrongly fails here.
 */
class EdgeCaptureTest {

    static final String NO_CN = "O=No Common Name Ltd,C=XX";
    static final String CA = "CN=Edge Lab Root,CN=Second Name,O=Edge Lab";
    static final String FUTURE = "CN=future.example.test";
    static final String SQLMAP = "sqlmap/1.7.2#stable (https://sqlmap.org)";

    static IocReport r;

    @BeforeAll
    static void run() {
        r = IocTestSupport.report(IocTestSupport.EDGE);
    }

    private static TlsReport.Certificate cert(String subject) {
        return r.tls().certificates().stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static HttpReport.UserAgent agent(String value) {
        return r.http().userAgents().stream().filter(a -> a.value().equals(value)).findFirst().orElseThrow();
    }

    private static HttpReport.Uri uri(String host, String path) {
        return r.http().uris().stream().filter(u -> u.host().equals(host) && u.uri().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void pipelinedRequestsAreSplitOnTheirMethods() {
        // tshark frame 51: GET,GET  one.example.test,two.example.test  curl/8.5.0,sqlmap/...  /a,/b
        assertEquals(2, r.http().requests());
        assertEquals(List.of("one.example.test"), agent("curl/8.5.0").hosts());
        assertEquals(List.of("two.example.test"), agent(SQLMAP).hosts());
        assertEquals(List.of(51L), agent(SQLMAP).evidence().frames());
        // responses in order: frame 55 200 answers /a, frame 59 404 answers /b
        assertEquals(List.of(200), uri("one.example.test", "/a").statuses());
        assertEquals(List.of(404), uri("two.example.test", "/b").statuses());
        HttpReport.FirstRequest first = r.http().firstRequests().get(0);
        assertEquals("127.0.9.10", first.client());
        assertEquals(48, first.firstPacketFrame());
        assertEquals(51, first.requestFrame());
        assertEquals("/a", first.uri());
        assertTrue(r.findings().stream().anyMatch(f -> f.kind().equals("odd-user-agent") && f.title().contains("sqlmap")
                && f.attack().contains("T1190")));
    }

    @Test
    void certificateFieldsGoToTheCertificateTheyDescribe() {
        TlsReport.Certificate leaf = cert(NO_CN);
        assertNull(leaf.subjectCn(), "the leaf has no CN (the CA's two CNs must not slide onto it)");
        assertEquals(List.of("nocn.example.test", "192.0.2.7", "ops@example.test"), leaf.san());
        assertEquals(CA, leaf.issuer());
        assertTrue(leaf.leaf());
        assertFalse(leaf.selfSigned());
        assertEquals(List.of(6L, 22L), leaf.evidence().frames());
        TlsReport.Certificate ca = cert(CA);
        assertEquals("Edge Lab Root", ca.subjectCn(), "the most specific of two CNs");
        assertEquals(List.of(), ca.san());
        assertTrue(ca.selfSigned());
        assertFalse(ca.leaf());
        assertEquals(List.of(6L, 22L, 37L), ca.evidence().frames());
        assertEquals(List.of("future.example.test"), cert(FUTURE).san());
    }

    @Test
    void validityIsJudgedAgainstTheFrameTime() {
        TlsReport.Certificate expired = cert(NO_CN);
        assertEquals("2020-01-01T00:00:00.000000000Z", expired.notBefore());
        assertEquals("2021-01-01T00:00:00.000000000Z", expired.notAfter());
        assertTrue(expired.expired());
        assertFalse(expired.notYetValid());
        TlsReport.Certificate future = cert(FUTURE);
        assertEquals("2030-01-01T00:00:00.000000000Z", future.notBefore());
        assertTrue(future.notYetValid());
        assertFalse(future.expired());
        TlsReport.Certificate ca = cert(CA);
        assertEquals("2040-01-01T00:00:00.000000000Z", ca.notAfter());
        assertFalse(ca.expired() || ca.notYetValid());
        List<String> titles = r.findings().stream().filter(f -> f.kind().equals("invalid-certificate-dates"))
                .map(IocReport.Finding::title).toList();
        assertEquals(Set.of("Expired certificate: " + NO_CN, "Certificate not yet valid: future.example.test"),
                Set.copyOf(titles));
        assertEquals(2, titles.size());
        assertTrue(r.findings().stream().noneMatch(f -> f.kind().equals("self-signed-certificate")),
                "the self-signed CA is no leaf");
    }

    @Test
    void serverNamesAreMatchedAgainstTheHostNameSans() {
        // nocn.example.test is a DNS SAN of the leaf; other.example.test is not (the IP and e-mail SANs are no host names)
        assertEquals(1, r.tls().sniMismatches().size());
        TlsReport.Mismatch m = r.tls().sniMismatches().get(0);
        assertEquals("other.example.test", m.serverName());
        assertEquals(List.of("nocn.example.test"), m.certificateNames());
        assertEquals(List.of(20L), m.evidence().frames(), "the ClientHello that asked for the name");
    }

    @Test
    void fingerprintsAreTsharks() {
        TlsReport.Fingerprint ja3 = r.tls().ja3().get(0);
        assertEquals("871a754af286dfb70c1b53c6887c62e0", ja3.value());
        assertEquals(List.of(4L, 20L, 35L), ja3.evidence().frames());
        assertEquals(List.of("nocn.example.test", "other.example.test", "future.example.test"), ja3.serverNames());
        TlsReport.Fingerprint ja3s = r.tls().ja3s().get(0);
        assertEquals("abade5a4a7f42baf54766e5d108283b6", ja3s.value());
        assertEquals(List.of(6L, 22L, 37L), ja3s.evidence().frames());
        assertEquals(List.of("127.0.9.1", "127.0.9.3"), ja3s.servers());
    }
}
