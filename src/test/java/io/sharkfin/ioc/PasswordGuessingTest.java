package io.sharkfin.ioc;

import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.LoginClient;
import io.sharkfin.ioc.report.LoginServer;
import io.sharkfin.ioc.report.TextReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password guessing seen from the servers' side ({@code guessing.pcapng}, make-guessing.py; FTP,
 * POP3, IMAP, HTTP Basic and SMTP AUTH): the
 * passwords each server was sent for any user, its answers, and the findings they make. The frame
 * numbers are tshark 4.0.17's for the filters the report gives.
 */
class PasswordGuessingTest {

    private static final IocReport REPORT = IocTestSupport.report(IocTestSupport.GUESSING);

    @Test
    void eachServerCountsThePasswordsItWasSentAndItsAnswers() {
        // tshark -Y 'ftp.request.command == "PASS" && ftp.request.arg && ip.dst == 192.0.2.21': 10 30 ... 230
        LoginServer ftp = REPORT.ftp().servers().getFirst();
        assertEquals("192.0.2.21 12 attempts, 1 users [admin], 1 accepted, 11 refused, [10.50.0.66]", describe(ftp));
        assertEquals(List.of(10L, 30L, 50L, 70L, 90L, 110L, 130L, 150L, 170L, 190L, 210L, 230L), ftp.evidence().frames());
        assertEquals("ftp.request.command == \"PASS\" && ftp.request.arg && ip.dst == 192.0.2.21", ftp.evidence().filter());
        assertEquals("192.0.2.22 1 attempts, 1 users [mallory], 1 accepted, 0 refused, [10.50.0.9]",
                describe(REPORT.ftp().servers().get(1)));
        // tshark -Y 'pop.request.command matches "^pass" && ...': 254 274 ... 394, and 414 ("pass")
        LoginServer pop = REPORT.pop().servers().getFirst();
        assertEquals("192.0.2.110 9 attempts, 9 users [alice, bob, carol, dave, erin, frank, grace, heidi, ivan],"
                + " 0 accepted, 9 refused, [10.50.0.67]", describe(pop));
        assertEquals(414L, pop.evidence().lastFrame());
        // tshark -Y 'imap.request.password && ip.dst == 192.0.2.143': 430 (Sumer2026), 434 (Summer2026)
        LoginServer imap = REPORT.imap().servers().getFirst();
        assertEquals("192.0.2.143 2 attempts, 1 users [judy], 1 accepted, 1 refused, [10.50.0.9]", describe(imap));
        assertEquals(List.of(430L, 434L), imap.evidence().frames());
        // tshark -Y 'http.authbasic && ip.dst == 192.0.2.80': 468 472 ... 496; -Y http.response: 401 ×7, then 200 (498)
        LoginServer http = REPORT.http().loginServers().getFirst();
        assertEquals("192.0.2.80 8 attempts, 1 users [admin], 1 accepted, 7 refused, [10.50.0.68]", describe(http));
        assertEquals("http.authbasic && ip.dst == 192.0.2.80", http.evidence().filter());
        assertEquals(List.of(468L, 472L, 476L, 480L, 484L, 488L, 492L, 496L), http.evidence().frames());
        // tshark -Y '(smtp.auth.password || smtp.auth.username_password) && ip.dst == 192.0.2.25': 520 532 ... 580;
        // -Y 'smtp.response.code == 535': 522 534 ... 582
        LoginServer smtp = REPORT.smtp().servers().getFirst();
        assertEquals("192.0.2.25 6 attempts, 1 users [info@corp.example], 0 accepted, 6 refused, [10.50.0.69]",
                describe(smtp));
        assertEquals(List.of(520L, 532L, 544L, 556L, 568L, 580L), smtp.evidence().frames());
    }

    @Test
    void bruteForceAndSprayingAreFindingsATypoIsNot() {
        List<IocReport.Finding> guessing = REPORT.findings().stream()
                .filter(f -> f.kind().equals("password-guessing")).toList();
        assertEquals(List.of("FTP password guessing at 192.0.2.21: 11 refused, 1 accepted",
                "HTTP password guessing at 192.0.2.80: 7 refused, 1 accepted",
                "FTP logins tried at 6 servers from 10.50.0.70: 10 refused, 1 accepted",
                "POP3 password spraying at 192.0.2.110: 9 refused", "SMTP password guessing at 192.0.2.25: 6 refused"),
                guessing.stream().map(IocReport.Finding::title).toList());
        assertTrue(guessing.get(1).statement().contains("then one was accepted (admin / r0uter)"), guessing.get(1).statement());
        IocReport.Finding ftp = guessing.getFirst();
        assertEquals("high", ftp.severity());
        assertEquals(List.of("T1110.001", "T1078"), ftp.attack());
        assertTrue(ftp.statement().startsWith("10.50.0.66 sent 12 passwords for 1 user (admin) to 192.0.2.21 over FTP;"
                + " the server refused 11 and then one was accepted (admin / letmein!)"), ftp.statement());
        IocReport.Finding pop = guessing.get(3);
        assertEquals("medium", pop.severity());
        assertEquals(List.of("T1110.003"), pop.attack());
        assertEquals(List.of("192.0.2.110", "10.50.0.67"), pop.indicators());
        assertTrue(pop.statement().contains("9 users (alice, bob, carol, dave, erin, …)"), pop.statement());
    }

    @Test
    void oneClientTryingTheSameCredentialsAtManyServersIsAFinding() {
        // tshark -Y 'ftp.request.command == "PASS" && ftp.request.arg && ip.src == 10.50.0.70': 600 620 ... 800;
        // -Y 'ftp.response.code == 530 && ip.dst == 10.50.0.70': 10 frames; 192.0.2.36 answers frame 800 with 230
        LoginClient c = REPORT.ftp().clients().stream().filter(x -> x.client().equals("10.50.0.70")).findFirst()
                .orElseThrow();
        assertEquals(List.of(11L, 6L, 2L, 1L, 10L), List.of(c.attempts(), c.servers(), c.users(), c.accepted(), c.refused()));
        assertEquals(List.of("192.0.2.31", "192.0.2.32", "192.0.2.33", "192.0.2.34", "192.0.2.35", "192.0.2.36"),
                c.serverNames());
        assertEquals("ftp.request.command == \"PASS\" && ftp.request.arg && ip.src == 10.50.0.70", c.evidence().filter());
        assertEquals(800L, c.evidence().lastFrame());
        IocReport.Finding f = REPORT.findings().stream().filter(x -> x.title().startsWith("FTP logins tried at"))
                .findFirst().orElseThrow();
        assertEquals(List.of("T1110.003", "T1078"), f.attack());
        assertEquals("high", f.severity());
        assertTrue(f.statement().contains("one accepted (admin / admin at 192.0.2.36)"), f.statement());
        // no server refused enough for a finding of its own
        assertTrue(REPORT.ftp().servers().stream().filter(x -> x.server().startsWith("192.0.2.3"))
                .allMatch(x -> x.refused() <= 2));
    }

    @Test
    void theReportTablesShowThePasswordsPerServerAndTheClientsOfSeveralServers() {
        String text = TextReport.render(REPORT);
        assertTrue(text.contains("PASSWORDS PER SERVER"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s+POP3\\s+192\\.0\\.2\\.110\\s+9\\s+9\\s+0\\s+9\\s+10\\.50\\.0\\.67")),
                text);
        // only the client that tried several servers: the others are their server's row
        List<String> clients = text.lines().dropWhile(l -> !l.equals("PASSWORDS PER CLIENT AT SEVERAL SERVERS")).skip(2)
                .takeWhile(l -> !l.isBlank()).toList();
        assertEquals(1, clients.size(), clients.toString());
        assertTrue(clients.getFirst().trim().startsWith("FTP       10.50.0.70  11        6        2      1         10"),
                clients.getFirst());
        assertFalse(TextReport.render(IocTestSupport.report(IocTestSupport.LAB_C2)).contains("PASSWORDS PER"));
    }

    @Test
    void theAcceptedPasswordIsKnown() {
        // frame 232: 230 Login successful, the answer to frame 230's PASS letmein!; frame 436: a2 OK, LOGIN's of 434
        assertEquals(List.of("letmein!"), REPORT.ftp().logins().getFirst().acceptedPasswords());
        assertEquals(List.of("Summer2026"), REPORT.imap().logins().getFirst().acceptedPasswords());
        assertEquals(List.of(), REPORT.pop().logins().getFirst().acceptedPasswords());
        assertEquals(List.of("r0uter"), REPORT.http().logins().getFirst().acceptedPasswords());
        assertEquals(List.of(1L, 7L), List.of(REPORT.http().logins().getFirst().accepted(),
                REPORT.http().logins().getFirst().refused()));
    }

    @Test
    void theGuessingToolsPaceIsNotABeacon() {
        // twelve connections five seconds apart: regular, but the guessing explains them
        assertTrue(REPORT.cadence().stream().anyMatch(p -> p.beacon() && p.client().equals("10.50.0.66")));
        assertTrue(REPORT.findings().stream().noneMatch(f -> f.kind().equals("beacon")));
    }

    @Test
    void sprayedPasswordsThatNeverWorkedAreNotEachAFinding() {
        // the accepted FTP login (the guessed one), the ordinary FTP login and the IMAP user who mistyped once stay
        // findings of their own; the nine refused POP3 logins are the spraying finding's
        assertEquals(List.of("FTP password in clear: admin at 192.0.2.21", "IMAP password in clear: judy at 192.0.2.143",
                        "FTP password in clear: mallory at 192.0.2.22",
                        "HTTP password in clear: admin at 192.0.2.80 (router.lab)",
                        "FTP password in clear: admin at 192.0.2.36"),
                REPORT.findings().stream().filter(f -> f.kind().equals("cleartext-credentials"))
                        .map(IocReport.Finding::title).toList());
    }

    private static String describe(LoginServer s) {
        return s.server() + " " + s.attempts() + " attempts, " + s.users() + " users " + s.userNames() + ", " + s.accepted()
                + " accepted, " + s.refused() + " refused, " + s.clients();
    }
}
