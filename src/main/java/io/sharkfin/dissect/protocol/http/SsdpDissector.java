package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Dissector;

import java.util.List;

/**
 * SSDP (HTTP over UDP port 1900): one HTTP message per datagram, dissected as HTTP does (the
 * {@code http.*} fields) under the {@code ssdp} protocol. Request/response numbering is per UDP
 * conversation (addresses and ports, either direction).
 */
public final class SsdpDissector implements Dissector {
    /** Wireshark's UDP port for SSDP. */
    public static final int PORT = 1900;

    private final HttpDissector http;

    public SsdpDissector(HttpDissector http) {
        this.http = http;
    }

    @Override
    public FieldSpec protocol() {
        return HttpFields.SSDP;
    }

    @Override
    public List<FieldSpec> fields() {
        return HttpDissector.FIELDS;
    }

    @Override
    public List<String> calls() {
        return http.calls();
    }

    @Override
    public String shortName() {
        return "SSDP";
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        if (!p.session().active(this)) {
            return length;
        }
        HttpSessionState s = HttpSessionState.of(p.session());
        HttpText t = s.text.over(p, buf, offset, length);
        int mark = p.entryCount() - 1;
        if (mark >= 0 && p.field(mark) == HttpFields.SSDP.id()) {
            p.discardEntriesFrom(mark);
        }
        s.added = false;
        s.requested = false;
        HttpConversation conv = s.udp.computeIfAbsent(conversationKey(p), k -> new HttpConversation());
        MessageDissector.Context c = new MessageDissector.Context(p, s, conv, HttpFields.SSDP, null, false);
        http.messages().dissect(c, t, offset, false);
        if (!s.added) {
            p.dropLayer();
        }
        return length;
    }

    /** The UDP conversation: both endpoints, in a canonical order. */
    private static String conversationKey(Packet p) {
        String a = p.netSrcHi() + ":" + p.netSrcLo() + ":" + p.srcPort();
        String b = p.netDstHi() + ":" + p.netDstLo() + ":" + p.dstPort();
        return p.netFamily() + (a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a);
    }
}
