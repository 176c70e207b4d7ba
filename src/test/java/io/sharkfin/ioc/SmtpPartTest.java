package io.sharkfin.ioc;

import io.sharkfin.ioc.report.EvidenceReport;
import io.sharkfin.ioc.report.FtpReport;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.SmtpReport;
import io.sharkfin.ioc.report.TextReport;
import io.sharkfin.ioc.report.UserLogin;
import io.sharkfin.ioc.smtp.SmtpCollector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SMTP part of the analysis on the dissector tests' sessions ({@code smtp.pcapng}: AUTH LOGIN
 * and PLAIN, a failed login, credentials that are not base64) and on a real smtplib-to-smtpd
 * session ({@code smtp-python.pcap}), with the values tshark shows as smtp.auth.* and imf.*; and
 * the passwords in clear that SMTP and FTP logins make findings.
 */
class SmtpPartTest {

    @Test
    void credentialsAreDecodedPerServer() {
        SmtpReport s = IocTestSupport.report(IocTestSupport.SMTP).smtp();
        SmtpReport.Login alice = s.logins().getFirst();
        assertEquals("198.51.100.25", alice.server());
        assertEquals("LOGIN", alice.mechanism());
        assertEquals("YWxpY2VAZXhhbXBsZS5vcmc=", alice.encoded());
        assertEquals("alice@example.org", alice.user());
        assertEquals(List.of("S3cret!pass"), alice.passwords());
        assertEquals(List.of(14L), alice.evidence().frames());
        assertEquals("smtp.auth.username == \"YWxpY2VAZXhhbXBsZS5vcmc=\" && ip.dst == 198.51.100.25",
                alice.evidence().filter());
        SmtpReport.Login mallory = s.logins().stream().filter(l -> "mallory@example.org".equals(l.user()))
                .findFirst().orElseThrow();
        assertEquals("PLAIN", mallory.mechanism());
        assertEquals(List.of("hunter2"), mallory.passwords());
        assertTrue(mallory.evidence().filter().startsWith("smtp.auth.username_password == "), mallory.evidence().filter());
        // a PLAIN value that is not base64 is listed as sent, without a user
        SmtpReport.Login junk = s.logins().stream().filter(l -> l.encoded().equals("not-base64!")).findFirst().orElseThrow();
        assertNull(junk.user());
        assertTrue(TextReport.render(IocTestSupport.report(IocTestSupport.SMTP)).contains("SMTP LOGINS (AUTH)"));
    }

    @Test
    void messagesBySenderAndSubject() {
        SmtpReport s = IocTestSupport.report(IocTestSupport.SMTP).smtp();
        SmtpReport.Message phish = s.messages().stream().filter(m -> m.from().contains("examp1e.net")).findFirst().orElseThrow();
        assertEquals("IT Support <it-support@examp1e.net>", phish.from());
        assertEquals("Password expiry notice", phish.subject());
        assertEquals(List.of("victim@example.net"), phish.to());
        assertEquals("smtp && imf.from == \"IT Support <it-support@examp1e.net>\" && imf.subject == \"Password expiry notice\"",
                phish.evidence().filter());
        IocReport real = IocTestSupport.report(IocTestSupport.SMTP_PYTHON);
        assertTrue(real.smtp().logins().isEmpty(), "smtpd refuses AUTH: no credentials were sent");
        // headers as written: an RFC 2047 encoded sender and subject stay encoded, as imf.from shows them
        assertEquals(List.of("Alice Example <alice@example.org>", "=?utf-8?q?J=C3=BCrgen?= <juergen@example.org>",
                "legacy@example.org", "reports@example.org"), real.smtp().messages().stream().map(SmtpReport.Message::from).toList());
        assertEquals(List.of(22L, 30L, 38L, 80L), real.smtp().messages().stream()
                .map(m -> m.evidence().firstFrame()).toList());
        assertEquals(List.of("127.0.0.1"), real.smtp().messages().getFirst().servers());
    }

    /** Passwords sent in clear are findings: SMTP's AUTH (decoded), FTP's PASS unless the login is anonymous. */
    @Test
    void passwordsInClearAreFindings() {
        IocReport smtp = IocTestSupport.report(IocTestSupport.SMTP);
        List<IocReport.Finding> found = smtp.findings().stream().filter(f -> f.kind().equals("cleartext-credentials")).toList();
        assertEquals(List.of("alice@example.org", "mallory@example.org", "bob"),
                found.stream().map(f -> f.indicators().getFirst()).toList());
        assertEquals("SMTP password in clear: alice@example.org at 198.51.100.25", found.getFirst().title());
        assertEquals(List.of(14L), found.getFirst().evidence().frames());
        // tshark -Y 'smtp.response.code == 235 || smtp.response.code == 535': 20 (alice), 74 (mallory), 126 (bob),
        // 130 (the PLAIN value that is not base64), 138 (carol, whose password does not decode to text)
        assertEquals(List.of("alice@example.org 1/0 [S3cret!pass]", "mallory@example.org 1/0 [hunter2]", "bob 0/1 []",
                        "null 0/1 []", "carol 1/0 []"), smtp.smtp().logins().stream()
                .map(l -> l.user() + " " + l.accepted() + "/" + l.refused() + " " + l.acceptedPasswords()).toList());
        assertTrue(found.getFirst().statement().contains("accepted once (S3cret!pass)"), found.getFirst().statement());
        // the real vsftpd session logs in anonymously only: no finding; a named FTP login with a password is one
        IocReport vsftpd = IocTestSupport.report(IocTestSupport.VSFTPD);
        assertTrue(vsftpd.findings().stream().noneMatch(f -> f.kind().equals("cleartext-credentials")));
        EvidenceReport ev = vsftpd.ftp().logins().getFirst().evidence();
        FtpReport ftp = new FtpReport(List.of(
                new UserLogin("10.0.0.21", "admin", List.of("s3cret"), List.of(), 1, 0, 0, List.of("10.0.0.5"), ev),
                new UserLogin("10.0.0.21", "Anonymous", List.of("me@example.org"), List.of(), 1, 0, 0, List.of("10.0.0.5"), ev),
                new UserLogin("10.0.0.21", "bob", List.of(), List.of(), 1, 0, 0, List.of("10.0.0.5"), ev)), List.of(), List.of(),
                List.of());
        List<IocReport.Finding> ftpFound = new FindingBuilder().build(vsftpd.dns(), vsftpd.http(), vsftpd.tls(), vsftpd.ssh(),
                ftp, vsftpd.pop(), vsftpd.imap(), vsftpd.smtp(), vsftpd.files(), vsftpd.accounts(), vsftpd.cadence());
        assertEquals(List.of("FTP password in clear: admin at 10.0.0.21"), ftpFound.stream()
                .filter(f -> f.kind().equals("cleartext-credentials")).map(IocReport.Finding::title).toList());
    }

    @Test
    void base64AndPlainDecoding() {
        assertEquals("alice@example.org", SmtpCollector.decode("YWxpY2VAZXhhbXBsZS5vcmc="));
        assertNull(SmtpCollector.decode("not-base64!"));
        assertNull(SmtpCollector.decode("//79"), "bytes that are not UTF-8");
        assertEquals(List.of("", "user", "pass"), List.of(SmtpCollector.plain("AHVzZXIAcGFzcw==")));
        assertNull(SmtpCollector.plain("dXNlcg=="), "no NULs: not PLAIN");
    }
}
