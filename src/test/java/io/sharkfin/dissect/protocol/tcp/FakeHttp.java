package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in for Wireshark's HTTP dissector as far as TCP can tell (packet-http.c and
 * req_resp_hdrs.c with default preferences): it asks for one more segment until the headers are
 * complete, for the Content-Length body, walks chunked bodies, and asks for everything until the
 * FIN for a response without a length. It records each message's first line in
 * {@code x-tcptest-http.line}. Registered on HTTP's default ports and as a heuristic that claims
 * the conversation, as Wireshark's {@code http_tcp} heuristic does.
 */
final class FakeHttp implements TcpPayloadDissector {
    static final FieldSpec PROTO = FieldSpec.protocol("x-tcptest-http", "Test HTTP");
    static final FieldSpec LINE = FieldSpec.of("x-tcptest-http.line", "First line", FieldType.STRING);

    /** Wireshark 4.0's default {@code http.tcp.port} range. */
    static final int[] PORTS = {80, 3128, 3132, 5985, 8080, 8088, 11371, 1900, 2869, 2710};

    private final boolean heuristic;

    FakeHttp(boolean heuristic) {
        this.heuristic = heuristic;
    }

    /** What HTTP remembers per conversation. */
    static final class State {
        String lastMethod;
        boolean seenHttp;
    }

    @Override
    public FieldSpec protocol() {
        return heuristic ? HEUR_PROTO : PROTO;
    }

    static final FieldSpec HEUR_PROTO = FieldSpec.protocol("x-tcptest-http-heur", "Test HTTP heuristic");

    @Override
    public List<FieldSpec> fields() {
        return List.of(LINE);
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        if (heuristic) {
            int len = lineEnd(p, buf, offset, offset + length);
            if (len < 0 || len == 8) {
                return 0;
            }
            String first = text(p, buf, offset, len);
            if (!first.regionMatches(true, Math.max(0, len - 8), "HTTP/1.", 0, 7)
                    && !first.regionMatches(true, 0, "HTTP/1.", 0, 7)) {
                return 0;
            }
            tcp.claimConversation();
        }
        State st = tcp.conversationState(State.class, State::new);
        int end = offset + length;
        int off = offset;
        int messages = 0;
        while (end - off > 0) {
            int n = message(p, buf, off, end, tcp, st);
            if (n < 0) {
                break;
            }
            messages++;
            off += n;
        }
        return messages > 0 ? length : 0;
    }

    /** One message at {@code off}: its length, or -1 when more data is needed or it is not HTTP. */
    private int message(Packet p, int buf, int start, int end, TcpPayload tcp, State st) {
        int off = start;
        if (end - off > 3 && p.u16(buf, off) == 0x0d0a) {
            off += 2; // a stray CRLF before a message is ignored
        }
        int b = p.u8(buf, off);
        if (b < 0x20 || b > 0x7e) {
            return -1;
        }
        int firstLen = lineEnd(p, buf, off, end);
        if (firstLen < 0) {
            // no complete first line: ask for more (without desegmentation, give up)
            reassemble(p, buf, off, end, tcp, false, false);
            return -1;
        }
        String first = text(p, buf, off, firstLen);
        boolean response = first.startsWith("HTTP/");
        boolean request = !response && isRequestLine(first);
        if (!response && !request) {
            return -1;
        }
        boolean body = !tcp.endOfStream();
        if (body && response) {
            int code = parseCode(first);
            if ("HEAD".equals(st.lastMethod) || code / 100 == 1 || code == 204 || code == 304) {
                body = false;
            }
        }
        Headers h = reassemble(p, buf, off, end, tcp, body, response);
        if (h == null) {
            return -1;
        }
        p.addString(LINE, buf, off, firstLen, true);
        if (request) {
            st.lastMethod = first.substring(0, first.indexOf(' '));
        }
        st.seenHttp = true;
        int bodyEnd;
        if (h.chunkedEnd > 0) {
            bodyEnd = h.chunkedEnd;
        } else if (h.contentLength >= 0) {
            bodyEnd = Math.min(end, h.headersEnd + h.contentLength);
        } else if (response && body) {
            bodyEnd = end; // until the end of the stream
        } else {
            bodyEnd = h.headersEnd;
        }
        return bodyEnd - start;
    }

    /** What the headers say about the body. */
    private record Headers(int headersEnd, int contentLength, int chunkedEnd) {
    }

    /**
     * Wireshark's {@code req_resp_hdrs_do_reassembly}: null when TCP was asked for more.
     */
    private Headers reassemble(Packet p, int buf, int off, int end, TcpPayload tcp, boolean body,
                               boolean untilFin) {
        int next = off;
        int contentLength = -1;
        boolean chunked = false;
        if (tcp.canDesegment()) {
            while (true) {
                if (end - next < 1) {
                    tcp.needOneMoreSegment(off);
                    return null;
                }
                int len = lineEnd(p, buf, next, end);
                if (len < 0) {
                    tcp.needOneMoreSegment(off);
                    return null;
                }
                String line = text(p, buf, next, len);
                next += len + terminator(p, buf, next + len, end);
                if (len == 0) {
                    break;
                }
                if (body) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        try {
                            contentLength = Integer.parseInt(line.substring(15).trim());
                        } catch (NumberFormatException ignored) {
                            contentLength = -1;
                        }
                    } else if (lower.startsWith("transfer-encoding:")
                            && lower.substring(18).trim().startsWith("chunked")) {
                        chunked = true;
                    }
                }
            }
        } else {
            int stop = headersEnd(p, buf, off, end);
            return new Headers(stop, -1, 0);
        }
        if (!body) {
            return new Headers(next, -1, 0);
        }
        if (chunked) {
            int at = next;
            while (true) {
                if (end - at < 1) {
                    tcp.needOneMoreSegment(off);
                    return null;
                }
                int len = lineEnd(p, buf, at, end);
                if (len < 0) {
                    tcp.needOneMoreSegment(off);
                    return null;
                }
                String sizeText = text(p, buf, at, len).split(";")[0].trim();
                int lineStop = at + len + terminator(p, buf, at + len, end);
                int size;
                try {
                    size = Integer.parseInt(sizeText, 16);
                } catch (NumberFormatException e) {
                    return new Headers(next, -1, 0);
                }
                if (size == 0) {
                    int trailer = lineEnd(p, buf, lineStop, end);
                    if (trailer < 0) {
                        tcp.needOneMoreSegment(off);
                        return null;
                    }
                    return new Headers(next, -1, lineStop + trailer + terminator(p, buf, lineStop + trailer, end));
                }
                if (end - at > size) {
                    at = lineStop + size + 2;
                } else {
                    tcp.needOneMoreSegment(off);
                    return null;
                }
            }
        }
        if (contentLength >= 0) {
            int have = end - next;
            if (have < contentLength) {
                tcp.needMore(off, contentLength - have);
                return null;
            }
            return new Headers(next, contentLength, 0);
        }
        if (untilFin) {
            tcp.needUntilFin(off);
            return null;
        }
        return new Headers(next, -1, 0);
    }

    /** End of the headers (after the blank line), or {@code end} when there is none. */
    private static int headersEnd(Packet p, int buf, int off, int end) {
        int next = off;
        while (next < end) {
            int len = lineEnd(p, buf, next, end);
            if (len < 0) {
                return end;
            }
            next += len + terminator(p, buf, next + len, end);
            if (len == 0) {
                return next;
            }
        }
        return end;
    }

    /**
     * Wireshark's {@code tvb_find_line_end} with {@code desegment}: the length of the line at
     * {@code off}, or -1 when no terminator is there (or a CR ends the data).
     */
    static int lineEnd(Packet p, int buf, int off, int end) {
        int limit = Math.min(end, p.bufferLength(buf));
        for (int i = off; i < limit; i++) {
            int c = p.u8(buf, i);
            if (c == '\n') {
                return i - off;
            }
            if (c == '\r') {
                return i + 1 >= limit ? -1 : i - off;
            }
        }
        return -1;
    }

    private static int terminator(Packet p, int buf, int at, int end) {
        if (at >= end) {
            return 0;
        }
        if (p.u8(buf, at) == '\r') {
            return at + 1 < end && p.u8(buf, at + 1) == '\n' ? 2 : 1;
        }
        return 1;
    }

    private static String text(Packet p, int buf, int off, int len) {
        return new String(p.copy(buf, off, len), StandardCharsets.ISO_8859_1);
    }

    private static boolean isRequestLine(String line) {
        int sp = line.indexOf(' ');
        if (sp <= 0) {
            return false;
        }
        for (int i = 0; i < sp; i++) {
            char c = line.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static int parseCode(String line) {
        int sp = line.indexOf(' ');
        try {
            return Integer.parseInt(line.substring(sp + 1, Math.min(line.length(), sp + 4)));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
