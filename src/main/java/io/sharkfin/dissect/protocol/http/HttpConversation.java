package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.protocol.ntlmssp.GssConversation;

/**
 * What HTTP remembers about one conversation (Wireshark's {@code http_conv_t}): the last
 * request's method, URI, host and full URI, the last response code, the numbering of
 * request/response pairs and where a protocol switch (CONNECT, Upgrade) starts.
 *
 * <p>Memory per conversation is bounded: of the request/response pairs only the last two are
 * kept, which is all a single pass can show (the previous pair's frames and the current one's);
 * the strings are those of the last request (at most as long as the message TCP reassembled).
 */
final class HttpConversation {
    String requestMethod;
    String requestUri;
    String fullUri;
    int responseCode;

    /** Number of request/response pairs so far. */
    int pairs;
    Pair current;

    /** The frame from which the conversation carries another protocol (0: none). */
    long startFrame;
    /** Offset in that frame's HTTP data where the other protocol starts. */
    int startOffset;
    /** The server of a switched conversation: payloads from it (by direction). */
    int serverDirection = -1;
    int serverPort;
    /** Whether the conversation was recognised by the heuristic and claimed. */
    boolean claimed;
    /** GSS-API's and NTLMSSP's state for the tokens of the conversation's authentication headers. */
    private GssConversation gss;

    GssConversation gss() {
        if (gss == null) {
            gss = new GssConversation();
        }
        return gss;
    }

    /** One request/response pair (Wireshark's {@code http_req_res_t}). */
    static final class Pair {
        final int number;
        long requestFrame;
        long requestTime = Long.MIN_VALUE;
        long responseFrame;
        Pair previous;

        Pair(int number) {
            this.number = number;
        }
    }

    private Pair push() {
        Pair p = new Pair(++pairs);
        if (current != null) {
            current.previous = null; // only one step back is ever shown
        }
        p.previous = current;
        current = p;
        return p;
    }

    /** A request always opens a new pair. */
    Pair pushRequest(long frame, long time) {
        Pair p = push();
        p.requestFrame = frame;
        p.requestTime = time;
        return p;
    }

    /** A response completes the open pair, or opens one when that already has a response. */
    Pair pushResponse(long frame) {
        Pair p = current;
        if (p == null || p.responseFrame > 0) {
            p = push();
        }
        p.responseFrame = frame;
        return p;
    }
}
