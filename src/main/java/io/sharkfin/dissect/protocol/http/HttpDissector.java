package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.x over TCP as Wireshark 4.0 dissects it with default preferences (packet-http.c):
 * headers and bodies reassembled over segments (Content-Length, chunked, until the FIN),
 * chunked bodies de-chunked, gzip, deflate and brotli bodies decompressed, several messages
 * per segment, request/response tracking per conversation, CONNECT tunnels and Upgrade
 * switches, and the body handed to the dissector of its media type.
 *
 * <p>Registered on Wireshark's default HTTP ports ({@link #PORTS}); {@link #heuristic()} is the
 * "HTTP over TCP" heuristic (a first line starting or ending with "HTTP/1."), which claims the
 * conversation. TCP calls HTTP only when the session needs it; the fields are recorded only
 * when wanted.
 */
public final class HttpDissector implements TcpPayloadDissector {
    /** Wireshark 4.0's default {@code http.tcp.port} range. */
    public static final int[] PORTS = {80, 3128, 3132, 5985, 8080, 8088, 11371, 1900, 2869, 2710};
    private static final String CONNECT = "CONNECT ";

    static final List<FieldSpec> FIELDS;

    static {
        List<FieldSpec> all = new ArrayList<>(HttpFields.ALL);
        all.addAll(Expert.FIELDS);
        FIELDS = Collections.unmodifiableList(all);
    }

    private final Dissectors dissectors;
    private final MessageDissector messages;
    private final boolean heuristic;
    private final HttpDissector plain;

    public HttpDissector(Dissectors dissectors) {
        this(dissectors, false, null);
    }

    private HttpDissector(Dissectors dissectors, boolean heuristic, HttpDissector plain) {
        this.dissectors = dissectors;
        this.messages = plain != null ? plain.messages : new MessageDissector(new BodyDissectors(dissectors));
        this.heuristic = heuristic;
        this.plain = plain;
    }

    /** The "HTTP over TCP" heuristic, for TCP's heuristic list. */
    public HttpDissector heuristic() {
        return new HttpDissector(dissectors, true, this);
    }

    /** The message dissector, for SSDP. */
    MessageDissector messages() {
        return messages;
    }

    @Override
    public FieldSpec protocol() {
        return HttpFields.HTTP;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<String> calls() {
        return messages.bodies().protocolNames();
    }

    /**
     * Makes {@code handle} the dissector of message bodies of {@code mediaType} (Wireshark's
     * {@code media_type} table), for protocols whose media types name no dissector of their own
     * (OCSP's request and response dissectors share the protocol {@code ocsp}).
     */
    public void registerMediaType(String mediaType, Dissector handle) {
        messages.bodies().register(mediaType.toLowerCase(Locale.ROOT), handle);
    }

    /**
     * The dissector Wireshark's {@code media_type} table holds for a (lower-case) media type, or
     * null: IMF hands a message body to it as HTTP does.
     */
    public Dissector mediaTypeDissector(String mediaType) {
        return messages.bodies().forType(mediaType);
    }

    @Override
    public String shortName() {
        return "HTTP";
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        HttpSessionState s = HttpSessionState.of(p.session());
        HttpText t = s.text.over(p, buf, offset, length);
        HttpConversation conv = tcp.conversationState(HttpConversation.class, HttpConversation::new);
        if (heuristic && !conv.claimed) {
            if (!looksLikeHttp(t)) {
                return 0;
            }
            conv.claimed = true;
            tcp.claimConversation();
        }
        // the protocol item Packet.call added: each message adds its own
        int mark = p.entryCount() - 1;
        if (mark >= 0 && p.field(mark) == HttpFields.HTTP.id()) {
            p.discardEntriesFrom(mark);
        }
        s.added = false;
        s.requested = false;
        MessageDissector.Context c = new MessageDissector.Context(p, s, conv, HttpFields.HTTP, tcp, true);
        if (conv.responseCode == 200 && "CONNECT".equals(conv.requestMethod) && conv.requestUri != null
                && p.number() >= conv.startFrame) {
            if (conv.startFrame == 0) {
                conv.startFrame = p.number();
                conv.startOffset = 0;
                conv.serverDirection = 1 - tcp.direction();
            }
            new Tunnel(dissectors, this).dissect(c, t, tcp);
        } else {
            onStream(c, t, tcp.endOfStream());
        }
        if (!s.added) {
            if (s.requested) {
                return 0;
            }
            p.dropLayer();
        }
        return Math.max(1, t.capEnd - t.start);
    }

    /**
     * Not run, HTTP still opens a conversation whose request is a CONNECT: the tunnel behind it
     * goes to the dissector of the tunnelled port (TLS for port 443), which may run. The
     * heuristic opens every conversation it would claim: what follows is HTTP's, and never
     * reaches the port's dissector (TLS on port 443 would take a binary body for its own).
     */
    @Override
    public Unrun unrun(Packet p, int buf, int offset, int length) {
        if (!heuristic && (Math.min(length, p.bufferLength(buf) - offset) < CONNECT.length()
                || p.u8(buf, offset) != 'C')) {
            // TCP asks this of every payload on HTTP's ports in sessions that do not run HTTP
            return Unrun.TAKES;
        }
        HttpText t = probe(p, buf, offset, length);
        boolean opens = heuristic ? looksLikeHttp(t) : t.startsWith(t.start, t.capEnd, CONNECT);
        return opens ? Unrun.OPENS : Unrun.TAKES;
    }

    /** The heuristic's test, which claims the conversation. */
    @Override
    public boolean mightClaim(Packet p, int buf, int offset, int length) {
        return looksLikeHttp(probe(p, buf, offset, length));
    }

    /** The payload as text for a look that dissects nothing (the session's spare view). */
    private static HttpText probe(Packet p, int buf, int offset, int length) {
        return HttpSessionState.of(p.session()).probe.over(p, buf, offset, length);
    }

    /** Messages one after another until the data ends or one is incomplete. */
    private void onStream(MessageDissector.Context c, HttpText t, boolean endOfStream) {
        Packet p = c.p();
        HttpConversation conv = c.conv();
        int off = t.start;
        while (t.reportedRemaining(off) > 0) {
            if (conv.startFrame != 0 && (p.number() > conv.startFrame
                    || (p.number() == conv.startFrame && off - t.start >= conv.startOffset))) {
                c.s().added = true;
                p.call(dissectors.byName("data"), t.buf, off, t.end - off);
                break;
            }
            int len = messages.dissect(c, t, off, endOfStream);
            if (len <= 0) {
                break;
            }
            off += len;
        }
    }

    /**
     * Wireshark's {@code dissect_http_heur_tcp}: the first line (complete in the data) starts or
     * ends with "HTTP/1." and is not exactly eight characters long.
     */
    private static boolean looksLikeHttp(HttpText t) {
        int linelen = t.lineEnd(t.start, t.capEnd - t.start, true);
        if (linelen == -1 || linelen == 8) {
            return false;
        }
        int lineEnd = t.start + linelen;
        return t.startsWithIgnoreCase(t.start + linelen - 8, lineEnd, "HTTP/1.")
                || t.startsWithIgnoreCase(t.start, t.capEnd, "HTTP/1.");
    }

    /** Whether {@code d} is this HTTP dissector (plain or heuristic). */
    boolean isHttp(Dissector d) {
        return d == this || d == plain || (plain != null && d == plain.plain);
    }
}
