package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * The bytes of one PDU gathered from segments (Wireshark's {@code fragment_head} and its
 * {@code fragment_item}s, with the semantics of {@code fragment_add} in reassemble.c): fragments
 * sorted by offset, the total length once known, and the reassembled bytes once they are
 * contiguous.
 *
 * <p>Fragment bytes are appended to one growing array instead of one copy per fragment, so many
 * tiny segments cost a few words each. After reassembly the fragments' bytes are those of the
 * reassembled data at their offsets (Wireshark's subset tvbs).
 */
final class Reassembly {
    static final int DEFRAGMENTED = 0x0001;
    static final int OVERLAP = 0x0002;
    static final int OVERLAP_CONFLICT = 0x0004;
    static final int MULTIPLE_TAILS = 0x0008;
    static final int TOO_LONG = 0x0010;
    static final int DATALEN_SET = 0x0400;
    static final int PARTIAL = 0x0040;

    int flags;
    int datalen;
    int reassembledIn;
    /** Highest frame number of the fragments (Wireshark's {@code fd_head->frame}). */
    int maxFrame;
    /** Set when the bytes were dropped to respect a memory bound: the PDU never completes. */
    boolean abandoned;

    // fragments, sorted by offset (stable: a new one goes after those with the same offset)
    private int[] fFrame = new int[4];
    private int[] fOffset = new int[4];
    private int[] fLen = new int[4];
    private int[] fFlags = new int[4];
    /** Where the fragment's bytes are in {@link #arena}, or -1: in {@link #data} at its offset. */
    private int[] fAt = new int[4];
    private int count;

    private byte[] arena = new byte[0];
    private int arenaLen;
    /** The reassembled bytes (when defragmented, or kept for fragments of an earlier pass). */
    byte[] data;

    int fragmentCount() {
        return count;
    }

    int frame(int i) {
        return fFrame[i];
    }

    int offset(int i) {
        return fOffset[i];
    }

    int length(int i) {
        return fLen[i];
    }

    int fragmentFlags(int i) {
        return fFlags[i];
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Bytes held, for the memory bounds. */
    long footprint() {
        return 64L + arena.length + (data == null ? 0 : data.length) + fFrame.length * 20L;
    }

    /**
     * Adds {@code len} bytes of {@code buf} at {@code off} as the fragment at {@code fragOffset}
     * (Wireshark's {@code fragment_add} on the first pass).
     *
     * @return whether the PDU is now complete
     */
    boolean add(Packet p, int buf, int off, int frame, int fragOffset, int len, boolean moreFrags) {
        if (!p.available(buf, off, len)) {
            throw Truncated.SHORT;
        }
        if (frame <= maxFrame) {
            // the same frame may hand us the same bytes twice (a subdissector called again)
            for (int i = 0; i < count; i++) {
                if (fFrame[i] == frame && fOffset[i] == fragOffset) {
                    if (has(DEFRAGMENTED)) {
                        throw new ReassemblyError("Frame already added in first pass");
                    }
                    return false;
                }
            }
        }
        return addWork(p.bufferSegment(buf), p.bufferBase(buf) + off, frame, fragOffset, len, moreFrags);
    }

    /**
     * Adds bytes of an earlier reassembly as a fragment of the frame that carried them (Wireshark's
     * {@code fragment_add_out_of_order}, used when a PDU is split).
     */
    boolean addFrom(byte[] source, int at, int frame, int fragOffset, int len, boolean moreFrags) {
        return addWork(MemorySegment.ofArray(source), at, frame, fragOffset, len, moreFrags);
    }

    private boolean addWork(MemorySegment src, long srcOff, int frame, int fragOffset, int len,
                            boolean moreFrags) {
        if (has(DEFRAGMENTED)) {
            if (Integer.toUnsignedLong(fragOffset) + Integer.toUnsignedLong(len)
                    >= Integer.toUnsignedLong(datalen)) {
                if (has(PARTIAL)) {
                    resetDefragmentation();
                } else if (Integer.compareUnsigned(fragOffset, datalen) >= 0) {
                    throw new ReassemblyError("New fragment past old data limits");
                } else {
                    throw new ReassemblyError("New fragment overlaps old data (retransmission?)");
                }
            } else {
                throw new ReassemblyError("New fragment overlaps old data (retransmission?)");
            }
        }
        if (frame > maxFrame) {
            maxFrame = frame;
        }
        int fragFlags = 0;
        if (!moreFrags) {
            if (has(DATALEN_SET)) {
                if (datalen != fragOffset + len) {
                    fragFlags |= MULTIPLE_TAILS;
                    flags |= MULTIPLE_TAILS;
                }
            } else {
                datalen = fragOffset + len;
                flags |= DATALEN_SET;
            }
        }
        int at = store(src, srcOff, len);
        link(frame, fragOffset, len, fragFlags, at);
        if (!has(DATALEN_SET)) {
            return false;
        }
        long max = 0;
        for (int i = 0; i < count; i++) {
            long o = Integer.toUnsignedLong(fOffset[i]);
            long end = o + Integer.toUnsignedLong(fLen[i]);
            if (o <= max && end > max) {
                max = end;
            }
        }
        if (max < Integer.toUnsignedLong(datalen)) {
            return false;
        }
        defragment(frame);
        return true;
    }

    private int store(MemorySegment src, long srcOff, int len) {
        if (arenaLen + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arenaLen + len, Math.max(64, arena.length * 2)));
        }
        MemorySegment.copy(src, ValueLayout.JAVA_BYTE, srcOff, arena, arenaLen, len);
        int at = arenaLen;
        arenaLen += len;
        return at;
    }

    private void link(int frame, int fragOffset, int len, int fragFlags, int at) {
        if (count == fFrame.length) {
            int n = Math.max(4, count * 2);
            fFrame = Arrays.copyOf(fFrame, n);
            fOffset = Arrays.copyOf(fOffset, n);
            fLen = Arrays.copyOf(fLen, n);
            fFlags = Arrays.copyOf(fFlags, n);
            fAt = Arrays.copyOf(fAt, n);
        }
        int i = count;
        while (i > 0 && Integer.compareUnsigned(fragOffset, fOffset[i - 1]) < 0) {
            i--;
        }
        int tail = count - i;
        System.arraycopy(fFrame, i, fFrame, i + 1, tail);
        System.arraycopy(fOffset, i, fOffset, i + 1, tail);
        System.arraycopy(fLen, i, fLen, i + 1, tail);
        System.arraycopy(fFlags, i, fFlags, i + 1, tail);
        System.arraycopy(fAt, i, fAt, i + 1, tail);
        fFrame[i] = frame;
        fOffset[i] = fragOffset;
        fLen[i] = len;
        fFlags[i] = fragFlags;
        fAt[i] = at;
        count++;
    }

    /** Builds the reassembled bytes; overlapping bytes keep the first fragment's values. */
    private void defragment(int frame) {
        byte[] out = new byte[datalen];
        String error = null;
        long pos = 0;
        for (int i = 0; i < count; i++) {
            if (fLen[i] == 0) {
                continue;
            }
            long o = Integer.toUnsignedLong(fOffset[i]);
            if (o >= datalen) {
                fFlags[i] |= TOO_LONG;
                flags |= TOO_LONG;
                continue;
            }
            if (o + Integer.toUnsignedLong(fLen[i]) > 0xffffffffL) {
                error = "offset + len < offset";
                continue;
            }
            int fragLen = fLen[i];
            if (o + fragLen > datalen) {
                fFlags[i] |= TOO_LONG;
                flags |= TOO_LONG;
                fragLen = (int) (datalen - o);
            }
            int overlap = (int) (pos - o);
            if (overlap > 0) {
                int cmp = Math.min(fLen[i], overlap);
                fFlags[i] |= OVERLAP;
                flags |= OVERLAP;
                if (!sameBytes(out, (int) o, i, cmp)) {
                    fFlags[i] |= OVERLAP_CONFLICT;
                    flags |= OVERLAP_CONFLICT;
                }
            } else {
                overlap = 0;
            }
            if (o + fragLen > pos) {
                copyFragment(i, overlap, out, (int) (o + overlap), fragLen - overlap);
                pos = o + fragLen;
            }
        }
        data = out;
        arena = new byte[0];
        arenaLen = 0;
        Arrays.fill(fAt, 0, count, -1);
        flags |= DEFRAGMENTED;
        reassembledIn = frame;
        if (error != null) {
            throw new ReassemblyError(error);
        }
    }

    private boolean sameBytes(byte[] out, int at, int frag, int len) {
        for (int k = 0; k < len; k++) {
            if (out[at + k] != fragmentByte(frag, k)) {
                return false;
            }
        }
        return true;
    }

    private byte fragmentByte(int frag, int k) {
        if (fAt[frag] >= 0) {
            return arena[fAt[frag] + k];
        }
        int at = fOffset[frag] + k;
        // a fragment cut short by an earlier reassembly has no bytes past its old end
        return at < data.length ? data[at] : 0;
    }

    private void copyFragment(int frag, int from, byte[] out, int to, int len) {
        if (fAt[frag] >= 0) {
            System.arraycopy(arena, fAt[frag] + from, out, to, len);
        } else {
            int at = fOffset[frag] + from;
            System.arraycopy(data, at, out, to, Math.max(0, Math.min(len, data.length - at)));
        }
    }

    /** Makes a completed reassembly extendable again (Wireshark's {@code fragment_reset_defragmentation}). */
    private void resetDefragmentation() {
        for (int i = 0; i < count; i++) {
            fFlags[i] &= ~(TOO_LONG | MULTIPLE_TAILS);
        }
        flags &= ~(DEFRAGMENTED | PARTIAL | DATALEN_SET | TOO_LONG | MULTIPLE_TAILS);
        datalen = 0;
        reassembledIn = 0;
    }

    /** The subdissector wants more data than it first said (Wireshark's {@code fragment_set_partial_reassembly}). */
    void setPartial() {
        flags |= PARTIAL;
    }

    /**
     * Keeps only the first {@code totLen} reassembled bytes and the fragments before them
     * (Wireshark's {@code fragment_truncate}, when a PDU is split).
     */
    void truncate(int totLen) {
        flags &= ~PARTIAL;
        if (totLen == datalen) {
            return;
        }
        data = Arrays.copyOf(data, totLen);
        datalen = totLen;
        flags &= ~(OVERLAP | OVERLAP_CONFLICT | TOO_LONG | MULTIPLE_TAILS);
        int kept = 0;
        for (int i = 0; i < count && Integer.compareUnsigned(fOffset[i], totLen) < 0; i++) {
            fFlags[i] &= ~(TOO_LONG | MULTIPLE_TAILS);
            if (Integer.toUnsignedLong(fOffset[i]) + Integer.toUnsignedLong(fLen[i]) > totLen) {
                fLen[i] = totLen - fOffset[i];
            }
            flags |= fFlags[i] & (OVERLAP | OVERLAP_CONFLICT);
            kept++;
        }
        count = kept;
    }

    /** Whether more bytes may still come (not complete, or complete but to be extended). */
    boolean inProgress() {
        return !abandoned && (!has(DEFRAGMENTED) || has(PARTIAL));
    }

    /**
     * Once a PDU is complete and its frame dissected, forgets its bytes and fragment list: later
     * frames only ask where it was reassembled and how long it was.
     */
    void releaseIfDone() {
        if (has(DEFRAGMENTED) && !has(PARTIAL)) {
            data = null;
            count = 0;
            fFrame = fOffset = fLen = fFlags = fAt = new int[0];
        }
    }

    /** Bytes currently counted against the session's reassembly budget. */
    long charged;

    /** Bytes handed over so far while the application kept asking for more. */
    long work;

    /** Drops everything held to respect a memory bound; the PDU will never complete. */
    void abandon() {
        abandoned = true;
        data = null;
        arena = new byte[0];
        arenaLen = 0;
        count = 0;
    }
}
