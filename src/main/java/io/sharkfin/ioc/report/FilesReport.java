package io.sharkfin.ioc.report;

import java.util.List;

/**
 * The files that crossed the network: HTTP bodies and MIME parts (form uploads, mail attachments),
 * one per distinct content (SHA-256), and FTP transfers (RETR, STOR), one per transfer; the hashes an analyst looks up, the kind the
 * content's first bytes show beside the kind its sender declared, and who fetched (downloads:
 * response bodies, RETR) or sent (uploads: request bodies, STOR) it from or to which URIs. The
 * bytes are those Wireshark's Export Objects saves.
 */
public record FilesReport(List<File> files) {

    /**
     * One content. {@code protocol} is {@code http}, {@code ftp} or {@code mail} (a MIME part of
     * a message no HTTP carried: SMTP's); {@code names} the file names a MIME part's
     * Content-Disposition gave it; {@code magic} its media type by its first bytes (null when they
     * show none); {@code declaredTypes} the Content-Type values it was sent with, without
     * parameters (none for FTP).
     */
    public record File(String protocol, String sha256, String md5, long size, List<String> names, String magic,
                       List<String> declaredTypes,
                       long downloads, long uploads, List<String> uris, List<String> clients,
                       List<String> servers, EvidenceReport evidence) {
    }
}
