package io.sharkfin.ioc.report;

import java.util.List;

/**
 * FTP indicators from the control connections, which travel in clear: who logged in where with
 * which password, and which files were fetched (RETR) or stored (STOR, APPE) on which server.
 */
public record FtpReport(List<UserLogin> logins, List<LoginServer> servers, List<LoginClient> clients,
                        List<Transfer> transfers) {

    /** A file named by RETR, STOR or APPE on a server. */
    public record Transfer(String command, String file, String server, long count, List<String> clients,
                           EvidenceReport evidence) {
    }
}
