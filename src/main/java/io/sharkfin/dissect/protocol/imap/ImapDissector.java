package io.sharkfin.dissect.protocol.imap;

import static io.sharkfin.dissect.protocol.imap.ImapFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.protocol.CNumbers;
import io.sharkfin.dissect.protocol.RecordedInfo;
import io.sharkfin.dissect.protocol.Tvb;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;
import io.sharkfin.dissect.protocol.tls.TlsDissector;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * IMAP on TCP 143 as packet-imap.c 4.0 dissects it: lines desegmented, each a tagged request or
 * response (tag, command or status, a folder for the commands that name one, LOGIN's user name
 * and password) or an untagged ("*") line; an untagged FETCH whose literal ({@code {N}}) carries a
 * message is desegmented until the literal and its closing parenthesis are there, and the
 * message goes to IMF. A response is linked to the last request with its tag
 * ({@code imap.response_to}, {@code imap.time}). STARTTLS answered OK hands the connection to
 * TLS, and, as Wireshark's heuristic does by default, a connection whose first payloads are not
 * printable text is TLS already.
 *
 * <p>Quirks kept: tokens end at one blank ({@code tvb_get_token_len}), so two blanks make an
 * empty token; LOGIN's password is its token less its first and last character (the quotes);
 * commands are matched as prefixes ("sel" is SELECT); the Info column of a segment of untagged
 * lines alone is its first line cut to the last line's length. A request is a segment to the port
 * IMAP was chosen by.
 */
public final class ImapDissector implements TcpPayloadDissector {
    public static final int PORT = 143;
    private static final int HEURISTIC_LENGTH = 5;
    private static final int LOOKAHEAD_TOKENS = 3;
    // a hostile conversation's tags are not all kept
    private static final int MAX_TAGS = 4096;
    private static final int MAX_REQUESTS_PER_TAG = 256;
    private static final String[] FOLDER_COMMANDS = {"select", "examine", "create", "delete", "rename", "subscribe",
        "unsubscribe", "status", "append", "search"};

    private final Dissector imf;
    private final TlsDissector tls;
    private final Dissector data;

    public ImapDissector(Dissector imf, TlsDissector tls, Dissector data) {
        this.imf = imf;
        this.tls = tls;
        this.data = data;
    }

    @Override
    public FieldSpec protocol() {
        return IMAP;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    @Override
    public String shortName() {
        return "IMAP";
    }

    /** IMF gets FETCH's messages; STARTTLS and the TLS heuristic hand on to TLS (data what it refuses). */
    @Override
    public List<String> calls() {
        return List.of(imf.protocol().name(), tls.protocol().name(), data.protocol().name());
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        Tvb t = Tvb.of(p, buf, offset, length);
        ImapSession s = tcp.conversationState(ImapSession.class, ImapSession::new);
        if (s.heuristicTriesLeft > 0) {
            s.heuristicTriesLeft--;
            if (!looksLikeText(t)) {
                // TLS from before the capture began: this frame is TLS already
                tls.startTls(p, tcp, IMAP.title(), p.number() - 1);
                s.heuristicTriesLeft = 0;
                // packet-imap.c has added nothing yet: its layer stays, its item does not
                p.dropProtocolItem();
                int taken = p.call(tls, buf, offset, length);
                if (taken == 0) {
                    // TLS refused: tshark shows the bytes as data, and IMAP is not tried again
                    p.call(data, buf, offset, length);
                    return length;
                }
                return taken;
            }
        }
        int match = tcp.matchedPort();
        boolean request = tcp.dstPort() == (match != 0 ? match : PORT);
        if (t.findLineEndDesegment(0) == null) {
            tcp.needOneMoreSegment(t.at(0));
            return 0; // more bytes asked for: the layer goes, as it added nothing
        }
        int saved = p.openSubtree(p.protocolItem());
        try {
            p.hide(p.addBoolean(ISREQUEST, t.buf, t.at(0), 0, request));
            new Call(p, t, tcp, s, request, saved).lines();
        } finally {
            p.closeSubtree(saved);
        }
        return t.capturedLength();
    }

    /** {@code check_imap_heur}: five printable ASCII bytes, or fewer than five at all. */
    private static boolean looksLikeText(Tvb t) {
        if (t.capturedLength() < HEURISTIC_LENGTH) {
            return true;
        }
        for (int i = 0; i < HEURISTIC_LENGTH; i++) {
            int c = t.u8(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** One call of the dissector over a segment's lines. */
    private final class Call {
        private final Packet p;
        private final Tvb t;
        private final TcpPayload tcp;
        private final ImapSession s;
        private final boolean request;
        private boolean firstLine = true;
        /** packet-imap.c's {@code linelen}, which the Info column of untagged lines alone reads last. */
        private int linelen;
        /** The end of the line being read ({@code next_offset}), moved past a FETCH literal. */
        private int nextOffset;
        /** The tree IMAP's item is in, where IMF goes too. */
        private final int top;

        Call(Packet p, Tvb t, TcpPayload tcp, ImapSession s, boolean request, int top) {
            this.p = p;
            this.t = t;
            this.tcp = tcp;
            this.s = s;
            this.request = request;
            this.top = top;
        }

        void lines() {
            int offset = 0;
            while (offset < t.capturedLength()) {
                Tvb.Line l = t.findLineEndDesegment(offset);
                if (l == null) {
                    tcp.needOneMoreSegment(t.at(offset));
                    return;
                }
                linelen = l.length();
                nextOffset = l.next();
                if (t.u8(offset) == '*') {
                    if (!untagged(offset)) {
                        tcp.needOneMoreSegment(t.at(offset));
                        return;
                    }
                } else {
                    tagged(offset);
                }
                offset = nextOffset;
            }
            if (firstLine) {
                info(0, linelen);
            }
        }

        private void info(int offset, int len) {
            RecordedInfo.add(p, IMAP.name(), (request ? "Request: " : "Response: ")
                    + Strings.formatText(t.bytes(offset, Math.max(0, Math.min(len, t.capturedLength() - offset)))));
        }

        /**
         * An untagged line: shown whole, unless one of its first three words starts FETCH and the
         * fetched data is all there (the line then shows as FETCH's). False when FETCH needs more.
         */
        private boolean untagged(int offset) {
            boolean showLine = true;
            int[] starts = new int[LOOKAHEAD_TOKENS];
            int[] ends = new int[LOOKAHEAD_TOKENS];
            int count = 0;
            int nextPattern = offset;
            do {
                int start = nextPattern + 1;
                nextPattern = whitespace(start, nextOffset - start);
                if (nextPattern > start) {
                    starts[count] = start;
                    ends[count] = nextPattern;
                    count++;
                }
            } while (nextPattern != -1 && count < LOOKAHEAD_TOKENS);
            if (count >= 2) {
                for (int i = 0; i < count; i++) {
                    if (caseEqualsPrefix(starts[i], ends[i] - starts[i], "FETCH")) {
                        boolean needMore = fetch(ends[i], offset);
                        if (needMore) {
                            return false;
                        }
                        showLine = false;
                        break;
                    }
                }
            }
            if (showLine) {
                p.addCString(LINE, t.buf, t.at(offset), nextOffset - offset, true);
            }
            return true;
        }

        /** The first of blank, tab, CR or LF in {@code [from, from + len)}, or -1. */
        private int whitespace(int from, int len) {
            for (int i = from; i < from + len && i < t.capturedLength(); i++) {
                int c = t.u8(i);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /**
         * {@code dissect_imap_fetch}: the parenthesized data after FETCH, with a literal's message
         * handed to IMF when the literal and a closing parenthesis after it are there. True when
         * more data is needed.
         */
        private boolean fetch(int fetchOffset, int offset) {
            int firstParenthesis = t.find(fetchOffset, -1, '(');
            if (firstParenthesis < 0) {
                return true;
            }
            int remainingSize = t.reportedLength() - (firstParenthesis + 1);
            if (remainingSize <= 0) {
                return true;
            }
            int sizeStart = t.find(firstParenthesis, remainingSize, '{');
            if (sizeStart < 0) {
                // no literal: the line after the parenthesis must end
                Tvb.Line l = t.findLineEndDesegment(firstParenthesis);
                if (l == null) {
                    return true;
                }
                nextOffset = l.next();
                p.addCString(LINE, t.buf, t.at(offset), nextOffset - offset, true);
                return false;
            }
            int sizeEnd = t.find(sizeStart + 1, remainingSize - (sizeStart - firstParenthesis), '}');
            if (sizeEnd <= 0) {
                return true;
            }
            long size = CNumbers.wsStrtou(t.bytes(sizeStart + 1, sizeEnd - sizeStart - 1), 0xffffffffL);
            if (size < 0) {
                return true;
            }
            long after = sizeEnd + size;
            int remaining = after > t.reportedLength() ? -1 : (int) (t.reportedLength() - after);
            if (remaining <= 0) {
                return true;
            }
            if (t.find((int) after, remaining, ')') < 0) {
                return true;
            }
            p.addCString(LINE, t.buf, t.at(offset), nextOffset - offset, true);
            // the message's Info column is IMF's
            firstLine = false;
            int messageSize = (int) Math.min(size, Integer.MAX_VALUE);
            t.ensureBytes(nextOffset, messageSize);
            callImf(nextOffset, messageSize);
            if (nextOffset + messageSize > nextOffset) {
                nextOffset += messageSize;
            }
            return false;
        }

        /** IMF beside IMAP, as packet-imap.c calls it with the frame's tree. */
        private void callImf(int at, int len) {
            int inImap = p.openSubtree(-1);
            p.closeSubtree(top);
            try {
                p.call(imf, t.buf, t.at(at), len);
            } finally {
                p.closeSubtree(inImap);
            }
        }

        /** A tagged request or response line. */
        private void tagged(int offset) {
            if (firstLine) {
                info(offset, linelen);
                firstLine = false;
            }
            int line = p.addCString(LINE, t.buf, t.at(offset), nextOffset - offset, true);
            int saved = p.openSubtree(line);
            try {
                taggedLine(offset);
            } finally {
                p.closeSubtree(saved);
            }
        }

        private void taggedLine(int offset) {
            if (linelen != 0) {
                p.addCString(request ? REQUEST : RESPONSE, t.buf, t.at(offset), linelen, true);
            }
            String tag = null;
            int[] next = new int[1];
            int tokenlen = tokenLength(offset, linelen, next);
            if (tokenlen != 0) {
                String value = ascii(offset, tokenlen);
                tag = value.toLowerCase(Locale.ROOT);
                p.addComputedString(request ? REQUEST_TAG : RESPONSE_TAG, t.buf, t.at(offset), tokenlen, value);
                p.hide(p.addComputedString(TAG, t.buf, t.at(offset), tokenlen, value));
                linelen -= next[0] - offset;
                offset = next[0];
            }
            tokenlen = tokenLength(offset, linelen, next);
            if (tokenlen != 0) {
                String status = ascii(offset, tokenlen).toLowerCase(Locale.ROOT);
                String command = null;
                int folderOffset = 0;
                int folderTokenlen = 0;
                int[] folderNext = new int[1];
                if (request && caseEqualsPrefix(offset, tokenlen, "UID")) {
                    // UID's token as a number of its bytes: never 0 for "U", "UI" or "UID"
                    p.addBoolean(REQUEST_COMMAND_UID, t.buf, t.at(offset), tokenlen, true);
                    int uidOffset = next[0];
                    int[] uidNext = new int[1];
                    int uidTokenlen = tokenLength(uidOffset, linelen - (next[0] - offset), uidNext);
                    if (uidTokenlen != 0) {
                        p.addCString(REQUEST_COMMAND, t.buf, t.at(uidOffset), uidTokenlen, true);
                        p.hide(p.addCString(COMMAND, t.buf, t.at(offset), tokenlen, true));
                        command = ascii(uidOffset, uidTokenlen).toLowerCase(Locale.ROOT);
                        folderOffset = uidNext[0];
                        folderTokenlen = tokenLength(uidNext[0], linelen - (uidNext[0] - offset), folderNext);
                    }
                } else {
                    p.addCString(request ? REQUEST_COMMAND : RESPONSE_STATUS, t.buf, t.at(offset), tokenlen, true);
                    if (request) {
                        p.hide(p.addCString(COMMAND, t.buf, t.at(offset), tokenlen, true));
                        command = status;
                        folderOffset = next[0];
                        folderTokenlen = tokenLength(next[0], linelen - (next[0] - offset), folderNext);
                    }
                }
                if (command != null && !command.isEmpty()) {
                    command(command, offset, next[0], folderOffset, folderTokenlen, folderNext[0]);
                }
                if (!request) {
                    int[] commandNext = new int[1];
                    int commandlen = tokenLength(next[0], linelen - (next[0] - offset), commandNext);
                    if (commandlen > 0) {
                        p.addCString(RESPONSE_COMMAND, t.buf, t.at(next[0]), commandlen, true);
                        p.hide(p.addCString(COMMAND, t.buf, t.at(next[0]), commandlen, true));
                    }
                }
                if (s.sslRequested && !request && "ok".startsWith(status)) {
                    // STARTTLS accepted: the next payloads are TLS
                    tls.startTls(p, tcp, IMAP.title());
                    if (s.heuristicTriesLeft > 0) {
                        s.heuristicTriesLeft = 0;
                    }
                    s.sslRequested = false;
                }
            }
            if (tag != null) {
                match(tag);
            }
        }

        /** What a request's command adds: a folder, STARTTLS's request, LOGIN's credentials. */
        private void command(String command, int offset, int nextToken, int folderOffset, int folderTokenlen,
                             int folderNext) {
            if (isPrefixOfAny(command, FOLDER_COMMANDS)) {
                if (folderTokenlen != 0) {
                    p.addCString(REQUEST_FOLDER, t.buf, t.at(folderOffset), folderTokenlen, true);
                }
            } else if (linelen > 0 && "copy".startsWith(command)) {
                int[] n = new int[1];
                int len = tokenLength(folderNext, linelen - (folderNext - offset), n);
                if (len != 0) {
                    p.addCString(REQUEST_FOLDER, t.buf, t.at(folderNext), len, true);
                }
            } else if ("starttls".startsWith(command)) {
                s.sslRequested = true;
            } else if ("login".startsWith(command)) {
                login(offset, nextToken);
            }
        }

        /** LOGIN's user name (a token) and password (its token without the first and last byte). */
        private void login(int offset, int nextToken) {
            int[] userNext = new int[1];
            int userTokenlen = tokenLength(nextToken, linelen - (nextToken - offset), userNext);
            p.addComputedString(REQUEST_USERNAME, t.buf, t.at(nextToken), userTokenlen, ascii(nextToken, userTokenlen));
            int passwordOffset = userNext[0];
            int passwordTokenlen = tokenLength(passwordOffset, linelen - (passwordOffset - offset), null);
            int len = passwordTokenlen - 2;
            if (len < -1) {
                throw Truncated.MALFORMED;
            }
            if (len == -1) {
                // tvb_get_string_enc's -1: to the end of the data
                len = t.ensureCapturedRemaining(passwordOffset + 1);
            }
            String password = ascii(passwordOffset + 1, len);
            p.addComputedString(REQUEST_PASSWORD, t.buf, t.at(passwordOffset), passwordTokenlen, password);
        }

        /**
         * {@code imap_match_request}: a request is kept by its tag; a response is the answer to
         * the last request with its tag before it, shown with the time since.
         */
        private void match(String tag) {
            Map<String, TreeMap<Long, ImapSession.Request>> requests = s.requests;
            TreeMap<Long, ImapSession.Request> byFrame = requests.get(tag);
            if (request) {
                if (byFrame == null) {
                    if (requests.size() >= MAX_TAGS) {
                        return;
                    }
                    byFrame = new TreeMap<>();
                    requests.put(tag, byFrame);
                }
                if (byFrame.size() >= MAX_REQUESTS_PER_TAG) {
                    byFrame.pollFirstEntry();
                }
                byFrame.put(p.number(), new ImapSession.Request(p.number(), p.frame().epochSeconds(),
                        p.frame().nanoOfSecond()));
                return;
            }
            Map.Entry<Long, ImapSession.Request> found = byFrame == null ? null : byFrame.floorEntry(p.number());
            if (found == null) {
                return;
            }
            ImapSession.Request r = found.getValue();
            p.markGenerated(p.addUInt(RESPONSE_TO, t.buf, t.at(0), 0, r.frame()));
            long nanos = (p.frame().epochSeconds() - r.seconds()) * 1_000_000_000L + p.frame().nanoOfSecond() - r.nanos();
            p.markGenerated(p.addTime(TIME, t.buf, t.at(0), 0, nanos));
        }

        /**
         * {@code tvb_get_token_len} without desegmentation: the token at {@code off} within
         * {@code len} bytes ends at a blank, CR or LF; {@code next[0]} is one past that byte (or the
         * end when there is none).
         */
        private int tokenLength(int off, int len, int[] next) {
            int end = off + Math.max(0, len);
            for (int i = off; i < end; i++) {
                int c = t.u8(i);
                if (c == ' ' || c == '\r' || c == '\n') {
                    if (next != null) {
                        next[0] = i + 1;
                    }
                    return i - off;
                }
            }
            if (next != null) {
                next[0] = end;
            }
            return end - off;
        }

        /** {@code tvb_strncaseeql(tvb, off, word, len) == 0}: the bytes a prefix of {@code word}, in any case. */
        private boolean caseEqualsPrefix(int off, int len, String word) {
            return len <= t.capturedLength() - off && Strings.strncaseEquals(i -> t.u8(off + i), len, word, len);
        }

        private String ascii(int off, int len) {
            return Strings.asciiCString(t.bytes(off, len));
        }
    }

    private static boolean isPrefixOfAny(String command, String[] words) {
        for (String w : words) {
            if (w.startsWith(command)) {
                return true;
            }
        }
        return false;
    }
}
