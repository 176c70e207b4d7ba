package io.sharkfin.dissect.protocol.smtp;

import static io.sharkfin.dissect.protocol.smtp.SmtpFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.RecordedInfo;
import io.sharkfin.dissect.protocol.SeqFragments;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.smtp.SmtpSession.Auth;
import io.sharkfin.dissect.protocol.smtp.SmtpSession.Pdu;
import io.sharkfin.dissect.protocol.smtp.SmtpSession.State;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;
import io.sharkfin.dissect.protocol.tls.TlsDissector;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SMTP on TCP 25 and 587 as packet-smtp.c 4.0 dissects it, with its default preferences (lines
 * and DATA desegmented, AUTH parameters not base64-decoded). A first pass over the lines of a
 * request follows the session: commands, the message data after DATA or BDAT up to the end of
 * message, and the AUTH exchanges (which line is a user name, a password, PLAIN credentials);
 * the tree then shows each command line, or the message fragment's text lines, or the end of
 * message with the reassembled message handed to IMF. A reply is its lines, multi-line replies
 * under their first line's item. STARTTLS answered 220 hands the connection to TLS.
 *
 * <p>As in the C code, the first line of a request or reply is desegmented (TCP gathers segments
 * until it ends), the lines after it are not; the per-frame state is found once per frame, so a
 * second PDU in the same frame is classified as the first was. The Info column is recorded
 * ({@link RecordedInfo}) for the summary's writer, as the C code words it from the session.
 */
public final class SmtpDissector implements TcpPayloadDissector {
    /** Wireshark's SMTP and submission ports (465 is TLS's, with SMTP inside). */
    public static final int[] PORTS = {25, 587};

    /** packet-smtp.c's commands that are not four letters. */
    private static final String[] LONG_COMMANDS = {"STARTTLS", "X-EXPS", "X-LINK2STATE", "XEXCH50"};

    private static final SeqFragments.Fields FRAGMENT_FIELDS = new SeqFragments.Fields(DATA_FRAGMENTS, DATA_FRAGMENT,
            DATA_FRAGMENT_COUNT, DATA_REASSEMBLED_LENGTH);

    private final Dissector imf;
    private final Dissector textLines;
    private final TlsDissector tls;

    public SmtpDissector(Dissector imf, Dissector textLines, TlsDissector tls) {
        this.imf = imf;
        this.textLines = textLines;
        this.tls = tls;
    }

    @Override
    public FieldSpec protocol() {
        return SMTP;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    @Override
    public String shortName() {
        return "SMTP";
    }

    /** IMF gets the reassembled messages, data-text-lines the fragments; STARTTLS hands on to TLS. */
    @Override
    public List<String> calls() {
        return List.of(imf.protocol().name(), textLines.protocol().name(), tls.protocol().name());
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        Tvb t = Tvb.of(p, buf, offset, length);
        SmtpSession s = tcp.conversationState(SmtpSession.class, SmtpSession::new);
        int match = tcp.matchedPort();
        boolean request = match != 0 ? tcp.dstPort() == match : isSmtpPort(tcp.dstPort());
        Call c = new Call(p, t, s, tcp);
        if (!s.hasFrameData(p.number())) {
            if (request) {
                s.newFrameData(p.number());
            }
            if (!c.firstPass(request)) {
                return 0; // more bytes asked for: the layer goes, as it added nothing
            }
        }
        int top = p.protocolItem();
        int saved = p.openSubtree(top);
        try {
            if (request) {
                c.request();
            } else {
                c.reply();
            }
        } finally {
            p.closeSubtree(saved);
            RecordedInfo.add(p, SMTP.name(), c.info.toString());
        }
        if (c.messageBuffer >= 0) {
            p.call(imf, c.messageBuffer, 0, p.bufferLength(c.messageBuffer));
        }
        return t.capturedLength();
    }

    private static boolean isSmtpPort(int port) {
        for (int q : PORTS) {
            if (q == port) {
                return true;
            }
        }
        return false;
    }

    /** One call of the dissector: the first pass's findings and the column text. */
    private final class Call {
        private final Packet p;
        private final Tvb t;
        private final SmtpSession s;
        private final TcpPayload tcp;
        final StringBuilder info = new StringBuilder();
        /** The line the first pass decoded last (packet-smtp.c's {@code decrypt}), or null. */
        private String decrypt;
        private int decryptLen;
        /** Where the first pass stopped ({@code loffset}) and its last line's length. */
        private int stop;
        private int lastLineLength;
        /** The buffer of a message reassembled in this call, for IMF, or -1. */
        int messageBuffer = -1;

        Call(Packet p, Tvb t, SmtpSession s, TcpPayload tcp) {
            this.p = p;
            this.t = t;
            this.s = s;
            this.tcp = tcp;
        }

        /**
         * The pass over the lines that follows the session; false when the first line has no end
         * yet and TCP was asked for more.
         */
        boolean firstPass(boolean request) {
            int loffset = 0;
            int linelen = 0;
            boolean eom = false;
            int captured = t.capturedLength();
            while (loffset < captured) {
                int next;
                Tvb.Line l = tcp.canDesegment() ? t.findLineEndDesegment(loffset) : t.findLineEnd(loffset);
                if (l == null) {
                    if (loffset == 0) {
                        tcp.needOneMoreSegment(t.at(0));
                        return false;
                    }
                    linelen = t.reportedLength() - loffset;
                    next = loffset + linelen;
                } else {
                    linelen = l.length();
                    next = l.next();
                }
                if (s.state == State.READING_DATA) {
                    // a CRLF at the end of a packet and a .CRLF at the start of the next end it too
                    if (s.crlfSeen && startsWith(loffset, ".\r\n") || startsWith(loffset, "\r\n.\r\n")) {
                        eom = true;
                    }
                    int remaining = t.capturedRemaining(loffset);
                    s.crlfSeen = remaining == t.reportedLength() - loffset && startsWith(loffset + remaining - 2, "\r\n");
                }
                if (request) {
                    if (s.state == State.READING_DATA) {
                        if (eom) {
                            s.pdu = Pdu.EOM;
                            s.state = State.READING_CMDS;
                            break;
                        }
                        s.pdu = Pdu.MESSAGE;
                        if (s.msgTotLen != 0) {
                            // BDAT: the chunk ends after its announced length
                            s.msgReadLen += t.reportedLength() - loffset;
                            next = t.reportedLength();
                            if (s.msgReadLen == s.msgTotLen) {
                                s.state = State.READING_CMDS;
                                if (s.msgLast) {
                                    s.moreFrags = false;
                                }
                                break;
                            }
                        }
                    } else {
                        command(loffset, linelen);
                    }
                }
                loffset = next;
            }
            stop = loffset;
            lastLineLength = linelen;
            return true;
        }

        /** A line in command state: what it does to the session. */
        private void command(int loffset, int linelen) {
            byte[] line;
            if (s.auth != Auth.NONE && p.number() >= s.firstAuthFrame
                    && (s.lastAuthFrame == 0 || p.number() <= s.lastAuthFrame)) {
                // base64 decoding is off by default: the line is kept as it is
                decrypt = ascii(loffset, linelen);
                decryptLen = linelen;
            }
            line = t.bytes(loffset, linelen);
            int cmdlen = 0;
            while (cmdlen < linelen && line[cmdlen] != ' ') {
                cmdlen++;
            }
            if (isCommand(line, cmdlen)) {
                if (caseEquals(loffset, "DATA")) {
                    s.pdu = Pdu.CMD;
                    s.state = State.READING_DATA;
                    s.dataSeen = true;
                } else if (caseEquals(loffset, "BDAT")) {
                    int len = strtoul32(loffset + 5);
                    s.pdu = Pdu.CMD;
                    s.dataSeen = true;
                    s.msgTotLen += len;
                    s.state = len == 0 ? State.READING_CMDS : State.READING_DATA;
                    if (caseEquals(loffset + linelen - 4, "LAST")) {
                        s.msgLast = true;
                        if (len == 0) {
                            s.moreFrags = false;
                        }
                    } else {
                        s.msgLast = false;
                    }
                } else if (caseEquals(loffset, "AUTH LOGIN") && linelen <= 11) {
                    startAuth(Auth.START);
                } else if (caseEquals(loffset, "AUTH LOGIN")) {
                    startAuth(Auth.USERNAME_RSP);
                    s.usernameCmdFrame = p.number();
                } else if (caseEquals(loffset, "AUTH PLAIN") && linelen <= 11) {
                    startAuth(Auth.PLAIN_START_REQ);
                } else if (caseEquals(loffset, "AUTH PLAIN")) {
                    startAuth(Auth.PLAIN_CRED_REQ);
                    s.userPassCmdFrame = p.number();
                } else if (caseEquals(loffset, "AUTH NTLM") && linelen > 10) {
                    s.pdu = Pdu.CMD;
                    s.state = State.READING_CMDS;
                    s.auth = Auth.NTLM_REQ;
                    s.ntlmReqFrame = p.number();
                } else if (caseEquals(loffset, "STARTTLS")) {
                    s.state = State.AWAITING_STARTTLS_RESPONSE;
                    s.pdu = Pdu.CMD;
                } else {
                    s.pdu = Pdu.CMD;
                }
            } else if (s.auth == Auth.USERNAME_REQ) {
                s.auth = Auth.USERNAME_RSP;
                s.usernameFrame = p.number();
            } else if (s.auth == Auth.PASSWORD_REQ) {
                s.auth = Auth.PASSWORD_RSP;
                s.passwordFrame = p.number();
            } else if (s.auth == Auth.PLAIN_REQ) {
                s.auth = Auth.PLAIN_RSP;
                s.userPassFrame = p.number();
            } else if (s.auth == Auth.NTLM_CHALLANGE) {
                s.auth = Auth.NTLM_RSP;
                s.ntlmRspFrame = p.number();
            } else {
                // message data, unless no DATA was seen in a session seen from its start
                s.pdu = s.dataSeen || s.state == State.START ? Pdu.MESSAGE : Pdu.CMD;
            }
        }

        private void startAuth(Auth auth) {
            s.pdu = Pdu.CMD;
            s.state = State.READING_CMDS;
            s.auth = auth;
            s.firstAuthFrame = p.number();
        }

        /** The tree and column of a request, by what the first pass (of this frame) found. */
        void request() {
            SeqFragments.Reassembled done = null;
            switch (s.pdu) {
                case MESSAGE -> {
                    int length = t.reportedLength();
                    info.setLength(0);
                    info.append("C: DATA fragment, ").append(length).append(length == 1 ? " byte" : " bytes");
                    done = s.data.add(p.number(), t.bytes(0, t.capturedLength()), s.moreFrags);
                    p.call(textLines, t.buf, t.at(0), t.capturedLength());
                    // data-text-lines is a layer of its own: the reassembly is not this layer's any more
                    if (done != null) {
                        reassembledIn(done);
                        done = null;
                    }
                }
                case EOM -> {
                    info.setLength(0);
                    info.append("C: .");
                    int e = p.addNone(EOM, t.buf, t.at(0), lastLineLength);
                    p.setLabel(e, "C: .");
                    if (stop != 0) {
                        s.data.add(p.number(), t.bytes(0, stop), s.moreFrags);
                    }
                    done = s.data.end(p.number());
                }
                case CMD -> done = commandLines();
            }
            if (done != null) {
                reassembled(done);
            }
            p.setFragmented(messageBuffer < 0);
        }

        /** The command lines of a request, each with its column text. */
        private SeqFragments.Reassembled commandLines() {
            SeqFragments.Reassembled done = null;
            for (int loffset = 0; loffset < t.capturedLength(); ) {
                Tvb.Line l = t.findLineEnd(loffset);
                int linelen = l.length();
                int next = l.next();
                info.append(loffset == 0 ? "C: " : " | ");
                p.hide(p.addBoolean(REQ, t.buf, t.at(0), 0, true));
                if (s.usernameFrame == p.number()) {
                    authLine(AUTH_USERNAME, "User: ", loffset, linelen);
                } else if (s.passwordFrame == p.number()) {
                    authLine(AUTH_PASSWORD, "Pass: ", loffset, linelen);
                } else if (s.ntlmRspFrame == p.number()) {
                    decrypt = ascii(loffset, linelen);
                    decryptLen = linelen;
                    info.append(formatText(decrypt, linelen));
                    p.addCString(COMMAND_LINE, t.buf, t.at(loffset), linelen, true);
                } else if (s.userPassFrame == p.number()) {
                    plainAuth(loffset, linelen);
                } else {
                    commandLine(loffset, linelen, next);
                    if (!s.moreFrags) {
                        // each line ends the reassembly again: the last line's answer counts
                        done = s.data.end(p.number());
                    }
                }
                loffset = next;
            }
            return done;
        }

        /** A line that is all user name or all password (AUTH LOGIN's answers to 334). */
        private void authLine(FieldSpec f, String label, int loffset, int linelen) {
            if (decrypt == null) {
                decrypt = ascii(loffset, linelen);
                decryptLen = linelen;
            }
            p.addComputedString(f, t.buf, t.at(loffset), linelen, Strings.cString(decrypt));
            info.append(label).append(formatText(decrypt, decryptLen));
        }

        /** A command line: its command, parameter and what AUTH's forms add. */
        private void commandLine(int loffset, int linelen, int next) {
            int cmdlen = Math.min(linelen, 4);
            int item = p.addCString(COMMAND_LINE, t.buf, t.at(loffset), next - loffset, true);
            int sub = p.openSubtree(item);
            try {
                p.addCString(REQ_COMMAND, t.buf, t.at(loffset), cmdlen, true);
                if (linelen > 5 && s.usernameCmdFrame == p.number()) {
                    p.addCString(REQ_PARAMETER, t.buf, t.at(loffset + 5), linelen - 5, true);
                    if (linelen >= 11) {
                        if (decrypt == null) {
                            decrypt = ascii(loffset + 11, linelen - 11);
                            decryptLen = linelen - 11;
                        }
                        p.addComputedString(AUTH_USERNAME, t.buf, t.at(loffset + 11), linelen - 11, Strings.cString(decrypt));
                        info.append(tvbFormatText(loffset, 11));
                        info.append("User: ").append(formatText(decrypt, decryptLen));
                    }
                } else if (linelen > 5 && s.ntlmReqFrame == p.number()) {
                    p.addCString(REQ_PARAMETER, t.buf, t.at(loffset + 5), linelen - 5, true);
                    if (linelen >= 10) {
                        decrypt = ascii(loffset + 10, linelen - 10);
                        decryptLen = linelen - 10;
                        info.append(tvbFormatText(loffset, 10));
                        info.append(formatText(decrypt, linelen - 10));
                    }
                } else if (linelen > 5 && s.userPassCmdFrame == p.number()) {
                    p.addCString(REQ_PARAMETER, t.buf, t.at(loffset + 5), linelen - 5, true);
                    info.append(tvbFormatText(loffset, 11));
                    plainAuth(loffset + 11, linelen - 11);
                } else if (linelen > 5) {
                    p.addCString(REQ_PARAMETER, t.buf, t.at(loffset + 5), linelen - 5, true);
                    info.append(tvbFormatText(loffset, linelen));
                } else {
                    info.append(tvbFormatText(loffset, linelen));
                }
            } finally {
                p.closeSubtree(sub);
            }
        }

        /** {@code decode_plain_auth} without decoding: the credentials as they are, with a warning. */
        private void plainAuth(int at, int len) {
            String raw = ascii(at, len);
            int e = p.addCString(AUTH_USERNAME_PASSWORD, t.buf, t.at(at), len, true);
            Expert.add(p, e, BASE64_DECODE, t.buf, t.at(at));
            info.append(formatText(raw, len));
        }

        /** The reassembly is shown with its fragments, and the message goes to IMF. */
        private void reassembled(SeqFragments.Reassembled r) {
            if (r.fragments().isEmpty()) {
                reassembledIn(r);
                return;
            }
            messageBuffer = SeqFragments.show(p, FRAGMENT_FIELDS, "Reassembled SMTP", r);
        }

        private void reassembledIn(SeqFragments.Reassembled r) {
            p.markGenerated(p.addUInt(DATA_REASSEMBLED_IN, t.buf, t.at(0), 0, r.frame()));
        }

        /** A reply, a line at a time; a multi-line reply's lines after the first join its item. */
        void reply() {
            p.hide(p.addBoolean(RSP, t.buf, t.at(0), 0, true));
            int multiline = 0; // none, start, continue, end
            int multilineCode = 0;
            int codeItem = -1;
            int sub = -1;
            for (int offset = 0; offset < t.capturedLength(); ) {
                Tvb.Line l = t.findLineEnd(offset);
                int linelen = l.length();
                int next = l.next();
                info.append(offset == 0 ? "S: " : " | ");
                if (linelen >= 3 && digit(offset) && digit(offset + 1) && digit(offset + 2)) {
                    int code = (t.u8(offset) - '0') * 100 + (t.u8(offset + 1) - '0') * 10 + t.u8(offset + 2) - '0';
                    if (linelen > 3 && t.u8(offset + 3) == '-') {
                        if (multiline == 0) {
                            multiline = 1;
                            multilineCode = code;
                        } else {
                            multiline = 2;
                        }
                    } else if (multiline == 1 || multiline == 2) {
                        multiline = 3;
                    }
                    replyState(code);
                    boolean continued = multiline == 2 || multiline == 3;
                    if (!continued) {
                        if (sub >= 0) {
                            p.closeSubtree(sub);
                        }
                        int item = p.addCString(RESPONSE, t.buf, t.at(offset), next - offset, true);
                        sub = p.openSubtree(item);
                        codeItem = p.addUInt(RESPONSE_CODE, t.buf, t.at(offset), 3, code);
                    } else if (multilineCode != code) {
                        Expert.add(p, codeItem, RESPONSE_CODE_UNEXPECTED, t.buf, t.at(offset),
                                "Unexpected response code " + code + " in multiline response. Expected "
                                        + multilineCode);
                    }
                    if (linelen >= 4) {
                        p.addCString(RSP_PARAMETER, t.buf, t.at(offset + 4), linelen - 4, true);
                        info.append(continued ? tvbFormatText(offset + 4, linelen - 4) : tvbFormatText(offset, linelen));
                    } else {
                        info.append(tvbFormatText(offset, linelen));
                    }
                    if (multiline == 3) {
                        multiline = 0;
                    }
                }
                offset = next;
            }
            if (sub >= 0) {
                p.closeSubtree(sub);
            }
        }

        /** What a reply code does to the session: STARTTLS's answer, AUTH's steps. */
        private void replyState(int code) {
            if (s.state == State.AWAITING_STARTTLS_RESPONSE) {
                if (code == 220) {
                    tls.startTls(p, tcp, SMTP.title());
                }
                s.state = State.READING_CMDS;
            }
            if (code == 334) {
                switch (s.auth) {
                    case START -> s.auth = Auth.USERNAME_REQ;
                    case USERNAME_RSP -> s.auth = Auth.PASSWORD_REQ;
                    case PLAIN_REQ -> s.auth = Auth.PLAIN_RSP;
                    case PLAIN_START_REQ -> s.auth = Auth.PLAIN_REQ;
                    case NTLM_REQ -> s.auth = Auth.NTLM_CHALLANGE;
                    default -> {
                    }
                }
            } else if (s.auth == Auth.PASSWORD_RSP || s.auth == Auth.PLAIN_RSP || s.auth == Auth.NTLM_RSP
                    || s.auth == Auth.PLAIN_CRED_REQ) {
                s.auth = code == 235 ? Auth.SUCCESS : Auth.FAILED;
                s.lastAuthFrame = p.number();
            }
        }

        private boolean digit(int at) {
            int c = t.u8(at);
            return c >= '0' && c <= '9';
        }

        /** {@code tvb_strneql(tvb, at, s, n) == 0}: false where the bytes are not all there. */
        private boolean startsWith(int at, String word) {
            if (at < 0 || at + word.length() > t.capturedLength()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (t.u8(at + i) != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@code g_ascii_strncasecmp(line, word, strlen(word)) == 0} over the line's bytes in
         * memory: they go on past the line's end into the next line, and stop (a NUL) at the
         * end of the data.
         */
        private boolean caseEquals(int at, String word) {
            for (int i = 0; i < word.length(); i++) {
                int c = at + i >= 0 && at + i < t.capturedLength() ? t.u8(at + i) : 0;
                if (Strings.asciiLower(c) != Strings.asciiLower(word.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@code (guint32) strtoul(line + 5, NULL, 10)}: blanks, a sign, decimal digits, read on
         * past the line as C reads the buffer; an overflow is ULONG_MAX, a minus negates.
         */
        private int strtoul32(int at) {
            int end = t.capturedLength();
            int i = at;
            while (i < end && Strings.isCSpace(t.u8(i))) {
                i++;
            }
            boolean negative = false;
            if (i < end && (t.u8(i) == '+' || t.u8(i) == '-')) {
                negative = t.u8(i) == '-';
                i++;
            }
            long v = 0;
            boolean overflow = false;
            for (; i < end && t.u8(i) >= '0' && t.u8(i) <= '9'; i++) {
                if (!overflow) {
                    long n = v * 10 + (t.u8(i) - '0');
                    if (v > Long.divideUnsigned(-1L, 10) || Long.compareUnsigned(n, v * 10) < 0) {
                        overflow = true;
                    } else {
                        v = n;
                    }
                }
            }
            if (overflow) {
                return -1;
            }
            return (int) (negative ? -v : v);
        }

        private String ascii(int at, int len) {
            return Strings.asciiWithReplacement(t.bytes(at, len));
        }

        private String tvbFormatText(int at, int len) {
            return Strings.formatText(t.bytes(at, Math.max(0, Math.min(len, t.capturedLength() - at))));
        }
    }

    /** {@code line_is_smtp_command}: four letters, or one of the longer commands (any case). */
    private static boolean isCommand(byte[] line, int cmdlen) {
        if (cmdlen == 4 && alpha(line[0]) && alpha(line[1]) && alpha(line[2]) && alpha(line[3])) {
            return true;
        }
        for (String c : LONG_COMMANDS) {
            if (cmdlen == c.length()) {
                boolean same = true;
                for (int i = 0; i < cmdlen && same; i++) {
                    same = Strings.asciiLower(line[i] & 0xff) == Strings.asciiLower(c.charAt(i));
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean alpha(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    /**
     * {@code format_text(decrypt, len)} over a string decoded before: its first {@code len}
     * bytes in UTF-8 (a replaced byte is three).
     */
    private static String formatText(String decoded, int len) {
        byte[] b = decoded.getBytes(StandardCharsets.UTF_8);
        int n = Math.max(0, Math.min(len, b.length));
        return Strings.formatText(java.util.Arrays.copyOf(b, n));
    }
}
