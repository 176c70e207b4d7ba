package io.sharkfin.ioc;

import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.TlsReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TLS part of the analysis on the shared captures, read from the TLS dissector's fields;
 * expected values from tshark 4.0.17 ({@code -e tls.handshake.extensions_server_name
 * -e x509af.utcTime -e x509ce.dNSName} and frame times; tshark 4.0 has no JA4, whose values are
 * those of sharkfin's TLS dissector).
 */
class TlsPartTest {

    private static IocReport report(String capture) {
        return IocTestSupport.report(IocTestSupport.CORPUS.resolve(capture));
    }

    private static TlsReport.Certificate cert(IocReport r, String subjectStart) {
        return r.tls().certificates().stream().filter(c -> c.subject().startsWith(subjectStart)).findFirst().orElseThrow();
    }

    @Test
    void aChainIsReadCertificateByCertificate() {
        // ppp-tls.pcap frame 15: *.google.com (50 dNSNames), Google Internet Authority G2, GeoTrust Global CA
        IocReport r = report("ppp-tls.pcap");
        TlsReport.Certificate leaf = cert(r, "CN=*.google.com");
        assertTrue(leaf.leaf());
        assertEquals("*.google.com", leaf.subjectCn());
        assertEquals(50, leaf.san().size());
        assertEquals("2014-12-10T11:33:37.000000000Z", leaf.notBefore());
        assertEquals("2015-03-10T00:00:00.000000000Z", leaf.notAfter());
        assertFalse(leaf.expired(), "valid on 2015-01-03, the frame's date");
        TlsReport.Certificate intermediate = cert(r, "CN=Google Internet Authority G2");
        assertFalse(intermediate.leaf());
        assertEquals(List.of(), intermediate.san());
        assertEquals("2016-12-31T23:59:59.000000000Z", intermediate.notAfter());
        TlsReport.Certificate root = cert(r, "CN=GeoTrust Global CA");
        assertEquals("2002-05-21T04:00:00.000000000Z", root.notBefore());
        assertEquals(List.of(15L), root.evidence().frames());
        // the SNI ssl.gstatic.com is covered by the leaf's *.gstatic.com
        assertTrue(r.tls().sniMismatches().stream().noneMatch(m -> m.serverName().equals("ssl.gstatic.com")));
    }

    @Test
    void aSelfSignedCertificateWithoutSansIsJudgedByItsCommonName() {
        // ppp-tls.pcap frame 2: self-signed, valid 2012-10-21 05:05:48 to 2012-11-20 05:05:48, frame at 2012-10-21 06:56
        IocReport r = report("ppp-tls.pcap");
        TlsReport.Certificate c = cert(r, "1.2.840.113549.1.9.1=");
        assertTrue(c.selfSigned());
        assertEquals("BAWMASHBIJ.corp.smsc.com", c.subjectCn());
        assertEquals("2012-10-21T05:05:48.000000000Z", c.notBefore());
        assertEquals("2012-11-20T05:05:48.000000000Z", c.notAfter());
        assertFalse(c.expired());
        assertFalse(c.notYetValid());
        TlsReport.Mismatch m = r.tls().sniMismatches().get(0);
        assertEquals("bawmashbij", m.serverName());
        assertEquals(List.of("BAWMASHBIJ.corp.smsc.com"), m.certificateNames());
        assertEquals(List.of(1L), m.evidence().frames());
        assertEquals(1, r.findings().stream().filter(f -> f.kind().equals("self-signed-certificate")).count());
        assertTrue(r.findings().stream().noneMatch(f -> f.kind().equals("invalid-certificate-dates")));
    }

    @Test
    void certificatesValidAtCaptureTimeAreNotFlagged() {
        // ja4-browsers-x509.pcapng (2023-08-09): every certificate was valid then
        for (TlsReport.Certificate c : report("ja4-browsers-x509.pcapng").tls().certificates()) {
            assertFalse(c.expired() || c.notYetValid() || c.selfSigned(), c.subject());
        }
    }

    @Test
    void aClientHelloWithoutServerNameIsTlsToABareAddress() {
        // ppp-pcapng-example.pcapng frame 8: ClientHello without SNI to 127.0.0.1:3306 (MySQL STARTTLS)
        TlsReport.BareIp b = report("ppp-pcapng-example.pcapng").tls().bareIp().get(0);
        assertEquals("127.0.0.1", b.server());
        assertEquals(3306, b.port());
        assertEquals(List.of(8L), b.evidence().frames());
        assertTrue(b.evidence().filter().contains("tcp.dstport == 3306"), b.evidence().filter());
    }

    @Test
    void quicClientHellosGiveServerNamesAndJa4() {
        // ja4-tls3.pcapng: QUIC Initial ClientHellos in frames 135 (fonts.googleapis.com), 137, 141, 143, 288, 296
        IocReport r = report("ja4-tls3.pcapng");
        TlsReport.ServerName fonts = r.tls().serverNames().stream().filter(s -> s.name().equals("fonts.googleapis.com"))
                .findFirst().orElseThrow();
        assertEquals(List.of(135L), fonts.evidence().frames());
        assertEquals(List.of("172.253.122.95"), fonts.servers());
        TlsReport.Fingerprint quic = r.tls().ja4().stream().filter(j -> j.value().equals("q13d0310h3_55b375c5d22e_cd85d2d88918"))
                .findFirst().orElseThrow();
        assertEquals(List.of(135L, 137L, 141L, 143L, 296L), quic.evidence().frames());
    }
}
