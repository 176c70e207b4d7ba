package io.sharkfin.ioc.report;

import java.util.List;

/**
 * A user name sent to a server with USER (FTP, POP3), with the passwords sent after it on the same
 * connections (PASS); the evidence is the USER requests.
 */
public record UserLogin(String server, String user, List<String> passwords, long count, List<String> clients,
                        EvidenceReport evidence) {
}
