package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissector;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Conversations a protocol announces before they start, with the dissector they are for (FTP's
 * PORT, PASV, EPRT and EPSV announce its data connections): Wireshark's {@code conversation_new}
 * with the second port wildcarded ({@code NO_PORT2}) and {@code conversation_set_dissector}. An
 * announcement is keyed by its first address and port and its second address; the connection
 * that joins it may use any port on the second address.
 *
 * <p>A new TCP conversation joins an announcement as {@code find_conversation}'s wildcard lookups
 * find one: one whose first endpoint is the segment's source and whose second address is the
 * destination, else one whose first endpoint is the destination and whose second address is the
 * source, the newest of those with the key. Found the second way, the announcement takes the
 * source port as its second port ({@code conversation_set_port2}) and no later connection finds
 * it; found the first way it does not (conversation.c only sets the port when the conversation
 * has none to wildcard, which it has), so it stays open to other connections until a segment of
 * its connection comes the other way. A conversation TCP already knows is never taken over, as an
 * exact match comes first, nor is a new one started on reused ports (packet-tcp.c makes that one
 * with {@code conversation_new} directly).
 *
 * <p>Bounded: past {@link #MAX} open announcements the oldest is forgotten (a hostile control
 * connection can announce one per line).
 */
final class AnnouncedConversations {
    /** Open announcements kept at most. */
    static final int MAX = 4096;

    /** The key of an announcement: the first endpoint and the second address (IPv4 in the low halves). */
    private record Key(int family, long aHi, long aLo, int aPort, long bHi, long bLo) {
    }

    /** One announced conversation. */
    static final class Announcement {
        final Dissector dissector;
        final Object state;
        final long setupFrame;
        private final Key key;
        private boolean open = true;

        private Announcement(Dissector dissector, Object state, long setupFrame, Key key) {
            this.dissector = dissector;
            this.state = state;
            this.setupFrame = setupFrame;
            this.key = key;
        }
    }

    /** The open announcements of each key, newest last. */
    private final Map<Key, ArrayDeque<Announcement>> open = new HashMap<>();
    /** All open announcements, oldest first, for the bound. */
    private final ArrayDeque<Announcement> byAge = new ArrayDeque<>();

    /** Whether there is any open announcement (most sessions have none: nothing to look up). */
    boolean isEmpty() {
        return byAge.isEmpty();
    }

    /** Announces the conversation between {@code a}:{@code aPort} and {@code b} on any port. */
    void add(Dissector dissector, Object state, long frame, int family, long aHi, long aLo, int aPort,
             long bHi, long bLo) {
        Announcement n = new Announcement(dissector, state, frame, new Key(family, aHi, aLo, aPort, bHi, bLo));
        open.computeIfAbsent(n.key, k -> new ArrayDeque<>()).addLast(n);
        byAge.addLast(n);
        while (byAge.size() > MAX) {
            close(byAge.peekFirst());
        }
    }

    /**
     * The announcement a new conversation joins with its first segment from {@code src} to
     * {@code dst}, or null; one found from the destination's side is closed to later ones.
     */
    Announcement join(int family, long srcHi, long srcLo, int srcPort, long dstHi, long dstLo, int dstPort) {
        Announcement a = newest(new Key(family, srcHi, srcLo, srcPort, dstHi, dstLo));
        if (a != null) {
            return a;
        }
        a = newest(new Key(family, dstHi, dstLo, dstPort, srcHi, srcLo));
        if (a != null) {
            close(a);
        }
        return a;
    }

    /** Whether a segment from {@code src} to {@code dst} would join an announcement (nothing changes). */
    boolean matches(int family, long srcHi, long srcLo, int srcPort, long dstHi, long dstLo, int dstPort) {
        return newest(new Key(family, srcHi, srcLo, srcPort, dstHi, dstLo)) != null
                || newest(new Key(family, dstHi, dstLo, dstPort, srcHi, srcLo)) != null;
    }

    /** Closes an announcement a connection joined from its first endpoint, once a segment comes back. */
    void close(Announcement a) {
        if (!a.open) {
            return;
        }
        a.open = false;
        ArrayDeque<Announcement> list = open.get(a.key);
        if (list != null) {
            list.remove(a);
            if (list.isEmpty()) {
                open.remove(a.key);
            }
        }
        byAge.remove(a);
    }

    private Announcement newest(Key key) {
        ArrayDeque<Announcement> list = open.get(key);
        return list == null ? null : list.peekLast();
    }
}
