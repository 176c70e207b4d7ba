package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Session;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP's per-session objects: reusable views and message state (dissectors are shared between
 * sessions, so nothing mutable lives in them) and the conversations of HTTP over UDP (SSDP),
 * of which the {@value #MAX_UDP_CONVERSATIONS} most recently used are kept.
 */
final class HttpSessionState {
    static final int MAX_UDP_CONVERSATIONS = 4096;

    final HttpText text = new HttpText();
    final HttpText body = new HttpText();
    /** For looking at a payload without dissecting it ({@link HttpDissector#unrun}). */
    final HttpText probe = new HttpText();
    final HttpMessage message = new HttpMessage();
    final ChunkedBody chunked = new ChunkedBody();
    /** Whether the current call added any item (else its layer goes, as in Wireshark). */
    boolean added;
    /** Whether the current call asked TCP for more bytes. */
    boolean requested;

    final Map<String, HttpConversation> udp = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HttpConversation> eldest) {
            return size() > MAX_UDP_CONVERSATIONS;
        }
    };

    static HttpSessionState of(Session s) {
        return s.state(HttpSessionState.class, HttpSessionState::new);
    }
}
