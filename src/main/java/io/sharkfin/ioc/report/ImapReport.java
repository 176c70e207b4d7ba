package io.sharkfin.ioc.report;

import java.util.List;

/**
 * IMAP indicators from mailbox connections in clear: who logged in to which server with which
 * password (LOGIN). The messages fetched are in the mail messages ({@link SmtpReport}).
 */
public record ImapReport(List<UserLogin> logins, List<LoginServer> servers, List<LoginClient> clients) {
}
