package io.sharkfin.ioc.accounts;

import io.sharkfin.ioc.FindingSink;
import io.sharkfin.ioc.report.AccountsReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The findings of the accounts part: tickets and replies that can be cracked offline
 * (Kerberoasting, AS-REP roasting), refused logons (password guessing, accounts probed),
 * administrative shares mounted and programs copied to a share (remote execution as PsExec does
 * it), and anonymous sessions.
 */
public final class AccountFindings {
    private static final int RC4_HMAC = 23;
    /** Refusals of one account (or from one client) from which guessing is likely rather than a typo. */
    private static final int GUESSING = 5;
    private static final Pattern ADMIN_SHARE = Pattern.compile("(?i).*\\\\(ADMIN|[A-Z])\\$$");
    private static final Pattern PROGRAM = Pattern.compile("(?i).*\\.(exe|dll|scr|sys|ps1|bat|cmd|vbs|hta|msi)$");
    /** Service binaries of remote-execution tools (PsExec, and the same idea in Impacket and others). */
    private static final Pattern REMOTE_EXEC_TOOL = Pattern.compile("(?i).*(psexesvc|remcomsvc|paexec|csexec).*");

    private AccountFindings() {
    }

    /** States the findings of {@code r} into {@code sink}. */
    public static void add(AccountsReport r, FindingSink sink) {
        for (AccountsReport.ServiceTicket t : r.serviceTickets()) {
            serviceTicket(t, sink);
        }
        Map<String, List<AccountsReport.Logon>> refusedByClient = new LinkedHashMap<>();
        for (AccountsReport.Logon l : r.logons()) {
            if (l.withoutPreauth() > 0) {
                sink.add("asrep-roasting", 60, "AS-REP without pre-authentication: " + l.account(),
                        String.join(", ", l.clients()) + " asked " + l.server() + " for a ticket as " + l.account()
                                + " without pre-authentication and got an AS-REP " + times(l.withoutPreauth())
                                + ": the account does not require pre-authentication, and the reply's encrypted part "
                                + "can be cracked offline for its password.",
                        "offline cracking of the account's password from a reply anyone may request",
                        "credential access (T1558.004 AS-REP Roasting)", List.of("T1558.004"),
                        List.of(l.account(), l.server()), l.evidence());
            }
            if (l.failures() > 0) {
                for (String c : l.clients()) {
                    refusedByClient.computeIfAbsent(c, k -> new ArrayList<>()).add(l);
                }
            }
            if (l.protocol().startsWith("ntlm") && l.successes() > 0 && l.account().equals(NtlmCollector.ANONYMOUS)) {
                sink.add("anonymous-session", 20, "Anonymous NTLM session at " + l.server(),
                        String.join(", ", l.clients()) + " opened an anonymous (null) session at " + l.server() + " "
                                + times(l.successes()) + ".",
                        "listing shares, users and policies without credentials where the server allows it",
                        "discovery (T1087 Account Discovery, T1135 Network Share Discovery)", List.of("T1087", "T1135"),
                        List.of(l.server()), l.evidence());
            }
        }
        for (Map.Entry<String, List<AccountsReport.Logon>> e : refusedByClient.entrySet()) {
            refusals(e.getKey(), e.getValue(), sink);
        }
        for (AccountsReport.Share s : r.shares()) {
            if (ADMIN_SHARE.matcher(s.path()).matches() && s.connects() > s.refused()) {
                sink.add("admin-share", 55, "Administrative share mounted: " + s.path(),
                        String.join(", ", s.clients()) + " mounted " + s.path() + accounts(s.accounts()) + " "
                                + times(s.connects() - s.refused()) + ": a share only administrators reach, whose "
                                + "files are the server's own disk.",
                        "reading and writing the server's disk with administrator rights",
                        "lateral movement (T1021.002 SMB/Windows Admin Shares)", List.of("T1021.002"),
                        List.of(s.path()), s.evidence());
            }
        }
        for (AccountsReport.RemoteFile f : r.files()) {
            program(f, sink);
        }
    }

    private static void serviceTicket(AccountsReport.ServiceTicket t, FindingSink sink) {
        boolean rc4Ticket = t.ticketEtypes().contains(RC4_HMAC);
        if (!rc4Ticket && t.rc4OnlyRequests() == 0) {
            return;
        }
        int score = 40 + (rc4Ticket ? 15 : 0) + (t.rc4OnlyRequests() > 0 ? 10 : 0);
        StringBuilder said = new StringBuilder(String.join(", ", t.clients()) + " requested tickets for " + t.service()
                + " from " + t.kdc() + " " + times(t.requests()));
        if (t.rc4OnlyRequests() > 0) {
            said.append(", asking for RC4-HMAC alone ").append(times(t.rc4OnlyRequests()));
        }
        if (rc4Ticket) {
            said.append("; the KDC issued tickets encrypted with RC4-HMAC").append(accounts(t.accounts()).replace(" as ", " to "))
                    .append(", whose key is the service account's NT hash: they can be cracked offline for its password");
        } else {
            said.append(", as Kerberoasting tools do to get a ticket that cracks easily");
        }
        if (!t.errors().isEmpty()) {
            said.append(" (refused: ").append(describe(t.errors())).append(")");
        }
        sink.add("kerberoasting", score, (rc4Ticket ? "RC4 service ticket: " : "RC4 asked for: ") + t.service(),
                said.append('.').toString(),
                "offline cracking of a service account's password",
                "credential access (T1558.003 Kerberoasting)", List.of("T1558.003"),
                List.of(t.service(), t.kdc()), t.evidence());
    }

    /** Refused logons from one client: a wrong password, accounts probed, or guessing. */
    private static void refusals(String client, List<AccountsReport.Logon> logons, FindingSink sink) {
        long refused = 0;
        List<String> names = new ArrayList<>();
        Map<String, Long> errors = new LinkedHashMap<>();
        AccountsReport.Logon most = logons.getFirst();
        for (AccountsReport.Logon l : logons) {
            refused += l.failures();
            names.add(l.account());
            l.errors().forEach((k, v) -> errors.merge(k, v, Long::sum));
            if (l.failures() > most.failures()) {
                most = l;
            }
        }
        boolean guessing = refused >= GUESSING;
        int score = guessing ? Math.min(75, 45 + (int) refused) : 25;
        sink.add(guessing ? "password-guessing" : "logon-refused", score,
                (guessing ? "Password guessing from " : "Refused logons from ") + client,
                client + " was refused " + times(refused) + " logging on as " + String.join(", ", names) + " ("
                        + describe(errors) + ")" + (guessing ? ": more than a mistyped password." : "."),
                guessing ? "access to accounts whose passwords are weak or reused" : "a wrong password, or an account tried",
                "credential access (T1110 Brute Force)", List.of("T1110"), names, most.evidence());
    }

    private static void program(AccountsReport.RemoteFile f, FindingSink sink) {
        String base = f.name().substring(f.name().lastIndexOf('\\') + 1);
        boolean tool = REMOTE_EXEC_TOOL.matcher(base).matches();
        if (!tool && !PROGRAM.matcher(base).matches()) {
            return;
        }
        boolean admin = f.share() != null && ADMIN_SHARE.matcher(f.share()).matches();
        int score = tool ? 75 : admin ? 65 : 40;
        sink.add(tool ? "remote-execution-service" : "program-on-share",
                score, (tool ? "Remote execution service copied: " : "Program on a share: ") + base,
                String.join(", ", f.clients()) + " opened " + f.name() + " on " + (f.share() == null ? f.server() : f.share())
                        + accounts(f.accounts()) + " " + times(f.opens())
                        + (tool ? ": the service binary of a remote execution tool (PsExec and its kin copy it to a "
                        + "share, then start it as a service)." : admin ? ": a program on an administrative share, "
                        + "as tools that run programs remotely place it." : ": a program stored where other hosts "
                        + "can run it."),
                tool || admin ? "running programs on the server as a service" : "staging a program for other hosts",
                tool || admin ? "lateral movement and execution (T1021.002, T1569.002 Service Execution, T1570 "
                        + "Lateral Tool Transfer)" : "lateral tool transfer (T1570)",
                tool || admin ? List.of("T1021.002", "T1569.002", "T1570") : List.of("T1570"),
                List.of(f.name(), f.server()), f.evidence());
    }

    private static String accounts(List<String> accounts) {
        return accounts.isEmpty() ? "" : " as " + String.join(", ", accounts);
    }

    private static String describe(Map<String, Long> errors) {
        List<String> parts = new ArrayList<>();
        errors.forEach((k, v) -> parts.add(k + (v > 1 ? " ×" + v : "")));
        return String.join(", ", parts);
    }

    private static String times(long n) {
        return n == 1 ? "once" : String.format(Locale.ROOT, "%d times", n);
    }
}
