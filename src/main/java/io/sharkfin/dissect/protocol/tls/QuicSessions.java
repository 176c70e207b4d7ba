package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Packet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TLS sessions of QUIC connections, found by the packet's addresses and ports (the UDP
 * conversation, either direction), at most {@link #MAX_CONNECTIONS} of them.
 */
final class QuicSessions {
    static final int MAX_CONNECTIONS = 4096;

    private record Key(long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
    }

    private final Map<Key, TlsSession> sessions = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, TlsSession> eldest) {
            return size() > MAX_CONNECTIONS;
        }
    };

    static QuicSessions of(Packet p) {
        return p.session().state(QuicSessions.class, QuicSessions::new);
    }

    TlsSession session(Packet p) {
        long sHi = p.netSrcHi();
        long sLo = p.netSrcLo();
        long dHi = p.netDstHi();
        long dLo = p.netDstLo();
        int sp = p.srcPort();
        int dp = p.dstPort();
        boolean swap = Long.compareUnsigned(sHi, dHi) > 0
                || (sHi == dHi && (Long.compareUnsigned(sLo, dLo) > 0 || (sLo == dLo && sp > dp)));
        Key k = swap ? new Key(dHi, dLo, dp, sHi, sLo, sp) : new Key(sHi, sLo, sp, dHi, dLo, dp);
        return sessions.computeIfAbsent(k, x -> new TlsSession());
    }
}
