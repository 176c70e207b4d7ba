package io.sharkfin.dissect.protocol.imap;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * packet-imap.c's {@code imap_state_t} for one TCP conversation (STARTTLS asked for, how many
 * more payloads the TLS heuristic looks at) and its requests by tag, for the responses that
 * answer them ({@code imap.response_to}, {@code imap.time}).
 */
final class ImapSession {
    /** A request: its frame and time. */
    record Request(long frame, long seconds, int nanos) {
    }

    boolean sslRequested;
    /** imap_ssl_heuristic is on by default: the first two payloads are looked at. */
    int heuristicTriesLeft = 2;
    /** Requests by tag (in lower case), by frame. */
    final Map<String, TreeMap<Long, Request>> requests = new HashMap<>();
}
