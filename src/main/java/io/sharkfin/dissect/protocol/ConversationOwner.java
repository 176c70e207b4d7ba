package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
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
}
