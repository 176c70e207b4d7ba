package io.sharkfin.ioc;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * A test double of the HTTP dissector (issue 3 brings the real one): on TCP port 80 it reads a
 * request line and its Host, User-Agent, Accept-Language and Cookie headers, or a status line,
 * from one segment, and adds them under Wireshark's field names. Enough to drive the HTTP part of
 * the analysis over the lab captures, whose requests each fit in one segment; no reassembly, no
 * bodies, no pipelining.
 */
final class RequestLineDissector implements Dissector {

    static final FieldSpec HTTP = FieldSpec.protocol("http", "Hypertext Transfer Protocol");
    static final FieldSpec METHOD = FieldSpec.of("http.request.method", "Request Method", FieldType.STRING).inProtocol("http");
    static final FieldSpec URI = FieldSpec.of("http.request.uri", "Request URI", FieldType.STRING).inProtocol("http");
    static final FieldSpec HOST = FieldSpec.of("http.host", "Host", FieldType.STRING).inProtocol("http");
    static final FieldSpec AGENT = FieldSpec.of("http.user_agent", "User-Agent", FieldType.STRING).inProtocol("http");
    static final FieldSpec LANGUAGE = FieldSpec.of("http.accept_language", "Accept-Language", FieldType.STRING).inProtocol("http");
    static final FieldSpec COOKIE = FieldSpec.of("http.cookie", "Cookie", FieldType.STRING).inProtocol("http");
    static final FieldSpec CODE = FieldSpec.of("http.response.code", "Status Code", FieldType.UINT16).inProtocol("http");

    /** The standard dissectors plus this one on port 80. */
    static Dissectors dissectors() {
        return Dissectors.extended(ds -> ds.tcpPort.register(80, ds.add(new RequestLineDissector())));
    }

    @Override
    public FieldSpec protocol() {
        return HTTP;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of(HTTP, METHOD, URI, HOST, AGENT, LANGUAGE, CODE, COOKIE);
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        int end = off + len;
        int lineEnd = lineEnd(p, buf, off, end);
        if (lineEnd < 0) {
            return 0;
        }
        String line = text(p, buf, off, lineEnd);
        String[] parts = line.split(" ", 3);
        if (parts.length < 2) {
            return 0;
        }
        if (parts[0].startsWith("HTTP/1.")) {
            p.addUInt(CODE, buf, off + parts[0].length() + 1, 3, Integer.parseInt(parts[1]));
            return len;
        }
        if (parts.length < 3 || !parts[2].startsWith("HTTP/1.")) {
            return 0;
        }
        p.addString(METHOD, buf, off, parts[0].length(), true);
        p.addString(URI, buf, off + parts[0].length() + 1, parts[1].length(), true);
        int at = lineEnd + 2;
        while (at < end) {
            int e = lineEnd(p, buf, at, end);
            if (e < 0 || e == at) {
                break;
            }
            String h = text(p, buf, at, e);
            int colon = h.indexOf(':');
            if (colon > 0) {
                String name = h.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
                int v = colon + 1;
                while (v < h.length() && h.charAt(v) == ' ') {
                    v++;
                }
                FieldSpec f = switch (name) {
                    case "host" -> HOST;
                    case "user-agent" -> AGENT;
                    case "accept-language" -> LANGUAGE;
                    case "cookie" -> COOKIE;
                    default -> null;
                };
                if (f != null) {
                    p.addString(f, buf, at + v, h.length() - v, true);
                }
            }
            at = e + 2;
        }
        return len;
    }

    private static int lineEnd(Packet p, int buf, int from, int end) {
        for (int i = from; i + 1 < end; i++) {
            if (p.u8(buf, i) == '\r' && p.u8(buf, i + 1) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String text(Packet p, int buf, int from, int to) {
        return new String(p.copy(buf, from, to - from), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
