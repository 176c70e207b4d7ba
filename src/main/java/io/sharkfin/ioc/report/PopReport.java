package io.sharkfin.ioc.report;

import java.util.List;

/**
 * POP3 indicators from mailbox connections in clear: who logged in to which server with which
 * password. The messages retrieved are in the mail messages ({@link SmtpReport}).
 */
public record PopReport(List<UserLogin> logins, List<LoginServer> servers, List<LoginClient> clients) {
}
