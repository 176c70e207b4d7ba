package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.FileFingerprints;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;

import java.util.Locale;

import static io.sharkfin.dissect.protocol.http.HttpFields.*;

/**
 * One HTTP message (Wireshark's {@code dissect_http_message}): the first line, the headers, the
 * generated request/response tracking items, and the body handed to the dissector of its media
 * type after de-chunking and decompression.
 */
final class MessageDissector {
    private final BodyDissectors bodies;

    MessageDissector(BodyDissectors bodies) {
        this.bodies = bodies;
    }

    /** Who dissects the bodies. */
    BodyDissectors bodies() {
        return bodies;
    }

    /** Where the message is and what surrounds it. */
    record Context(Packet p, HttpSessionState s, HttpConversation conv, FieldSpec proto, TcpPayload tcp,
                   boolean overTcp) {
    }

    /**
     * Dissects the message at {@code orig}; returns the bytes it took, or -1 when it needs more
     * data (and asked TCP for it) or is not HTTP.
     */
    int dissect(Context c, HttpText t, int orig, boolean endOfStream) {
        Packet p = c.p();
        HttpConversation conv = c.conv();
        HttpMessage m = c.s().message;
        m.reset();
        int offset = orig;
        if (t.reportedRemaining(offset) < 1) {
            return -1;
        }
        boolean leadingCrlf = false;
        if (t.reportedRemaining(offset) > 3 && t.u16(offset) == 0x0d0a) {
            leadingCrlf = true;
            offset += 2;
        }
        boolean haveSeenHttp = conv.requestUri != null;
        int first = t.u8(offset);
        if (first < 0x20 || first > 0x7e) {
            if (haveSeenHttp) {
                int item = addItem(c, t, offset);
                int saved = p.openSubtree(item);
                p.call(bodies.data(), t.buf, orig, t.end - orig);
                p.closeSubtree(saved);
            }
            return -1;
        }
        int firstLen = t.lineEnd(offset, t.ensureCapturedRemaining(offset), true);
        if (firstLen == -1 && !complete(c, t, offset, true, false)) {
            return -1;
        }
        HttpMessage.Type firstType = FirstLine.classify(t, offset, firstLen, null);
        if (firstType != null) {
            boolean body = !endOfStream;
            if (body && firstType == HttpMessage.Type.RESPONSE) {
                int code = FirstLine.statusCode(t, offset, offset + firstLen);
                String method = conv.requestMethod;
                if ("HEAD".equals(method) || (code / 100 == 2 && ("CONNECT".equals(method)
                        || "SSTP_DUPLEX_POST".equals(method))) || code / 100 == 1 || code == 204 || code == 304) {
                    body = false;
                }
            }
            if (!complete(c, t, offset, body, firstType == HttpMessage.Type.RESPONSE)) {
                return -1;
            }
        }
        int item = -1;
        boolean haveTree = false;
        if (firstType != null || haveSeenHttp) {
            item = addItem(c, t, offset);
            haveTree = true;
            if (leadingCrlf) {
                leadingCrlf(p, item, t, offset - 2);
            }
        }
        boolean isTls = isTls(p);
        boolean sawLine = false;
        boolean firstLoop = true;
        String[] method = new String[1];
        while (offset < t.capEnd) {
            int linelen = t.lineEnd(offset, t.ensureCapturedRemaining(offset), false);
            int next = t.next;
            int lineEnd = offset + linelen;
            method[0] = null;
            HttpMessage.Type lineType = FirstLine.classify(t, offset, linelen, method);
            int colon = -1;
            if (lineType != null) {
                m.type = lineType;
                if (method[0] != null) {
                    m.requestMethod = method[0];
                    conv.requestMethod = method[0];
                }
            } else if (linelen != 0) {
                colon = t.indexOf(':', offset, lineEnd);
                if (colon < 0) {
                    if (sawLine) {
                        t.check(offset, linelen + 1);
                    }
                    break;
                }
            }
            if (!haveTree) {
                item = addItem(c, t, orig);
                haveTree = true;
                if (leadingCrlf) {
                    leadingCrlf(p, item, t, Math.max(t.start, orig - 2));
                }
            }
            if (firstLoop && !isTls && c.overTcp() && (p.srcPort() == 443 || p.dstPort() == 443)) {
                Expert.add(p, item, TLS_PORT, t.buf, orig);
            }
            firstLoop = false;
            if (linelen == 0) {
                // the blank line ending the headers is a text item of its own ("\r\n")
                if (p.wantsText() && item >= 0) {
                    int saved = p.openSubtree(item);
                    p.addText(t.buf, offset, next - offset, t.formatted(offset, next - offset), false);
                    p.closeSubtree(saved);
                }
                offset = next;
                break;
            }
            sawLine = true;
            int saved = p.openSubtree(item);
            if (lineType != null) {
                // the first line is a text item holding the chat finding and the line's parts
                int lineItem = p.wantsText() && item >= 0
                        ? p.addText(t.buf, offset, next - offset, t.formatted(offset, next - offset), false) : -1;
                int savedLine = p.openSubtree(lineItem);
                if (Expert.wanted(p, CHAT)) {
                    Expert.add(p, CHAT, t.formatted(offset, next - offset), t.buf, offset);
                }
                if (lineType == HttpMessage.Type.RESPONSE) {
                    FirstLine.response(p, t, offset, lineEnd, m, conv);
                } else {
                    FirstLine.request(p, t, offset, lineEnd, m, conv);
                }
                p.closeSubtree(savedLine);
            } else {
                HttpHeaders.process(p, t, offset, next, lineEnd, colon, m, conv, bodies);
            }
            p.closeSubtree(saved);
            offset = next;
        }
        int saved = p.openSubtree(item);
        fullUri(p, t, m, conv, isTls);
        tracking(p, t, m, conv);
        p.closeSubtree(saved);
        offset = body(c, t, offset, item);
        switchProtocol(c, t, offset, m);
        return offset - orig;
    }

    private static boolean complete(Context c, HttpText t, int offset, boolean body, boolean untilFin) {
        if (MessageReassembly.complete(t, offset, c.tcp(), true, body, untilFin)) {
            return true;
        }
        c.s().requested = true;
        return false;
    }

    /** The message's protocol item, from {@code offset} to the end of the data. */
    private static int addItem(Context c, HttpText t, int offset) {
        c.s().added = true;
        Packet p = c.p();
        if (!p.wants(c.proto())) {
            return -1;
        }
        int e = p.addNone(c.proto(), t.buf, offset, Math.max(0, t.capEnd - offset));
        return e;
    }

    private static boolean isTls(Packet p) {
        for (int i = 0; i < p.layerCount(); i++) {
            if (p.registry().byId(p.layerProtocol(i)).name().equals("tls")) {
                return true;
            }
        }
        return false;
    }

    /** {@code http.request.full_uri}: the URI made absolute with the Host header. */
    private static void fullUri(Packet p, HttpText t, HttpMessage m, HttpConversation conv, boolean isTls) {
        if (m.host == null || m.requestUri == null) {
            return;
        }
        String uri = m.requestUri;
        String lower = uri.toLowerCase(Locale.ROOT);
        String method = conv.requestMethod == null ? "" : conv.requestMethod;
        if (!lower.startsWith("http://") && !lower.startsWith("https://")
                && !method.regionMatches(true, 0, "CONNECT", 0, 7)) {
            uri = (isTls ? "https" : "http") + "://" + m.host.strip() + uri;
        }
        conv.fullUri = uri;
        HttpItems.string(p, REQUEST_FULL_URI, t.buf, t.start, 0, uri);
    }

    /** Request/response numbering, the frames of the neighbouring messages, the time since the request. */
    /**
     * The tree's text of a message's number: {@code HTTP request 2/3}, out of the pairs the
     * conversation has had so far (packet-http.c's req_res_num), which the frame alone cannot
     * tell later; words only, so kept for a drawn tree.
     */
    private static void numbered(Packet p, int e, String what, HttpConversation.Pair cur,
                                 HttpConversation conv) {
        if (e >= 0 && p.wantsText()) {
            p.setLabel(e, what + cur.number + "/" + conv.pairs);
        }
    }

    private static void tracking(Packet p, HttpText t, HttpMessage m, HttpConversation conv) {
        int buf = t.buf;
        int at = t.start;
        switch (m.type) {
            case NOTIFICATION -> p.addBoolean(NOTIFICATION, buf, at, 0, true);
            case RESPONSE -> {
                HttpConversation.Pair cur = conv.pushResponse(p.number());
                HttpConversation.Pair prev = cur.previous;
                p.addBoolean(RESPONSE, buf, at, 0, true);
                numbered(p, p.addUInt(RESPONSE_NUMBER, buf, at, 0, cur.number), "HTTP response ", cur, conv);
                if (cur.requestTime != Long.MIN_VALUE) {
                    p.addTime(TIME, buf, at, 0, p.frame().timestampNanos() - cur.requestTime);
                }
                if (prev != null && prev.requestFrame > 0) {
                    p.addUInt(PREV_REQUEST_IN, buf, at, 0, prev.requestFrame);
                }
                if (prev != null && prev.responseFrame > 0) {
                    p.addUInt(PREV_RESPONSE_IN, buf, at, 0, prev.responseFrame);
                }
                if (cur.requestFrame > 0) {
                    p.addUInt(REQUEST_IN, buf, at, 0, cur.requestFrame);
                }
                String forUri = conv.fullUri != null ? conv.fullUri : conv.requestUri;
                if (forUri != null) {
                    HttpItems.string(p, RESPONSE_FOR_URI, buf, at, 0, forUri);
                }
            }
            case REQUEST -> {
                HttpConversation.Pair cur = conv.pushRequest(p.number(), p.frame().timestampNanos());
                HttpConversation.Pair prev = cur.previous;
                p.addBoolean(REQUEST, buf, at, 0, true);
                numbered(p, p.addUInt(REQUEST_NUMBER, buf, at, 0, cur.number), "HTTP request ", cur, conv);
                if (prev != null && prev.requestFrame > 0) {
                    p.addUInt(PREV_REQUEST_IN, buf, at, 0, prev.requestFrame);
                }
            }
            default -> {
            }
        }
    }

    /** The body after the headers at {@code offset}; returns the offset past what it took. */
    private int body(Context c, HttpText t, int offset, int item) {
        Packet p = c.p();
        HttpMessage m = c.s().message;
        int reported = t.end - offset;
        int datalen = t.capEnd - offset;
        if (m.haveContentLength && m.transferCoding == HttpMessage.TransferCoding.NONE) {
            datalen = (int) Math.min(datalen, m.contentLength);
            reported = (int) Math.min(reported, m.contentLength);
        } else if (m.type == HttpMessage.Type.REQUEST && m.transferCoding == HttpMessage.TransferCoding.NONE) {
            datalen = 0;
        } else if (m.type == HttpMessage.Type.RESPONSE && (m.responseCode / 100 == 1 || m.responseCode == 204
                || m.responseCode == 304)) {
            datalen = 0;
        } else {
            reported = t.end - offset;
        }
        if (datalen <= 0) {
            return offset;
        }
        int buf = t.buf;
        int off = offset;
        int len = reported;
        int captured = datalen;
        int saved = p.openSubtree(item);
        try {
            if (m.chunked) {
                HttpText chunks = c.s().body.over(p, t.buf, offset, reported).limitCaptured(offset + datalen);
                ChunkedBody cb = c.s().chunked.dechunk(p, chunks, offset, offset + datalen);
                if (cb.consumed == 0) {
                    return offset + datalen;
                }
                buf = p.addBuffer("De-chunked entity body", cb.entity);
                off = 0;
                len = captured = cb.entity.length;
                datalen = cb.consumed;
            }
            switch (m.transferCoding) {
                case COMPRESS, DEFLATE, GZIP -> {
                    p.call(bodies.data(), buf, off, len);
                    return offset + datalen;
                }
                default -> {
                }
            }
            if (m.contentEncoding != null && !m.contentEncoding.equalsIgnoreCase("identity")) {
                ContentCoding coding = ContentCoding.of(m.contentEncoding);
                byte[] plain = coding == null ? null : coding.decode(p.copy(buf, off, captured));
                // the encoded body's text item holds what could not be decoded
                int encoded = p.wantsText() ? p.addText(buf, off, captured, "Content-encoded entity body ("
                        + m.contentEncoding + "): " + captured + " bytes"
                        + (plain != null ? " -> " + plain.length + " bytes" : ""), false) : -1;
                if (plain == null) {
                    Expert.add(p, encoded, DECOMPRESSION_FAILED, buf, off);
                    int under = p.openSubtree(encoded);
                    p.call(bodies.data(), buf, off, len);
                    p.closeSubtree(under);
                    return offset + datalen;
                }
                buf = p.addBuffer("Uncompressed entity body", plain);
                off = 0;
                len = captured = plain.length;
            }
            if (p.wants(FILE_DATA)) {
                HttpText bodyText = c.s().body.over(p, buf, off, captured);
                HttpItems.string(p, FILE_DATA, buf, off, captured, bodyText.ascii(off, captured));
            }
            FileFingerprints.add(p, HttpFields.FILE, buf, off, captured);
            if (captured == 0) {
                return offset + datalen;
            }
        } finally {
            p.closeSubtree(saved);
        }
        dispatch(c, t, offset, item, buf, off, len);
        return offset + datalen;
    }

    /** The finding on a CRLF before the message: an item of its own in the HTTP tree (proto_tree_add_expert). */
    private static void leadingCrlf(Packet p, int item, HttpText t, int crlf) {
        int saved = p.openSubtree(item);
        Expert.addItem(p, LEADING_CRLF, t.buf, crlf, 2);
        p.closeSubtree(saved);
    }

    /**
     * Calls a body's dissector with the media type and its parameters beside it, as Wireshark's
     * match_string and media_content_info go with the body.
     */
    private static int callWithType(Packet p, Dissector d, HttpMessage m, int buf, int off, int len) {
        p.mediaType(m.contentType, m.contentTypeParameters);
        try {
            return p.call(d, buf, off, len);
        } finally {
            p.mediaType(null, null);
        }
    }

    /** Media type dissector, else the heuristics, else media (with a type) or data. */
    private void dispatch(Context c, HttpText t, int bodyStart, int item, int buf, int off, int len) {
        Packet p = c.p();
        HttpMessage m = c.s().message;
        Dissector handle = m.contentType != null ? bodies.forHttpType(m.contentType) : null;
        boolean dissected = false;
        if (handle != null) {
            dissected = callWithType(p, handle, m, buf, off, len) > 0;
            if (!dissected) {
                Expert.add(p, item, SUBDISSECTOR_FAILED, t.buf, bodyStart);
            }
        }
        if (!dissected) {
            for (Dissector h : bodies.heuristics()) {
                if (p.call(h, buf, off, len) > 0) {
                    dissected = true;
                    break;
                }
            }
        }
        if (dissected) {
            if (item >= 0) {
                // Wireshark sets the item's length to the body's offset in the data (not its distance)
                p.setLength(item, Math.max(0, Math.min(bodyStart - t.start, t.capEnd - p.rawOffsetInBuffer(item))));
            }
        } else if (m.contentType != null) {
            callWithType(p, bodies.media(), m, buf, off, len);
        } else {
            int saved = p.openSubtree(item);
            p.call(bodies.data(), buf, off, len);
            p.closeSubtree(saved);
        }
    }

    /** After a 101 (Upgrade) or an SSTP 200, the rest of the conversation is another protocol. */
    private static void switchProtocol(Context c, HttpText t, int offset, HttpMessage m) {
        HttpConversation conv = c.conv();
        if (conv.requestMethod == null || m.type != HttpMessage.Type.RESPONSE || c.s().requested) {
            return;
        }
        boolean acked = (conv.requestMethod.equals("SSTP_DUPLEX_POST") && conv.responseCode == 200)
                || (m.upgrade != null && conv.responseCode == 101);
        if (acked) {
            conv.startFrame = c.p().number();
            conv.startOffset = offset - t.start;
            conv.serverDirection = c.tcp() == null ? -1 : c.tcp().direction();
        }
    }
}
