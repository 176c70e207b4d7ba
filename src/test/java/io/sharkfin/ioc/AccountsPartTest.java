package io.sharkfin.ioc;

import io.sharkfin.ioc.report.AccountsReport;
import io.sharkfin.ioc.report.IocReport;
import io.sharkfin.ioc.report.TextReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accounts part of the analysis on real Samba and MIT Kerberos traffic: NTLM logons over SMB2
 * with their results (make-smb.sh: a refused password, an anonymous session, a guest-mapped
 * unknown user), shares and files, a remote execution service copied to a share; NTLM over HTTP
 * (make-http-ntlm.sh: curl through Squid's proxy authentication); Kerberos logons
 * (a wrong password, an unknown principal, an account without pre-authentication) and service
 * tickets (an RC4-only service, RC4-only requests refused) from make-kerberos.sh.
 */
class AccountsPartTest {

    private static AccountsReport.Logon logon(AccountsReport r, String account) {
        return r.logons().stream().filter(l -> l.account().equals(account)).findFirst().orElseThrow();
    }

    private static AccountsReport.ServiceTicket service(AccountsReport r, String name) {
        return r.serviceTickets().stream().filter(t -> t.service().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, List<String>> titles(IocReport r) {
        return r.findings().stream().collect(Collectors.groupingBy(IocReport.Finding::kind,
                Collectors.mapping(IocReport.Finding::title, Collectors.toList())));
    }

    @Test
    void ntlmLogonsOverSmb2WithTheirAnswers() {
        AccountsReport r = IocTestSupport.report(IocTestSupport.SMB).accounts();
        AccountsReport.Logon lab = logon(r, "LABGROUP\\lab");
        assertEquals("ntlm-smb2", lab.protocol());
        assertEquals(List.of("LABSERVER"), lab.workstations());
        assertEquals(4, lab.attempts());
        assertEquals(3, lab.successes());
        assertEquals(Map.of("STATUS_LOGON_FAILURE", 1L), lab.errors());
        assertEquals(List.of(10L, 89L, 109L, 183L), lab.evidence().frames());
        assertEquals(1, logon(r, "(anonymous)").successes());
        // Samba maps an unknown user to its guest account: accepted
        assertEquals(1, logon(r, "LABGROUP\\nosuchuser").successes());
        assertEquals(List.of("\\\\127.0.0.1\\share", "\\\\127.0.0.1\\IPC$", "\\\\127.0.0.1\\public"),
                r.shares().stream().map(AccountsReport.Share::path).toList());
        AccountsReport.RemoteFile psexesvc = r.files().getFirst();
        assertEquals("PSEXESVC.exe", psexesvc.name());
        assertEquals("\\\\127.0.0.1\\share", psexesvc.share());
        assertEquals(List.of("LABGROUP\\lab"), psexesvc.accounts());
        assertEquals(List.of(14L, 67L), psexesvc.evidence().frames());
    }

    @Test
    void ntlmLogonsOverHttpSettledByTheNextResponse() {
        AccountsReport r = IocTestSupport.report(IocTestSupport.HTTP_NTLM).accounts();
        AccountsReport.Logon alice = logon(r, "LABDOM\\alice");
        assertEquals("ntlm-http", alice.protocol());
        assertEquals(List.of("WORKSTATION"), alice.workstations());
        assertEquals(1, alice.successes());
        assertEquals(List.of(8L), alice.evidence().frames());
        // no domain: the account is the user name alone
        assertEquals(1, logon(r, "bob").attempts());
    }

    @Test
    void smbFindings() {
        IocReport report = IocTestSupport.report(IocTestSupport.SMB);
        Map<String, List<String>> t = titles(report);
        assertEquals(List.of("Remote execution service copied: PSEXESVC.exe"), t.get("remote-execution-service"));
        assertEquals(List.of("Refused logons from 127.0.0.1"), t.get("logon-refused"));
        assertEquals(List.of("Anonymous NTLM session at 127.0.0.1"), t.get("anonymous-session"));
        IocReport.Finding top = report.findings().getFirst();
        assertEquals("remote-execution-service", top.kind());
        assertEquals("high", top.severity());
        assertEquals(List.of("T1021.002", "T1569.002", "T1570"), top.attack());
        assertTrue(TextReport.render(report).contains("SMB SHARES MOUNTED"), "the text report's table");
    }

    @Test
    void kerberosLogonsAndServiceTickets() {
        AccountsReport r = IocTestSupport.report(IocTestSupport.KERBEROS).accounts();
        AccountsReport.Logon alice = logon(r, "alice@LAB.TEST");
        assertEquals("kerberos", alice.protocol());
        assertEquals(Map.of("KDC_ERR_PREAUTH_FAILED", 1L), alice.errors());
        assertEquals(0, alice.withoutPreauth());
        assertEquals(1, logon(r, "bob@LAB.TEST").withoutPreauth());
        assertEquals(Map.of("KDC_ERR_C_PRINCIPAL_UNKNOWN", 1L), logon(r, "nosuch@LAB.TEST").errors());
        AccountsReport.ServiceTicket sql = service(r, "MSSQLSvc/db.lab.test@LAB.TEST");
        assertEquals(List.of(23), sql.ticketEtypes());
        assertEquals(List.of("alice@LAB.TEST"), sql.accounts());
        AccountsReport.ServiceTicket web = service(r, "HTTP/web.lab.test@LAB.TEST");
        assertEquals(List.of(18), web.ticketEtypes());
        assertEquals(2, web.rc4OnlyRequests());
        assertEquals(Map.of("KDC_ERR_ETYPE_NOSUPP", 2L), web.errors());
        assertEquals(Map.of("KDC_ERR_S_PRINCIPAL_UNKNOWN", 2L), service(r, "HTTP/nosuch.lab.test@LAB.TEST").errors());
    }

    @Test
    void kerberosFindings() {
        Map<String, List<String>> t = titles(IocTestSupport.report(IocTestSupport.KERBEROS));
        assertEquals(List.of("AS-REP without pre-authentication: bob@LAB.TEST"), t.get("asrep-roasting"));
        assertEquals(List.of("RC4 service ticket: MSSQLSvc/db.lab.test@LAB.TEST", "RC4 asked for: HTTP/web.lab.test@LAB.TEST"),
                t.get("kerberoasting"));
        assertEquals(List.of("Refused logons from 127.0.0.1"), t.get("logon-refused"));
    }

    @Test
    void capturesWithoutAccountsReportNone() {
        for (var c : IocTestSupport.captures()) {
            AccountsReport r = IocTestSupport.report(c).accounts();
            assertEquals(0, r.logons().size() + r.serviceTickets().size() + r.shares().size() + r.files().size(), c.toString());
        }
    }
}
