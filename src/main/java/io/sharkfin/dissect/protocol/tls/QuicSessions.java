package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.EndpointKey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TLS sessions of QUIC connections, found by the packet's addresses and ports (the UDP
 * conversation, either direction), at most {@link #MAX_CONNECTIONS} of them.
 */
final class QuicSessions {
    static final int MAX_CONNECTIONS = 4096;

    private final Map<EndpointKey, TlsSession> sessions = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<EndpointKey, TlsSession> eldest) {
            return size() > MAX_CONNECTIONS;
        }
    };

    static QuicSessions of(Packet p) {
        return p.session().state(QuicSessions.class, QuicSessions::new);
    }

    TlsSession session(Packet p) {
        return sessions.computeIfAbsent(EndpointKey.of(p), x -> new TlsSession());
    }
}
