package io.sharkfin.dissect.protocol.ftp;

import static io.sharkfin.dissect.protocol.ftp.FtpFields.*;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;
import io.sharkfin.dissect.protocol.tls.TlsDissector;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * FTP's control connection on TCP 21 as packet-ftp.c 4.0 dissects it. Each segment is read on
 * its own (no desegmentation): its first line is the request or reply, dissected into the
 * command and argument, or the reply code and text; the lines after it are text. Along the way
 * the control connection's state follows the C code: the working directory (CWD and CDUP
 * answered 250, any 257 reply's quoted path), the data connections PORT, PASV, EPRT and EPSV
 * announce ({@link FtpDataDissector} dissects them), the first request after each announcement
 * as its command, and AUTH TLS answered 234, after which the connection is TLS's.
 *
 * <p>A request is a segment to port 21 (the port FTP was chosen by). The working directory is
 * added beside FTP's item, as packet-ftp.c adds it to its caller's tree. The items packet-ftp.c
 * adds only on a second pass (the command/response links) never appear, as in tshark without
 * {@code -2}. Nothing here reads past the data, as nothing in packet-ftp.c can.
 */
public final class FtpDissector implements TcpPayloadDissector {
    public static final int PORT = 21;

    private final FtpDataDissector dataDissector;
    private final TlsDissector tls;

    public FtpDissector(FtpDataDissector dataDissector, TlsDissector tls) {
        this.dataDissector = dataDissector;
        this.tls = tls;
    }

    @Override
    public FieldSpec protocol() {
        return FTP;
    }

    @Override
    public List<FieldSpec> fields() {
        return CONTROL;
    }

    /**
     * FTP-DATA's connections exist only through FTP's announcements, and TLS continues a
     * connection after AUTH TLS. Without FTP, an announced connection's payloads would reach
     * HTTP's and TLS's heuristics, which must not see them: FTP runs for those too.
     */
    @Override
    public List<String> calls() {
        return List.of(dataDissector.protocol().name(), tls.protocol().name(), "http");
    }

    /** PORT, PASV, EPRT and EPSV announce the data connections. */
    @Override
    public boolean announcesConversations() {
        return true;
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        Tvb t = Tvb.of(p, buf, offset, length);
        boolean request = tcp.dstPort() == PORT;
        FtpSession s = tcp.conversationState(FtpSession.class, FtpSession::new);
        Tvb.Line first = t.findLineEnd(0);
        byte[] line = t.bytes(0, first.length());

        p.hide(p.addBoolean(REQUEST, buf, offset, 0, request));
        p.hide(p.addBoolean(RESPONSE, buf, offset, 0, !request));
        int firstItem = text(p, t, 0, first.next());
        int ftpTree = p.openSubtree(firstItem);
        Line l = new Line(p, t, tcp, s, line, first.next());
        if (request) {
            l.request();
        } else {
            l.reply();
        }
        p.closeSubtree(ftpTree);
        for (int at = first.next(); at < t.capturedLength(); ) {
            int next = t.findLineEnd(at).next();
            text(p, t, at, next - at);
            at = next;
        }
        int cwd = p.addComputedString(CURRENT_WORKING_DIRECTORY, buf, offset, 0, s.cwd.text());
        p.markGenerated(cwd);
        return t.capturedLength();
    }

    /** {@code proto_tree_add_format_text}: a text item showing the bytes as format_text does. */
    private static int text(Packet p, Tvb t, int at, int len) {
        return p.wantsText() ? p.addText(t.buf, t.at(at), len, Strings.formatText(t.bytes(at, len)), false) : -1;
    }

    /** The first line of one segment being dissected, and what it does to the session. */
    private final class Line {
        private final Packet p;
        private final Tvb t;
        private final TcpPayload tcp;
        private final FtpSession s;
        private final byte[] line;
        /** Where the line after the first starts (Wireshark's {@code next_offset}). */
        private final int next;
        /** Where the argument starts: after the command and its blanks, or the code and one character. */
        private int argAt;

        Line(Packet p, Tvb t, TcpPayload tcp, FtpSession s, byte[] line, int next) {
            this.p = p;
            this.t = t;
            this.tcp = tcp;
            this.s = s;
            this.line = line;
            this.next = next;
        }

        void request() {
            int tokenLength = Strings.tokenLength(line);
            argAt = Strings.skipBlanks(line, tokenLength);
            boolean port = false;
            boolean eprt = false;
            if (tokenLength != 0) {
                p.addCString(REQUEST_COMMAND, t.buf, t.at(0), tokenLength, true);
                // strncmp over the token's length: "P" is a PORT command too
                port = startsLike(line, "PORT", tokenLength);
                eprt = !port && startsLike(line, "EPRT", tokenLength);
            }
            String command = Strings.cString(latin1(line));
            s.lastCommand = command;
            if (line.length == 8 && startsLike(line, "AUTH TLS", 8)) {
                s.tlsRequested = true;
            }
            if (s.currentData != null && s.currentData.command == null) {
                s.currentData.command = command;
                s.currentData.commandFrame = p.number();
            }
            argument(REQUEST_ARG);
            if (port) {
                port(tokenLength);
            } else if (eprt) {
                eprt(tokenLength);
            }
        }

        void reply() {
            int code = -1;
            if (line.length >= 3 && isDigit(line[0]) && isDigit(line[1]) && isDigit(line[2])) {
                code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
                int item = p.addUInt(RESPONSE_CODE, t.buf, t.at(0), 3, code);
                if (code == 234 && s.tlsRequested) {
                    // AUTH TLS accepted: what follows this frame is TLS
                    tls.startTls(p, tcp, FTP.title());
                    s.tlsRequested = false;
                }
                if (code == 250 && s.lastCommand != null) {
                    if (s.lastCommand.startsWith("CWD ")) {
                        s.cwd = s.cwd.changeTo(s.lastCommand.substring(4));
                    } else if (s.lastCommand.startsWith("CDUP")) {
                        s.cwd = s.cwd.changeTo("..");
                    }
                }
                if (code == 257 && line.length >= 4) {
                    // any 257's quoted path is the truth, whatever the request was
                    WorkingDirectory pwd = WorkingDirectory.fromPwdReply(java.util.Arrays.copyOfRange(line, 4,
                            line.length));
                    if (pwd == null) {
                        Expert.add(p, item, PWD_RESPONSE_INVALID, t.buf, t.at(0));
                    } else {
                        s.cwd = pwd;
                    }
                }
                argAt = Math.min(4, line.length);
            }
            argument(RESPONSE_ARG);
            if (code == 227 && argAt < line.length) {
                pasv();
            }
            if (code == 229 && argAt < line.length) {
                epsv();
            }
        }

        /** The rest of the line as the request's or reply's argument. */
        private void argument(FieldSpec f) {
            if (argAt < line.length) {
                p.addCString(f, t.buf, t.at(argAt), line.length - argAt, true);
            }
        }

        private byte[] arg() {
            return java.util.Arrays.copyOfRange(line, argAt, line.length);
        }

        /** A PORT command: the client's address and port, the data connection from port 20 to it. */
        private void port(int tokenLength) {
            HostPorts.PortPasv a = HostPorts.portPasv(arg());
            if (a == null) {
                return;
            }
            // packet-ftp.c places the numbers one blank after the command, whatever the blanks
            int at = a.offset() + tokenLength + 1;
            p.addUInt(ACTIVE_CIP, t.buf, t.at(at), a.addressLength(), a.address());
            p.addUInt(ACTIVE_PORT, t.buf, t.at(at + a.addressLength() + 1), a.portLength(), a.port());
            if (!isSource(4, 0, a.address())) {
                p.addBoolean(ACTIVE_NAT, t.buf, t.at(0), 0, true);
            }
            announce("PORT", p.netFamily(), p.netDstHi(), p.netDstLo(), 20, 4, 0, a.address());
        }

        /** A 227 reply: the server's address and port, the data connection to it from the client. */
        private void pasv() {
            HostPorts.PortPasv a = HostPorts.portPasv(arg());
            if (a == null) {
                return;
            }
            int at = a.offset() + 4;
            p.addUInt(PASSIVE_IP, t.buf, t.at(at), a.addressLength(), a.address());
            p.addUInt(PASSIVE_PORT, t.buf, t.at(at + a.addressLength() + 1), a.portLength(), a.port());
            if (!isSource(4, 0, a.address())) {
                p.addBoolean(PASSIVE_NAT, t.buf, t.at(0), 0, true);
            }
            announce("PASV", 4, 0, a.address(), a.port(), p.netFamily(), p.netDstHi(), p.netDstLo());
        }

        /** An EPRT command: the client's family, address and port. */
        private void eprt(int tokenLength) {
            HostPorts.Eprt a = HostPorts.eprt(arg());
            if (a == null) {
                // packet-ftp.c's span: one past the argument's start, as long as the argument
                int len = line.length - argAt;
                Expert.addItem(p, EPRT_ARGS_INVALID, t.buf, t.at(next - len - 1), len);
                return;
            }
            int at = tokenLength + 2;
            p.addUInt(EPRT_AF, t.buf, t.at(at), 1, a.family());
            at += 2;
            long hi = 0;
            long lo;
            int family;
            if (a.family() == 1) {
                p.addUInt(EPRT_IP, t.buf, t.at(at), a.addressLength(), a.ipv4());
                family = 4;
                lo = a.ipv4();
            } else {
                p.addComputedBytes(EPRT_IPV6, t.buf, t.at(at), a.addressLength(), a.ipv6());
                family = 6;
                hi = java.nio.ByteBuffer.wrap(a.ipv6()).getLong(0);
                lo = java.nio.ByteBuffer.wrap(a.ipv6()).getLong(8);
            }
            at += a.addressLength() + 1;
            p.addUInt(EPRT_PORT, t.buf, t.at(at), a.portLength(), a.port());
            // the client's own address first: a connection from the server never joins it
            announce("EPRT", p.netFamily(), p.netSrcHi(), p.netSrcLo(), a.port(), family, hi, lo);
        }

        /** A 229 reply: the port on the server's own address. */
        private void epsv() {
            HostPorts.Epsv a = HostPorts.epsv(arg());
            if (a == null) {
                int len = line.length - argAt;
                Expert.addItem(p, EPSV_ARGS_INVALID, t.buf, t.at(next - len - 1), len);
                return;
            }
            int e;
            if (p.netFamily() == 6) {
                byte[] v6 = java.nio.ByteBuffer.allocate(16).putLong(p.netSrcHi()).putLong(p.netSrcLo()).array();
                e = p.addComputedBytes(EPSV_IPV6, t.buf, t.at(0), 0, v6);
            } else {
                e = p.addUInt(EPSV_IP, t.buf, t.at(0), 0, p.netSrcLo());
            }
            p.markGenerated(e);
            p.addUInt(EPSV_PORT, t.buf, t.at(a.offset() + 4), a.portLength(), a.port());
            announce("EPASV", p.netFamily(), p.netSrcHi(), p.netSrcLo(), a.port(), p.netFamily(), p.netDstHi(),
                    p.netDstLo());
        }

        /**
         * {@code create_and_link_data_conversation}: a data connection in the current directory,
         * the control connection's current one from now on, announced to TCP as the connection
         * between {@code a}:{@code aPort} and {@code b} on any port. One whose addresses are not
         * both of the packet's family is made too, though no connection can ever join it.
         */
        private void announce(String method, int aFamily, long aHi, long aLo, int aPort, int bFamily, long bHi,
                              long bLo) {
            DataConnection d = new DataConnection(method, s.cwd);
            s.currentData = d;
            if (aFamily == p.netFamily() && bFamily == p.netFamily()) {
                tcp.announce(p, dataDissector, d, aHi, aLo, aPort, bHi, bLo);
            }
        }

        /** Whether an IPv4 address (or an IPv6 one) is the packet's source ({@code addresses_equal}). */
        private boolean isSource(int family, long hi, long lo) {
            return p.netFamily() == family && p.netSrcHi() == hi && p.netSrcLo() == lo;
        }
    }

    /** {@code strncmp(line, word, n) == 0}: the line's first {@code n} bytes against a C string. */
    private static boolean startsLike(byte[] line, String word, int n) {
        return Strings.strncmpEquals(i -> line[i], line.length, word, n);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
