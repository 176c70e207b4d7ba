package io.sharkfin.stats;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

import java.util.BitSet;

/**
 * A tree packet-http.c registers: all read the records of HTTP's tap ({@link HttpTap}), one per
 * message, and differ only in the nodes they make and tick.
 */
abstract sealed class HttpTreeSource implements TreeSource permits HttpPacketCounter, HttpRequests, HttpLoadDistribution {
    private final HttpTap tap;

    HttpTreeSource(FieldRegistry registry) {
        tap = new HttpTap(registry);
    }

    @Override
    public final BitSet fields() {
        return tap.fields();
    }

    @Override
    public final void tap(Packet p, double nowMs, StatsTree tree) {
        for (HttpTap.Message m : tap.messages(p)) {
            tree.record(nowMs);
            tick(m, tree);
        }
    }

    /** Ticks the tree for one message, as the tree's packet callback does. */
    abstract void tick(HttpTap.Message m, StatsTree tree);
}
