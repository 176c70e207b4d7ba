package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Truncated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CRYPTO stream of one encryption level in one direction, put in order as Wireshark 4.0 does
 * before handing it to TLS ({@code desegment_quic_crypto}): bytes already handed on are dropped
 * (a retransmission) or cut off (an overlap); bytes in order go to TLS at once; bytes after a gap
 * start a multi-segment PDU that grows until the gap is filled, and the CRYPTO frame that fills
 * it hands TLS the reassembled bytes. TLS reassembles handshake messages itself.
 *
 * <p>Memory is bounded: a stream buffers at most {@link #MAX_BUFFERED} bytes and
 * {@link #MAX_PDUS} PDUs, and all streams of a session share a {@link ByteBudget}; fragments
 * beyond that are dropped (TLS then never sees them).
 */
final class CryptoStream {
    static final int MAX_BUFFERED = 256 * 1024;
    static final int MAX_PDUS = 64;

    // fragment flags, as Wireshark's reassembly sets them
    static final int OVERLAP = 1;
    static final int OVERLAP_CONFLICT = 2;
    static final int MULTIPLE_TAILS = 4;
    static final int TOO_LONG = 8;

    /** One piece of a reassembled PDU: frame number, offset in the PDU, bytes, flags. */
    static final class Fragment {
        final long frame;
        final long offset;
        final byte[] data;
        int flags;

        Fragment(long frame, long offset, byte[] data) {
            this.frame = frame;
            this.offset = offset;
            this.data = data;
        }

        long end() {
            return offset + data.length;
        }
    }

    /** A multi-segment PDU: bytes from {@code seq} up to {@code nxtpdu}, still missing some. */
    private static final class Pdu {
        final long seq;
        long nxtpdu;
        boolean gotAll;
        boolean missingFirst = true;
        long completedBySeq = -1;
        final List<Fragment> fragments = new ArrayList<>();
        long maxFrame;
        long datalen;
        boolean datalenSet;
        boolean defragmented;
        long reassembledIn;
        int flags;

        Pdu(long seq, long nxtpdu) {
            this.seq = seq;
            this.nxtpdu = nxtpdu;
        }
    }

    /** What became of a CRYPTO frame's bytes. */
    static final class Outcome {
        /** No new bytes: Wireshark flags a retransmission and hands nothing on. */
        boolean retransmission;
        /** Some bytes were handed on before: they are cut off. */
        boolean overlap;
        /** Bytes to hand to TLS from the frame itself: skip this many at its start ... */
        int segmentSkip = -1;
        /** ... and hand this many. */
        int segmentLength;
        /** Or: the reassembled bytes to hand to TLS, with the fragments they came from. */
        byte[] reassembled;
        List<Fragment> fragments;
        /** The frame a PDU this frame belongs to was reassembled in (another frame), or 0. */
        long reassembledIn;

        boolean delivers() {
            return segmentSkip >= 0 || reassembled != null;
        }
    }

    private final ByteBudget budget;
    private long maxContiguous;
    private final TreeMap<Long, Pdu> pdus = new TreeMap<>();
    private long buffered;

    /** A stream whose buffered bytes also count against {@code budget} (shared by a session's streams). */
    CryptoStream(ByteBudget budget) {
        this.budget = budget;
    }

    /** Bytes this stream holds in pending and reassembled PDUs. */
    long buffered() {
        return buffered;
    }

    /**
     * Takes the {@code data} of a CRYPTO frame at stream offset {@code offset}, seen in frame
     * number {@code frame}.
     *
     * @throws Truncated as Wireshark's reassembly throws on fragments it cannot place
     */
    Outcome add(long frame, long offset, byte[] data) {
        Outcome out = new Outcome();
        int length = data.length;
        long seq = offset;
        final long nxtseq = offset + length;
        int skip = 0;
        if (offset + length <= maxContiguous) {
            out.retransmission = true;
            return out;
        } else if (offset < maxContiguous) {
            out.overlap = true;
            long overlap = maxContiguous - offset;
            skip = (int) overlap;
            length -= skip;
            seq = maxContiguous;
        }
        Map.Entry<Long, Pdu> floor = pdus.floorEntry(seq);
        Pdu pdu = floor == null ? null : floor.getValue();
        if (pdu != null && pdu.gotAll && seq >= pdu.nxtpdu) {
            pdu = null;
        }
        boolean gap = maxContiguous < seq;
        if (!gap) {
            if (pdu != null) {
                long max = nxtseq - pdu.seq;
                for (Fragment f : pdu.fragments) {
                    if (f.offset <= max && max < f.end()) {
                        max = f.end();
                    }
                }
                maxContiguous = max + pdu.seq;
            } else {
                maxContiguous = nxtseq;
            }
        }
        if (pdu != null) {
            pdu.nxtpdu = Math.max(pdu.nxtpdu, nxtseq);
        }
        boolean complete = false;
        if (pdu != null && pdu.seq <= seq && pdu.nxtpdu > seq) {
            resetTotalLength(pdu, Math.max(nxtseq, pdu.nxtpdu) - pdu.seq);
            complete = addFragment(pdu, frame, seq - pdu.seq, slice(data, skip, length),
                    nxtseq < pdu.nxtpdu);
            if (complete) {
                pdu.gotAll = true;
                if (pdu.missingFirst) {
                    pdu.completedBySeq = seq;
                    pdu.missingFirst = false;
                }
            }
        } else if (gap) {
            if (pdus.size() >= MAX_PDUS && !pdus.containsKey(maxContiguous)) {
                return out;
            }
            pdu = new Pdu(maxContiguous, nxtseq);
            pdus.put(maxContiguous, pdu);
            complete = addFragment(pdu, frame, seq - pdu.seq, slice(data, skip, length), false);
        } else {
            out.segmentSkip = skip;
            out.segmentLength = length;
        }
        if (complete) {
            if (pdu.reassembledIn == frame && seq == pdu.completedBySeq) {
                out.reassembled = reassemble(pdu);
                out.fragments = List.copyOf(pdu.fragments);
            } else if (pdu.reassembledIn != 0 && pdu.reassembledIn != frame) {
                out.reassembledIn = pdu.reassembledIn;
            }
        }
        return out;
    }

    private static byte[] slice(byte[] data, int from, int length) {
        if (from == 0 && length == data.length) {
            return data;
        }
        byte[] out = new byte[length];
        System.arraycopy(data, from, out, 0, length);
        return out;
    }

    private static void resetTotalLength(Pdu pdu, long total) {
        if (total == pdu.datalen && pdu.datalenSet) {
            return;
        }
        // a completed PDU that grows is taken apart again
        pdu.defragmented = false;
        pdu.datalen = total;
        pdu.datalenSet = true;
    }

    /** Wireshark's {@code fragment_add} (offset based); true when the PDU is now complete. */
    private boolean addFragment(Pdu pdu, long frame, long fragOffset, byte[] data, boolean more) {
        if (!pdu.fragments.isEmpty() && frame <= pdu.maxFrame) {
            for (Fragment f : pdu.fragments) {
                if (f.frame == frame && f.offset == fragOffset) {
                    if (pdu.defragmented) {
                        throw Truncated.MALFORMED; // "Frame already added in first pass"
                    }
                    return false;
                }
            }
        }
        if (pdu.defragmented) {
            // "New fragment past old data limits" / "overlaps old data (retransmission?)"
            throw Truncated.MALFORMED;
        }
        if (buffered + data.length > MAX_BUFFERED || !budget.take(data.length)) {
            return false;
        }
        Fragment fragment = new Fragment(frame, fragOffset, data);
        pdu.maxFrame = Math.max(pdu.maxFrame, frame);
        if (!more) {
            if (pdu.datalenSet) {
                if (pdu.datalen != fragment.end()) {
                    fragment.flags |= MULTIPLE_TAILS;
                    pdu.flags |= MULTIPLE_TAILS;
                }
            } else {
                pdu.datalen = fragment.end();
                pdu.datalenSet = true;
            }
        }
        int at = pdu.fragments.size();
        while (at > 0 && fragOffset < pdu.fragments.get(at - 1).offset) {
            at--;
        }
        pdu.fragments.add(at, fragment);
        buffered += data.length;
        if (!pdu.datalenSet) {
            return false;
        }
        long max = 0;
        for (Fragment f : pdu.fragments) {
            if (f.offset <= max && f.end() > max) {
                max = f.end();
            }
        }
        if (max < pdu.datalen) {
            return false;
        }
        pdu.defragmented = true;
        pdu.reassembledIn = frame;
        return true;
    }

    /** The PDU's bytes, the first copy of each byte winning, with the fragments' overlap flags set. */
    private static byte[] reassemble(Pdu pdu) {
        byte[] out = new byte[(int) pdu.datalen];
        long pos = 0;
        for (Fragment f : pdu.fragments) {
            if (f.data.length == 0) {
                continue;
            }
            if (f.offset >= pdu.datalen) {
                f.flags |= TOO_LONG;
                continue;
            }
            long len = f.data.length;
            if (f.offset + len > pdu.datalen) {
                f.flags |= TOO_LONG;
                len = pdu.datalen - f.offset;
            }
            long overlap = pos - f.offset;
            if (overlap > 0) {
                f.flags |= OVERLAP;
                int cmp = (int) Math.min(f.data.length, overlap);
                for (int i = 0; i < cmp; i++) {
                    if (out[(int) f.offset + i] != f.data[i]) {
                        f.flags |= OVERLAP_CONFLICT;
                        break;
                    }
                }
            }
            if (f.offset + len > pos) {
                int from = (int) Math.max(0, overlap);
                System.arraycopy(f.data, from, out, (int) pos, (int) (len - from));
                pos = f.offset + len;
            }
        }
        return out;
    }
}
