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
        int first = seq[count - 1] - base;
        int last = nextseq[count - 1] - base;
        for (int i = count - 2; i >= 0; i--) {
            int s = seq[i] - base;
            int e = nextseq[i] - base;
            if (Integer.compareUnsigned(e, last) > 0) {
                last = e;
            }
            if (Integer.compareUnsigned(s, first) < 0) {
                first = s;
            }
        }
        return last - first;
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
        int kept = 0;
        // Wireshark walks newest to oldest; the decision for each segment is independent of the
        // others, so one pass that compacts the arrays in place gives the same result.
        for (int i = 0; i < count; i++) {
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
                frame[kept] = frame[i];
                seq[kept] = s;
                nextseq[kept] = n;
                time[kept] = time[i];
                kept++;
            }
        }
        count = kept;
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
