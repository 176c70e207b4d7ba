package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.Packet;

/**
 * A heuristic dissector that, once its heuristic took a datagram, owns the UDP conversation
 * (Wireshark's {@code conversation_set_dissector}). UDP offers it the conversation's later
 * datagrams before the port tables and the other heuristics, as Wireshark's
 * {@code try_conversation_dissector} does, whatever those datagrams look like.
 */
public interface ConversationOwner extends Dissector {

    /**
     * Whether this dissector claimed the packet's UDP conversation (addresses and ports are set
     * on the packet). Called only in sessions where the dissector runs.
     */
    boolean ownsConversation(Packet p);

    /**
     * Whether dissecting this datagram of a conversation it owns ({@code length} payload bytes at
     * {@code offset} of buffer {@code buf}; addresses and ports set on the packet) would add
     * nothing but this dissector's own fields ({@link #protocol()} and {@link #fields()}), hand
     * nothing on, fail no read and change nothing the session keeps. Such a frame can be left
     * undissected when a filter on other fields is false on its headers alone (the header
     * pass's view, {@link io.sharkfin.dissect.Sieve}), and later frames dissect the same. False
     * when in doubt.
     */
    default boolean takesQuietly(Packet p, int buf, int offset, int length) {
        return false;
    }

    /**
     * This dissector's protocol and fields as one group: a datagram it takes quietly adds
     * nothing else, so a session that records none of them need not dissect it
     * ({@link UdpDissector}).
     */
    FieldGroup ownFields();
}
