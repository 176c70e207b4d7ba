/**
 * FTP and FTP-DATA as Wireshark 4.0.17's packet-ftp.c dissects them: the control connection on
 * TCP 21 ({@link io.sharkfin.dissect.protocol.ftp.FtpDissector}, one segment at a time) and the
 * data connections ({@link io.sharkfin.dissect.protocol.ftp.FtpDataDissector}) on TCP 20 and on
 * the connections PORT, PASV, EPRT and EPSV announce.
 *
 * <p>How the pieces fit: the control connection's state ({@code FtpSession}: the last request,
 * the working directory, the data connection announced last) lives with its TCP conversation;
 * each announcement carries a {@code DataConnection} (method, the command it answers, the
 * directory) that TCP hands to FTP-DATA with the connection that joins it
 * ({@link io.sharkfin.dissect.protocol.tcp.TcpPayload#announce}, Wireshark's wildcard
 * conversations). {@code HostPorts} reads the addresses and ports with the C library's rules
 * packet-ftp.c relies on, {@code WorkingDirectory} follows CWD, CDUP and 257 replies with its
 * normalisation and its shared buffer. The Info column is written by the summary's
 * {@code FtpWriter} and {@code FtpDataWriter} from the fields.
 */
package io.sharkfin.dissect.protocol.ftp;
