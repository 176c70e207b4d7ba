package io.sharkfin.ioc.report;

import java.util.List;

/**
 * The password logins one server was sent over one protocol (FTP's and POP3's PASS, IMAP's
 * LOGIN, HTTP's Basic credentials, SMTP's AUTH), all users together: what a password-guessing run
 * looks like from the server's side.
 * {@code attempts} counts the passwords sent (the evidence: those requests), {@code users} the
 * distinct user names they were sent for (the first {@code userNames} listed), {@code accepted}
 * and {@code refused} the server's answers to them (a password nobody answered counts in neither).
 */
public record LoginServer(String server, long attempts, long users, List<String> userNames, long accepted,
                          long refused, List<String> clients, EvidenceReport evidence) {
}
