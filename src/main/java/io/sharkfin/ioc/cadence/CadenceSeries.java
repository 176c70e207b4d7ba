package io.sharkfin.ioc.cadence;

import io.sharkfin.ioc.DistinctValues;
import io.sharkfin.ioc.Evidence;
import io.sharkfin.ioc.Limits;

import java.util.Arrays;

/**
 * The events of one pair in capture order: when each attempt started, whether it failed, and
 * (for connections) how many bytes it carried. The first {@link Limits#EVENTS_PER_PAIR} events are
 * kept for the statistics; later ones are only counted.
 */
public final class CadenceSeries {

    static final byte UNKNOWN = 0;
    static final byte OK = 1;
    static final byte FAILED = 2;

    private final PairKey key;
    private final Evidence evidence = new Evidence();
    private final DistinctValues names = new DistinctValues();
    private long attempts;
    private long failures;
    private long[] times = new long[8];
    private byte[] outcome = new byte[8];
    private long[] bytes = new long[8];
    private int kept;

    public CadenceSeries(PairKey key) {
        this.key = key;
    }

    public PairKey key() {
        return key;
    }

    /** The frames of the pair's filter (SYNs, client datagrams, queries, requests). */
    public Evidence evidence() {
        return evidence;
    }

    /** Names the server goes by in this pair (SNI, Host, DNS answers). */
    public DistinctValues names() {
        return names;
    }

    /** Records an attempt; returns its index, or -1 when past the kept events. */
    public int event(long timeNanos) {
        attempts++;
        if (kept == Limits.EVENTS_PER_PAIR) {
            return -1;
        }
        if (kept == times.length) {
            int n = Math.min(Limits.EVENTS_PER_PAIR, kept * 2);
            times = Arrays.copyOf(times, n);
            outcome = Arrays.copyOf(outcome, n);
            bytes = Arrays.copyOf(bytes, n);
        }
        times[kept] = timeNanos;
        outcome[kept] = UNKNOWN;
        bytes[kept] = -1;
        return kept++;
    }

    /** Marks an attempt as failed (refused, unanswered, error status). */
    public void failed(int index) {
        if (index >= 0 && index < kept && outcome[index] != FAILED) {
            outcome[index] = FAILED;
            failures++;
        }
    }

    /** Marks an attempt as answered, unless it already failed. */
    public void succeeded(int index) {
        if (index >= 0 && index < kept && outcome[index] == UNKNOWN) {
            outcome[index] = OK;
        }
    }

    /** Sets the bytes an attempt carried (a connection's frames, both directions). */
    public void bytes(int index, long n) {
        if (index >= 0 && index < kept) {
            bytes[index] = n;
        }
    }

    /** The index of the last kept attempt, or -1. */
    public int lastIndex() {
        return kept - 1;
    }

    public long attempts() {
        return attempts;
    }

    public long failures() {
        return failures;
    }

    public int kept() {
        return kept;
    }

    public long time(int i) {
        return times[i];
    }

    public boolean isFailed(int i) {
        return outcome[i] == FAILED;
    }

    public long bytesOf(int i) {
        return bytes[i];
    }
}
