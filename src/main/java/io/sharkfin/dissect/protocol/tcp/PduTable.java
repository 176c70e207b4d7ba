package io.sharkfin.dissect.protocol.tcp;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * The multi-segment PDUs of one direction by starting sequence number (Wireshark's
 * {@code multisegment_pdus} tree, looked up with unsigned comparisons). Wireshark keeps every PDU
 * of a capture; this table keeps at most {@link TcpLimits#maxPdusPerFlow()} finished ones,
 * forgetting the oldest, which only matters when a segment of a long-finished PDU is
 * retransmitted.
 */
final class PduTable {
    private final TreeMap<Long, Msp> bySeq = new TreeMap<>();
    private final ArrayDeque<Msp> inserted = new ArrayDeque<>();

    /** The PDU starting exactly at {@code seq} ({@code wmem_tree_lookup32}). */
    Msp exact(int seq) {
        return bySeq.get(SeqMath.unsigned(seq));
    }

    /** The PDU starting at or before {@code seq} ({@code wmem_tree_lookup32_le}). */
    Msp floor(int seq) {
        Map.Entry<Long, Msp> e = bySeq.floorEntry(SeqMath.unsigned(seq));
        return e == null ? null : e.getValue();
    }

    /**
     * Records a PDU that starts at {@code seq} and whose successor starts at {@code nxtpdu}
     * ({@code pdu_store_sequencenumber_of_next_pdu}); it replaces one stored at the same number.
     */
    Msp store(int seq, int nxtpdu, int frame, long time, TcpLimits limits, ReassemblyBudget budget) {
        Msp msp = new Msp(seq, nxtpdu, frame, time);
        Msp before = bySeq.put(SeqMath.unsigned(seq), msp);
        if (before != null) {
            inserted.remove(before);
            release(before, budget);
        }
        inserted.addLast(msp);
        if (inserted.size() > limits.maxPdusPerFlow()) {
            evictOne(budget);
        }
        return msp;
    }

    /** Forgets the oldest PDU that is no longer being reassembled. */
    private void evictOne(ReassemblyBudget budget) {
        for (var it = inserted.iterator(); it.hasNext(); ) {
            Msp m = it.next();
            if (m.head == null || !m.head.inProgress()) {
                it.remove();
                bySeq.remove(SeqMath.unsigned(m.seq), m);
                release(m, budget);
                return;
            }
        }
    }

    /** Stops counting every PDU of the table (its conversation is forgotten). */
    void releaseAll(ReassemblyBudget budget) {
        for (Msp m : inserted) {
            release(m, budget);
        }
    }

    private static void release(Msp m, ReassemblyBudget budget) {
        if (m.head != null) {
            budget.forget(m.head);
        }
    }

    int size() {
        return bySeq.size();
    }

    long footprint() {
        return 64L + bySeq.size() * 120L;
    }
}
