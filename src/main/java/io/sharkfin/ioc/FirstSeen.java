package io.sharkfin.ioc;

import io.sharkfin.dissect.Packet;

/**
 * The first frame each source address sent, kept in an open-addressing table of primitive keys so
 * that following every frame allocates nothing. Grows with the number of distinct addresses, up to
 * {@link Limits#ADDRESSES}; addresses past that are not remembered.
 */
public final class FirstSeen implements Collector {

    private final PacketValues values;
    private long[] hi = new long[1024];
    private long[] lo = new long[1024];
    private byte[] family = new byte[1024];
    private long[] frame = new long[1024];
    private long[] time = new long[1024];
    private int size;
    private long dropped;

    public FirstSeen(PacketValues values) {
        this.values = values;
    }

    @Override
    public void accept(FrameContext f) {
        long[] key = f.srcKey();
        if (key == null) {
            return;
        }
        int slot = find(key[0], key[1], (byte) key[2]);
        if (family[slot] != 0) {
            return;
        }
        if (size >= Limits.ADDRESSES) {
            dropped++;
            return;
        }
        if (2 * (size + 1) > family.length) {
            grow();
            slot = find(key[0], key[1], (byte) key[2]);
        }
        hi[slot] = key[0];
        lo[slot] = key[1];
        family[slot] = (byte) key[2];
        frame[slot] = f.number();
        time[slot] = f.time();
        size++;
    }

    /** {@code {frame, time}} of the first frame from the source of packet {@code p}, or null. */
    public long[] firstOf(Packet p) {
        long[] k = new long[3];
        if (!values.srcKey(p, k)) {
            return null;
        }
        int slot = find(k[0], k[1], (byte) k[2]);
        return family[slot] == 0 ? null : new long[] {frame[slot], time[slot]};
    }

    private int find(long h, long l, byte fam) {
        int mask = family.length - 1;
        int i = (int) mix(h * 31 + l + fam) & mask;
        while (family[i] != 0 && (hi[i] != h || lo[i] != l || family[i] != fam)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    private void grow() {
        long[] oh = hi;
        long[] ol = lo;
        byte[] of = family;
        long[] ofr = frame;
        long[] ot = time;
        int n = of.length * 2;
        hi = new long[n];
        lo = new long[n];
        family = new byte[n];
        frame = new long[n];
        time = new long[n];
        for (int i = 0; i < of.length; i++) {
            if (of[i] != 0) {
                int s = find(oh[i], ol[i], of[i]);
                hi[s] = oh[i];
                lo[s] = ol[i];
                family[s] = of[i];
                frame[s] = ofr[i];
                time[s] = ot[i];
            }
        }
    }

    @Override
    public void reportDrops(java.util.Map<String, Long> out) {
        if (dropped > 0) {
            out.merge("first-seen addresses", dropped, Long::sum);
        }
    }

    int size() {
        return size;
    }
}
