package io.sharkfin.filter.runtime;

import io.sharkfin.dissect.NsTime;
import io.sharkfin.dissect.Packet;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The fast paths generated filters call: one field of a packet tested against constants, without
 * allocating. Each kernel implements Wireshark's relation semantics exactly: the field must occur
 * (an absent field makes any relation false), then the test runs over its occurrences with the
 * quantifier ({@link Cmp#ANY}: some occurrence passes; {@link Cmp#ALL}: every occurrence passes).
 *
 * <p>Operators and quantifiers are int arguments that generated code passes as constants, so the
 * JIT folds the switches after inlining. Anything these kernels cannot express runs through
 * {@link PacketTest}s built by the general evaluator.
 */
public final class Kernels {
    private Kernels() {
    }

    /** The field (or protocol) occurs at least once. */
    public static boolean exists(Packet p, int field) {
        return p.first(field) >= 0;
    }

    /** Unsigned integers, IPv4 addresses, frame numbers. */
    public static boolean cmpUnsigned(Packet p, int field, int op, int quant, long k) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, Long.compareUnsigned(p.num(e), k))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, Long.compareUnsigned(p.num(e), k))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /** Signed integers. */
    public static boolean cmpSigned(Packet p, int field, int op, int quant, long k) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, Long.compare(p.num(e), k))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, Long.compare(p.num(e), k))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /**
     * Absolute and relative times against a time of {@code seconds} and {@code nanos}, compared
     * as Wireshark's {@code nstime_cmp} does (see {@link NsTime#compare}).
     */
    public static boolean cmpTime(Packet p, int field, int op, int quant, long seconds, int nanos) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, NsTime.compare(p.timeSeconds(e), p.timeNanos(e), seconds, nanos))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, NsTime.compare(p.timeSeconds(e), p.timeNanos(e), seconds, nanos))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /** Booleans compare as truth values ("1" and "2" are both true), as Wireshark's FT_BOOLEAN. */
    public static boolean cmpBoolean(Packet p, int field, int op, int quant, long k) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        int kb = k != 0 ? 1 : 0;
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, Integer.compare(p.num(e) != 0 ? 1 : 0, kb))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, Integer.compare(p.num(e) != 0 ? 1 : 0, kb))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /** Floating point values. */
    public static boolean cmpDouble(Packet p, int field, int op, int quant, double k) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, compareDouble(p.dbl(e), k))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, compareDouble(p.dbl(e), k))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /** Wireshark orders doubles with plain {@code <}/{@code >}: NaN is "equal" to everything. */
    static int compareDouble(double a, double b) {
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /**
     * IPv4 addresses against a literal with a netmask: both sides are masked with the literal's
     * mask (the field's own mask is /32), so {@code ip.addr == 10.0.0.0/8} is "in the subnet".
     */
    public static boolean cmpIpv4(Packet p, int field, int op, int quant, long addr, long mask) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        long b = addr & mask;
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, Long.compare(p.num(e) & mask, b))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, Long.compare(p.num(e) & mask, b))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /**
     * Byte values (bytes, MAC addresses, protocols) ordered as Wireshark's FT_BYTES: the shorter
     * value is smaller, equal lengths compare bytewise.
     */
    public static boolean cmpBytes(Packet p, int field, int op, int quant, byte[] k) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, Bytes.compareLengthFirst(p.seg(e), p.off(e), p.len(e), k))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, Bytes.compareLengthFirst(p.seg(e), p.off(e), p.len(e), k))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /** Strings ordered as Wireshark's strbuf comparison: bytewise, then the shorter first. */
    public static boolean cmpString(Packet p, int field, int op, int quant, byte[] k) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, Bytes.compareLexicographic(p.seg(e), p.off(e), p.len(e), k))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, Bytes.compareLexicographic(p.seg(e), p.off(e), p.len(e), k))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /** IPv6 addresses against a literal with a prefix length (the field's own prefix is 128). */
    public static boolean cmpIpv6(Packet p, int field, int op, int quant, byte[] addr, int prefix) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (Cmp.holds(op, Bytes.comparePrefix(p.seg(e), p.off(e), p.len(e), addr, prefix))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!Cmp.holds(op, Bytes.comparePrefix(p.seg(e), p.off(e), p.len(e), addr, prefix))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /** {@code contains} on bytes, strings and protocols. */
    public static boolean contains(Packet p, int field, int quant, byte[] needle) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (Bytes.indexOf(p.seg(e), p.off(e), p.len(e), needle) >= 0) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (Bytes.indexOf(p.seg(e), p.off(e), p.len(e), needle) < 0) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /** {@code matches}: a linear-time regular expression over the value's bytes. */
    public static boolean matches(Packet p, int field, int quant, ByteRegex re) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (re.find(p.seg(e), p.off(e), p.len(e))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        do {
            if (!re.find(p.seg(e), p.off(e), p.len(e))) {
                return false;
            }
            e = p.next(e);
        } while (e >= 0);
        return true;
    }

    /**
     * {@code field in {...}} over integer-like values, with 4.0's meaning: with ANY some value is
     * in the set; with ALL, for some element of the set every value matches that element.
     */
    public static boolean inUnsigned(Packet p, int field, int quant, UnsignedSet set) {
        int e = p.first(field);
        if (e < 0) {
            return false;
        }
        if (quant == Cmp.ANY) {
            do {
                if (set.contains(p.num(e))) {
                    return true;
                }
                e = p.next(e);
            } while (e >= 0);
            return false;
        }
        for (int i = 0; i < set.elementCount(); i++) {
            boolean all = true;
            for (int x = p.first(field); x >= 0; x = p.next(x)) {
                if (!set.elementContains(i, p.num(x))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Reads byte {@code i} of an entry's value (used by slices of one byte). */
    public static int byteAt(Packet p, int e, int i) {
        return p.seg(e).get(ValueLayout.JAVA_BYTE, p.off(e) + i) & 0xff;
    }

    static MemorySegment segment(Packet p, int e) {
        return p.seg(e);
    }
}
