package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.protocol.EndpointKey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The TCP conversations of a session (Wireshark's conversation table restricted to TCP) and the
 * stream counter. A single pass only ever finds the newest conversation of a pair of endpoints
 * (a new one replaces it when ports are reused), so the table keeps one per key, in
 * least-recently-used order, forgetting the oldest past {@link TcpLimits#maxConversations()}.
 */
final class ConversationTable {
    private final TcpLimits limits;
    private final ReassemblyBudget budget;
    private final LinkedHashMap<EndpointKey, TcpConversation> byKey;
    private final EndpointKey.Probe probe = new EndpointKey.Probe();
    private long streams;
    private long evicted;

    ConversationTable(TcpLimits limits, ReassemblyBudget budget) {
        this.limits = limits;
        this.budget = budget;
        this.byKey = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<EndpointKey, TcpConversation> eldest) {
                if (size() > ConversationTable.this.limits.maxConversations()) {
                    evicted++;
                    release(eldest.getValue());
                    return true;
                }
                return false;
            }
        };
    }

    private void release(TcpConversation c) {
        for (TcpFlow f : new TcpFlow[] {c.flow1, c.flow2}) {
            if (f.pdus != null) {
                f.pdus.releaseAll(budget);
            }
        }
    }

    /**
     * The conversation of a segment from {@code src} to {@code dst}, or null. Allocates nothing:
     * the map is asked with a reusable probe that equals the canonical key.
     */
    TcpConversation find(int family, long srcHi, long srcLo, int srcPort, long dstHi, long dstLo, int dstPort) {
        probe.set(family, srcHi, srcLo, srcPort, dstHi, dstLo, dstPort);
        return byKey.get(probe);
    }

    /** Starts a new conversation (and stream number) between two endpoints in frame {@code frame}. */
    TcpConversation create(EndpointKey key, long frame, long timestamp) {
        TcpConversation c = new TcpConversation(streams++, frame, timestamp);
        TcpConversation before = byKey.put(key, c);
        if (before != null) {
            // ports reused: a single pass never finds the old conversation again
            release(before);
        }
        return c;
    }

    /** Number of stream numbers given out (Wireshark's {@code tcp_stream_count}). */
    long streamCount() {
        return streams;
    }

    /** Conversations currently remembered. */
    int size() {
        return byKey.size();
    }

    /** Conversations forgotten because of {@link TcpLimits#maxConversations()}. */
    long evicted() {
        return evicted;
    }
}
