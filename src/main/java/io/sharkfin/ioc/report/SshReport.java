package io.sharkfin.ioc.report;

import java.util.List;

/**
 * SSH indicators, from the clear-text start of each connection: the software each side announced
 * in its identification line, and the HASSH fingerprints of its key-exchange offer (hassh for
 * clients, hasshServer for servers), which stay the same across a tool's connections whatever it
 * says it is.
 */
public record SshReport(List<Software> clientSoftware, List<Software> serverSoftware, List<Fingerprint> hassh,
                        List<Fingerprint> hasshServer) {

    /** An identification line ({@code SSH-2.0-OpenSSH_9.2p1 ...}) and who sent it to whom. */
    public record Software(String line, long count, List<String> clients, List<String> servers,
                           EvidenceReport evidence) {
    }

    /**
     * A HASSH value with the algorithm lists it hashes, who offered it, and the identification
     * lines of the offering side on those connections.
     */
    public record Fingerprint(String value, String algorithms, long count, List<String> clients,
                              List<String> servers, List<String> software, EvidenceReport evidence) {
    }
}
