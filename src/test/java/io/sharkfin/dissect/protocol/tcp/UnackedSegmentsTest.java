package io.sharkfin.dissect.protocol.tcp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link UnackedSegments} remembers what its walks found (the span of the segments, the
 * segments an acknowledgment leaves alone); its answers must be those of Wireshark's plain walk
 * over the list, written out here as the reference, whatever the order of segments and
 * acknowledgments, across the 32-bit wrap of sequence numbers.
 */
class UnackedSegmentsTest {

    /** Wireshark's walk: every segment, every time. */
    private static final class Reference {
        final List<int[]> segments = new ArrayList<>(); // frame, seq, nextseq
        int ackedFrame;

        void push(int frame, int seq, int nextseq) {
            segments.add(new int[]{frame, seq, nextseq});
        }

        int span(int base) {
            int[] newest = segments.get(segments.size() - 1);
            int first = newest[1] - base;
            int last = newest[2] - base;
            for (int[] s : segments) {
                if (Integer.compareUnsigned(s[2] - base, last) > 0) {
                    last = s[2] - base;
                }
                if (Integer.compareUnsigned(s[1] - base, first) < 0) {
                    first = s[1] - base;
                }
            }
            return last - first;
        }

        boolean ack(int ack) {
            boolean matched = false;
            List<int[]> kept = new ArrayList<>();
            for (int[] s : segments) {
                if (ack == s[2]) {
                    if (!matched) {
                        ackedFrame = s[0];
                    }
                    matched = true;
                } else if (SeqMath.gt(ack, s[1]) && SeqMath.le(ack, s[2])) {
                    kept.add(new int[]{s[0], ack, s[2]});
                } else if (SeqMath.gt(s[2], ack)) {
                    kept.add(s);
                }
            }
            segments.clear();
            segments.addAll(kept);
            return matched;
        }
    }

    @Test
    void answersAsTheFullWalk() {
        Random r = new Random(42);
        for (int run = 0; run < 200; run++) {
            UnackedSegments fast = new UnackedSegments();
            Reference ref = new Reference();
            int base = r.nextBoolean() ? r.nextInt() : -1000; // some runs cross the 32-bit wrap
            int next = base + 1;
            int acked = base + 1;
            for (int step = 0; step < 400; step++) {
                int what = r.nextInt(10);
                if (what < 5) {
                    // new data, now and then a retransmission of older data
                    int len = 1 + r.nextInt(1500);
                    int seq = r.nextInt(8) == 0 ? next - r.nextInt(5000) : next;
                    fast.push(step, seq, seq + len, step);
                    ref.push(step, seq, seq + len);
                    if (seq == next) {
                        next += len;
                    }
                } else if (what < 8) {
                    // acknowledgments: the same again, further, partial, or old
                    int ack = switch (r.nextInt(4)) {
                        case 0 -> acked;
                        case 1 -> acked + r.nextInt(Math.max(1, next - acked + 1));
                        case 2 -> next;
                        default -> acked - r.nextInt(3000);
                    };
                    if (SeqMath.gt(ack, acked)) {
                        acked = ack;
                    }
                    boolean m = fast.ack(ack);
                    assertEquals(ref.ack(ack), m, "run " + run + " step " + step);
                    if (m) {
                        assertEquals(ref.ackedFrame, fast.ackedFrame());
                    }
                }
                assertEquals(ref.segments.size(), fast.count());
                if (!ref.segments.isEmpty()) {
                    int b = r.nextInt(20) == 0 ? base + 7 : base;
                    assertEquals(ref.span(b), fast.span(b), "run " + run + " step " + step);
                    assertEquals(ref.segments.get(0)[0], fast.oldestFrame());
                }
            }
        }
    }
}
