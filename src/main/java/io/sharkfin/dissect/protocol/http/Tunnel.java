package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;

import static io.sharkfin.dissect.protocol.http.HttpFields.*;

/**
 * The traffic of a conversation after a successful CONNECT (Wireshark's
 * {@code http_payload_subdissector}): an HTTP item with the tunnel's host and port, then the
 * bytes handed to the dissector of the tunnelled port (as TCP would choose it, the lower port
 * first), or to {@code data} when that port is one of HTTP's or has no dissector.
 */
final class Tunnel {
    private final Dissectors dissectors;
    private final HttpDissector http;

    Tunnel(Dissectors dissectors, HttpDissector http) {
        this.dissectors = dissectors;
        this.http = http;
    }

    void dissect(MessageDissector.Context c, HttpText t, TcpPayload tcp) {
        Packet p = c.p();
        String uri = c.conv().requestUri;
        int colon = uri.indexOf(':');
        if (colon < 0) {
            return;
        }
        String host = uri.substring(0, colon);
        long port = strtol(uri.substring(colon + 1));
        c.s().added = true;
        int item = p.wants(HTTP) ? p.addNone(HTTP, t.buf, t.start, t.capEnd - t.start) : -1;
        int saved = p.openSubtree(item);
        HttpItems.string(p, PROXY_CONNECT_HOST, t.buf, t.start, 0, host);
        p.addUInt(PROXY_CONNECT_PORT, t.buf, t.start, 0, port & 0xffffffffL);
        p.closeSubtree(saved);
        int uriPort = (int) port;
        Dissector target = null;
        if (!isHttpPort(uriPort)) {
            boolean fromServer = tcp.direction() == c.conv().serverDirection;
            int src = fromServer ? uriPort : p.srcPort();
            int dst = fromServer ? p.dstPort() : uriPort;
            target = portDissector(Math.min(src, dst));
            if (target == null) {
                target = portDissector(Math.max(src, dst));
            }
        }
        Dissector d = target != null ? target : dissectors.byName("data");
        if (d != null) {
            p.call(d, t.buf, t.start, t.end - t.start);
        }
    }

    private Dissector portDissector(int port) {
        Dissector d = port >= 0 && port <= 0xffff ? dissectors.tcpPort.get(port) : null;
        return d == null || http.isHttp(d) ? null : d;
    }

    private static boolean isHttpPort(int port) {
        for (int p : HttpDissector.PORTS) {
            if (p == port) {
                return true;
            }
        }
        return false;
    }

    /** {@code strtol(s, NULL, 10)}: leading blanks, a sign, digits; 0 when there are none. */
    private static long strtol(String s) {
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
        for (; i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80; i++) {
            v = Math.min(v * 10 + (s.charAt(i) - '0'), Long.MAX_VALUE / 20);
        }
        return negative ? -v : v;
    }
}
