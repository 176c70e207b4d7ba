package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;


/**
 * Wireshark's {@code req_resp_hdrs_do_reassembly} (epan/req_resp_hdrs.c): decides whether an
 * HTTP message starting at some offset is complete, and if not asks TCP for more: one more
 * segment while the blank line ending the headers is missing, the rest of a Content-Length body,
 * one more segment until a chunked body's last chunk, or everything until the FIN for a response
 * with neither.
 */
final class MessageReassembly {
    private MessageReassembly() {
    }

    /** Bodies this large that carry MS-RPCH are not waited for (their length is fictitious). */
    private static final int RPC_LENGTH_THRESHOLD = 128 * 1024;

    /**
     * @param tcp          the payload description, or null when not called by TCP
     * @param untilFin     whether a message without length runs until the connection ends
     * @return true when the message is complete (or cannot be desegmented); false when TCP was
     *         asked for more bytes
     */
    static boolean complete(HttpText t, int offset, TcpPayload tcp, boolean headers, boolean body,
                            boolean untilFin) {
        boolean canDesegment = tcp != null && tcp.canDesegment();
        int next = offset;
        long contentLength = 0;
        boolean contentLengthFound = false;
        boolean rpcContentType = false;
        boolean chunked = false;
        if (headers && canDesegment) {
            while (true) {
                int lineStart = next;
                int reported = t.reportedRemaining(next);
                if (reported < 1) {
                    tcp.needOneMoreSegment(offset);
                    return false;
                }
                int captured = t.capturedRemaining(next);
                int linelen = t.lineEnd(next, captured, true);
                if (linelen == -1 && captured >= reported) {
                    tcp.needOneMoreSegment(offset);
                    return false;
                }
                if (linelen == -1) {
                    // not captured: nothing more will come; the header scan ends here
                    linelen = captured;
                    t.next = next + captured;
                }
                next = t.next;
                if (linelen == 0) {
                    break;
                }
                if (!body) {
                    continue;
                }
                int first = t.at(lineStart);
                if (first != 'c' && first != 'C' && first != 't' && first != 'T') {
                    continue;
                }
                int lineEnd = lineStart + linelen;
                if (t.startsWithIgnoreCase(lineStart, lineEnd, "Content-Length:")) {
                    long v = parseInt32(t, lineStart + 15, lineEnd);
                    if (v >= 0) {
                        contentLength = v;
                        contentLengthFound = true;
                    }
                } else if (t.startsWithIgnoreCase(lineStart, lineEnd, "Content-Type:")) {
                    int v = lineStart + 13;
                    while (v < lineEnd && t.at(v) == ' ') {
                        v++;
                    }
                    rpcContentType = t.startsWith(v, lineEnd, "application/rpc");
                } else if (t.startsWithIgnoreCase(lineStart, lineEnd, "Transfer-Encoding:")) {
                    int v = lineStart + 18;
                    while (v < lineEnd && (t.at(v) == ' ' || t.at(v) == '\t')) {
                        v++;
                    }
                    if (t.startsWithIgnoreCase(v, lineEnd, "chunked")) {
                        chunked = true;
                    }
                }
            }
        }
        if (!body) {
            return true;
        }
        if (chunked) {
            return chunksComplete(t, offset, next, tcp);
        }
        if (contentLengthFound) {
            if (contentLength >= RPC_LENGTH_THRESHOLD && (rpcContentType
                    || t.startsWith(t.start, t.capEnd, "RPC_IN_DATA")
                    || t.startsWith(t.start, t.capEnd, "RPC_OUT_DATA"))) {
                return true;
            }
            if ((long) next + contentLength > t.capEnd) {
                int captured = t.capturedRemaining(next);
                if (captured < t.reportedRemaining(next)) {
                    return true; // the rest was not captured: asking would not help
                }
                tcp.needMore(offset, (int) (contentLength - captured));
                return false;
            }
            return true;
        }
        if (untilFin && canDesegment) {
            if (t.capturedRemaining(next) < t.reportedRemaining(next)) {
                return true;
            }
            tcp.needUntilFin(offset);
            return false;
        }
        return true;
    }

    /** Walks the chunks from {@code next}; asks for one more segment until the last one is in. */
    private static boolean chunksComplete(HttpText t, int offset, int next, TcpPayload tcp) {
        while (true) {
            int reported = t.reportedRemaining(next);
            if (reported < 1) {
                return askOneMore(tcp, offset);
            }
            int captured = t.capturedRemaining(next);
            int linelen = t.lineEnd(next, captured, true);
            if (linelen == -1 && captured >= reported) {
                return askOneMore(tcp, offset);
            }
            if (linelen == -1) {
                linelen = captured;
                t.next = next + captured;
            }
            int chunkOffset = t.next;
            long size = ChunkSizeLine.scanned(t, next, next + linelen);
            if (size < 0 || size > (1L << 31)) {
                return true; // no size, or an unreasonable one: stop trying
            }
            if (size == 0) {
                int len = t.lineEnd(chunkOffset, captured - (chunkOffset - next), true);
                if (len == -1 && captured >= reported) {
                    return askOneMore(tcp, offset);
                }
                return true;
            }
            if (reported > size) {
                next = (int) Math.min(Integer.MAX_VALUE, chunkOffset + size + 2);
            } else {
                return askOneMore(tcp, offset);
            }
        }
    }

    private static boolean askOneMore(TcpPayload tcp, int offset) {
        if (tcp != null) {
            tcp.needOneMoreSegment(offset);
        }
        return false;
    }

    /**
     * {@code ws_strtoi32} of the stripped header value: the whole (stripped) value must be a
     * decimal number that fits 32 bits; -1 otherwise.
     */
    private static long parseInt32(HttpText t, int from, int to) {
        int nul = t.indexOf(0, from, to);
        if (nul >= 0) {
            to = nul;
        }
        while (from < to && Strings.isCSpace(t.at(from))) {
            from++;
        }
        while (to > from && Strings.isCSpace(t.at(to - 1))) {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (t.at(i) == '+' || t.at(i) == '-')) {
            negative = t.at(i) == '-';
            i++;
        }
        if (i == to) {
            return -1;
        }
        long v = 0;
        for (; i < to; i++) {
            int c = t.at(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
            if (v > Integer.MAX_VALUE + 1L) {
                return -1;
            }
        }
        v = negative ? -v : v;
        return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? -1 : v;
    }
}
