package io.sharkfin.dissect.protocol.ftp;

/**
 * An announced data connection ({@code ftp_data_conversation_t}): how it was set up (PORT, PASV,
 * EPRT, or EPASV for EPSV), the first request the control connection made after it (a byte string
 * up to any NUL; null until then) and that request's frame, and the working directory it was
 * announced in (shared, see {@link WorkingDirectory}).
 */
final class DataConnection {
    final String method;
    final WorkingDirectory cwd;
    String command;
    long commandFrame;

    DataConnection(String method, WorkingDirectory cwd) {
        this.method = method;
        this.cwd = cwd;
    }
}
