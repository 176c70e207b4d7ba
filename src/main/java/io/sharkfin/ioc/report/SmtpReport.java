package io.sharkfin.ioc.report;

import java.util.List;

/**
 * Mail indicators from SMTP sessions in clear: the AUTH credentials clients sent to each server
 * (decoded from their base64 as the analyst needs them) and the messages sent, or retrieved with
 * POP3 or IMAP, by the sender and subject of their headers, with the software that wrote them.
 */
public record SmtpReport(List<Login> logins, List<LoginServer> servers, List<LoginClient> clients,
                         List<Message> messages) {

    /**
     * A user name sent to a server with AUTH ({@code mechanism} LOGIN or PLAIN), as sent
     * ({@code encoded}, base64) and decoded ({@code user}, null when it does not decode to text),
     * with the passwords decoded from the same connection and the server's answers to them (235
     * accepts, 535 refuses; {@code acceptedPasswords} those accepted); the evidence is the frames
     * carrying the user name.
     */
    public record Login(String server, String mechanism, String encoded, String user, List<String> passwords,
                        List<String> acceptedPasswords, long count, long accepted, long refused, List<String> clients,
                        EvidenceReport evidence) {
    }

    /**
     * Messages with one sender (the From header as written) and subject (null: none), sent
     * ({@code via} SMTP: from the clients to the servers) or retrieved ({@code via} POP3 or IMAP:
     * by the clients from the servers), with the software that wrote them (X-Mailer or User-Agent), their
     * recipients (To); the evidence is the frames where each message was complete.
     */
    public record Message(String via, String from, String subject, List<String> mailers, List<String> to, long count,
                          List<String> clients, List<String> servers, EvidenceReport evidence) {
    }
}
