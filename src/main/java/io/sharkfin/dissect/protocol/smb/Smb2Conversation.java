package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.ntlmssp.GssConversation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What packet-smb2.c keeps for one TCP connection ({@code smb2_conv_info_t}): the requests not yet
 * answered and those answered, by message id, so that a response names its request, the time
 * between them and what the request said (a tree's path, a file's name). Bounded: at most
 * {@link #MAX_REQUESTS} requests are remembered per connection, the oldest forgotten first.
 */
final class Smb2Conversation {
    /** Requests remembered per connection (a hostile stream could send endless message ids). */
    static final int MAX_REQUESTS = 65_536;

    /** One request ({@code smb2_saved_info_t}). */
    static final class Request {
        final long frameReq;
        final long reqTimeNanos;
        long frameRes;
        /**
         * What the request said that its response needs ({@code extra_info}): a tree's path, a
         * file's name or a find pattern, one at a time.
         */
        Extra extraType = Extra.NONE;
        String extra;
        /** A find's or information query's level, and a query's class. */
        int infoLevel;
        int infoClass;
        /**
         * For the export of objects: the file id the request used, and a read's or write's file
         * offset and a read's length ({@code policy_hnd}, {@code file_offset}, {@code bytes_moved}).
         */
        Smb2Handles.Handle handle = Smb2Handles.Handle.NULL;
        long fileOffset;
        long bytesMoved;

        Request(long frameReq, long reqTimeNanos) {
            this.frameReq = frameReq;
            this.reqTimeNanos = reqTimeNanos;
        }

        void extra(Extra type, String value) {
            extraType = type;
            extra = value;
        }
    }

    /** packet-smb2.c's {@code extra_info_type}. */
    enum Extra { NONE, TREE_NAME, FILE_NAME, FIND_PATTERN }

    /** GSS-API's, SPNEGO's and NTLMSSP's state for the connection's security blobs. */
    final GssConversation gss = new GssConversation();
    final Map<Long, Request> unmatched = bounded();
    final Map<Long, Request> matched = bounded();

    private static Map<Long, Request> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Request> eldest) {
                return size() > MAX_REQUESTS;
            }
        };
    }

    /** The connection NBSS is handing a message of; SMB2 and the dissectors it calls read it. */
    static final class Current {
        Smb2Conversation conv;
    }

    static void enter(Packet p, Smb2Conversation conv) {
        p.session().state(Current.class, Current::new).conv = conv;
        GssConversation.enter(p, conv.gss);
    }

    static Smb2Conversation current(Packet p) {
        Current c = p.session().state(Current.class, Current::new);
        if (c.conv == null) {
            c.conv = new Smb2Conversation();
        }
        return c.conv;
    }
}
