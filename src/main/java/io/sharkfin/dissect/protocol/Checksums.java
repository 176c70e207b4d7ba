package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * The Internet checksum (RFC 1071) over packet bytes, and Wireshark's way of showing a checksum
 * field with its status ({@code proto_tree_add_checksum}).
 */
public final class Checksums {
    private Checksums() {
    }

    /** {@code *.checksum.status} values (Wireshark's {@code proto_checksum_vals}). */
    static final int BAD = 0;
    static final int GOOD = 1;
    static final int UNVERIFIED = 2;
    static final int NOT_PRESENT = 3;
    static final int ILLEGAL = 4;

    /** Adds the big-endian 16-bit words of a span to a running one's-complement sum. */
    public static long sum(Packet p, int buf, int off, int len, long acc) {
        int i = 0;
        for (; i + 1 < len; i += 2) {
            acc += p.u16(buf, off + i);
        }
        if (i < len) {
            acc += p.u8(buf, off + i) << 8;
        }
        return acc;
    }

    /** Folds a running sum into the one's-complement checksum (0 when the data includes a correct one). */
    public static int finish(long acc) {
        while ((acc >>> 16) != 0) {
            acc = (acc & 0xffff) + (acc >>> 16);
        }
        return (int) (~acc & 0xffff);
    }

    /** The Internet checksum of a span. */
    public static int of(Packet p, int buf, int off, int len) {
        return finish(sum(p, buf, off, len, 0));
    }

    /** The value the checksum field should have had, given the field and the computed checksum. */
    static int shouldBe(int fieldValue, int computed) {
        int s = fieldValue + computed;
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return s & 0xffff;
    }

    /** A checksum shown without verification: the field and status "Unverified". */
    static void unverified(Packet p, FieldSpec field, FieldSpec status, int buf, int off, int len,
                           long value) {
        p.addUInt(field, buf, off, len, value);
        p.addUInt(status, buf, off, 0, UNVERIFIED);
    }

    /**
     * Whether verifying a checksum would record anything: its field, its status, or its finding
     * (through the {@code _ws.expert} fields too); the sum need not be computed otherwise.
     */
    public static boolean wanted(Packet p, FieldSpec field, FieldSpec status, Expert.Info bad) {
        return p.wants(field) || p.wants(status) || Expert.wanted(p, bad);
    }

    /**
     * A checksum verified over data that includes it: "Good" when {@code computed} is 0, else
     * "Bad" with the expert info saying what it should have been.
     */
    public static void verifyInCksum(Packet p, FieldSpec field, FieldSpec status, Expert.Info bad,
                              int buf, int off, int value, int computed) {
        int e = p.addUInt(field, buf, off, 2, value);
        if (computed == 0) {
            p.addUInt(status, buf, off, 0, GOOD);
            return;
        }
        p.addUInt(status, buf, off, 0, BAD);
        if (e >= 0 && p.wantsText()) {
            p.setLabel(e, String.format("%s: 0x%04x incorrect, should be 0x%04x", field.title(), value,
                    shouldBe(value, computed)));
        }
        if (Expert.wanted(p, bad)) {
            Expert.add(p, e, bad, buf, off, String.format("%s [should be 0x%04x]", bad.summary(),
                    shouldBe(value, computed)));
        }
    }
}
