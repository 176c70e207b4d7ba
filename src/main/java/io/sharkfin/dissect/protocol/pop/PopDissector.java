package io.sharkfin.dissect.protocol.pop;

import static io.sharkfin.dissect.protocol.pop.PopFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.CNumbers;
import io.sharkfin.dissect.protocol.RecordedInfo;
import io.sharkfin.dissect.protocol.SeqFragments;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;
import io.sharkfin.dissect.protocol.tls.TlsDissector;

import java.util.List;

/**
 * POP3 on TCP 110 as packet-pop.c 4.0 dissects it. Each segment is read on its own (no
 * desegmentation): a request's or response's first line is its command or status indicator and
 * the rest of the line; the lines after it are data. A server segment that starts with neither
 * "+OK" nor "-ERR" is message data: the fragments after a RETR or TOP answer are reassembled until
 * the length the answer announced ("+OK 1234 octets") has arrived, and the message goes to IMF;
 * data with no length announced is a message of its own, one segment each (as in Wireshark, the
 * rest of a multi-line answer split over segments too). STLS answered "+OK " hands the connection
 * to TLS. The conversation keeps its first USER for {@code -z credentials}.
 *
 * <p>A request is a segment to the port POP was chosen by.
 */
public final class PopDissector implements TcpPayloadDissector {
    public static final int PORT = 110;
    private static final SeqFragments.Fields FRAGMENT_FIELDS = new SeqFragments.Fields(DATA_FRAGMENTS, DATA_FRAGMENT,
            DATA_FRAGMENT_COUNT, DATA_REASSEMBLED_LENGTH);

    private final Dissector imf;
    private final TlsDissector tls;

    public PopDissector(Dissector imf, TlsDissector tls) {
        this.imf = imf;
        this.tls = tls;
    }

    @Override
    public FieldSpec protocol() {
        return POP;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    @Override
    public String shortName() {
        return "POP";
    }

    /** IMF gets the retrieved messages; STLS hands on to TLS. */
    @Override
    public List<String> calls() {
        return List.of(imf.protocol().name(), tls.protocol().name());
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        Tvb t = Tvb.of(p, buf, offset, length);
        PopSession s = tcp.conversationState(PopSession.class, PopSession::new);
        int match = tcp.matchedPort();
        boolean request = tcp.dstPort() == (match != 0 ? match : PORT);
        Tvb.Line first = t.findLineEnd(0);
        byte[] line = t.bytes(0, first.length());
        // response_is_continuation: strncmp, case matters here
        boolean continuation = !request && !Strings.strncmpEquals(i -> line[i], line.length, "+OK", 3)
                && !Strings.strncmpEquals(i -> line[i], line.length, "-ERR", 4);
        String info;
        if (continuation) {
            int n = t.reportedLength();
            info = "S: DATA fragment, " + n + (n == 1 ? " byte" : " bytes");
        } else {
            info = (request ? "C: " : "S: ") + Strings.formatText(line);
        }
        RecordedInfo.add(p, POP.name(), info);
        int saved = p.openSubtree(p.protocolItem());
        int message = -1;
        try {
            if (continuation) {
                message = data(p, t, s);
            } else {
                Line l = new Line(p, t, tcp, s, line, first.next(), request);
                l.dissect();
            }
        } finally {
            p.closeSubtree(saved);
        }
        if (message >= 0) {
            p.call(imf, message, message == buf ? offset : 0, message == buf ? length : p.bufferLength(message));
        }
        return t.capturedLength();
    }

    /**
     * A segment of message data: a fragment of the message announced, reassembled with those
     * before it. Returns the buffer of a message it completes (the segment's own when it is the
     * message), or -1.
     */
    private static int data(Packet p, Tvb t, PopSession s) {
        byte[] fragment = t.bytes(0, t.reportedLength());
        s.msgReadLen += t.reportedLength();
        boolean more = Integer.compareUnsigned(s.msgReadLen, s.msgTotLen) < 0;
        SeqFragments.Reassembled done = s.data.add(p.number(), fragment, more);
        if (done == null) {
            p.setFragmented(true);
            return -1;
        }
        s.msgReadLen = 0;
        s.msgTotLen = 0;
        p.setFragmented(false);
        return done.fragments().isEmpty() ? t.buf : SeqFragments.show(p, FRAGMENT_FIELDS, "Reassembled DATA", done);
    }

    /** The first line of a request or response and the lines after it. */
    private final class Line {
        private final Packet p;
        private final Tvb t;
        private final TcpPayload tcp;
        private final PopSession s;
        private final byte[] line;
        /** Where the line after the first starts (packet-pop.c's {@code next_offset}). */
        private final int next;
        private final boolean request;

        Line(Packet p, Tvb t, TcpPayload tcp, PopSession s, byte[] line, int next, boolean request) {
            this.p = p;
            this.t = t;
            this.tcp = tcp;
            this.s = s;
            this.line = line;
            this.next = next;
            this.request = request;
        }

        void dissect() {
            int item = p.addComputedString(request ? REQUEST : RESPONSE, t.buf, t.at(0), next, "");
            p.setLabel(item, Strings.formatText(t.bytes(0, next)));
            int reqresp = p.openSubtree(item);
            int tokenLength = Strings.tokenLength(line);
            int rest = Strings.skipBlanks(line, tokenLength);
            boolean user = false;
            boolean pass = false;
            int at = 0;
            if (tokenLength != 0) {
                p.addCString(request ? REQUEST_COMMAND : RESPONSE_INDICATOR, t.buf, t.at(0), tokenLength, true);
                if (request) {
                    if (startsWith(line, "RETR") || startsWith(line, "TOP")) {
                        // the next response tells how many bytes
                        s.msgRequest = true;
                    }
                    if (startsWith(line, "STLS")) {
                        s.stlsRequest = true;
                    }
                    user = startsWith(line, "USER");
                    pass = startsWith(line, "PASS");
                } else {
                    response(item);
                }
                at = rest;
            }
            if (at < line.length) {
                p.addCString(request ? REQUEST_PARAMETER : RESPONSE_DESCRIPTION, t.buf, t.at(at), line.length - at, true);
                if (user && s.username == null) {
                    s.username = Strings.asciiCString(java.util.Arrays.copyOfRange(line, at, line.length));
                    s.usernameFrame = p.number();
                }
            }
            p.closeSubtree(reqresp);
            FieldSpec data = request ? REQUEST_DATA : RESPONSE_DATA;
            for (int off = next; off < t.capturedLength(); ) {
                int end = t.findLineEnd(off).next();
                int e = p.addComputedString(data, t.buf, t.at(off), end - off, "");
                p.setLabel(e, Strings.formatText(t.bytes(off, end - off)));
                off = end;
            }
        }

        /** A response to RETR or TOP announces the message's length; one to STLS starts TLS. */
        private void response(int item) {
            if (s.msgRequest) {
                if (startsWith(line, "+OK ") && line.length > 4) {
                    s.msgReadLen = 0;
                    s.msgTotLen = 0;
                    Long total = announcedLength(line);
                    if (total == null) {
                        Expert.add(p, item, RESP_TOT_LEN_INVALID, t.buf, t.at(0));
                    } else {
                        s.msgTotLen = (int) (long) total;
                    }
                }
                s.msgRequest = false;
            }
            if (s.stlsRequest) {
                if (startsWith(line, "+OK ")) {
                    // the last frame before TLS
                    tls.startTls(p, tcp, POP.title());
                }
                s.stlsRequest = false;
            }
        }
    }

    /**
     * {@code sscanf(line, "%*s %u %*s", &len) == 1}: the number after the first word, as C reads an
     * unsigned int (blanks skipped, a sign allowed, cut to 32 bits), or null when there is none.
     */
    static Long announcedLength(byte[] line) {
        int i = 0;
        while (i < line.length && Strings.isCSpace(line[i])) {
            i++;
        }
        if (i == line.length) {
            return null;
        }
        while (i < line.length && line[i] != 0 && !Strings.isCSpace(line[i])) {
            i++;
        }
        return CNumbers.unsigned32(line, i);
    }

    /** {@code g_ascii_strncasecmp(line, word, strlen(word)) == 0}. */
    private static boolean startsWith(byte[] line, String word) {
        return Strings.strncaseEquals(i -> line[i], line.length, word, word.length());
    }
}
