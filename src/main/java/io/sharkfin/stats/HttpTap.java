package io.sharkfin.stats;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What packet-http.c's "http" tap queues: one record per HTTP message dissected (SSDP's too,
 * which the same code dissects), with the request's method, URI and Host header, the
 * response's status code and its description, and the network addresses of the frame's
 * innermost IP layer before the message (pinfo's src and dst). A message whose dissection an
 * exception ended queued none.
 */
final class HttpTap {

    /** One message: method, URI and host null when absent, code 0 when not a response. */
    record Message(String method, String uri, String host, int code, String codeText, String src, String dst) {
    }

    private final TapFields f;
    private final int http;
    private final int ssdp;
    private final int method;
    private final int uri;
    private final int host;
    private final int code;
    private final int codeText;
    private final int ipSrc;
    private final int ipDst;
    private final int ipv6Src;
    private final int ipv6Dst;

    HttpTap(FieldRegistry registry) {
        f = new TapFields(registry);
        f.readExceptions();
        http = f.id("http");
        ssdp = f.id("ssdp");
        method = f.id("http.request.method");
        uri = f.id("http.request.uri");
        host = f.id("http.host");
        code = f.id("http.response.code");
        codeText = f.id("http.response.code.desc");
        ipSrc = f.id("ip.src");
        ipDst = f.id("ip.dst");
        ipv6Src = f.id("ipv6.src");
        ipv6Dst = f.id("ipv6.dst");
    }

    BitSet fields() {
        return f.fields();
    }

    /** The frame's messages in the order they were dissected. */
    List<Message> messages(Packet p) {
        List<Integer> starts = new ArrayList<>();
        for (int proto : new int[] {http, ssdp}) {
            for (int e = proto < 0 ? -1 : p.first(proto); e >= 0; e = p.next(e)) {
                if (!f.quoted(p, e)) {
                    starts.add(e);
                }
            }
        }
        starts.sort(null);
        List<Message> messages = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int e = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : Integer.MAX_VALUE;
            if (continuation(p, e) || endedInBody(p, e, end)) {
                continue;
            }
            int c = under(p, code, e, end);
            int t = under(p, codeText, e, end);
            int responseCode = c < 0 ? 0 : (int) p.num(c);
            String text = t >= 0 ? p.string(t) : "Unknown (" + responseCode + ")";
            String requestMethod = string(p, method, e, end);
            if (requestMethod != null && requestMethod.startsWith("M-")) {
                // is_http_request_or_reply skips RFC 2774's "M-" (M-SEARCH) before it takes the method
                requestMethod = requestMethod.substring(2);
            }
            messages.add(new Message(requestMethod, string(p, uri, e, end), lastString(p, host, e, end),
                    responseCode, text, address(p, ipSrc, ipv6Src, e), address(p, ipDst, ipv6Dst, e)));
        }
        return messages;
    }

    /**
     * Whether {@code e} is the item of data that does not start with a printable character
     * after a message of the conversation ("Continuation"): dissect_http_message shows it and
     * returns before the tap.
     */
    private static boolean continuation(Packet p, int e) {
        if (p.rawLen(e) < 1) {
            return false;
        }
        int first = p.rawSeg(e).get(ValueLayout.JAVA_BYTE, p.rawOff(e)) & 0xff;
        return first < 0x20 || first > 0x7e;
    }

    /**
     * Whether an exception ended message {@code e} in a dissector of its body, so that it never
     * reached {@code tap_queue_packet}. The exception's indication is placed where the dissector
     * that raised it was called: a body dissector is called past the message's start, or on
     * another buffer (a reassembled or decoded body). One HTTP raises itself (at the start of the
     * data it was called on) is taken as the next message's, which did not start: tcp calls
     * HTTP again for data the capture cut off after a complete message, and HTTP's own reads of
     * a message's headers stop at the captured end instead of raising.
     */
    private boolean endedInBody(Packet p, int e, int end) {
        int x = f.exceptionAfter(p, e, end);
        return x >= 0 && (p.rawBuffer(x) != p.rawBuffer(e) || p.rawOffsetInBuffer(x) > p.rawOffsetInBuffer(e));
    }

    /** The first entry of {@code field} in the subtree of message {@code e}, or -1. */
    private static int under(Packet p, int field, int e, int end) {
        for (int x = field < 0 ? -1 : p.first(field); x >= 0 && x < end; x = p.next(x)) {
            if (x > e && p.isUnder(x, e)) {
                return x;
            }
        }
        return -1;
    }

    private static String string(Packet p, int field, int e, int end) {
        int x = under(p, field, e, end);
        return x < 0 ? null : p.string(x);
    }

    /** The last one: a second Host header replaces the first in the tap's record. */
    private static String lastString(Packet p, int field, int e, int end) {
        String found = null;
        for (int x = field < 0 ? -1 : p.first(field); x >= 0 && x < end; x = p.next(x)) {
            if (x > e && p.isUnder(x, e)) {
                found = p.string(x);
            }
        }
        return found;
    }

    /** The address of the innermost IPv4 or IPv6 layer before entry {@code e}, or "" without one. */
    private static String address(Packet p, int v4Field, int v6Field, int e) {
        int v4 = v4Field < 0 ? -1 : p.lastBefore(v4Field, e);
        int v6 = v6Field < 0 ? -1 : p.lastBefore(v6Field, e);
        int a = Math.max(v4, v6);
        return a < 0 ? "" : FieldFormat.format(p, a);
    }
}
