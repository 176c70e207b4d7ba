package io.sharkfin.filter.runtime;

import java.util.Arrays;

/**
 * The members of {@code field in {...}} for integer-like fields: single values and inclusive
 * ranges, compared unsigned (or signed, for signed fields).
 *
 * <p>Membership of single values is a binary search over a sorted array, then a scan of the
 * ranges; with a few members a linear scan is as fast, with 100,000 members it is what keeps the
 * test cheap. Elements also stay in filter order for the ALL quantifier, which Wireshark 4.0
 * evaluates element by element.
 */
public final class UnsignedSet {
    private final long[] lows;   // per element, in filter order
    private final long[] highs;
    private final boolean signed;
    private final long[] sortedSingles;
    private final long[] rangeLows;
    private final long[] rangeHighs;

    public UnsignedSet(long[] lows, long[] highs, boolean signed) {
        if (lows.length != highs.length) {
            throw new IllegalArgumentException("bounds differ in length");
        }
        this.lows = lows.clone();
        this.highs = highs.clone();
        this.signed = signed;
        int singles = 0;
        for (int i = 0; i < lows.length; i++) {
            if (lows[i] == highs[i]) {
                singles++;
            }
        }
        long[] s = new long[singles];
        long[] rl = new long[lows.length - singles];
        long[] rh = new long[lows.length - singles];
        int a = 0;
        int b = 0;
        for (int i = 0; i < lows.length; i++) {
            if (lows[i] == highs[i]) {
                s[a++] = signed ? lows[i] : lows[i] ^ Long.MIN_VALUE;
            } else {
                rl[b] = lows[i];
                rh[b] = highs[i];
                b++;
            }
        }
        Arrays.sort(s);
        this.sortedSingles = s;
        this.rangeLows = rl;
        this.rangeHighs = rh;
    }

    public int elementCount() {
        return lows.length;
    }

    /** Whether a value equals a member or lies in a member range. */
    public boolean contains(long v) {
        long key = signed ? v : v ^ Long.MIN_VALUE;
        if (Arrays.binarySearch(sortedSingles, key) >= 0) {
            return true;
        }
        for (int i = 0; i < rangeLows.length; i++) {
            if (within(v, rangeLows[i], rangeHighs[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value matches element {@code i} (in filter order). */
    public boolean elementContains(int i, long v) {
        return within(v, lows[i], highs[i]);
    }

    private boolean within(long v, long lo, long hi) {
        return signed ? v >= lo && v <= hi
                : Long.compareUnsigned(v, lo) >= 0 && Long.compareUnsigned(v, hi) <= 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < lows.length && i < 8; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(signed ? Long.toString(lows[i]) : Long.toUnsignedString(lows[i]));
            if (lows[i] != highs[i]) {
                sb.append("..").append(signed ? Long.toString(highs[i]) : Long.toUnsignedString(highs[i]));
            }
        }
        if (lows.length > 8) {
            sb.append(", … ").append(lows.length).append(" elements");
        }
        return sb.append('}').toString();
    }
}
