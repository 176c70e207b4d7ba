package io.sharkfin.ioc;

import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.SmtpReport;
import io.sharkfin.ioc.report.TextReport;
import io.sharkfin.ioc.report.UserLogin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The POP3 and IMAP parts of the analysis on the dissector tests' sessions ({@code pop.pcapng}, make-pop.py),
 * with the values tshark shows as {@code pop.request.command} and {@code pop.request.parameter}:
 * the logins with the passwords that followed them, and the messages retrieved, whose client is
 * the one that asked for them.
 */
class PopPartTest {

    @Test
    void loginsAndTheirPasswordsAreFindings() {
        IocReport r = IocTestSupport.report(IocTestSupport.POP);
        // tshark -Y 'pop.request.command' -T fields -e frame.number -e pop.request.command -e pop.request.parameter:
        // 6 USER alice, 10 PASS Winter2026!, 58 user bob, 62 pass s3cr3t-bob, 82 USER carol, 86 PASS other,
        // 126 PASS early-secret (no USER before it), 164 USER dave@corp.example, 168 PASS hunter2
        List<String> logins = r.pop().logins().stream()
                .map(l -> l.server() + " " + l.user() + " " + l.passwords() + " " + l.evidence().frames()).toList();
        assertEquals(List.of("192.0.2.110 alice [Winter2026!] [6]", "192.0.2.110 bob [s3cr3t-bob] [58]",
                "192.0.2.110 carol [other] [82]", "2001:db8:40::110 dave@corp.example [hunter2] [164]"), logins);
        // the status after each PASS: 12 +OK, 64 +OK, 88 -ERR already logged in, 170 +OK
        assertEquals(List.of("alice 1/0", "bob 1/0", "carol 0/1", "dave@corp.example 1/0"), r.pop().logins().stream()
                .map(l -> l.user() + " " + l.accepted() + "/" + l.refused()).toList());
        UserLogin bob = r.pop().logins().get(1);
        assertEquals("pop.request.command matches \"^user\" && pop.request.parameter == \"bob\" && ip.dst == 192.0.2.110",
                bob.evidence().filter());
        assertEquals(List.of("POP3 password in clear: alice at 192.0.2.110", "POP3 password in clear: bob at 192.0.2.110",
                        "POP3 password in clear: carol at 192.0.2.110",
                        "POP3 password in clear: dave@corp.example at 2001:db8:40::110"),
                r.findings().stream().filter(f -> f.kind().equals("cleartext-credentials")).map(IocReport.Finding::title)
                        .toList());
        assertTrue(TextReport.render(r).contains("POP3 LOGINS"));
    }

    @Test
    void messagesRetrievedAreTheClientsNotTheServers() {
        // tshark -Y imf: 30 (Invoice 4471 overdue, 3 fragments), 36 (Re: meeting), 70 (a LIST answer's
        // rest taken for a message, no From), 150 (the start of a message after "+OK" alone)
        IocReport r = IocTestSupport.report(IocTestSupport.POP);
        SmtpReport.Message invoice = r.smtp().messages().stream()
                .filter(m -> "Invoice 4471 overdue".equals(m.subject())).findFirst().orElseThrow();
        assertEquals("POP3", invoice.via());
        assertEquals(List.of("10.40.0.9"), invoice.clients());
        assertEquals(List.of("192.0.2.110"), invoice.servers());
        assertEquals(List.of(30L), invoice.evidence().frames());
        assertTrue(invoice.evidence().filter().startsWith("pop && imf.from == "), invoice.evidence().filter());
        // messages sent stay SMTP's, from the client to the server
        SmtpReport.Message sent = IocTestSupport.report(IocTestSupport.SMTP).smtp().messages().getFirst();
        assertEquals("SMTP", sent.via());
        assertTrue(sent.evidence().filter().startsWith("smtp && "), sent.evidence().filter());
    }

    @Test
    void imapLoginsAndFetchedMessages() {
        // tshark -Y imap.request.username -T fields -e frame.number -e imap.request.username -e imap.request.password:
        // 10 alice Spring2026!, 54 bob inte (packet-imap.c drops an unquoted password's first and last
        // character), 116 dave@corp.example hunter2; -Y imf: 28 (three segments desegmented), 122
        IocReport r = IocTestSupport.report(IocTestSupport.IMAP);
        assertEquals(List.of("192.0.2.143 alice [Spring2026!] [10]", "192.0.2.143 bob [inte] [54]",
                "2001:db8:50::143 dave@corp.example [hunter2] [116]"), r.imap().logins().stream()
                .map(l -> l.server() + " " + l.user() + " " + l.passwords() + " " + l.evidence().frames()).toList());
        assertEquals(3, r.findings().stream().filter(f -> f.title().startsWith("IMAP password in clear")).count());
        // LOGIN's tagged answers: a002 OK, b1 OK, c1 OK
        assertTrue(r.imap().logins().stream().allMatch(l -> l.accepted() == 1 && l.refused() == 0
                && l.acceptedPasswords().equals(l.passwords())));
        assertEquals(List.of("Spring2026!", "inte", "hunter2"), r.findings().stream()
                .filter(f -> f.title().startsWith("IMAP password in clear"))
                .map(f -> f.statement().replaceFirst(".* with LOGIN, accepted once \\((.*)\\), unencrypted.*", "$1"))
                .toList());
        SmtpReport.Message reset = r.smtp().messages().getFirst();
        assertEquals("IMAP", reset.via());
        assertEquals("Password reset required", reset.subject());
        assertEquals(List.of("10.50.0.7"), reset.clients());
        assertEquals(List.of(28L), reset.evidence().frames());
        assertTrue(reset.evidence().filter().startsWith("imap && imf.from == "), reset.evidence().filter());
    }
}
