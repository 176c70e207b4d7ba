package io.sharkfin.ioc.report;

import java.util.List;

/**
 * The passwords one client sent over one protocol, to any server and for any user: one client
 * trying passwords on many servers (default or leaked credentials) looks like this.
 * {@code attempts} counts the passwords sent (the evidence: those requests), {@code servers} and
 * {@code users} the distinct servers and user names (the first of each listed), {@code accepted}
 * and {@code refused} the servers' answers (a password nobody answered counts in neither).
 */
public record LoginClient(String client, long attempts, long servers, List<String> serverNames, long users,
                          List<String> userNames, long accepted, long refused, EvidenceReport evidence) {
}
