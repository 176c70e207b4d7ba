package io.sharkfin.dissect.protocol.tcp;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * Counts the bytes held by unfinished PDUs of a session and enforces {@link TcpLimits}: a PDU
 * growing past {@link TcpLimits#maxPduBytes()} is abandoned, and while all together exceed
 * {@link TcpLimits#maxBufferedBytes()} the least recently extended PDUs are abandoned.
 */
final class ReassemblyBudget {
    private final TcpLimits limits;
    private final LinkedHashSet<Reassembly> active = new LinkedHashSet<>();
    private long used;
    private long abandoned;

    ReassemblyBudget(TcpLimits limits) {
        this.limits = limits;
    }

    /** Recounts a reassembly after it changed, then enforces the bounds. */
    void update(Reassembly r) {
        r.releaseIfDone();
        recharge(r);
        if (r.inProgress()) {
            active.remove(r);
            active.add(r); // most recently extended last
            if (r.charged > limits.maxPduBytes()) {
                abandon(r);
            }
        } else {
            active.remove(r);
        }
        Iterator<Reassembly> oldest = active.iterator();
        while (used > limits.maxBufferedBytes() && oldest.hasNext()) {
            Reassembly victim = oldest.next();
            oldest.remove();
            victim.abandon();
            abandoned++;
            recharge(victim);
        }
    }

    /**
     * Counts a handover of an incomplete PDU; abandons it when the handovers exceed
     * {@link TcpLimits#maxPduWork()}.
     */
    void handedOver(Reassembly r, int bytes) {
        r.work += bytes;
        if (r.work > limits.maxPduWork()) {
            abandon(r);
        }
    }

    /** Stops counting a reassembly that is no longer reachable. */
    void forget(Reassembly r) {
        active.remove(r);
        used -= r.charged;
        r.charged = 0;
    }

    private void abandon(Reassembly r) {
        active.remove(r);
        r.abandon();
        abandoned++;
        recharge(r);
    }

    private void recharge(Reassembly r) {
        long now = r.footprint();
        used += now - r.charged;
        r.charged = now;
    }

    long used() {
        return used;
    }

    /** PDUs abandoned because of the bounds. */
    long abandoned() {
        return abandoned;
    }
}
