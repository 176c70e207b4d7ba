package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Packet;

import java.util.Map;

import static io.sharkfin.dissect.protocol.http.HttpFields.*;

/**
 * The first line of a message: whether a line is a request, response or notification line
 * (Wireshark's {@code is_http_request_or_reply}: a fixed list of methods, "HTTP/" or "ICY"), and
 * its fields ({@code basic_request_dissector}, {@code basic_response_dissector}).
 */
final class FirstLine {
    private FirstLine() {
    }

    private static final Map<String, HttpMessage.Type> METHODS = Map.ofEntries(
            Map.entry("GET", HttpMessage.Type.REQUEST), Map.entry("PUT", HttpMessage.Type.REQUEST),
            Map.entry("COPY", HttpMessage.Type.REQUEST), Map.entry("HEAD", HttpMessage.Type.REQUEST),
            Map.entry("LOCK", HttpMessage.Type.REQUEST), Map.entry("MOVE", HttpMessage.Type.REQUEST),
            Map.entry("POLL", HttpMessage.Type.REQUEST), Map.entry("POST", HttpMessage.Type.REQUEST),
            Map.entry("BCOPY", HttpMessage.Type.REQUEST), Map.entry("BMOVE", HttpMessage.Type.REQUEST),
            Map.entry("MKCOL", HttpMessage.Type.REQUEST), Map.entry("TRACE", HttpMessage.Type.REQUEST),
            Map.entry("PATCH", HttpMessage.Type.REQUEST), Map.entry("LABEL", HttpMessage.Type.REQUEST),
            Map.entry("MERGE", HttpMessage.Type.REQUEST), Map.entry("DELETE", HttpMessage.Type.REQUEST),
            Map.entry("SEARCH", HttpMessage.Type.REQUEST), Map.entry("UNLOCK", HttpMessage.Type.REQUEST),
            Map.entry("REPORT", HttpMessage.Type.REQUEST), Map.entry("UPDATE", HttpMessage.Type.REQUEST),
            Map.entry("NOTIFY", HttpMessage.Type.NOTIFICATION), Map.entry("BDELETE", HttpMessage.Type.REQUEST),
            Map.entry("CONNECT", HttpMessage.Type.REQUEST), Map.entry("OPTIONS", HttpMessage.Type.REQUEST),
            Map.entry("CHECKIN", HttpMessage.Type.REQUEST), Map.entry("PROPFIND", HttpMessage.Type.REQUEST),
            Map.entry("CHECKOUT", HttpMessage.Type.REQUEST), Map.entry("CCM_POST", HttpMessage.Type.REQUEST),
            Map.entry("SUBSCRIBE", HttpMessage.Type.NOTIFICATION),
            Map.entry("PROPPATCH", HttpMessage.Type.REQUEST), Map.entry("BPROPFIND", HttpMessage.Type.REQUEST),
            Map.entry("BPROPPATCH", HttpMessage.Type.REQUEST), Map.entry("UNCHECKOUT", HttpMessage.Type.REQUEST),
            Map.entry("MKACTIVITY", HttpMessage.Type.REQUEST), Map.entry("MKWORKSPACE", HttpMessage.Type.REQUEST),
            Map.entry("RPC_CONNECT", HttpMessage.Type.REQUEST), Map.entry("RPC_IN_DATA", HttpMessage.Type.REQUEST),
            Map.entry("UNSUBSCRIBE", HttpMessage.Type.NOTIFICATION),
            Map.entry("RPC_OUT_DATA", HttpMessage.Type.REQUEST),
            Map.entry("VERSION-CONTROL", HttpMessage.Type.REQUEST),
            Map.entry("BASELINE-CONTROL", HttpMessage.Type.REQUEST),
            Map.entry("SSTP_DUPLEX_POST", HttpMessage.Type.REQUEST));

    private static final int LONGEST_METHOD = 16;

    /**
     * The kind of line {@code [off, off+len)}, or null when it is none of them. For requests
     * and notifications {@code method} receives the method (after an RFC 2774 "M-" prefix).
     */
    static HttpMessage.Type classify(HttpText t, int off, int len, String[] method) {
        if (len < 0) {
            return null;
        }
        int end = off + len;
        if (len >= 2 && t.startsWith(off, end, "M-")) {
            off += 2;
        }
        if (t.startsWith(off, end, "HTTP/") || t.startsWith(off, end, "ICY")) {
            return HttpMessage.Type.RESPONSE;
        }
        int space = t.indexOf(' ', off, end);
        int n = (space < 0 ? end : space) - off;
        if (n == 0 || n > LONGEST_METHOD) {
            return null;
        }
        String name = t.ascii(off, n);
        if (name.length() != n) {
            return null; // a NUL inside: no method matches
        }
        HttpMessage.Type type = METHODS.get(name);
        if (type != null && method != null) {
            method[0] = name;
        }
        return type;
    }

    /** Method, URI (with path, query and parameters) and version of a request line. */
    static void request(Packet p, HttpText t, int offset, int lineEnd, HttpMessage m, HttpConversation conv) {
        int line = offset;
        int len = t.token(line, lineEnd);
        if (len == 0) {
            return;
        }
        HttpItems.item(p, REQUEST_METHOD, t, offset, len);
        int next = t.next;
        if (next - line > 2 && t.at(next - 1) == ' ' && t.at(next - 2) == ' ') {
            next--; // two spaces: an empty URI
        }
        offset = next;
        len = t.token(offset, lineEnd);
        next = t.next;
        String uri = t.ascii(offset, len);
        m.requestUri = uri;
        conv.requestUri = uri;
        int uriItem = HttpItems.string(p, REQUEST_URI, t.buf, offset, len, uri);
        int q = uri.indexOf('?');
        if (q >= 0 && uri.length() - q > 1) {
            int saved = p.openSubtree(uriItem);
            String query = uri.substring(q + 1);
            int pathLen = uri.length() - query.length();
            int queryOffset = offset + pathLen;
            HttpItems.string(p, REQUEST_URI_PATH, t.buf, offset, pathLen - 1, uri.substring(0, pathLen - 1));
            int queryItem = HttpItems.string(p, REQUEST_URI_QUERY, t.buf, queryOffset, query.length(), query);
            if (p.wants(REQUEST_URI_QUERY_PARAMETER)) {
                int inner = p.openSubtree(queryItem);
                // strtok: empty parameters are skipped, but their '&' does not move the offset
                for (String param : query.split("&")) {
                    if (param.isEmpty()) {
                        continue;
                    }
                    int at = Math.min(queryOffset, lineEnd);
                    HttpItems.string(p, REQUEST_URI_QUERY_PARAMETER, t.buf, at,
                            Math.max(0, Math.min(param.length(), lineEnd - at)), param);
                    queryOffset += param.length() + 1;
                }
                p.closeSubtree(inner);
            }
            p.closeSubtree(saved);
        }
        HttpItems.item(p, REQUEST_VERSION, t, next, lineEnd - next);
    }

    /** Version, status code (with its description) and phrase of a response line. */
    static void response(Packet p, HttpText t, int offset, int lineEnd, HttpMessage m, HttpConversation conv) {
        int len = t.token(offset, lineEnd);
        if (len == 0) {
            return;
        }
        HttpItems.item(p, RESPONSE_VERSION, t, offset, len);
        offset = t.next;
        len = t.token(offset, lineEnd);
        int next = t.next;
        if (len < 3) {
            return;
        }
        long code = strtoul(t.ascii(offset, 3));
        m.responseCode = (int) code;
        conv.responseCode = (int) code;
        p.addUInt(RESPONSE_CODE, t.buf, offset, 3, code);
        if (p.wants(RESPONSE_CODE_DESC)) {
            HttpItems.string(p, RESPONSE_CODE_DESC, t.buf, offset, 3, StatusCodes.describe(code));
        }
        if (lineEnd - next >= 1) {
            HttpItems.item(p, RESPONSE_PHRASE, t, next, lineEnd - next);
        }
    }

    /**
     * Wireshark's {@code parse_http_status_code}: the status of a response line when its second
     * token has exactly three characters that make a number, else 0.
     */
    static int statusCode(HttpText t, int offset, int lineEnd) {
        if (t.token(offset, lineEnd) == 0) {
            return 0;
        }
        int at = t.next;
        if (t.token(at, lineEnd) != 3) {
            return 0;
        }
        String s = t.ascii(at, 3);
        try {
            return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code strtoul(s, NULL, 10)} truncated to 32 bits. */
    private static long strtoul(String s) {
        int i = 0;
        while (i < s.length() && Strings.isCSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long v = 0;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return (negative ? -v : v) & 0xffffffffL;
    }
}
