package io.sharkfin.dissect.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IP fragment reassembly as Wireshark's {@code fragment_add_check} does it in a single pass:
 * fragments are kept per datagram (addresses and identification) sorted by offset; the datagram
 * is complete once the last fragment is known and the data from 0 to its end is covered, and it
 * is then removed from the table (a later fragment with the same key starts a new datagram).
 * Overlapping fragments keep the earlier bytes and are flagged.
 */
final class FragmentTable {

    /** Identifies the datagram a fragment belongs to. */
    record Key(int family, long srcHi, long srcLo, long dstHi, long dstLo, long id) {
    }

    /** One fragment of a reassembled datagram, with Wireshark's error flags. */
    record Fragment(long frame, int offset, int length, boolean overlap, boolean overlapConflict,
                    boolean multipleTails, boolean tooLong) {
        boolean isError() {
            return overlapConflict || multipleTails || tooLong;
        }
    }

    /** A datagram completed by the current frame. */
    record Reassembled(byte[] data, List<Fragment> fragments) {
    }

    private static final class Pending {
        final List<int[]> spans = new ArrayList<>();       // offset, length, index
        final List<byte[]> data = new ArrayList<>();
        final List<Long> frames = new ArrayList<>();
        final List<Boolean> tails = new ArrayList<>();
        int datalen = -1;
        boolean multipleTails;
    }

    private final Map<Key, Pending> pending = new HashMap<>();

    /**
     * Adds a fragment; returns the datagram when this fragment completes it, else null.
     *
     * @param more whether more fragments follow (the MF flag)
     */
    Reassembled add(Key key, long frame, int offset, byte[] bytes, boolean more) {
        Pending d = pending.computeIfAbsent(key, k -> new Pending());
        boolean tailConflict = false;
        if (!more) {
            if (d.datalen >= 0) {
                if (d.datalen != offset + bytes.length) {
                    tailConflict = true;
                    d.multipleTails = true;
                }
            } else {
                d.datalen = offset + bytes.length;
            }
        }
        // insert after fragments with the same offset, keeping arrival order among equals
        int at = 0;
        while (at < d.spans.size() && d.spans.get(at)[0] <= offset) {
            at++;
        }
        d.spans.add(at, new int[] {offset, bytes.length});
        d.data.add(at, bytes);
        d.frames.add(at, frame);
        d.tails.add(at, tailConflict);
        if (d.datalen < 0) {
            return null;
        }
        int max = 0;
        for (int[] s : d.spans) {
            if (s[0] <= max && s[0] + s[1] > max) {
                max = s[0] + s[1];
            }
        }
        if (max < d.datalen) {
            return null;
        }
        pending.remove(key);
        return defragment(d);
    }

    private static Reassembled defragment(Pending d) {
        byte[] out = new byte[d.datalen];
        List<Fragment> frags = new ArrayList<>(d.spans.size());
        int pos = 0;
        for (int i = 0; i < d.spans.size(); i++) {
            int off = d.spans.get(i)[0];
            int len = d.spans.get(i)[1];
            byte[] b = d.data.get(i);
            boolean overlap = false;
            boolean conflict = false;
            boolean tooLong = false;
            if (len > 0) {
                if (off >= d.datalen) {
                    tooLong = true;
                } else {
                    int fraglen = len;
                    if (off + fraglen > d.datalen) {
                        tooLong = true;
                        fraglen = d.datalen - off;
                    }
                    int overlapLen = pos - off;
                    if (overlapLen > 0) {
                        overlap = true;
                        int cmp = Math.min(len, overlapLen);
                        for (int k = 0; k < cmp; k++) {
                            if (out[off + k] != b[k]) {
                                conflict = true;
                                break;
                            }
                        }
                    } else {
                        overlapLen = 0;
                    }
                    if (off + fraglen > pos) {
                        System.arraycopy(b, overlapLen, out, pos, fraglen - overlapLen);
                        pos = off + fraglen;
                    }
                }
            }
            frags.add(new Fragment(d.frames.get(i), off, len, overlap, conflict, d.tails.get(i),
                    tooLong));
        }
        return new Reassembled(out, frags);
    }
}
