package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.Endpoints;

import java.util.HashMap;
import java.util.Map;

/**
 * Request/response matching across the frames of a session, as Wireshark 4.0 does it in one
 * pass: per conversation (addresses, ports, UDP or TCP) and transaction id, the latest request
 * seen. A response takes the latest request with its id; a second response to it is a
 * retransmission (unless the question was AXFR/IXFR, which has many responses); a request with
 * the id of an unanswered request less than 5 seconds old is a retransmission. A request never
 * learns its response ({@code dns.response_in}) because the response comes later.
 *
 * <p>Copies of datagrams quoted in ICMP errors take no part, as in Wireshark.
 */
final class DnsTransactions {

    /** Wireshark's default "retransmission_timer" preference, in nanoseconds. */
    static final long RETRANSMISSION_TIMER = 5_000_000_000L;

    /** One request and what was seen of its response. */
    static final class Transaction {
        final long requestFrame;
        final long requestTime;
        long responseFrame;
        boolean multipleResponses;

        Transaction(long requestFrame, long requestTime) {
            this.requestFrame = requestFrame;
            this.requestTime = requestTime;
        }
    }

    /** What matching says about the current message; reused for every message. */
    static final class Match {
        /** The transaction, or null when the message belongs to none (Wireshark's "fake" one). */
        Transaction transaction;
        boolean retransmission;

        long requestFrame() {
            return transaction == null ? 0 : transaction.requestFrame;
        }

        long responseFrame() {
            return transaction == null ? 0 : transaction.responseFrame;
        }
    }

    /** A conversation and a transaction id; the two endpoints in a fixed order. */
    private record Key(boolean tcp, int family, long aHi, long aLo, int aPort, long bHi, long bLo,
                       int bPort, int id) {
    }

    private final Map<Key, Transaction> latest = new HashMap<>();
    private final Match match = new Match();

    /**
     * Matches the message now being dissected.
     *
     * @param tcp      whether it came over TCP (TCP and UDP conversations are distinct)
     * @param id       its transaction id
     * @param response whether its QR bit is set
     */
    Match track(Packet p, boolean tcp, int id, boolean response) {
        match.transaction = null;
        match.retransmission = false;
        if (p.inErrorPacket()) {
            return match;
        }
        Key key = key(p, tcp, id);
        Transaction t = latest.get(key);
        long now = p.frame().clockNanos();
        if (!response) {
            if (t == null || t.responseFrame > 0 || now - t.requestTime >= RETRANSMISSION_TIMER) {
                t = new Transaction(p.number(), now);
                latest.put(key, t);
            } else {
                match.retransmission = true;
            }
        } else if (t != null) {
            if (t.responseFrame == 0) {
                t.responseFrame = p.number();
            } else if (!t.multipleResponses) {
                match.retransmission = true;
            }
        }
        match.transaction = t;
        return match;
    }

    private static Key key(Packet p, boolean tcp, int id) {
        int f = p.netFamily();
        return Endpoints.sourceIsFirst(p)
                ? new Key(tcp, f, p.netSrcHi(), p.netSrcLo(), p.srcPort(), p.netDstHi(), p.netDstLo(), p.dstPort(), id)
                : new Key(tcp, f, p.netDstHi(), p.netDstLo(), p.dstPort(), p.netSrcHi(), p.netSrcLo(), p.srcPort(), id);
    }
}
