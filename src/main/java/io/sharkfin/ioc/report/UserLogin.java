package io.sharkfin.ioc.report;

import java.util.List;

/**
 * A user name sent to a server (FTP's and POP3's USER, IMAP's LOGIN), with the passwords sent
 * with it or after it on the same connections, how often the server's answer accepted or refused
 * one ({@code accepted}, {@code refused}; a password nobody answered counts in neither), and the
 * passwords it accepted ({@code acceptedPasswords}: the one that works, among guesses);
 * the evidence is the requests that carry the user name.
 */
public record UserLogin(String server, String user, List<String> passwords, List<String> acceptedPasswords,
                        long count, long accepted, long refused, List<String> clients, EvidenceReport evidence) {
}
