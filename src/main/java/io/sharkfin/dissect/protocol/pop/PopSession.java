package io.sharkfin.dissect.protocol.pop;

import io.sharkfin.dissect.protocol.SeqFragments;

/**
 * packet-pop.c's {@code pop_data_val} for one TCP conversation: whether the next response answers
 * RETR or TOP, how much of the message announced in it has arrived, whether STLS waits for its
 * answer, and the conversation's first user name with its frame (for {@code -z credentials}).
 */
final class PopSession {
    boolean msgRequest;
    /** Bytes of the announced message read so far and their total, unsigned 32-bit as in C. */
    int msgReadLen;
    int msgTotLen;
    boolean stlsRequest;
    String username;
    long usernameFrame;
    /** The retrieved message's fragments collected so far. */
    final SeqFragments data = new SeqFragments();
}
