package io.sharkfin.ioc.report;

import java.util.List;
import java.util.Map;

/**
 * Who authenticated where, and what they reached: Kerberos and NTLM logons with their results,
 * the Kerberos service tickets asked for (with the encryption the KDC chose), and the SMB2 shares
 * mounted and files opened. Names are the capture's, as sent; nothing here needs decryption.
 */
public record AccountsReport(List<Logon> logons, List<ServiceTicket> serviceTickets, List<Share> shares,
                             List<RemoteFile> files) {

    /**
     * An account's logons at one server: Kerberos AS exchanges with a KDC ({@code alice@LAB.TEST})
     * or NTLM authentications over SMB2 or HTTP (<code>DOMAIN&#92;user</code>). {@code errors} counts the
     * failures by name (KDC_ERR_PREAUTH_FAILED, STATUS_LOGON_FAILURE, HTTP 401); a KDC's request
     * for pre-authentication is not one. {@code withoutPreauth} counts AS-REPs given for a request
     * that carried no pre-authentication.
     */
    public record Logon(String protocol, String account, String server, List<String> clients,
                        List<String> workstations, long attempts, long successes, long failures,
                        Map<String, Long> errors, long withoutPreauth, EvidenceReport evidence) {
    }

    /**
     * Kerberos service tickets for one service principal ({@code MSSQLSvc/db.lab.test@LAB.TEST})
     * from one KDC: the accounts they were issued to, the encryption types of the tickets issued
     * (23: RC4-HMAC, which offline cracking favours), the requests that asked for RC4 alone, and
     * the errors.
     */
    public record ServiceTicket(String service, String kdc, List<String> accounts, List<String> clients,
                                List<Integer> ticketEtypes, long requests, long issued, long rc4OnlyRequests,
                                Map<String, Long> errors, EvidenceReport evidence) {
    }

    /** An SMB2 share mounted (TREE_CONNECT), with the accounts and the answers. */
    public record Share(String path, String server, List<String> clients, List<String> accounts, long connects,
                        long refused, EvidenceReport evidence) {
    }

    /** A file or pipe opened on an SMB2 share (CREATE), by name as sent. */
    public record RemoteFile(String name, String share, String server, List<String> clients, List<String> accounts,
                             long opens, EvidenceReport evidence) {
    }
}
