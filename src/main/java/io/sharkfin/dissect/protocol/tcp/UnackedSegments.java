package io.sharkfin.dissect.protocol.tcp;

import java.util.Arrays;

/**
 * The segments of one direction that the other side has not acknowledged yet (Wireshark's
 * {@code tcp_unacked_t} list), in parallel arrays ordered oldest first instead of a linked list
 * of objects. Wireshark stores at most {@link #MAX} of them per direction; so do we, which also
 * bounds the memory of a flow whose ACKs are never seen.
 */
final class UnackedSegments {
    /** Wireshark's {@code TCP_MAX_UNACKED_SEGMENTS}. */
    static final int MAX = 10000;

    private int[] frame = new int[4];
    private int[] seq = new int[4];
    private int[] nextseq = new int[4];
    private long[] time = new long[4];
    private int count;

    // result of the last ack(): the exact match Wireshark's walk met last (the oldest one)
    private int ackedFrame;
    private long ackedTime;

    // Both walks below are over every segment, and a flow whose other side is not seen keeps
    // up to MAX of them: what a walk learnt is kept until the segments change.
    // span(): its result for spanBase, while spanKnown (kept up to date by push)
    private boolean spanKnown;
    private int spanBase;
    private int spanFirst;
    private int spanLast;
    // ack(): the first settledCount segments are what ack(settledAck) leaves unchanged
    private boolean settled;
    private int settledAck;
    private int settledCount;

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Adds a segment as the newest (the head of Wireshark's list). */
    void push(int frameNumber, int segSeq, int segNextseq, long timeNanos) {
        if (count == frame.length) {
            int n = Math.min(MAX, count * 2);
            frame = Arrays.copyOf(frame, n);
            seq = Arrays.copyOf(seq, n);
            nextseq = Arrays.copyOf(nextseq, n);
            time = Arrays.copyOf(time, n);
        }
        frame[count] = frameNumber;
        seq[count] = segSeq;
        nextseq[count] = segNextseq;
        time[count] = timeNanos;
        count++;
        if (spanKnown) {
            widenSpan(segSeq - spanBase, segNextseq - spanBase);
        }
    }

    private void widenSpan(int start, int end) {
        if (Integer.compareUnsigned(end, spanLast) > 0) {
            spanLast = end;
        }
        if (Integer.compareUnsigned(start, spanFirst) < 0) {
            spanFirst = start;
        }
    }

    /** Frame and time of the oldest segment (the retransmission timer's reference). */
    int oldestFrame() {
        return frame[0];
    }

    long oldestTime() {
        return time[0];
    }

    /**
     * Lowest start and highest end of the unacked segments, relative to {@code base} and compared
     * as unsigned 32-bit numbers, as Wireshark computes bytes in flight: {@code end - start}.
     */
    int span(int base) {
        if (!spanKnown || base != spanBase) {
            // the lowest start and highest end do not depend on the order of the walk
            spanBase = base;
            spanFirst = seq[count - 1] - base;
            spanLast = nextseq[count - 1] - base;
            for (int i = count - 2; i >= 0; i--) {
                widenSpan(seq[i] - base, nextseq[i] - base);
            }
            spanKnown = true;
        }
        return spanLast - spanFirst;
    }

    /**
     * Applies an acknowledgment number from the other direction: drops the segments it covers,
     * trims the one it covers partly, keeps the rest.
     *
     * @return whether a segment ended exactly at {@code ack}; then {@link #ackedFrame()} and
     *         {@link #ackedTime()} tell which (the oldest such, as Wireshark's walk finds it last)
     */
    boolean ack(int ack) {
        boolean matched = false;
        // the same acknowledgment again leaves the segments it saw as they are (a covered one was
        // dropped, a partly covered one starts at it now, the rest lie beyond it): only those
        // added since need the walk
        int from = settled && ack == settledAck ? settledCount : 0;
        int kept = from;
        boolean changed = false;
        // Wireshark walks newest to oldest; the decision for each segment is independent of the
        // others, so one pass that compacts the arrays in place gives the same result.
        for (int i = from; i < count; i++) {
            int s = seq[i];
            int n = nextseq[i];
            boolean keep;
            if (ack == n) {
                // Wireshark's newest-first walk keeps the last match, the oldest: the first
                // one this oldest-first loop meets
                if (!matched) {
                    ackedFrame = frame[i];
                    ackedTime = time[i];
                }
                matched = true;
                keep = false;
            } else if (SeqMath.gt(ack, s) && SeqMath.le(ack, n)) {
                s = ack;
                keep = true;
            } else {
                keep = SeqMath.gt(n, ack);
            }
            if (keep) {
                changed |= s != seq[i] || kept != i;
                frame[kept] = frame[i];
                seq[kept] = s;
                nextseq[kept] = n;
                time[kept] = time[i];
                kept++;
            }
        }
        changed |= kept != count;
        count = kept;
        spanKnown &= !changed;
        settled = true;
        settledAck = ack;
        settledCount = count;
        return matched;
    }

    int ackedFrame() {
        return ackedFrame;
    }

    long ackedTime() {
        return ackedTime;
    }

    /** Bytes held, for memory accounting. */
    long footprint() {
        return 48L + frame.length * 20L;
    }
}
