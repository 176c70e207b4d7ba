package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What HTTP writes into the Info column of TCP segments that only wait for the rest of an HTTP
 * message. HTTP reads a message's first line before it knows the message is incomplete, so the
 * segment starting the message shows that line ({@code HTTP/1.1 200 OK  [TCP segment of a
 * reassembled PDU]}). While the headers are incomplete, or the body has no announced length
 * (chunked, or until the connection closes), HTTP asks for one more segment at a time and is
 * called again with everything so far: those segments show the line too. Once the headers
 * announce a Content-Length, TCP collects the rest without calling HTTP and the segments keep
 * TCP's own text.
 *
 * <p>Follows each TCP direction through every frame ({@link #observe}), in order.
 */
final class HttpSegments {

    /** Bytes of headers kept while waiting for their end. */
    private static final int HEADER_LIMIT = 64 * 1024;

    private static final String[] METHODS = {"GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "TRACE ",
        "CONNECT ", "PATCH ", "PROPFIND ", "PROPPATCH ", "MKCOL ", "COPY ", "MOVE ", "LOCK ", "UNLOCK ",
        "NOTIFY ", "M-SEARCH ", "SUBSCRIBE ", "UNSUBSCRIBE ", "SEARCH ", "REPORT "};

    /** The first letters of "HTTP/1." and of the methods. */
    private static final String FIRST_LETTERS = first(METHODS) + "H";

    private static String first(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (out.indexOf(w.substring(0, 1)) < 0) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** An HTTP message whose segments are being collected. */
    private static final class Message {
        final String firstLine;
        final StringBuilder headers = new StringBuilder();
        // HTTP is no longer called for the message's next segments
        boolean lengthKnown;

        Message(String firstLine) {
            this.firstLine = firstLine;
        }
    }

    private final int stream;
    private final int srcPort;
    private final int payload;
    private final int segmentData;
    private final int reassembledLength;
    private final Map<Long, Message> pending = new HashMap<>();
    private long frame = -1;
    private String line;

    HttpSegments(ColumnFields f) {
        stream = f.id("tcp.stream");
        srcPort = f.id("tcp.srcport");
        payload = f.id("tcp.payload");
        segmentData = f.id("tcp.segment_data");
        reassembledLength = f.id("tcp.reassembled.length");
    }

    /** Follows one frame. */
    void observe(Packet p) {
        frame = p.number();
        line = null;
        int pl = last(p, payload);
        if (pl < 0 || stream < 0) {
            return;
        }
        long key = (last(p, stream) >= 0 ? p.num(last(p, stream)) : -1) << 16 | (p.num(last(p, srcPort)) & 0xffff);
        int data = last(p, segmentData);
        boolean waits = data >= 0 && !(reassembledLength >= 0 && p.has(reassembledLength))
                && p.rawBuffer(pl) == p.rawBuffer(data) && p.rawOffsetInBuffer(pl) == p.rawOffsetInBuffer(data);
        if (!waits) {
            pending.remove(key);
            return;
        }
        Message m = pending.get(key);
        if (m == null && !startsLikeHttp(p, pl)) {
            return;
        }
        if (m != null && m.lengthKnown) {
            return;
        }
        byte[] bytes = p.bytes(pl);
        if (m == null) {
            String first = firstLine(bytes);
            if (first == null) {
                return;
            }
            m = new Message(first);
            pending.put(key, m);
        }
        line = m.firstLine;
        if (m.headers.length() < HEADER_LIMIT) {
            m.headers.append(new String(bytes, 0, Math.min(bytes.length, HEADER_LIMIT), StandardCharsets.ISO_8859_1));
            int end = m.headers.indexOf("\r\n\r\n");
            if (end >= 0) {
                m.lengthKnown = hasContentLength(m.headers.substring(0, end));
            }
        }
    }

    /** The first line HTTP wrote for frame {@code number} (a waiting segment), or null. */
    String firstLine(long number) {
        return number == frame ? line : null;
    }

    private static int last(Packet p, int field) {
        return field < 0 ? -1 : p.last(field);
    }

    /** Whether the payload starts as a request or status line does (read without copying it all). */
    private static boolean startsLikeHttp(Packet p, int payload) {
        if (p.len(payload) == 0 || FIRST_LETTERS.indexOf(
                (char) (p.seg(payload).get(java.lang.foreign.ValueLayout.JAVA_BYTE, p.off(payload)) & 0xff)) < 0) {
            return false; // most segments (TLS records, binary data) go no further
        }
        int n = Math.min(p.len(payload), 12);
        byte[] head = new byte[n];
        java.lang.foreign.MemorySegment.copy(p.seg(payload), java.lang.foreign.ValueLayout.JAVA_BYTE, p.off(payload),
                head, 0, n);
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("HTTP/1.")) {
            return true;
        }
        for (String m : METHODS) {
            if (start.startsWith(m) || m.startsWith(start)) {
                return start.length() >= Math.min(m.length(), n);
            }
        }
        return false;
    }

    /** The request or status line the payload starts with, if it is one and complete. */
    private static String firstLine(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != '\n') {
            end++;
        }
        if (end == b.length) {
            return null;
        }
        int len = end > 0 && b[end - 1] == '\r' ? end - 1 : end;
        String text = new String(b, 0, len, StandardCharsets.ISO_8859_1);
        boolean http = text.startsWith("HTTP/1.") && text.length() >= 12;
        for (int i = 0; !http && i < METHODS.length; i++) {
            http = text.startsWith(METHODS[i]) && text.contains(" HTTP/1.");
        }
        if (!http) {
            return null;
        }
        byte[] raw = new byte[len];
        System.arraycopy(b, 0, raw, 0, len);
        return FormatText.of(raw);
    }

    /** Whether complete headers give the body's length (and it is not chunked). */
    private static boolean hasContentLength(String headers) {
        boolean length = false;
        for (String h : headers.split("\r\n")) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                return false;
            }
            if (lower.startsWith("content-length:")) {
                length = true;
            }
        }
        return length;
    }
}
