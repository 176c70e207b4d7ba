package io.sharkfin.filter.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Byte-sequence comparisons and search over packet memory against constant arrays. */
public final class Bytes {
    private Bytes() {
    }

    /** FT_BYTES order: the shorter sequence is smaller; equal lengths compare unsigned bytewise. */
    public static int compareLengthFirst(MemorySegment seg, long off, int len, byte[] k) {
        if (len != k.length) {
            return len < k.length ? -1 : 1;
        }
        for (int i = 0; i < len; i++) {
            int a = seg.get(ValueLayout.JAVA_BYTE, off + i) & 0xff;
            int b = k[i] & 0xff;
            if (a != b) {
                return a < b ? -1 : 1;
            }
        }
        return 0;
    }

    /** String order: unsigned bytewise over the common length, then the shorter first. */
    public static int compareLexicographic(MemorySegment seg, long off, int len, byte[] k) {
        int n = Math.min(len, k.length);
        for (int i = 0; i < n; i++) {
            int a = seg.get(ValueLayout.JAVA_BYTE, off + i) & 0xff;
            int b = k[i] & 0xff;
            if (a != b) {
                return a < b ? -1 : 1;
            }
        }
        return Integer.compare(len, k.length);
    }

    /** IPv6 order under a prefix length: the first {@code prefix} bits compare bytewise. */
    public static int comparePrefix(MemorySegment seg, long off, int len, byte[] addr, int prefix) {
        int bits = Math.min(prefix, 128);
        int n = Math.min(len, addr.length);
        int i = 0;
        while (bits >= 8 && i < n) {
            int a = seg.get(ValueLayout.JAVA_BYTE, off + i) & 0xff;
            int b = addr[i] & 0xff;
            if (a != b) {
                return a - b;
            }
            bits -= 8;
            i++;
        }
        if (bits > 0 && i < n) {
            int mask = (0xff << (8 - bits)) & 0xff;
            int a = seg.get(ValueLayout.JAVA_BYTE, off + i) & mask;
            int b = addr[i] & mask;
            if (a != b) {
                return a - b;
            }
        }
        return 0;
    }

    /** Position of {@code needle} in the value, or -1. An empty needle is found at 0. */
    public static int indexOf(MemorySegment seg, long off, int len, byte[] needle) {
        int m = needle.length;
        if (m == 0) {
            return 0;
        }
        byte first = needle[0];
        int last = len - m;
        outer:
        for (int i = 0; i <= last; i++) {
            if (seg.get(ValueLayout.JAVA_BYTE, off + i) != first) {
                continue;
            }
            for (int j = 1; j < m; j++) {
                if (seg.get(ValueLayout.JAVA_BYTE, off + i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
