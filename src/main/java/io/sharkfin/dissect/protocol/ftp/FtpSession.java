package io.sharkfin.dissect.protocol.ftp;

/**
 * What packet-ftp.c keeps of a control connection ({@code ftp_conversation_t}): the last request
 * line, the working directory, the data connection announced last, and whether an
 * {@code AUTH TLS} awaits its reply. Strings are byte strings (ISO 8859-1, one character a byte),
 * C strings as the C code copies them.
 */
final class FtpSession {
    /** The last request line, or null before the first. */
    String lastCommand;
    WorkingDirectory cwd = WorkingDirectory.empty();
    /** The data connection announced last (every one announced, even those no connection can join). */
    DataConnection currentData;
    boolean tlsRequested;
}
