package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static io.sharkfin.dissect.protocol.http.HttpFields.*;

/**
 * One header line as Wireshark's {@code process_header} handles it: the headers it knows get
 * their own field (and a hidden {@code http.request.line}/{@code http.response.line} copy), the
 * others only the line item, names with illegal characters an expert info; some headers feed the
 * message state (Content-Type, Content-Length, Transfer-Encoding, Host, ...).
 */
final class HttpHeaders {
    private HttpHeaders() {
    }

    /** Headers needing more than their field (Wireshark's {@code HDR_*}). */
    private enum Special {
        NONE, AUTHORIZATION, AUTHENTICATE, CONTENT_TYPE, CONTENT_LENGTH, CONTENT_ENCODING,
        TRANSFER_ENCODING, HOST, UPGRADE, COOKIE
    }

    private record Known(FieldSpec field, Special special) {
    }

    private static final Map<String, Known> KNOWN = new HashMap<>();

    static {
        known("Authorization", AUTHORIZATION, Special.AUTHORIZATION);
        known("Proxy-Authorization", PROXY_AUTHORIZATION, Special.AUTHORIZATION);
        known("Proxy-Authenticate", PROXY_AUTHENTICATE, Special.AUTHENTICATE);
        known("WWW-Authenticate", WWW_AUTHENTICATE, Special.AUTHENTICATE);
        known("Content-Type", CONTENT_TYPE, Special.CONTENT_TYPE);
        known("Content-Length", CONTENT_LENGTH_HEADER, Special.CONTENT_LENGTH);
        known("Content-Encoding", CONTENT_ENCODING, Special.CONTENT_ENCODING);
        known("Transfer-Encoding", TRANSFER_ENCODING, Special.TRANSFER_ENCODING);
        known("Upgrade", UPGRADE, Special.UPGRADE);
        known("User-Agent", USER_AGENT, Special.NONE);
        known("Host", HOST, Special.HOST);
        known("Connection", CONNECTION, Special.NONE);
        known("Cookie", COOKIE, Special.COOKIE);
        known("Accept", ACCEPT, Special.NONE);
        known("Referer", REFERER, Special.NONE);
        known("Accept-Language", ACCEPT_LANGUAGE, Special.NONE);
        known("Accept-Encoding", ACCEPT_ENCODING, Special.NONE);
        known("Date", DATE, Special.NONE);
        known("Cache-Control", CACHE_CONTROL, Special.NONE);
        known("Server", SERVER, Special.NONE);
        known("Location", LOCATION, Special.NONE);
        known("Sec-WebSocket-Accept", SEC_WEBSOCKET_ACCEPT, Special.NONE);
        known("Sec-WebSocket-Extensions", SEC_WEBSOCKET_EXTENSIONS, Special.NONE);
        known("Sec-WebSocket-Key", SEC_WEBSOCKET_KEY, Special.NONE);
        known("Sec-WebSocket-Protocol", SEC_WEBSOCKET_PROTOCOL, Special.NONE);
        known("Sec-WebSocket-Version", SEC_WEBSOCKET_VERSION, Special.NONE);
        known("Set-Cookie", SET_COOKIE, Special.NONE);
        known("Last-Modified", LAST_MODIFIED, Special.NONE);
        known("X-Forwarded-For", X_FORWARDED_FOR, Special.NONE);
        known("HTTP2-Settings", HTTP2_SETTINGS, Special.NONE);
    }

    private static void known(String name, FieldSpec field, Special special) {
        KNOWN.put(name.toLowerCase(Locale.ROOT), new Known(field, special));
    }

    /** The longest known header name, so that longer names are not even lowered. */
    private static final int LONGEST = 24;

    /**
     * Processes the header line {@code [offset, next)} whose text ends at {@code lineEnd} and
     * whose first colon is at {@code colon}.
     */
    static void process(Packet p, HttpText t, int offset, int next, int lineEnd, int colon,
                        HttpMessage m, HttpConversation conv, BodyDissectors bodies) {
        int len = next - offset;
        // the tree words every header item as its line (format_text), \r\n and all
        String line = p.wantsText() ? t.formatted(offset, len) : null;
        if (!validName(t, offset, colon)) {
            int e = HttpItems.item(p, lineField(m.type, UNKNOWN_HEADER), t, offset, len);
            worded(p, e, line);
            Expert.add(p, e, BAD_HEADER_NAME, t.buf, offset);
            return;
        }
        Known known = lookup(t, offset, colon);
        int valueOffset = colon + 1;
        while (valueOffset < lineEnd && (t.at(valueOffset) == ' ' || t.at(valueOffset) == '\t')) {
            valueOffset++;
        }
        int valueLen = lineEnd - valueOffset;
        if (known == null) {
            if (m.type == HttpMessage.Type.REQUEST || m.type == HttpMessage.Type.RESPONSE) {
                worded(p, HttpItems.item(p, lineField(m.type, null), t, offset, len), line);
            } else if (p.wants(UNKNOWN_HEADER)) {
                worded(p, HttpItems.string(p, UNKNOWN_HEADER, t.buf, offset, len, t.formatted(offset, len)), line);
            }
            return;
        }
        int item = p.wants(known.field()) ? HttpItems.string(p, known.field(), t.buf, offset, len,
                t.ascii(valueOffset, valueLen)) : -1;
        worded(p, item, line);
        if (m.type == HttpMessage.Type.REQUEST || m.type == HttpMessage.Type.RESPONSE) {
            // the line of a header added by name is there for filters, hidden from the tree
            p.hide(HttpItems.item(p, lineField(m.type, null), t, offset, len));
        }
        switch (known.special()) {
            case AUTHORIZATION -> HttpAuthorization.process(p, t, item, offset, valueOffset, valueLen, conv, bodies);
            case AUTHENTICATE -> {
                String value = t.ascii(valueOffset, valueLen);
                if (!HttpNtlmssp.dissect(p, t, item, value, conv, bodies)) {
                    HttpNtlmssp.kerberos(p, item, value, conv, bodies);
                }
            }
            case CONTENT_TYPE -> contentType(m, t.ascii(valueOffset, valueLen));
            case CONTENT_LENGTH -> contentLength(p, t, item, offset, len, valueOffset, valueLen, m);
            case CONTENT_ENCODING -> m.contentEncoding = t.ascii(valueOffset, valueLen);
            case TRANSFER_ENCODING -> {
                if (m.haveContentLength) {
                    Expert.add(p, item, TE_AND_LENGTH, t.buf, offset);
                }
                if (!TransferCodings.parse(t.ascii(valueOffset, valueLen), m)) {
                    Expert.add(p, item, TE_UNKNOWN, t.buf, offset);
                }
            }
            // the full URI is made of the header's bytes, which tshark prints as UTF-8
            case HOST -> m.host = t.raw(valueOffset, valueLen);
            case UPGRADE -> m.upgrade = t.ascii(valueOffset, valueLen).toLowerCase(Locale.ROOT);
            case COOKIE -> cookiePairs(p, t, item, valueOffset, valueLen);
            default -> {
            }
        }
    }

    /** Gives item {@code e} the text of its line, when the tree is drawn ({@code line} not null). */
    private static void worded(Packet p, int e, String line) {
        if (line != null && e >= 0) {
            p.setLabel(e, line);
        }
    }

    /** The line item of a message of this type; {@code other} for messages of neither kind. */
    private static FieldSpec lineField(HttpMessage.Type type, FieldSpec other) {
        return switch (type) {
            case REQUEST -> REQUEST_LINE;
            case RESPONSE -> RESPONSE_LINE;
            default -> other;
        };
    }

    /** RFC 7230 token characters only, and at least one. */
    private static boolean validName(HttpText t, int from, int to) {
        if (to == from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            int c = t.at(i);
            boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!alnum && "!#$%&\\:*+-.^_`|~".indexOf(c) < 0 || c == 0) {
                return false;
            }
        }
        return true;
    }

    private static Known lookup(HttpText t, int from, int to) {
        int n = to - from;
        if (n > LONGEST) {
            return null;
        }
        char[] name = new char[n];
        for (int i = 0; i < n; i++) {
            name[i] = (char) Strings.asciiLower(t.at(from + i));
        }
        return KNOWN.get(new String(name));
    }

    /** The media type (lower case, up to ';' or white space) and where its parameters start. */
    private static void contentType(HttpMessage m, String value) {
        int n = value.length();
        m.contentType = Strings.mediaType(value);
        int i = m.contentType.length() + 1;
        while (i < n && (value.charAt(i) == ';' || Strings.isCSpace(value.charAt(i)))) {
            i++;
        }
        m.contentTypeParameters = i < n ? value.substring(i) : null;
    }

    /** {@code g_ascii_strtoll}: a valid length gets the generated {@code http.content_length}. */
    private static void contentLength(Packet p, HttpText t, int item, int offset, int len, int valueOffset,
                                      int valueLen, HttpMessage m) {
        String v = t.ascii(valueOffset, valueLen);
        int i = 0;
        int n = v.length();
        while (i < n && Strings.isCSpace(v.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
            negative = v.charAt(i) == '-';
            i++;
        }
        int digitsFrom = i;
        long value = 0;
        boolean overflow = false;
        for (; i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9'; i++) {
            int d = v.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - d) / 10) {
                overflow = true;
            } else {
                value = value * 10 + d;
            }
        }
        boolean valid = i > digitsFrom && !overflow && !(negative && value > 0)
                && (i == n || Strings.isCSpace(v.charAt(i)));
        if (!valid) {
            m.haveContentLength = false;
            return;
        }
        m.haveContentLength = true;
        m.contentLength = value;
        int saved = p.openSubtree(item);
        p.addUInt(CONTENT_LENGTH, t.buf, offset, len, value);
        p.closeSubtree(saved);
        if (m.transferCoding != HttpMessage.TransferCoding.NONE) {
            Expert.add(p, item, TE_AND_LENGTH, t.buf, offset);
        }
    }

    /** Each "name=value" between semicolons of a Cookie header. */
    private static void cookiePairs(Packet p, HttpText t, int item, int valueOffset, int valueLen) {
        if (!p.wants(COOKIE_PAIR)) {
            return;
        }
        int saved = p.openSubtree(item);
        int end = valueOffset + valueLen;
        int i = valueOffset;
        while (i < end) {
            while (i < end && (t.at(i) == ';' || Strings.isCSpace(t.at(i)))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int semi = t.indexOf(';', i, end);
            int partEnd = semi < 0 ? end : semi;
            HttpItems.item(p, COOKIE_PAIR, t, i, partEnd - i);
            i = partEnd;
        }
        p.closeSubtree(saved);
    }
}
