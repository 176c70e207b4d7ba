package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Strings;

import java.util.HexFormat;

/**
 * The number on a chunk-size line, read the two ways Wireshark reads it: the reassembly with
 * {@code sscanf("%x")}, the chunk dissection with {@code strtol(…, 16)}. They agree on where the
 * number is (the line cut at ';' and at a NUL, blanks skipped, a sign, a 0x prefix) and differ on
 * no digits and on overflow, which is where the two dissections of one body part ways.
 */
final class ChunkSizeLine {
    private ChunkSizeLine() {
    }

    /**
     * As {@code sscanf("%x")} into an unsigned int: -1 when there are no digits; a size that does
     * not fit 32 bits keeps its low bits.
     */
    static long scanned(HttpText t, int from, int to) {
        Digits d = Digits.of(t, from, to);
        long v = 0;
        int i = d.from;
        for (; i < d.end && hex(t.at(i)) >= 0; i++) {
            v = ((v << 4) | hex(t.at(i))) & 0xffffffffL;
        }
        if (i == d.from) {
            return -1;
        }
        return d.negative ? (-v) & 0xffffffffL : v;
    }

    /** As {@code (guint32) strtol(s, NULL, 16)}: 0 when there are no digits, saturating on overflow. */
    static long strtol(HttpText t, int from, int to) {
        Digits d = Digits.of(t, from, to);
        long v = 0;
        boolean overflow = false;
        for (int i = d.from; i < d.end && hex(t.at(i)) >= 0; i++) {
            if (v > (Long.MAX_VALUE >> 4)) {
                overflow = true;
            } else {
                v = (v << 4) | hex(t.at(i));
            }
        }
        if (overflow) {
            v = d.negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (d.negative) {
            v = -v;
        }
        return v & 0xffffffffL;
    }

    private static int hex(int c) {
        return HexFormat.isHexDigit(c) ? HexFormat.fromHexDigit(c) : -1;
    }

    /** Where the digits start, where the number's text ends, and its sign. */
    private record Digits(int from, int end, boolean negative) {
        static Digits of(HttpText t, int from, int to) {
            int semi = t.indexOf(';', from, to);
            int end = semi < 0 ? to : semi;
            int nul = t.indexOf(0, from, end);
            if (nul >= 0) {
                end = nul;
            }
            int i = from;
            while (i < end && Strings.isCSpace(t.at(i))) {
                i++;
            }
            boolean negative = false;
            if (i < end && (t.at(i) == '+' || t.at(i) == '-')) {
                negative = t.at(i) == '-';
                i++;
            }
            if (i + 2 < end && t.at(i) == '0' && (t.at(i + 1) | 0x20) == 'x' && hex(t.at(i + 2)) >= 0) {
                i += 2;
            }
            return new Digits(i, end, negative);
        }
    }
}
