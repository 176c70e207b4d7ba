package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairs ICMP and ICMPv6 echo requests with their replies as Wireshark does in one pass: a request
 * is remembered under its conversation (the two addresses, either way round) and a key derived
 * from the message; the first reply with the same key answers it. A request learns of its reply
 * only in a second pass, so in one pass only replies show the pairing.
 */
final class EchoTracker {

    private record Key(int family, long aHi, long aLo, long bHi, long bLo, long k0, long k1) {
    }

    /** A request and, once seen, its reply. */
    static final class Transaction {
        final long requestFrame;
        final long requestTime;
        long responseFrame;

        Transaction(long requestFrame, long requestTime) {
            this.requestFrame = requestFrame;
            this.requestTime = requestTime;
        }
    }

    private final Map<Key, Transaction> unmatched = new HashMap<>();
    /** Address pairs that have seen a request (Wireshark's conversation with ICMP data). */
    private final Map<Key, Boolean> conversations = new HashMap<>();

    /** Records a request (a later request with the same key replaces it). */
    void request(Packet p, long k0, long k1) {
        conversations.put(conversation(p), Boolean.TRUE);
        unmatched.put(key(p, k0, k1), new Transaction(p.number(), p.frame().clockNanos()));
    }

    /** The request a reply answers, or null (none, or already answered). */
    Transaction reply(Packet p, long k0, long k1) {
        if (!conversations.containsKey(conversation(p))) {
            return null;
        }
        Transaction t = unmatched.get(key(p, k0, k1));
        if (t == null || t.responseFrame != 0) {
            return null;
        }
        t.responseFrame = p.number();
        return t;
    }

    private static Key conversation(Packet p) {
        return key(p, -1, -1);
    }

    private static Key key(Packet p, long k0, long k1) {
        long sHi = p.netSrcHi();
        long sLo = p.netSrcLo();
        long dHi = p.netDstHi();
        long dLo = p.netDstLo();
        boolean swap = Long.compareUnsigned(sHi, dHi) > 0
                || (sHi == dHi && Long.compareUnsigned(sLo, dLo) > 0);
        return swap ? new Key(p.netFamily(), dHi, dLo, sHi, sLo, k0, k1)
                : new Key(p.netFamily(), sHi, sLo, dHi, dLo, k0, k1);
    }
}
