package io.sharkfin.ioc.report;

import java.util.List;

/** TLS indicators: server names, certificates, fingerprints, and what does not add up. */
public record TlsReport(long clientHellos, List<ServerName> serverNames,
                       List<Certificate> certificates, List<Mismatch> sniMismatches,
                       List<BareIp> bareIp, List<Fingerprint> ja3, List<Fingerprint> ja3s,
                       List<Fingerprint> ja4) {

    /** An SNI value from ClientHellos. */
    public record ServerName(String name, long clientHellos, List<String> clients,
                             List<String> servers, DnsReport.Dga dga, EvidenceReport evidence) {
    }

    /**
     * A server certificate (leaf or chain member) as the tls.cert.* fields give it; {@code expired}
     * and {@code notYetValid} are judged at the time of the frame that carried it.
     */
    public record Certificate(String subject, String issuer, String subjectCn, List<String> san,
                              String notBefore, String notAfter, boolean selfSigned, boolean expired,
                              boolean notYetValid, boolean leaf, List<String> servers,
                              List<String> serverNames, EvidenceReport evidence) {
    }

    /** A server whose certificate does not name the SNI the client asked for. */
    public record Mismatch(String client, String server, String serverName, String certificateSubject,
                           List<String> certificateNames, EvidenceReport evidence) {
    }

    /** A ClientHello without a server name (or with an address as name): TLS to a bare IP. */
    public record BareIp(String client, String server, int port, boolean resolvedBefore,
                         String reason, EvidenceReport evidence) {
    }

    /** A JA3, JA3S or JA4 fingerprint with who used it. */
    public record Fingerprint(String value, long count, List<String> clients, List<String> servers,
                              List<String> serverNames, EvidenceReport evidence) {
    }
}
